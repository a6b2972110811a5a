import { assessRights, type AssessedOn } from './assess-rights';
import type { GuidanceItem, RightsAssessment } from './assessment';
import { parisDateOf } from './calendar/calendar-date';
import type { RightsFacts } from './facts';
import { BASE_FACTS } from './testing/rights-facts-fixtures';

// Deadlines counted where the consumer lives (her postcode): her midnight, her place's public
// holidays; metropolitan France, said, when her postcode is not known. docs/consumer-law.md, item 25.

const assess = (facts: Partial<RightsFacts>, when: AssessedOn, locale: 'fr' | 'en' = 'en') => assessRights({ ...BASE_FACTS, saleChannel: 'DISTANCE', ...facts }, when, locale) as RightsAssessment;
const withdrawal = (answer: RightsAssessment) => answer.guidance.find((g) => g.topic === 'WITHDRAWAL') as GuidanceItem;

/** Bought online on 10 December 2025, delivered Friday 12 December: the 14th day is Friday 26 December. */
const CHRISTMAS_DELIVERY: Partial<RightsFacts> = { purchasedOn: '2025-12-10', deliveredOn: '2025-12-12', defectNoticedOn: '2025-12-20' };

describe('given a withdrawal period whose 14th day is Friday 26 December 2025', () => {
  it('when she lives in Strasbourg (67000), then it runs to Monday 29 December, 26 December being a public holiday there (C. trav. L3134-13)', () => {
    const item = withdrawal(assess({ ...CHRISTMAS_DELIVERY, consumerPostcode: '67000' }, '2025-12-29'));
    expect(item).toMatchObject({
      applies: true,
      message: { params: { until: '2025-12-29', lastDay: '2025-12-26', lastDayIs: 'DECEMBER_26' } },
      text: expect.stringContaining('until 29 December 2025. The last of the 14 days, 26 December 2025, is a public holiday (St Stephen’s Day, Alsace-Moselle): the period is extended to the next working day.'),
    });
    expect(item.citations.map((c) => c.code)).toEqual(['FR.L221-18', 'FR.L221-19', 'EU.REG.1182/71.3.4', 'FR.C_TRAV.L3134-13']);
    expect(withdrawal(assess({ ...CHRISTMAS_DELIVERY, consumerPostcode: '67000' }, '2025-12-30')).applies).toBe(false);
  });

  it('when she lives in Paris (75011), or her postcode is not known, then it ends on 26 December, as before', () => {
    for (const postcode of ['75011', null, undefined]) {
      expect(withdrawal(assess({ ...CHRISTMAS_DELIVERY, consumerPostcode: postcode }, '2025-12-26'))).toMatchObject({ applies: true, message: { params: { until: '2025-12-26' } } });
      expect(withdrawal(assess({ ...CHRISTMAS_DELIVERY, consumerPostcode: postcode }, '2025-12-27')).applies).toBe(false);
    }
  });

  it('when she lives in Metz (57000) and the 14th day is Good Friday 3 April 2026, then it runs past the weekend and Easter Monday to Tuesday 7 April, in French too', () => {
    const facts = { purchasedOn: '2026-03-18', deliveredOn: '2026-03-20', defectNoticedOn: '2026-03-25', consumerPostcode: '57000' };
    const item = withdrawal(assess(facts, '2026-04-07', 'fr'));
    expect(item.message.params).toEqual({ until: '2026-04-07', lastDay: '2026-04-03', lastDayIs: 'GOOD_FRIDAY', holidayAfter: 'EASTER_MONDAY', holidayAfterOn: '2026-04-06' });
    expect(item.text).toContain('jusqu’au 7 avril 2026. Le dernier des 14 jours, le 3 avril 2026, est un jour férié (Vendredi saint, Alsace-Moselle), et le 6 avril 2026 est férié (lundi de Pâques)');
    expect(item.citations.map((c) => c.code)).toEqual(['FR.L221-18', 'FR.L221-19', 'EU.REG.1182/71.3.4', 'FR.C_TRAV.L3133-1', 'FR.C_TRAV.L3134-13']);
    expect(withdrawal(assess({ ...facts, consumerPostcode: '75011' }, '2026-04-04')).applies).toBe(false);
  });
});

