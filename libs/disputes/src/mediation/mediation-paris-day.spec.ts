import { disputeRightsFacts } from '../rights-facts';
import { consumer, mediator } from '../testing/actors';
import type { Dispute } from '../state';
import { command, ctx, event, given, stateOf } from '../testing/dispute-spec';
import { admissible, claimFiled, claimRejected, mediationRequested, mediatorAssigned } from '../testing/moments';

/**
 * The mediation's 21 days (L612-2, last paragraph) and 90 days (R612-5) are legal periods: they run
 * from the day in Europe/Paris of the act (docs/consumer-law.md, item 13), not its UTC day. An act
 * at 00:30 in Paris is 23:30 UTC the day before in winter (UTC+1), 22:30 UTC in summer (UTC+2).
 * They pass at midnight in Paris after their last day: 23:00 UTC in winter, 22:00 UTC in summer.
 * Events stored when they passed at midnight UTC keep that instant (last test but one).
 */
const WINTER = '2025-11-30T23:30:00.000Z'; // 00:30 in Paris on 1 December 2025
const SUMMER = '2025-06-30T22:30:00.000Z'; // 00:30 in Paris on 1 July 2025
const refused = [claimFiled(), claimRejected()];
const assigned = [...refused, mediationRequested(), mediatorAssigned()];

describe('the mediation clocks count from the day in Paris', () => {
  it('RequestMediation at 00:30 in Paris on 1 December (winter): admissibility due by 22 December, not 21', () => {
    given(refused)
      .when(command('RequestMediation', WINTER, consumer, {}))
      .then([event('MediationRequested', { ...ctx(WINTER, consumer), writtenClaimOn: '2025-03-03', timeBarredAfter: '2026-03-03', admissibilityDueAt: '2025-12-22T23:00:00.000Z' })]);
  });

  it('RequestMediation at 00:30 in Paris on 1 July (summer): admissibility due by 22 July, not 21', () => {
    given(refused)
      .when(command('RequestMediation', SUMMER, consumer, {}))
      .then([event('MediationRequested', { ...ctx(SUMMER, consumer), writtenClaimOn: '2025-03-03', timeBarredAfter: '2026-03-03', admissibilityDueAt: '2025-07-22T22:00:00.000Z' })]);
  });

  it('an act at 23:30 in Paris stays on its day: 31 December 2025 at 22:30 UTC starts the 21 days on 31 December', () => {
    given(refused)
      .when(command('RequestMediation', '2025-12-31T22:30:00.000Z', consumer, {}))
      .thenState((s) => expect(s.filed && s.mediation!.admissibilityDueAt).toBe('2026-01-21T23:00:00.000Z'));
  });

  it('a request at 00:30 in Paris on 1 December (winter), found admissible later: outcome due by 1 March 2026 (1 December + 90 days), not 28 February', () => {
    given([...refused, mediationRequested(WINTER), mediatorAssigned(WINTER)])
      .when(command('DecideAdmissibility', '2025-12-10T10:00:00.000Z', mediator, { admissible: true }))
      .then([event('MediationAdmissibilityDecided', { ...ctx('2025-12-10T10:00:00.000Z', mediator), admissible: true, fileCompletedAt: WINTER, outcomeDueAt: '2026-03-01T23:00:00.000Z' })]);
  });

  it('a file completed on 1 July (summer), the day the mediator names: its first instant in Paris, outcome due by 29 September (1 July + 90 days)', () => {
    given([...refused, mediationRequested('2025-06-20T10:00:00.000Z'), mediatorAssigned('2025-06-20T11:00:00.000Z')])
      .when(command('DecideAdmissibility', '2025-07-03T10:00:00.000Z', mediator, { admissible: true, fileCompletedOn: '2025-07-01' }))
      .then([event('MediationAdmissibilityDecided', { ...ctx('2025-07-03T10:00:00.000Z', mediator), admissible: true, fileCompletedAt: '2025-06-30T22:00:00.000Z', outcomeDueAt: '2025-09-29T22:00:00.000Z' })]);
  });

  it('ExtendMediation adds 90 days to the previous last day: 1 March 2026 + 90 = 30 May 2026', () => {
    given([...assigned, admissible(WINTER)])
      .when(command('ExtendMediation', '2026-01-10T10:00:00.000Z', mediator, { reason: 'Complex' }))
      .then([event('MediationExtended', { ...ctx('2026-01-10T10:00:00.000Z', mediator), reason: 'Complex', previousOutcomeDueAt: '2026-03-01T23:00:00.000Z', outcomeDueAt: '2026-05-30T22:00:00.000Z' })]);
  });

  it('a stored decision counted from the UTC day keeps its date, and its extension adds 90 days to it', () => {
    // Recorded before the fix: 23:30 UTC on 30 November counted from 30 November (last day 28 February),
    // passing at midnight UTC after it. The extension's last day is 28 February + 90 = 29 May, passing at midnight in Paris.
    const stored = event('MediationAdmissibilityDecided', { ...ctx(WINTER, mediator), admissible: true, fileCompletedAt: WINTER, outcomeDueAt: '2026-03-01T00:00:00.000Z' });
    expect((stateOf([...assigned, stored]) as Dispute).mediation!.outcomeDueAt).toBe('2026-03-01T00:00:00.000Z');
    given([...assigned, stored])
      .when(command('ExtendMediation', '2026-01-10T10:00:00.000Z', mediator, { reason: 'Complex' }))
      .then([event('MediationExtended', { ...ctx('2026-01-10T10:00:00.000Z', mediator), reason: 'Complex', previousOutcomeDueAt: '2026-03-01T00:00:00.000Z', outcomeDueAt: '2026-05-29T22:00:00.000Z' })]);
  });

  it('the rights engine is told the referral’s day in Paris (1 December, not 30 November), and an extension as its last day', () => {
    const dispute = stateOf([...assigned, admissible(WINTER)]) as Dispute;
    expect(disputeRightsFacts(dispute, '2026-01-10').mediationReferral).toEqual({ referredOn: '2025-12-01' });
    expect(disputeRightsFacts(dispute, '2025-11-30').mediationReferral).toBeNull();
    const extended = event('MediationExtended', { ...ctx('2026-01-10T10:00:00.000Z', mediator), reason: 'Complex', previousOutcomeDueAt: '2026-03-01T23:00:00.000Z', outcomeDueAt: '2026-05-30T22:00:00.000Z' });
    expect(disputeRightsFacts(stateOf([...assigned, admissible(WINTER), extended]) as Dispute, '2026-01-10').mediationReferral).toEqual({ referredOn: '2025-12-01', extendedUntil: '2026-05-30' });
  });
});
