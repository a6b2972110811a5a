import { deadlines } from '../deadlines/open-deadlines';
import { disputeDecider } from '../decider';
import { DomainError } from '../errors';
import { notificationRuleOf } from '../events/notifications';
import { phraseOfProblem } from '../validation/field-problems';
import { disputeRightsFacts } from '../rights-facts';
import type { Dispute } from '../state';
import { mediator, system } from '../testing/actors';
import { day, dayStart } from '../testing/calendar';
import { command, ctx, event, given, raw, stateOf } from '../testing/dispute-spec';
import { admissible, claimFiled, claimRejected, mediationRequested, mediatorAssigned } from '../testing/moments';

/**
 * R612-5: the outcome is due within 90 days « à compter de la date de la notification mentionnée
 * à l'article R. 612-2 », and R612-2: « Dès réception des documents sur lesquels est fondée la
 * demande du consommateur, le médiateur notifie aux parties … sa saisine ». The 90 days run from
 * the receipt of the complete file, not from the admissibility decision. Through recours the file
 * is the request's record: by default the request's day; the mediator who waited for documents
 * names the day they came (`fileCompletedOn`).
 *
 * Day 3 (6 March 2025) is the request: 90 days later is 4 June 2025, passing at midnight in Paris
 * (22:00 UTC in summer). Day 20 (23 March) + 90 is 21 June: the old count, from the decision.
 */
const requested = [claimFiled(), claimRejected(), mediationRequested(day(3)), mediatorAssigned(day(4))];
const FROM_THE_REQUEST = '2025-06-04T22:00:00.000Z';
const decide = (at: string, extra: Record<string, unknown> = {}) => command('DecideAdmissibility', at, mediator, { admissible: true, ...extra });

function refusalOf(c: ReturnType<typeof decide>): DomainError {
  const result = disputeDecider.decide(c, stateOf(requested));
  if (!(result instanceof DomainError)) throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result;
}

