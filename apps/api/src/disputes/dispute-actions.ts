import { COMMAND_DESCRIPTIONS, type DisputeCommandType } from '@recours/disputes';

/** What a viewer may do now, as the mutation that does it: each command's, from its description; SYSTEM-only commands have none. */
export function mutationsOf(commands: readonly DisputeCommandType[]): string[] {
  return [...new Set(commands.map((c) => COMMAND_DESCRIPTIONS[c].mutation?.name).filter((m): m is string => m !== undefined))];
}

/** Every action a viewer may be offered, in the order of the journey. */
export const DISPUTE_ACTIONS: readonly string[] = mutationsOf(Object.keys(COMMAND_DESCRIPTIONS) as DisputeCommandType[]);
