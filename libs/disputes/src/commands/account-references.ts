import { z } from 'zod';
import type { FieldMeta, ReferencedRole } from '../validation/input';
import { COMMAND_DESCRIPTIONS, type DisputeCommandType } from './dispute-command';

export interface AccountReference {
  /** The payload field that names the account, as the input names it. */
  field: string;
  role: ReferencedRole;
  accountId: string;
}

/**
 * The accounts a command names and the role each must hold, read from its description (fields
 * built with `accountId(role)`). The decider cannot know accounts; the command path checks these
 * against the directory before anything is stored.
 */
export function accountReferencesOf(command: { type: DisputeCommandType } & Record<string, unknown>): AccountReference[] {
  const payload = COMMAND_DESCRIPTIONS[command.type]?.payload;
  if (!(payload instanceof z.ZodObject)) return [];
  const references: AccountReference[] = [];
  for (const [field, schema] of Object.entries(payload.shape)) {
    const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodType) : (schema as z.ZodType);
    const role = ((inner.meta() as FieldMeta | undefined) ?? {}).account;
    const value = command[field];
    if (role && typeof value === 'string') references.push({ field, role, accountId: value });
  }
  return references;
}
