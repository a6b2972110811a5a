import type { MakeOffer } from '../commands/offer-commands';
import { DomainError } from '../errors';
import type { DisputeEvent } from '../events/dispute-event';
import type { OfferKind } from '../events/offer-events';
import { periodOfDays } from '../values/instant';
import { checked, identifier, optionalOneOf } from '../validation/input';
import { remedyTerms } from '../validation/shapes';
import type { CommandHandler } from './command-handler';
import { isOpen, negotiating, onTurn } from './guards';
import { contextOf } from './parties';
import { checkRemedyTerms } from './remedy-terms';

const OFFER_KINDS: readonly OfferKind[] = ['REMEDY', 'PAID_REPAIR_QUOTE'];

/**
 * A side proposes terms: on its turn, or to replace its own offer still open. Each side has one
 * live offer at most, so a new one supersedes the older.
 */
export const makeOffer: CommandHandler<MakeOffer> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT'],
  guard(dispute, party, at) {
    const refused = negotiating(dispute);
    if (refused) return refused;
    const revising = dispute.offers.some((o) => o.side === party.side && isOpen(o, at));
    return revising ? null : onTurn(dispute, party.side!);
  },
  validate: (c) =>
    checked(() => {
      identifier(c.offerId, 'offerId');
      optionalOneOf(c.kind, 'kind', OFFER_KINDS);
      remedyTerms(c as unknown as Record<string, unknown>, false);
    }),
  decide(c, dispute, party, at) {
    const side = party.side!;
    if (dispute.offers.some((o) => o.offerId === c.offerId)) return new DomainError('DUPLICATE_OFFER', `offer ${c.offerId} already exists`);
    const kind = c.kind ?? 'REMEDY';
    if (kind === 'PAID_REPAIR_QUOTE' && side !== 'MERCHANT') return new DomainError('ROLE_NOT_ALLOWED', 'only the merchant quotes a paid repair');
    const terms = checkRemedyTerms(remedyTerms(c as unknown as Record<string, unknown>, false), kind, dispute);
    if (terms instanceof DomainError) return terms;

    const context = contextOf(dispute, party, at);
    const expiry = periodOfDays(at, dispute.policy.offerValidityDays);
    const events: DisputeEvent[] = dispute.offers
      .filter((o) => o.side === side && o.status === 'LIVE')
      .map((o) => ({ type: 'OfferSuperseded', schemaVersion: 1, data: { ...context, offerId: o.offerId, reason: 'NEWER_OFFER', supersededBy: c.offerId } }));
    events.push({
      type: 'OfferMade',
      schemaVersion: 1,
      data: {
        ...context,
        offerId: c.offerId,
        side,
        kind,
        ...terms,
        expiresOn: expiry.dueOn,
        expiresAt: expiry.dueAt,
        ...(side === 'CONSUMER' && { merchantResponseDueAt: periodOfDays(at, dispute.policy.merchantResponseDays).dueAt }),
      },
    });
    return events;
  },
};
