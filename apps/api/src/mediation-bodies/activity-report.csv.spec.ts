import { activityReportCsv } from './activity-report.csv';
import type { ActivityFigures, ActivityReport } from './activity-figures';

const figures = (over: Partial<ActivityFigures> = {}): ActivityFigures => ({
  received: 0,
  refused: 0,
  accepted: 0,
  refusals: [{ ground: null, requests: 0 }],
  completed: 0,
  outcomes: [{ outcome: 'NOT_SETTLED', mediations: 0 }],
  averageDurationDays: null,
  medianDurationDays: null,
  extended: 0,
  carriedOut: 0,
  ...over,
});
const report: ActivityReport = {
  year: 2025,
  ...figures({ received: 3, completed: 2, averageDurationDays: 6.5, medianDurationDays: 6.5, refusals: [{ ground: null, requests: 1 }] }),
  months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, ...figures(i === 10 ? { received: 3, completed: 2, averageDurationDays: 6.5, medianDurationDays: 6.5 } : {}) })),
};
const lines = (csv: string) => csv.replace(/^\uFEFF/, '').trim().split('\n');

describe('the activity report as CSV, as each language’s spreadsheet reads it', () => {
  it('in French: semicolons between cells, a decimal comma, headers typeset as the catalogue prints them', () => {
    const [header, ...rows] = lines(activityReportCsv(report, 'fr'));
    expect(header!.split(';').slice(0, 5)).toEqual(['Mois', 'Demandes reçues', 'Refusées', 'Refusées\u202f: motif non précisé', 'Acceptées']);
    const november = rows[10]!.split(';');
    expect(november[0]).toBe('2025-11');
    expect(november[header!.split(';').indexOf('Durée moyenne (jours)')]).toBe('6,5');
    expect(rows[12]!.split(';')[header!.split(';').indexOf('Durée médiane (jours)')]).toBe('6,5');
    expect(rows[0]!.split(';')[header!.split(';').indexOf('Durée moyenne (jours)')]).toBe('');
    expect(activityReportCsv(report, 'fr').startsWith('\uFEFF')).toBe(true);
  });

  it('in English as it was: commas between cells, a decimal point', () => {
    const [header, ...rows] = lines(activityReportCsv(report, 'en'));
    expect(header!.split(',').slice(0, 4)).toEqual(['Month', 'Requests received', 'Refused', 'Refused: ground not given']);
    expect(rows[10]!.split(',')[header!.split(',').indexOf('Average duration (days)')]).toBe('6.5');
  });
});
