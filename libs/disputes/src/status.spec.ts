import { deriveStatus } from './status';
import { initialState } from './state';
import { whoseTurn } from './turn';
import { agent, consumer, supervisor, system } from './testing/actors';
import { day, dayStart } from './testing/calendar';
import { ctx, event, stateOf } from './testing/dispute-spec';
import {
  claimFiled,
  claimRejected,
  consumerOffer,
  escalated,
  inMediation,
  mediationRequested,
  mediatorAssigned,
  merchantOffer,
  offerAccepted,
  settlementProposed,
} from './testing/moments';

const toSupervisor = escalated(day(3), 'SUPERVISOR', dayStart(14));
const status = (events: Parameters<typeof stateOf>[0]) => deriveStatus(stateOf(events));

describe('deriveStatus', () => {
  it('none before filing', () => expect(deriveStatus(initialState())).toBeNull());

  it.each([
    ['AWAITING_MERCHANT', 'a new claim', [claimFiled()]],
    ['AWAITING_CONSUMER', 'an offer to answer', [claimFiled(), merchantOffer(day(1))]],
    ['AWAITING_MERCHANT', 'a counter-offer to answer', [claimFiled(), merchantOffer(day(1)), consumerOffer(day(2))]],
    ['REJECTED', 'a refusal', [claimFiled(), claimRejected()]],
    ['AWAITING_MERCHANT', 'a counter-offer after a refusal', [claimFiled(), claimRejected(), consumerOffer(day(3))]],
    ['REJECTED', 'a refused counter-offer after a refusal', [claimFiled(), claimRejected(), consumerOffer(day(3)), event('OfferRejected', { ...ctx(day(4), agent), offerId: 'counter-1', reason: 'no' })]],
    ['ESCALATED', 'an escalation', [claimFiled(), claimRejected(), toSupervisor]],
    ['ESCALATED', 'an escalation left unanswered past its period', [claimFiled(), claimRejected(), toSupervisor, event('MerchantResponseOverdue', { ...ctx(dayStart(14), system), dueAt: dayStart(14) })]],
    ['AWAITING_CONSUMER', 'the supervisor’s offer', [claimFiled(), claimRejected(), toSupervisor, merchantOffer(day(4), 'offer-2', {}, 14, supervisor)]],
    ['REJECTED', 'the supervisor’s refusal', [claimFiled(), claimRejected(), toSupervisor, event('ClaimRejected', { ...ctx(day(4), supervisor), reason: 'no', level: 'SUPERVISOR' })]],
    ['MEDIATION_REQUESTED', 'a mediation request', [claimFiled(), claimRejected(), mediationRequested()]],
    ['IN_MEDIATION', 'an admissible mediation', inMediation()],
    ['AGREED', 'an accepted offer', [claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)]],
    ['RESOLVED', 'a resolved closure', [claimFiled(), event('DisputeClosed', { ...ctx(day(1), consumer), outcome: 'RESOLVED' })]],
    ['UNRESOLVED', 'an unresolved closure', [claimFiled(), event('DisputeClosed', { ...ctx(day(1), consumer), outcome: 'UNRESOLVED', nextSteps: [{ kind: 'COURT', text: 'x' }] })]],
    ['WITHDRAWN', 'a withdrawal', [claimFiled(), event('ClaimWithdrawn', ctx(day(1), consumer))]],
  ] as const)('%s after %s', (expected, _after, events) => {
    expect(status([...events])).toBe(expected);
  });
});

describe('whoseTurn', () => {
  it.each([
    ['NONE', 'before filing', []],
    ['MERCHANT', 'a new claim', [claimFiled()]],
    ['CONSUMER', 'an offer', [claimFiled(), merchantOffer(day(1))]],
    ['ADMIN', 'a mediation without mediator', [claimFiled(), claimRejected(), mediationRequested()]],
    ['MEDIATOR', 'a mediator to decide admissibility', [claimFiled(), claimRejected(), mediationRequested(), mediatorAssigned()]],
    ['MEDIATOR', 'an admissible file without proposal', inMediation()],
    ['BOTH', 'a proposal nobody answered', [...inMediation(), settlementProposed()]],
    ['MERCHANT', 'an agreed remedy to carry out', [claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)]],
    ['NONE', 'the end', [claimFiled(), event('ClaimWithdrawn', ctx(day(1), consumer))]],
  ] as const)('%s after %s', (expected, _after, events) => {
    expect(whoseTurn(stateOf([...events]))).toBe(expected);
  });
});
