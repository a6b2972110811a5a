import { admissibilityClockOverdue, outcomeClockOverdue } from '../../apps/web/src/features/disputes/parts/mediation-clocks';

describe('the mediation panel marks a clock late only while it runs', () => {
  it('the three weeks of L612-2: while the request waits for its decision, not once the dispute ended without one', () => {
    expect(admissibilityClockOverdue('REQUESTED', 'MEDIATION_REQUESTED')).toBeUndefined();
    // Withdrawn or closed by the consumer before the mediator decided: nothing is late any more.
    expect(admissibilityClockOverdue('REQUESTED', 'WITHDRAWN')).toBe(false);
    expect(admissibilityClockOverdue('REQUESTED', 'UNRESOLVED')).toBe(false);
    expect(admissibilityClockOverdue('ADMISSIBLE', 'IN_MEDIATION')).toBe(false);
    expect(admissibilityClockOverdue('INADMISSIBLE', 'UNRESOLVED')).toBe(false);
  });

  it('the 90 days of R612-5: while the mediation is under way', () => {
    expect(outcomeClockOverdue('IN_MEDIATION')).toBeUndefined();
    expect(outcomeClockOverdue('AGREED')).toBe(false);
    expect(outcomeClockOverdue('UNRESOLVED')).toBe(false);
  });
});
