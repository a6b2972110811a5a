import { fieldProblem, invalidInput, isDomainError, type DisputeEvent, type DomainError } from '@recours/disputes';

/** Refusals about the actor, not the moment: they come before a stale version's CONFLICT. */
const NOT_YOURS_TO_ACT_ON = new Set(['DISPUTE_NOT_FOUND', 'NOT_A_PARTY', 'NO_MANDATE', 'ROLE_NOT_ALLOWED']);

export interface Circumstances {
  /**
   * The caller's expectedVersion is not the dispute's version as the caller counts it (over the
   * events it may read), and what came since changes what the command decides (answerUnaffected).
   */
  stale: boolean;
  /** The idempotency key is another party's. */
  foreignKey: boolean;
}

/**
 * Which answer a caller hears first when several apply. Who may act at all comes first: a stale
 * version, or another party's key, must not tell someone who may not see the dispute that it
 * exists, nor how far it has gone. Then another party's key, then the stale version, then the
 * rule the decider applied. null: nothing stands in the way.
 */
export function firstRefusal(decided: DisputeEvent[] | DomainError, { stale, foreignKey }: Circumstances): DomainError | 'STALE' | null {
  const refusal = isDomainError(decided) ? decided : null;
  if (refusal && NOT_YOURS_TO_ACT_ON.has(refusal.code)) return refusal;
  if (foreignKey) return invalidInput('commandId', fieldProblem('KEY_OF_ANOTHER_PARTY'));
  if (stale) return 'STALE';
  return refusal;
}