describe('given a withdrawal period whose 14th day is Monday 20 December 2027', () => {
  const facts = { purchasedOn: '2027-12-01', deliveredOn: '2027-12-06', defectNoticedOn: '2027-12-10' };

  it('when she lives in Saint-Denis de La Réunion (97400), then it runs to Tuesday 21 December, the abolition of slavery being a public holiday there (loi 83-550, décret 83-1003)', () => {
    const item = withdrawal(assess({ ...facts, consumerPostcode: '97400' }, '2027-12-21'));
    expect(item).toMatchObject({ applies: true, message: { params: { until: '2027-12-21', lastDay: '2027-12-20', lastDayIs: 'ABOLITION_OF_SLAVERY' } } });
    expect(item.text).toContain('20 December 2027, is a public holiday (commemoration of the abolition of slavery)');
    expect(item.citations.map((c) => c.code)).toEqual(['FR.L221-18', 'FR.L221-19', 'EU.REG.1182/71.3.4', 'FR.LOI.83-550']);
  });

  it('when she lives in Guadeloupe (97100), then 20 December is a working day and it ends that day', () => {
    expect(withdrawal(assess({ ...facts, consumerPostcode: '97100' }, '2027-12-21')).applies).toBe(false);
  });
});

describe('given deadlines whose last day is Monday 19 January 2026', () => {
  /** Delivered 5 January: withdrawal until 19 January; first written complaint 19 January 2025: mediation until 19 January 2026. */
  const facts: Partial<RightsFacts> = { purchasedOn: '2025-01-02', deliveredOn: '2026-01-05', defectNoticedOn: '2026-01-10', writtenComplaintOn: '2025-01-19' };
  const REUNION_MIDNIGHT = '2026-01-19T20:00:00.000Z'; // 00:00 on 20 January in Réunion (UTC+4), 21:00 in Paris
  const PARIS_MIDNIGHT = '2026-01-19T23:00:00.000Z'; // 00:00 on 20 January in Paris, 19:00 in Guadeloupe

  it('when she lives in Réunion, then they end at Réunion’s midnight, three hours before Paris’s: open a millisecond before, closed at it', () => {
    const before = assess({ ...facts, consumerPostcode: '97400' }, { at: new Date(Date.parse(REUNION_MIDNIGHT) - 1) });
    const at = assess({ ...facts, consumerPostcode: '97400' }, { at: REUNION_MIDNIGHT });
    expect([before.asOf, withdrawal(before).applies, before.mediation.eligible]).toEqual(['2026-01-19', true, true]);
    expect([at.asOf, withdrawal(at).applies, at.mediation.eligible]).toEqual(['2026-01-20', false, false]);
  });

  it('when she lives in Paris, then at Réunion’s midnight they are still open, and close at Paris’s', () => {
    const at = assess({ ...facts, consumerPostcode: '75011' }, { at: REUNION_MIDNIGHT });
    expect([at.asOf, withdrawal(at).applies, at.mediation.eligible]).toEqual(['2026-01-19', true, true]);
    const after = assess({ ...facts, consumerPostcode: '75011' }, { at: PARIS_MIDNIGHT });
    expect([after.asOf, withdrawal(after).applies, after.mediation.eligible]).toEqual(['2026-01-20', false, false]);
  });

  it('when she lives in Guadeloupe, then at Paris’s midnight it is 19:00 there and they are still open', () => {
    const at = assess({ ...facts, consumerPostcode: '97100' }, { at: PARIS_MIDNIGHT });
    expect([at.asOf, withdrawal(at).applies, at.mediation.eligible]).toEqual(['2026-01-19', true, true]);
  });

  it('when her postcode is not known, then they end at Paris’s midnight, the same answer as the Paris day given as a date', () => {
    for (const instant of [REUNION_MIDNIGHT, PARIS_MIDNIGHT, '2026-01-19T22:59:59.999Z']) {
      expect(assess(facts, { at: instant })).toEqual(assess(facts, parisDateOf(instant)));
    }
  });

  it('when the instant is not one, then asOf is refused as NOT_A_DATE', () => {
    expect(() => assess(facts, { at: 'tomorrow' })).toThrow(expect.objectContaining({ field: 'asOf', problem: 'NOT_A_DATE' }));
  });
});