describe('DecideAdmissibility: the 90 days run from the complete file (R612-2, R612-5), not from the decision', () => {
  it('decided on day 20, the outcome is due 90 days after the request (4 June), not after the decision (21 June)', () => {
    given(requested)
      .when(decide(day(20)))
      .then([event('MediationAdmissibilityDecided', { ...ctx(day(20), mediator), admissible: true, fileCompletedAt: day(3), outcomeDueAt: FROM_THE_REQUEST })]);
    given(requested)
      .when(decide(day(20)))
      .thenState((s) => expect(s.filed && [s.mediation!.decidedAt, s.mediation!.fileCompletedAt, s.mediation!.outcomeDueAt]).toEqual([day(20), day(3), FROM_THE_REQUEST]));
  });

  it('the mediator who waited for documents names the day they came: the 90 days run from it, its first instant in Paris stored', () => {
    // Documents received on 15 March 2025 (day 12): 90 days later is 13 June.
    given(requested)
      .when(decide(day(20), { fileCompletedOn: '2025-03-15' }))
      .then([event('MediationAdmissibilityDecided', { ...ctx(day(20), mediator), admissible: true, fileCompletedAt: dayStart(12), outcomeDueAt: '2025-06-13T22:00:00.000Z' })]);
    // The day of the decision itself: the old date, when the file was completed that day.
    given(requested)
      .when(decide(day(20), { fileCompletedOn: '2025-03-23' }))
      .then([event('MediationAdmissibilityDecided', { ...ctx(day(20), mediator), admissible: true, fileCompletedAt: dayStart(20), outcomeDueAt: '2025-06-21T22:00:00.000Z' })]);
  });

  it('the request’s own day is the request: the same as saying nothing', () => {
    given(requested)
      .when(decide(day(20), { fileCompletedOn: '2025-03-06' }))
      .then([event('MediationAdmissibilityDecided', { ...ctx(day(20), mediator), admissible: true, fileCompletedAt: day(3), outcomeDueAt: FROM_THE_REQUEST })]);
  });

  it('the rights engine is told the mediator was seised on the request’s day', () => {
    given(requested)
      .when(decide(day(20)))
      .thenState((s) => expect(disputeRightsFacts(s as Dispute, '2025-04-01').mediationReferral).toEqual({ referredOn: '2025-03-06' }));
  });

  describe('a day outside the request and the decision is refused on fileCompletedOn, in French and English, and nothing is recorded', () => {
    it('before the request', () => {
      given(requested).when(decide(day(20), { fileCompletedOn: '2025-03-05' })).thenFails('INVALID_INPUT', 'fileCompletedOn');
      const refusal = refusalOf(decide(day(20), { fileCompletedOn: '2025-03-05' }));
      expect(refusal.problem).toEqual({ code: 'BEFORE_THE_MEDIATION_REQUEST', params: { requestedOn: '2025-03-06' } });
      expect(refusal.phrase.en).toBe('must not be before the mediation request (6 March 2025): the file is complete on the day of the request at the earliest');
      expect(refusal.phrase.fr).toBe('ne doit pas précéder la demande de médiation (6 mars 2025)\u202f: le dossier est complet au plus tôt le jour de la demande');
    });

    it('after the decision (today, in Paris)', () => {
      given(requested).when(decide(day(20), { fileCompletedOn: '2025-03-24' })).thenFails('INVALID_INPUT', 'fileCompletedOn');
      const refusal = refusalOf(decide(day(20), { fileCompletedOn: '2025-03-24' }));
      expect(refusal.problem).toEqual({ code: 'AFTER_TODAY', params: { today: '2025-03-23' } });
      expect(refusal.phrase).toEqual({ en: 'must not be after today (23 March 2025)', fr: 'ne doit pas tomber après aujourd’hui (23 mars 2025)' });
    });

    it('not a day, or with a refusal', () => {
      given(requested).when(raw('DecideAdmissibility', day(20), mediator, { admissible: true, fileCompletedOn: '15/03/2025' })).thenFails('INVALID_INPUT', 'fileCompletedOn');
      given(requested).when(raw('DecideAdmissibility', day(20), mediator, { admissible: true, fileCompletedOn: '2025-03-15T10:00:00.000Z' })).thenFails('INVALID_INPUT', 'fileCompletedOn');
      const refusing = { admissible: false, reason: 'Already before a court', nextSteps: [{ kind: 'COURT', text: 'Tribunal judiciaire' }], fileCompletedOn: '2025-03-15' };
      given(requested).when(raw('DecideAdmissibility', day(20), mediator, refusing)).thenFails('INVALID_INPUT', 'fileCompletedOn');
      expect(phraseOfProblem({ code: 'FILE_COMPLETED_ONLY_IF_ADMISSIBLE', params: {} }).fr).toBe(
        'seule une demande recevable a une date de dossier complet (les 90 jours de l’article R612-5 du Code de la consommation courent à partir d’elle)',
      );
    });
  });

  it('a decision after the 90 days is still recorded: the outcome date is the law’s, already passed, and the deadline process records the mediation as late', () => {
    const late = day(100); // 11 June 2025: the 90 days from the request ended on 4 June.
    given(requested)
      .when(decide(late))
      .then([event('MediationAdmissibilityDecided', { ...ctx(late, mediator), admissible: true, fileCompletedAt: day(3), outcomeDueAt: FROM_THE_REQUEST })]);
    const decided = [...requested, event('MediationAdmissibilityDecided', { ...ctx(late, mediator), admissible: true, fileCompletedAt: day(3), outcomeDueAt: FROM_THE_REQUEST })];
    expect(deadlines(stateOf(decided)).find((d) => d.kind === 'MEDIATION_OUTCOME_DUE')?.dueAt).toBe(FROM_THE_REQUEST);
    given(decided)
      .when(command('RecordDeadlinePassed', day(100, '10:01'), system, { deadline: 'MEDIATION_OUTCOME_DUE' }))
      .then([event('MediationOverdue', { ...ctx(day(100, '10:01'), system), dueAt: FROM_THE_REQUEST })]);
    // The mediator may still extend it for a complex dispute (R612-5): 90 days after the last day.
    given(decided)
      .when(command('ExtendMediation', day(101), mediator, { reason: 'Complex' }))
      .then([event('MediationExtended', { ...ctx(day(101), mediator), reason: 'Complex', previousOutcomeDueAt: FROM_THE_REQUEST, outcomeDueAt: '2025-09-02T22:00:00.000Z' })]);
  });

  it('the parties are told from when the 90 days run, and that they are over when the decision came after them', () => {
    const rule = (e: ReturnType<typeof admissible>) => notificationRuleOf(e)!(e, stateOf([...requested, e]) as never, stateOf(requested) as never);
    expect(rule(admissible(day(20), day(3)))).toMatchObject({ kind: 'MEDIATION_ADMISSIBLE', params: { outcomeDueOn: '2025-06-04', fileCompletedOn: '2025-03-06' } });
    expect(rule(admissible(day(20), day(3)))).not.toHaveProperty('params.outcomeDatePassed');
    expect(rule(admissible(day(100), day(3)))).toMatchObject({ kind: 'MEDIATION_ADMISSIBLE', params: { outcomeDueOn: '2025-06-04', fileCompletedOn: '2025-03-06', outcomeDatePassed: true } });
  });
});

describe('decisions recorded before: the 90 days counted from the decision stay as stored', () => {
  it('evolution keeps the stored fileCompletedAt and outcomeDueAt, never recomputing them from the request', () => {
    const stored = event('MediationAdmissibilityDecided', { ...ctx(day(20), mediator), admissible: true, fileCompletedAt: day(20), outcomeDueAt: '2025-06-21T22:00:00.000Z' });
    const s = stateOf([...requested, stored]) as Dispute;
    expect([s.mediation!.fileCompletedAt, s.mediation!.outcomeDueAt]).toEqual([day(20), '2025-06-21T22:00:00.000Z']);
    expect(deadlines(s).find((d) => d.kind === 'MEDIATION_OUTCOME_DUE')?.dueAt).toBe('2025-06-21T22:00:00.000Z');
    expect(disputeRightsFacts(s, '2025-04-01').mediationReferral).toEqual({ referredOn: '2025-03-23' });
    // Its extension adds 90 days to the stored last day.
    given([...requested, stored])
      .when(command('ExtendMediation', day(40), mediator, { reason: 'Complex' }))
      .then([event('MediationExtended', { ...ctx(day(40), mediator), reason: 'Complex', previousOutcomeDueAt: '2025-06-21T22:00:00.000Z', outcomeDueAt: '2025-09-19T22:00:00.000Z' })]);
  });

  it('a stored decision is told as it was stored: its own outcome date, counted from its own fileCompletedAt', () => {
    const stored = admissible(day(20));
    const intent = notificationRuleOf(stored)!(stored, stateOf([...requested, stored]) as never, stateOf(requested) as never);
    expect(intent).toMatchObject({ params: { outcomeDueOn: '2025-06-21', fileCompletedOn: '2025-03-23' } });
  });
});
