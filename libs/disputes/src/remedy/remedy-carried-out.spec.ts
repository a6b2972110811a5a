import { availableActions } from '../available-actions';
import { deadlines } from '../deadlines/open-deadlines';
import { disputeDecider } from '../decider';
import { DomainError } from '../errors';
import { whoseTurn } from '../turn';
import { agent, claimFiled, command, consumer, ctx, day, event, given, merchantOffer, offerAccepted, stateOf } from '../testing/dispute-fixtures';

const system = { kind: 'SYSTEM' as const, id: 'deadline-process' };
const agreedRepair = [claimFiled(), merchantOffer(day(1)), offerAccepted(day(2), 'offer-1', 30)];
/** Reported on day 10: the consumer's 14 days end on day 24, 27 March (the deadline falls at midnight in Paris after it, 23:00 UTC in winter). */
const confirmationDueOn = '2025-03-27';
const confirmationDueAt = '2025-03-27T23:00:00.000Z';
const reported = event('RemedyCarriedOutReported', { ...ctx(day(10), agent), on: day(9).slice(0, 10), details: 'Screen replaced, parcel 6A123', confirmationDueOn, confirmationDueAt });

describe('ReportRemedyCarriedOut', () => {
  it('the merchant reports the remedy carried out: the consumer’s 14 days to confirm or contest start, and the merchant’s clock stops', () => {
    given(agreedRepair)
      .when(command('ReportRemedyCarriedOut', day(10), agent, { on: day(9).slice(0, 10), details: 'Screen replaced, parcel 6A123' }))
      .then([reported]);
    const state = stateOf([...agreedRepair, reported]);
    expect(deadlines(state).map((d) => [d.kind, d.dueAt, d.owedBy])).toEqual([['REMEDY_CONFIRMATION', confirmationDueAt, 'CONSUMER']]);
    expect(whoseTurn(state)).toBe('CONSUMER');
  });

  it('not a day in the future, nor before the agreement, once, and by the merchant only', () => {
    given(agreedRepair).when(command('ReportRemedyCarriedOut', day(10), agent, { on: day(11).slice(0, 10), details: 'Done' })).thenFails('INVALID_INPUT', 'on');
    given(agreedRepair).when(command('ReportRemedyCarriedOut', day(10), agent, { on: day(1).slice(0, 10), details: 'Done' })).thenFails('INVALID_INPUT', 'on');
    given([...agreedRepair, reported]).when(command('ReportRemedyCarriedOut', day(11), agent, { on: day(10).slice(0, 10), details: 'Done' })).thenFails('REMEDY_ALREADY_REPORTED');
    given(agreedRepair).when(command('ReportRemedyCarriedOut', day(10), consumer, { on: day(9).slice(0, 10), details: 'Done' })).thenFails('ROLE_NOT_ALLOWED');
    given([claimFiled()]).when(command('ReportRemedyCarriedOut', day(10), agent, { on: day(9).slice(0, 10), details: 'Done' })).thenFails('NO_AGREEMENT');
  });

  it('a day before the agreement is refused saying so, in French and English, with the agreement’s day as its parameter (no English words in the parameters; the public code kept)', () => {
    const refusal = disputeDecider.decide(command('ReportRemedyCarriedOut', day(10), agent, { on: day(1).slice(0, 10), details: 'Done' }), stateOf(agreedRepair));
    if (!(refusal instanceof DomainError)) throw new Error(`expected a refusal, got ${JSON.stringify(refusal)}`);
    expect(refusal.problem).toEqual({ code: 'BEFORE_DATE', params: { other: 'agreedOn', date: day(2).slice(0, 10) } });
    expect(refusal.phrase.en).toBe('must not be before the agreement (5 March 2025): the agreed remedy is carried out after it');
    expect(refusal.phrase.fr).toBe('ne doit pas précéder l’accord (5 mars 2025)\u202f: la solution convenue est réalisée après lui');
  });

  it('the consumer may contest it as not carried out even before the remedy’s due date', () => {
    given([...agreedRepair, reported])
      .when(command('ReportRemedyFailed', day(12), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Nothing arrived' }))
      .thenState((s) => expect(s.filed && s.agreement).toBeNull());
  });

  it('past her last day it counts as carried out: a contest is refused on `failure`, in words, a confirmation is not, and the deadline process records it as deemed', () => {
    const afterReport = [...agreedRepair, reported];
    // Her last day, 27 March, until midnight in Paris: still hers to contest.
    given(afterReport)
      .when(command('ReportRemedyFailed', '2025-03-27T22:59:59.999Z', consumer, { failure: 'DID_NOT_FIX', description: 'Same error' }))
      .thenState((s) => expect(s.filed && s.remedyHistory.map((r) => r.outcome)).toEqual(['FAILED']));
    for (const failure of ['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED'] as const) {
      given(afterReport).when(command('ReportRemedyFailed', confirmationDueAt, consumer, { failure, description: 'Nothing was done' })).thenFails('INVALID_INPUT', 'failure');
      given(afterReport).when(command('ReportRemedyFailed', day(40), consumer, { failure, description: 'Nothing was done' })).thenFails('INVALID_INPUT', 'failure');
    }
    const refusal = disputeDecider.decide(command('ReportRemedyFailed', day(30), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Nothing was done' }), stateOf(afterReport));
    if (!(refusal instanceof DomainError)) throw new Error(`expected a refusal, got ${JSON.stringify(refusal)}`);
    expect([refusal.field, refusal.problem, refusal.phrase.en, refusal.phrase.fr]).toEqual([
      'failure',
      { code: 'CONTEST_PERIOD_OVER', params: { confirmationDueOn } },
      'can no longer be given: the merchant reported the agreed remedy carried out and the period to contest it ended on 27 March 2025; it counts as carried out (it can still be confirmed)',
      'ne s’indique plus\u202f: le professionnel a déclaré la solution convenue réalisée et le délai pour la contester a pris fin le 27 mars 2025\u202f; elle est tenue pour réalisée (elle peut encore être confirmée)',
    ]);
    // Offered to her as the decider takes it: a failure until her last day, then a confirmation only.
    const offered = (at: string) => availableActions(stateOf(afterReport), consumer, at).filter((type) => type.startsWith('ConfirmRemedy') || type.startsWith('ReportRemedy'));
    expect(offered('2025-03-27T22:59:59.999Z')).toEqual(['ConfirmRemedyFulfilled', 'ReportRemedyFailed']);
    expect(offered(confirmationDueAt)).toEqual(['ConfirmRemedyFulfilled']);
    // She may still confirm it herself.
    given(afterReport)
      .when(command('ConfirmRemedyFulfilled', day(30), consumer, {}))
      .then([
        event('RemedyFulfilled', { ...ctx(day(30), consumer), remedy: 'REPAIR', source: 'OFFER', sourceId: 'offer-1' }),
        event('DisputeClosed', { ...ctx(day(30), consumer), outcome: 'RESOLVED' }),
      ]);
    // The refused contest recorded nothing: the deadline process records it as deemed, however late it runs.
    given(afterReport)
      .when(command('RecordDeadlinePassed', day(30), system, { deadline: 'REMEDY_CONFIRMATION' }))
      .then([
        event('RemedyFulfilled', { ...ctx(day(30), system), remedy: 'REPAIR', source: 'OFFER', sourceId: 'offer-1', deemed: true }),
        event('DisputeClosed', { ...ctx(day(30), system), outcome: 'RESOLVED' }),
      ]);
  });

  it('without a report from the merchant, « not carried out » stays open past the remedy’s day, however late', () => {
    given(agreedRepair)
      .when(command('ReportRemedyFailed', day(60), consumer, { failure: 'NOT_CARRIED_OUT', description: 'No technician came' }))
      .thenState((s) => expect(s.filed && s.remedyHistory.map((r) => r.outcome)).toEqual(['FAILED']));
  });

  it('without an answer by the end of the 14 days it counts as confirmed, which resolves the dispute', () => {
    given([...agreedRepair, reported])
      .when(command('RecordDeadlinePassed', confirmationDueAt, system, { deadline: 'REMEDY_CONFIRMATION' }))
      .then([
        event('RemedyFulfilled', { ...ctx(confirmationDueAt, system), remedy: 'REPAIR', source: 'OFFER', sourceId: 'offer-1', deemed: true }),
        event('DisputeClosed', { ...ctx(confirmationDueAt, system), outcome: 'RESOLVED' }),
      ]);
    given([...agreedRepair, reported]).when(command('RecordDeadlinePassed', day(23), system, { deadline: 'REMEDY_CONFIRMATION' })).thenFails('DEADLINE_NOT_REACHED');
  });
});
