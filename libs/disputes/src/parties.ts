import { DomainError } from './errors';
import type { EventContext } from './events/event-envelope';
import type { Dispute } from './state';
import type { Actor, Side } from './values/actor';
import type { Instant } from './values/instant';

/** The capacity in which an actor acts on this dispute. */
export type PartyRole = 'CONSUMER' | 'ASSOCIATION' | 'MERCHANT' | 'MEDIATOR' | 'ADMIN' | 'SYSTEM';

export type Party =
  | { role: 'CONSUMER'; side: 'CONSUMER'; actor: Actor }
  /** An association acts for the consumer's side, under the consumer's mandate. */
  | { role: 'ASSOCIATION'; side: 'CONSUMER'; actor: Actor; onBehalfOf: string }
  | { role: 'MERCHANT'; side: 'MERCHANT'; actor: Actor }
  | { role: 'MEDIATOR' | 'ADMIN' | 'SYSTEM'; side: null; actor: Actor };

/** Who the actor is in this dispute, or why it has no say in it. */
export function identify(dispute: Dispute, actor: Actor): Party | DomainError {
  switch (actor.kind) {
    case 'CONSUMER':
      return actor.id === dispute.consumerId ? { role: 'CONSUMER', side: 'CONSUMER', actor } : notAParty('NOT_YOUR_CLAIM');
    case 'ASSOCIATION':
      if (dispute.mandate?.associationId !== actor.id) {
        // An association the dispute is shared with for advice reads it, and is told it may not act.
        return dispute.advisers?.some((a) => a.associationId === actor.id) ? new DomainError('ADVICE_ONLY') : new DomainError('NO_MANDATE');
      }
      return { role: 'ASSOCIATION', side: 'CONSUMER', actor, onBehalfOf: dispute.consumerId };
    case 'MERCHANT_AGENT':
      return actor.merchantId === dispute.merchantId ? { role: 'MERCHANT', side: 'MERCHANT', actor } : notAParty('OTHER_MERCHANT');
    case 'MEDIATOR':
      return actor.id === dispute.mediation?.mediatorId ? { role: 'MEDIATOR', side: null, actor } : notAParty('NOT_THE_MEDIATOR');
    case 'ADMIN':
    case 'SYSTEM':
      return { role: actor.kind, side: null, actor };
  }
}

const notAParty = (reason: 'NOT_YOUR_CLAIM' | 'OTHER_MERCHANT' | 'NOT_THE_MEDIATOR') => new DomainError('NOT_A_PARTY', { reason });

const recordedActor = ({ teamRole: _rank, ...actor }: Actor): Actor => actor;

/** What every event records about its cause; an association's acts name the consumer they were for. */
export function contextOf(dispute: Dispute, party: Party, at: Instant): EventContext {
  return {
    disputeId: dispute.disputeId,
    at,
    // The team role decides, it is not a fact of the dispute: events record who acted, not their rank.
    by: recordedActor(party.actor),
    ...(party.role === 'ASSOCIATION' && { onBehalfOf: party.onBehalfOf }),
  };
}
