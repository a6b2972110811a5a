import { addDays, parisDateOf } from '@recours/consumer-law';
import { checkStep, emptyDraft, type ClaimDraft } from '../../apps/web/src/features/claim/claim-draft';
import { checkRightsFacts, emptyRightsFacts, rightsInput, type RightsFacts } from '../../apps/web/src/features/rights/rights-facts';
import { latestFactDay, today } from '../../apps/web/src/i18n/format';

/**
 * The API refuses a date after today in Paris for what has happened (fileClaim's dates, the rights
 * checker's asOf, a formal notice's sentOn, a remedy's day: parisDateOf(now)). The web app checks
 * the same day whatever the reader's time zone (the checks read no zone but Paris's), and pre-fills
 * her own day, never one the API refuses. Réunion is UTC+4 all year, Guadeloupe UTC−4, London UTC in
 * winter; Paris UTC+1 in winter.
 */
const ZONES = ['Indian/Reunion', 'America/Guadeloupe', 'Pacific/Noumea', 'Pacific/Tahiti', 'Europe/London', 'Europe/Paris', 'UTC'];

describe('the days a reader may give for what has happened', () => {
  const at = (instant: string) => jest.useFakeTimers({ now: new Date(instant), doNotFake: ['nextTick', 'setImmediate'] });
  afterEach(() => jest.useRealTimers());

  const purchasedOn = (day: string): ClaimDraft => {
    const draft = emptyDraft();
    return { ...draft, purchase: { ...draft.purchase, purchasedOn: day, deliveredOn: day, priceAmount: '100' } };
  };
  const purchaseCheck = (day: string) => checkStep('purchase', purchasedOn(day))['purchase.purchasedOn'];
  const facts = (day: string): RightsFacts => ({
    ...emptyRightsFacts,
    purchasedOn: day,
    deliveredOn: day,
    priceAmount: '100',
  });

  it('at 23:30 UTC on 5 December (00:30 on the 6th in Paris): the 6th is accepted, as the API accepts it, by the claim and the rights checker', () => {
    at('2026-12-05T23:30:00Z');
    expect(parisDateOf(new Date())).toBe('2026-12-06');
    expect(purchaseCheck('2026-12-06')).toBeUndefined();
    expect(checkRightsFacts(facts('2026-12-06')).purchasedOn).toBeUndefined();
    expect(purchaseCheck('2026-12-07')).toEqual({ key: 'form.dayInFuture', values: { date: '2026-12-06' } });
    // A defect not dated is noticed on the API's today.
    expect(rightsInput(facts('2026-12-01'))?.defectNoticedOn).toBe('2026-12-06');
  });

  it('in Réunion at 01:30 on 6 December (still the 5th in Paris): the 6th is refused, as the API refuses it, naming the day in Paris; the 5th is pre-filled', () => {
    at('2026-12-05T21:30:00Z');
    expect(parisDateOf(new Date())).toBe('2026-12-05');
    expect(purchaseCheck('2026-12-06')).toEqual({ key: 'form.dayInFuture', values: { date: '2026-12-05' } });
    expect(purchaseCheck('2026-12-05')).toBeUndefined();
    expect(checkRightsFacts(facts('2026-12-06')).purchasedOn).toEqual({ key: 'form.dayInFuture', values: { date: '2026-12-05' } });
    expect(today(new Date(), 'Indian/Reunion')).toBe('2026-12-05');
  });

  it('in Guadeloupe at 20:30 on 5 December (already the 6th in Paris): her today, the 5th, is pre-filled, not Paris’s', () => {
    at('2026-12-06T00:30:00Z');
    expect(today(new Date(), 'America/Guadeloupe')).toBe('2026-12-05');
    expect(purchaseCheck('2026-12-06')).toBeUndefined();
  });

  it('agrees with the API in every zone, every hour of a day: the latest day is Paris’s, the day pre-filled her own unless Paris’s is earlier', () => {
    for (const zone of ZONES) {
      for (let hour = 0; hour < 24; hour++) {
        const now = new Date(Date.UTC(2026, 11, 5, hour, 30));
        const paris = parisDateOf(now);
        const own = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
        expect({ zone, now, latest: latestFactDay(now), prefilled: today(now, zone) }).toEqual({ zone, now, latest: paris, prefilled: own < paris ? own : paris });
        at(now.toISOString());
        expect(purchaseCheck(paris)).toBeUndefined();
        expect(purchaseCheck(addDays(paris, 1))?.key).toBe('form.dayInFuture');
        jest.useRealTimers();
      }
    }
  });
});
