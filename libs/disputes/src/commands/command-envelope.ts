import type { Actor } from '../values/actor';
import type { Instant } from '../values/instant';

/**
 * Every command names its dispute, who sends it and when. Time arrives with the command
 * (`at`): the decider never reads a clock, so the same command always decides the same way.
 * Commands are not stored, so they carry no schema version.
 */
export type DisputeCommandOf<Type extends string, Payload = {}> = {
  type: Type;
  disputeId: string;
  actor: Actor;
  at: Instant;
} & Payload;
