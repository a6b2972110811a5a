import type { DomainError } from '../errors';
import type { DisputeCommand } from '../commands/dispute-command';
import type { DisputeEvent } from '../events/dispute-event';
import type { Dispute } from '../state';
import type { Instant } from '../values/instant';
import type { Party, PartyRole } from './parties';

/**
 * How one command is decided, in the order `decide` applies the steps. The steps that do not
 * read the payload (roles, guard, hasTarget) also answer `availableActions`, so what the API
 * offers a user and what `decide` accepts cannot drift apart.
 */
export interface CommandHandler<C extends DisputeCommand> {
  /** The capacities in which the command may be sent. */
  roles: readonly PartyRole[];
  /** True only for what a closed dispute still accepts (feedback). */
  allowedWhenEnded?: boolean;
  /** Whether the dispute accepts this command from this party now: phase, turn, clocks. */
  guard(dispute: Dispute, party: Party, at: Instant): DomainError | null;
  /** Whether there is something to act on now (an offer to answer, a deadline passed). */
  hasTarget?(dispute: Dispute, party: Party, at: Instant): boolean;
  /** The payload's shape, field by field. */
  validate(command: C, dispute: Dispute): DomainError | null;
  /** The events, or why this payload is refused. */
  decide(command: C, dispute: Dispute, party: Party, at: Instant): DisputeEvent[] | DomainError;
}

export const noGuard = (): null => null;