describe('the answer says whose calendar its dates are in', () => {
  const facts: Partial<RightsFacts> = {};

  it('given no postcode: metropolitan France by default, and why, in English and French', () => {
    expect(assess(facts, '2026-02-01').calendar).toMatchObject({
      place: 'METROPOLITAN_FRANCE',
      timeZone: 'Europe/Paris',
      source: 'DEFAULT',
      reasonMessage: { code: 'calendar.default', params: {} },
      reason:
        'Your deadlines are counted in days of metropolitan France, as your postcode is not known: each ends at midnight in Paris, and only Saturdays, Sundays and national public holidays extend the withdrawal period. Overseas or in Alsace-Moselle, your deadlines may end at another hour or on another day: give your postcode.',
      citations: [],
    });
    expect(assess(facts, '2026-02-01', 'fr').calendar.reason).toBe(
      'Vos délais sont comptés en jours de France métropolitaine, votre code postal n’étant pas connu\u202f: chacun prend fin à minuit, heure de Paris, et seuls les samedis, les dimanches et les jours fériés nationaux prolongent le délai de rétractation. Outre-mer ou en Alsace-Moselle, vos délais peuvent finir à une autre heure ou un autre jour\u202f: donnez votre code postal.',
    );
  });

  it('given a postcode in Réunion: its days, its midnight, its holiday, cited', () => {
    const calendar = assess({ consumerPostcode: '97400' }, '2026-02-01', 'fr').calendar;
    expect(calendar).toMatchObject({ place: 'LA_REUNION', timeZone: 'Indian/Reunion', source: 'POSTCODE', reasonMessage: { code: 'calendar.place', params: { place: 'LA_REUNION', timeZone: 'Indian/Reunion' } } });
    expect(calendar.reason).toBe(
      'Vos délais sont comptés en jours de La Réunion, d’après votre code postal\u202f: chacun prend fin à minuit, heure locale, et les jours qui prolongent le délai de rétractation sont les samedis, les dimanches, les jours fériés nationaux et le 20 décembre (abolition de l’esclavage).',
    );
    expect(calendar.citations.map((c) => c.code)).toEqual(['FR.LOI.83-550']);
  });

  it('given a postcode in Strasbourg, in Saint-Pierre, or in Tahiti: said in their words', () => {
    expect(assess({ consumerPostcode: '67000' }, '2026-02-01').calendar).toMatchObject({
      reason: 'Your deadlines are counted in days of Alsace-Moselle, from your postcode: each ends at midnight in Paris, and the days that extend the withdrawal period are Saturdays, Sundays, national public holidays, Good Friday and 26 December.',
      citations: [expect.objectContaining({ code: 'FR.C_TRAV.L3134-13' })],
    });
    expect(assess({ consumerPostcode: '97500' }, '2026-02-01').calendar.reason).toBe(
      'Your deadlines are counted in days of Saint Pierre and Miquelon, from your postcode: each ends at midnight local time, and the days that extend the withdrawal period are Saturdays, Sundays and national public holidays.',
    );
    expect(assess({ consumerPostcode: '98714' }, '2026-02-01').calendar).toMatchObject({ place: 'METROPOLITAN_FRANCE', source: 'NOT_ENCODED', reason: expect.stringContaining('recours does not know the calendar of the place of your postcode') });
  });

  it('given a postcode that is not one: NOT_A_POSTCODE on consumerPostcode', () => {
    expect(() => assess({ consumerPostcode: '7500' }, '2026-02-01')).toThrow(expect.objectContaining({ field: 'consumerPostcode', problem: 'NOT_A_POSTCODE' }));
  });
});
