import { disputeDecider } from '../decider';
import { DomainError } from '../errors';
import { deriveStatus } from '../status';
import { agent, association, consumer } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import { claimFiled, inMediation, merchantOffer, offerAccepted, representationGranted, settlementProposed } from '../testing/moments';

const agreedRepair = [claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)];
const failed = (at: string, remedy: 'REPAIR' | 'REPLACEMENT' | 'REFUND', sourceId: string, remediesAvailable: string[], merchantResponseDueAt: string, failure: 'NOT_CARRIED_OUT' | 'DID_NOT_FIX' | 'DEFECT_RECURRED' = 'DEFECT_RECURRED', description = 'E21 is back') =>
  event('RemedyFailed', { ...ctx(at, consumer), remedy, source: 'OFFER', sourceId, failure, description, remediesAvailable: remediesAvailable as never, merchantResponseDueAt });

describe('ConfirmRemedyFulfilled', () => {
  it('the consumer confirms the agreed remedy, which resolves the dispute', () => {
    given(agreedRepair)
      .when(command('ConfirmRemedyFulfilled', day(20), consumer, { note: 'Works perfectly' }))
      .then([
        event('RemedyFulfilled', { ...ctx(day(20), consumer), remedy: 'REPAIR', source: 'OFFER', sourceId: 'offer-1', note: 'Works perfectly' }),
        event('DisputeClosed', { ...ctx(day(20), consumer), outcome: 'RESOLVED' }),
      ]);
    given(agreedRepair)
      .when(command('ConfirmRemedyFulfilled', day(20), consumer, {}))
      .thenState((s) => expect(s.filed && [deriveStatus(s), s.agreement, s.remedyHistory.map((r) => [r.sourceId, r.outcome, r.at])]).toEqual(['RESOLVED', null, [['offer-1', 'FULFILLED', day(20)]]]));
  });

  it('also after a mediated settlement', () => {
    given([
      ...inMediation(),
      settlementProposed(),
      event('SettlementAccepted', { ...ctx(day(7), consumer), settlementId: 'settlement-1', side: 'CONSUMER', agreementReached: false }),
      event('SettlementAccepted', { ...ctx(day(8), agent), settlementId: 'settlement-1', side: 'MERCHANT', agreementReached: true, remedyDueOn: '2025-03-25', remedyDueAt: '2025-03-26T00:00:00.000Z' }),
    ])
      .when(command('ConfirmRemedyFulfilled', day(12), consumer, {}))
      .then([
        event('RemedyFulfilled', { ...ctx(day(12), consumer), remedy: 'PRICE_REDUCTION', source: 'SETTLEMENT', sourceId: 'settlement-1' }),
        event('DisputeClosed', { ...ctx(day(12), consumer), outcome: 'RESOLVED' }),
      ]);
  });

  it('by the association, for the consumer', () => {
    given([claimFiled(), representationGranted(), ...agreedRepair.slice(1)])
      .when(command('ConfirmRemedyFulfilled', day(20), association, {}))
      .then([
        event('RemedyFulfilled', { ...ctx(day(20), association), remedy: 'REPAIR', source: 'OFFER', sourceId: 'offer-1' }),
        event('DisputeClosed', { ...ctx(day(20), association), outcome: 'RESOLVED' }),
      ]);
  });

  it('not by the merchant, and only for an agreed remedy', () => {
    given(agreedRepair).when(command('ConfirmRemedyFulfilled', day(20), agent, {})).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(command('ConfirmRemedyFulfilled', day(1), consumer, {})).thenFails('NO_AGREEMENT');
    given(agreedRepair).when(command('ConfirmRemedyFulfilled', day(20), consumer, { note: 'x'.repeat(2001) })).thenFails('INVALID_INPUT', 'note');
  });
});

