import { decide, evolve, initialState } from '../index';
import type { DisputeEvent } from '../events/dispute-event';
import { agent, consumer } from '../testing/actors';
import { command, given, stateOf } from '../testing/dispute-spec';
import { claimFiled } from '../testing/moments';
import { claimDetails, fileClaimCommand } from '../testing/washing-machine-claim';
import type { Dispute } from '../state';
import { deadlines, reminderAt } from './open-deadlines';

/**
 * Every period of the dispute counts days in Europe/Paris (docs/consumer-law.md, item 13): the
 * first day is the day in Paris after the act's (CPC 641), the last is `dueOn`, and the period has
 * passed from midnight in Paris after it: 23:00 UTC in winter, 22:00 UTC in summer.
 */
const system = { kind: 'SYSTEM' as const, id: 'deadline-process' };

/** The events of a claim filed at `at` (a 2026 purchase, so the dates agree with it). */
function filedAt(at: string): DisputeEvent[] {
  const c = claimDetails();
  const decided = decide(fileClaimCommand({ at, purchase: { ...c.purchase, purchasedOn: '2026-01-10', deliveredOn: '2026-01-12' }, problem: { ...c.problem, firstNoticedOn: '2026-02-20', chronology: [] } }), initialState());
  if (!Array.isArray(decided)) throw new Error(decided.message);
  return decided;
}

const offerOf = (events: DisputeEvent[]) => {
  const made = events.find((e) => e.type === 'OfferMade');
  if (!made || made.type !== 'OfferMade') throw new Error('no offer made');
  return made.data;
};

describe('every period of the dispute counts days in Paris and passes at midnight in Paris', () => {
  it('a claim filed at 00:30 in Paris on 1 March (23:30 UTC on 28 February): the merchant’s 10 days run from 1 March, to 11 March included', () => {
    const [filed] = filedAt('2026-02-28T23:30:00.000Z');
    expect(filed.type === 'ClaimFiled' && filed.data.merchantResponseDueAt).toBe('2026-03-11T23:00:00.000Z');
    const dispute = [filed].reduce(evolve, initialState());
    expect(deadlines(dispute).map((d) => [d.kind, d.dueOn, d.dueAt])).toEqual([['MERCHANT_RESPONSE', '2026-03-11', '2026-03-11T23:00:00.000Z']]);
    // An hour and a half earlier it is still 28 February in Paris: to 10 March included.
    const [before] = filedAt('2026-02-28T22:00:00.000Z');
    expect(before.type === 'ClaimFiled' && before.data.merchantResponseDueAt).toBe('2026-03-10T23:00:00.000Z');
  });

  it('the merchant response falls overdue at midnight in Paris after its last day, not at midnight UTC', () => {
    const history = filedAt('2026-02-28T23:30:00.000Z');
    given(history).when(command('RecordDeadlinePassed', '2026-03-11T22:59:59.999Z', system, { deadline: 'MERCHANT_RESPONSE' })).thenFails('DEADLINE_NOT_REACHED');
    given(history)
      .when(command('RecordDeadlinePassed', '2026-03-11T23:00:00.000Z', system, { deadline: 'MERCHANT_RESPONSE' }))
      .thenState((s) => expect(s.filed && s.merchantResponse!.overdue).toBe(true));
  });

  it('an offer made in summer expires at 22:00 UTC after its last day', () => {
    const history = filedAt('2026-06-30T08:00:00.000Z');
    const made = decide(command('MakeOffer', '2026-07-01T10:00:00.000Z', agent, { offerId: 'offer-1', remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair at home' }), stateOf(history));
    if (!Array.isArray(made)) throw new Error(made.message);
    expect(offerOf(made)).toMatchObject({ expiresOn: '2026-07-15', expiresAt: '2026-07-15T22:00:00.000Z' });
    const withOffer = [...history, ...made];
    given(withOffer).when(command('AcceptOffer', '2026-07-15T21:59:59.999Z', consumer, { offerId: 'offer-1' })).thenState((s) => expect(s.filed && s.agreement?.sourceId).toBe('offer-1'));
    given(withOffer).when(command('AcceptOffer', '2026-07-15T22:00:00.000Z', consumer, { offerId: 'offer-1' })).thenFails('OFFER_EXPIRED');
  });

  it('an offer made at 00:30 in Paris in summer time, expiring after the last Sunday of October: counted from its Paris day, passing at 23:00 UTC', () => {
    // 22:30 UTC on 20 October 2026 is 00:30 on the 21st in Paris (summer time, until 25 October): 14 days to 4 November.
    const history = filedAt('2026-10-15T08:00:00.000Z');
    const made = decide(command('MakeOffer', '2026-10-20T22:30:00.000Z', agent, { offerId: 'offer-1', remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair at home' }), stateOf(history));
    if (!Array.isArray(made)) throw new Error(made.message);
    expect(offerOf(made)).toMatchObject({ expiresOn: '2026-11-04', expiresAt: '2026-11-04T23:00:00.000Z' });
    given([...history, ...made]).when(command('RecordDeadlinePassed', '2026-11-04T22:59:59.999Z', system, { deadline: 'OFFER_EXPIRY', offerId: 'offer-1' })).thenFails('DEADLINE_NOT_REACHED');
  });

  it('reminders open at the start of their day in Paris', () => {
    // Due at midnight in Paris after 11 March: the reminder 3 days before opens at 00:00 in Paris on 9 March.
    expect(reminderAt('2026-03-11T23:00:00.000Z', 3)).toBe('2026-03-08T23:00:00.000Z');
    expect(reminderAt('2026-07-15T22:00:00.000Z', 1)).toBe('2026-07-14T22:00:00.000Z');
  });

  it('events stored when periods passed at midnight UTC replay as they were: the same last day, the same instant', () => {
    const stored = claimFiled({ merchantResponseDueAt: '2025-03-14T00:00:00.000Z' });
    const dispute = stateOf([stored]) as Dispute;
    expect(dispute.merchantResponse!.dueAt).toBe('2025-03-14T00:00:00.000Z');
    expect(deadlines(dispute).map((d) => [d.dueOn, d.dueAt])).toEqual([['2025-03-13', '2025-03-14T00:00:00.000Z']]);
    given([stored]).when(command('RecordDeadlinePassed', '2025-03-13T23:30:00.000Z', system, { deadline: 'MERCHANT_RESPONSE' })).thenFails('DEADLINE_NOT_REACHED');
  });
});
