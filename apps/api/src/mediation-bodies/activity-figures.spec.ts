import type { MediationFacts } from '@recours/read-models';
import { activityReport } from './activity-figures';

const request = (id: string, requested_at: string, over: Partial<MediationFacts> = {}): MediationFacts => ({
  dispute_id: id,
  requested_at,
  decided_at: null,
  admissible: null,
  ground: null,
  extended_at: null,
  ended_at: null,
  outcome: null,
  carried_out_at: null,
  body_id: null,
  ...over,
});

// 2025: five requests; one made on 31 December at 23:30 UTC (1 January in Paris) belongs to 2026.
const FACTS = [
  request('a', '2025-03-03T10:00:00Z', { decided_at: '2025-03-10T10:00:00Z', admissible: false, ground: 'LODGED_AFTER_ONE_YEAR' }),
  request('b', '2025-03-04T10:00:00Z', { decided_at: '2025-03-11T10:00:00Z', admissible: false }),
  request('c', '2025-04-01T10:00:00Z', { decided_at: '2025-04-05T10:00:00Z', admissible: true, extended_at: '2025-06-01T10:00:00Z', ended_at: '2025-07-01T10:00:00Z', outcome: 'PROPOSAL_ACCEPTED', carried_out_at: '2025-07-20T10:00:00Z' }),
  request('d', '2025-04-02T10:00:00Z', { decided_at: '2025-04-06T10:00:00Z', admissible: true, ended_at: '2025-04-12T10:00:00Z', outcome: 'WITHDRAWN' }),
  // Asked in December, accepted in December, ended in January: received in 2025, its outcome in 2026.
  request('e', '2025-12-20T10:00:00Z', { decided_at: '2025-12-22T10:00:00Z', admissible: true, ended_at: '2026-01-09T10:00:00Z', outcome: 'NOT_SETTLED' }),
  request('f', '2025-12-31T23:30:00Z'),
];

describe('the annual activity report of a mediation body (R614-2)', () => {
  const y2025 = activityReport(FACTS, 2025);
  const y2026 = activityReport(FACTS, 2026);

  it('counts the requests received, refused on each ground (or none given) and accepted, in the year', () => {
    expect([y2025.received, y2025.refused, y2025.accepted]).toEqual([5, 2, 3]);
    expect(y2025.refusals).toEqual([
      { ground: 'NO_PRIOR_WRITTEN_COMPLAINT', requests: 0 },
      { ground: 'MANIFESTLY_UNFOUNDED_OR_ABUSIVE', requests: 0 },
      { ground: 'ALREADY_EXAMINED', requests: 0 },
      { ground: 'LODGED_AFTER_ONE_YEAR', requests: 1 },
      { ground: 'OUTSIDE_COMPETENCE', requests: 0 },
      { ground: null, requests: 1 },
    ]);
  });

  it('counts outcomes, durations, extensions and remedies carried out where the mediation ended', () => {
    expect(y2025.completed).toBe(2);
    expect(y2025.outcomes.filter((o) => o.mediations > 0)).toEqual([
      { outcome: 'PROPOSAL_ACCEPTED', mediations: 1 },
      { outcome: 'WITHDRAWN', mediations: 1 },
    ]);
    // 91 days (1 April to 1 July) and 10 days.
    expect([y2025.averageDurationDays, y2025.medianDurationDays]).toEqual([50.5, 50.5]);
    expect([y2025.extended, y2025.carriedOut]).toEqual([1, 1]);
  });

  it('cuts the year at midnight in Paris: December’s request ended in January counts in each year for its own fact', () => {
    expect(y2025.months[11]).toMatchObject({ month: 12, received: 1, accepted: 1, completed: 0 });
    expect(y2026).toMatchObject({ year: 2026, received: 1, accepted: 0, completed: 1, averageDurationDays: 20, medianDurationDays: 20 });
    expect(y2026.months[0]).toMatchObject({ month: 1, received: 1, completed: 1, outcomes: expect.arrayContaining([{ outcome: 'NOT_SETTLED', mediations: 1 }]) });
  });

  it('gives each month its own figures, and a median of an odd count its middle value', () => {
    expect(y2025.months.map((m) => m.received)).toEqual([0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 1]);
    expect(y2025.months[6]).toMatchObject({ month: 7, completed: 1, averageDurationDays: 91, medianDurationDays: 91, carriedOut: 1 });
    const three = activityReport([request('x', '2025-01-01T10:00:00Z', { ended_at: '2025-01-02T10:00:00Z', outcome: 'WITHDRAWN' }), request('y', '2025-01-01T10:00:00Z', { ended_at: '2025-01-03T10:00:00Z', outcome: 'WITHDRAWN' }), request('z', '2025-01-01T10:00:00Z', { ended_at: '2025-01-11T10:00:00Z', outcome: 'WITHDRAWN' })], 2025);
    expect([three.averageDurationDays, three.medianDurationDays]).toEqual([4.3, 2]);
  });

  it('answers nothing to average in a year without mediations', () => {
    expect(activityReport([], 2024)).toMatchObject({ received: 0, completed: 0, averageDurationDays: null, medianDurationDays: null });
  });
});