describe('ReportRemedyFailed', () => {
  it('a failed repair closes nothing (a new repair, a replacement, price reduction, refund, damages: L217-8, L217-14), and the merchant must answer again', () => {
    given(agreedRepair)
      .when(command('ReportRemedyFailed', day(20), consumer, { failure: 'DEFECT_RECURRED', description: 'E21 is back' }))
      .then([failed(day(20), 'REPAIR', 'offer-1', ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'], dayStart(31))]);
    given(agreedRepair)
      .when(command('ReportRemedyFailed', day(20), consumer, { failure: 'DID_NOT_FIX', description: 'Same error' }))
      .thenState((s) => expect(s.filed && [deriveStatus(s), s.merchantHadChance, s.agreement, s.remedyHistory[0]!.outcome]).toEqual(['AWAITING_MERCHANT', true, null, 'FAILED']));
  });

  it('a failed replacement after a failed repair closes nothing either', () => {
    const replacementAgreed = [
      ...agreedRepair,
      // as an earlier release recorded it, repair and compensation closed: read back with every remedy
      failed(day(20), 'REPAIR', 'offer-1', ['REPLACEMENT', 'REFUND', 'PRICE_REDUCTION'], dayStart(31)),
      merchantOffer(day(21), 'offer-2', { remedy: 'REPLACEMENT', daysToCarryOut: 10 }),
      offerAccepted(day(22), 'offer-2', 10),
    ];
    given(replacementAgreed)
      .when(command('ReportRemedyFailed', day(30), consumer, { failure: 'DID_NOT_FIX', description: 'Same fault on the new one' }))
      .then([failed(day(30), 'REPLACEMENT', 'offer-2', ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'], dayStart(41), 'DID_NOT_FIX', 'Same fault on the new one')]);
  });

  it('an unpaid refund stays owed: every remedy stays open', () => {
    const refundAgreed = [claimFiled(), merchantOffer(day(1), 'offer-1', { remedy: 'REFUND', amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14 }), offerAccepted(day(2), 'offer-1', 14)];
    given(refundAgreed)
      .when(command('ReportRemedyFailed', day(17), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Nothing received' }))
      .then([failed(day(17), 'REFUND', 'offer-1', ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'], dayStart(28), 'NOT_CARRIED_OUT', 'Nothing received')]);
  });

  it('an agreed sum is paid or not: « did not fix » and « came back » are refused on `failure`, in words, for a refund, a price reduction or compensation; read back when recorded before', () => {
    const moneyAgreed = (remedy: 'REFUND' | 'PRICE_REDUCTION' | 'COMPENSATION') => [
      claimFiled(),
      merchantOffer(day(1), 'offer-1', { remedy, amount: { amount: '649.00', currency: 'EUR' }, daysToCarryOut: 14 }),
      offerAccepted(day(2), 'offer-1', 14),
    ];
    for (const remedy of ['REFUND', 'PRICE_REDUCTION', 'COMPENSATION'] as const) {
      for (const failure of ['DID_NOT_FIX', 'DEFECT_RECURRED'] as const) {
        given(moneyAgreed(remedy)).when(command('ReportRemedyFailed', day(17), consumer, { failure, description: 'Still broken' })).thenFails('INVALID_INPUT', 'failure');
      }
      given(moneyAgreed(remedy)).when(command('ReportRemedyFailed', day(17), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Nothing received' })).thenState((s) => expect(s.filed && s.remedyHistory.at(-1)?.outcome).toBe('FAILED'));
    }
    const refusal = disputeDecider.decide(command('ReportRemedyFailed', day(17), consumer, { failure: 'DID_NOT_FIX', description: 'Still broken' }), stateOf(moneyAgreed('PRICE_REDUCTION')));
    if (!(refusal instanceof DomainError)) throw new Error(`expected a refusal, got ${JSON.stringify(refusal)}`);
    expect([refusal.field, refusal.problem?.code, refusal.phrase.en, refusal.phrase.fr]).toEqual([
      'failure',
      'ONLY_NOT_CARRIED_OUT_FOR_A_SUM',
      'must be “Not carried out” when the agreed remedy is a price reduction: a sum is paid or it is not; “Did not fix the defect” and “The defect came back” are said of a repair or a replacement',
      'doit être «\u202fNon exécutée\u202f» quand la solution convenue est une réduction du prix\u202f: une somme est versée ou ne l’est pas\u202f; «\u202fN’a pas réglé le défaut\u202f» et «\u202fLe défaut est revenu\u202f» se disent d’une réparation ou d’un remplacement',
    ]);
    // A repair or a replacement may still not fix the defect, or see it come back.
    given(agreedRepair).when(command('ReportRemedyFailed', day(20), consumer, { failure: 'DEFECT_RECURRED', description: 'E21 is back' })).thenState((s) => expect(s.filed && s.remedyHistory.map((r) => r.outcome === 'FAILED' && r.failure)).toEqual(['DEFECT_RECURRED']));
    // As recorded before 2026-12-07: read back as it was.
    const before = stateOf([...moneyAgreed('REFUND'), failed(day(17), 'REFUND', 'offer-1', ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'], dayStart(28), 'DID_NOT_FIX', 'Still broken')]);
    expect(before.filed && [before.agreement, before.remedyHistory.map((r) => [r.remedy, r.outcome, r.outcome === 'FAILED' && r.failure])]).toEqual([null, [['REFUND', 'FAILED', 'DID_NOT_FIX']]]);
  });

  it('"not carried out" only once the period has passed', () => {
    // agreed on day 2 for 30 days: the merchant has until the end of 2025-04-04 in Paris (22:00 UTC, summer time)
    given(agreedRepair).when(command('ReportRemedyFailed', '2025-04-04T21:59:59.999Z', consumer, { failure: 'NOT_CARRIED_OUT', description: 'No technician came' })).thenFails('DEADLINE_NOT_REACHED');
    given(agreedRepair)
      .when(command('ReportRemedyFailed', '2025-04-04T22:00:00.000Z', consumer, { failure: 'NOT_CARRIED_OUT', description: 'No technician came' }))
      .thenState((s) => expect(deriveStatus(s)).toBe('AWAITING_MERCHANT'));
  });

  it('only for an agreed remedy, by the consumer’s side, with a known failure and a description', () => {
    given([claimFiled()]).when(command('ReportRemedyFailed', day(1), consumer, { failure: 'DID_NOT_FIX', description: 'x' })).thenFails('NO_AGREEMENT');
    given(agreedRepair).when(command('ReportRemedyFailed', day(20), agent, { failure: 'DID_NOT_FIX', description: 'x' })).thenFails('ROLE_NOT_ALLOWED');
    given(agreedRepair).when(command('ReportRemedyFailed', day(20), consumer, { failure: 'BROKE_AGAIN' as never, description: 'x' })).thenFails('INVALID_INPUT', 'failure');
    given(agreedRepair).when(command('ReportRemedyFailed', day(20), consumer, { failure: 'DID_NOT_FIX', description: '' })).thenFails('INVALID_INPUT', 'description');
  });
});
