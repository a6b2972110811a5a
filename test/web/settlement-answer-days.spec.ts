import { settlementAnswerDays, settlementAnswerHint } from '../../apps/web/src/features/disputes/actions/settlement-answer-days';
import { fillMessage } from '../../apps/web/src/i18n/translate';
import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

// The mediation's last day is 6 June 2025 (its outcome date passes at midnight in Paris after it, 22:00 UTC).
const OUTCOME_DUE_AT = '2025-06-06T22:00:00.000Z';

describe('the proposal form’s limits on the days to answer follow the dispute (R612-4, R612-5)', () => {
  it('a week to the days left before the mediation’s last day', () => {
    expect(settlementAnswerDays(90, OUTCOME_DUE_AT, '2025-06-06', new Date('2025-05-20T10:00:00Z'))).toEqual({ min: 7, max: 17, lastDay: '2025-06-06' });
    expect(settlementAnswerDays(90, OUTCOME_DUE_AT, undefined, new Date('2025-03-10T10:00:00Z'))).toEqual({ min: 7, max: 88, lastDay: '2025-06-06' });
  });

  it('with fewer than a week left, any of the days left', () => {
    expect(settlementAnswerDays(90, OUTCOME_DUE_AT, '2025-06-06', new Date('2025-06-01T10:00:00Z'))).toEqual({ min: 1, max: 5, lastDay: '2025-06-06' });
    // 23:30 in Paris on 5 June is already 5 June there, whatever the UTC day.
    expect(settlementAnswerDays(90, OUTCOME_DUE_AT, '2025-06-06', new Date('2025-06-04T22:30:00Z'))).toEqual({ min: 1, max: 1, lastDay: '2025-06-06' });
  });

  it('none on the last day itself; no cap once the mediation is late or before its clock runs', () => {
    expect(settlementAnswerDays(90, OUTCOME_DUE_AT, '2025-06-06', new Date('2025-06-06T10:00:00Z'))).toEqual({ min: 0, max: 0, lastDay: '2025-06-06' });
    expect(settlementAnswerDays(90, OUTCOME_DUE_AT, '2025-06-06', new Date('2025-06-06T22:00:00Z'))).toEqual({ min: 7, max: 90 });
    expect(settlementAnswerDays(90, null, null, new Date('2025-06-01T10:00:00Z'))).toEqual({ min: 7, max: 90 });
  });

  it('the hint says a single number when only one is allowed (a week or one day left), a range otherwise', () => {
    const hintAt = (now: string, locale: 'fr' | 'en') => {
      const hint = settlementAnswerHint(settlementAnswerDays(90, OUTCOME_DUE_AT, '2025-06-06', new Date(now)), (day) => (day === '2025-06-06' ? (locale === 'fr' ? '6 juin 2025' : '6 June 2025') : day));
      return hint && fillMessage((locale === 'fr' ? fr : en)[hint.key], hint.values, locale === 'fr' ? 'fr-FR' : 'en-GB').replace(/[\u00a0\u202f]/g, ' ');
    };
    expect(hintAt('2025-06-04T22:30:00Z', 'fr')).toBe('1 jour : le délai prend fin le 6 juin 2025, dernier jour de la médiation (article R612-5 du Code de la consommation)');
    expect(hintAt('2025-06-04T22:30:00Z', 'en')).toBe('1 day: the period ends on 6 June 2025, the mediation’s last day (Article R612-5 of the French Consumer Code)');
    expect(hintAt('2025-05-30T10:00:00Z', 'fr')).toBe('7 jours : le délai prend fin le 6 juin 2025, dernier jour de la médiation (article R612-5 du Code de la consommation)');
    expect(hintAt('2025-06-01T10:00:00Z', 'fr')).toBe('De 1 à 5 jours : le délai prend fin au plus tard le 6 juin 2025, dernier jour de la médiation (article R612-5 du Code de la consommation)');
    expect(hintAt('2025-06-06T10:00:00Z', 'en')).toBe('Today, 6 June 2025, is the mediation’s last day (Article R612-5 of the French Consumer Code): the default period ends today');
  });
});
