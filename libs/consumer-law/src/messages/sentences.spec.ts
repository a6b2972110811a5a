import { assessRights } from '../assess-rights';
import type { RightsAssessment } from '../assessment';
import { CITATIONS } from './citations';
import { formatFor } from './format';
import { SENTENCES } from './sentences';

const PARAMS = {
  days: 30, months: 2, until: '2027-03-15', runsFrom: '2026-01-10', longStop: '2045-03-10', expiresOn: '2027-03-15', noticedOn: '2026-01-10',
  requestedOn: '2026-01-12', dueOn: '2026-02-11', doneOn: '2026-02-20', complaintOn: '2026-01-12', lapsesOn: '2027-01-12', referredOn: '2026-02-01',
  agreedOn: '2026-01-14', reportedCarriedOutOn: '2026-01-20', confirmationDueOn: '2026-02-03', notCarriedOutOn: '2026-02-12', remedy: 'REFUND',
  outcomeDueOn: '2026-05-02', notifyBy: '2026-03-10', amount: '5000.00', currency: 'EUR', country: 'ES', jurisdiction: 'US', supported: 'FR, EU',
  purchasedOn: '2021-12-31', earliest: '2022-01-01', asked: 'DE', home: 'FR', legalEnded: '2027-03-15', grounds: '…', unverified: '',
  lastDay: '2027-03-13', lastDayIs: 'SATURDAY', holidayAfter: 'WHIT_MONDAY', holidayAfterOn: '2027-03-15',
};

/** Every text field of an assessment, flattened. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => (key === 'code' || key === 'params' || key === 'id' || key === 'jurisdiction' || key === 'remedy' || key === 'topic' || key === 'action' || /On$|until|Until|From$|asOf/.test(key) ? [] : texts(v)));
  }
  return [];
}

describe('French first: every sentence of the rights engine exists in French and in English', () => {
  it.each(Object.keys(SENTENCES))('%s renders in both languages, differently', (code) => {
    const sentence = SENTENCES[code as keyof typeof SENTENCES] as unknown as Record<'fr' | 'en', (p: typeof PARAMS, f: ReturnType<typeof formatFor>) => string>;
    const fr = sentence.fr(PARAMS, formatFor('fr'));
    const en = sentence.en(PARAMS, formatFor('en'));
    expect(fr.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(fr).not.toBe(en);
    expect(fr).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(en).not.toMatch(/\d+\.\d{2} [A-Z]{3}|[A-Z]{3} \d+\.\d{2}/);
    // Countries by their names, never by their codes (the parameters above: ES, DE, FR; US is a jurisdiction asked for that is not encoded).
    for (const text of [fr, en]) expect(text).not.toMatch(/\b(ES|DE|FR)\b/);
  });

  it('every citation has a French and an English text', () => {
    for (const { fr, en } of Object.values(CITATIONS)) expect([fr.length > 5, en.length > 5]).toEqual([true, true]);
  });

  it('French dates and amounts read as French: "15 mars 2027", "5 000,00 €"', () => {
    const f = formatFor('fr');
    expect(f.date('2027-03-15')).toBe('15 mars 2027');
    expect(f.date('2027-04-01')).toBe('1er avril 2027');
    expect(f.date('2027-04-11')).toBe('11 avril 2027');
    expect(f.money('5000.00', 'EUR').replace(/\s/g, ' ')).toBe('5 000,00 €');
  });

  it('English dates and amounts read as English, as the web app writes them beside these sentences: "15 March 2027", "€5,000.00"', () => {
    const f = formatFor('en');
    expect(f.date('2027-03-15')).toBe('15 March 2027');
    expect(f.date('2027-04-01')).toBe('1 April 2027');
    expect(f.money('5000.00', 'EUR')).toBe('€5,000.00');
    expect(f.money('1999.00', 'PLN').replace(/\s/g, ' ')).toBe('PLN 1,999.00');
    expect([f.country('ES'), f.country('EU'), formatFor('fr').country('DE'), formatFor('fr').country('EU')]).toEqual(['Spain', 'European Union', 'Allemagne', 'Union européenne']);
  });

  it('a value that is not a date or a known currency is written as given, never thrown on', () => {
    for (const locale of ['fr', 'en'] as const) {
      expect(formatFor(locale).date('not a date')).toBe('not a date');
      expect(formatFor(locale).money('12.00', 'eu')).toBe('12.00 eu');
    }
  });

  it('a French assessment carries no ISO date and no English sentence in its texts, and the same codes as the English one', () => {
    const facts = {
      jurisdiction: 'FR', goodsCondition: 'USED' as const, purchasedOn: '2025-03-10', deliveredOn: '2025-03-15', price: { amount: '499.00', currency: 'EUR' },
      defectNoticedOn: '2026-05-10', writtenComplaintOn: '2026-05-12', remedyRefused: true, commercialWarrantyMonths: 36,
      repairs: [{ requestedOn: '2026-05-12' }], saleChannel: 'DISTANCE' as const, invoiceLost: true, consumerCountry: 'FR', merchantCountry: 'DE',
    };
    const fr = assessRights(facts, '2026-07-01', 'fr') as RightsAssessment;
    const en = assessRights(facts, '2026-07-01', 'en') as RightsAssessment;
    for (const text of texts(fr)) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(text).not.toMatch(/\b(the|and|until|you|seller|warranty)\b/);
    }
    expect(fr.nextStep).toContain('Demandez par écrit au vendeur une réduction du prix');
    expect(fr.remedies[0].reason).toContain('s’il n’est pas justifié (impossibilité, coût disproportionné), vous pouvez exiger l’exécution');
    expect(fr.nextStepMessages.map((m) => m.code)).toEqual(en.nextStepMessages.map((m) => m.code));
    expect(fr.nextStepMessages.map((m) => m.params)).toEqual(en.nextStepMessages.map((m) => m.params));
    // Several articles cited: French sets a narrow no-break space before « ; », English none.
    expect(fr.mediation.basis).toContain('(réclamation écrite préalable\u202f; saisine dans l’année)\u202f; Code de la consommation, art. L612-2, dernier alinéa');
    expect(fr.mediation.basis).not.toMatch(/\S;/);
    expect(en.mediation.basis).toMatch(/\S; /);
  });
});

describe('the law as written (legal review, findings 10, 11, 13, 14)', () => {
  const say = (code: keyof typeof SENTENCES, locale: 'fr' | 'en') =>
    (SENTENCES[code] as unknown as Record<'fr' | 'en', (p: typeof PARAMS, f: ReturnType<typeof formatFor>) => string>)[locale](PARAMS, formatFor(locale));

  it('Dir. 2019/771 art. 12: a member state may require notice within a period of at least two months, not within two months', () => {
    for (const code of ['ruleSet.EU.notNationalLaw', 'notification.eu'] as const) {
      expect(say(code, 'fr')).toContain('dans un délai qui ne peut être inférieur à deux mois à compter de sa constatation');
      expect(say(code, 'en')).toContain('within a period of at least two months from its detection');
      expect(say(code, 'fr')).not.toContain('dans les deux mois');
    }
  });

  it('L217-12: performance after a refusal only if the refusal is not justified', () => {
    expect(say('remedy.firstTier.refusedEnforceable', 'fr')).toContain('s’il n’est pas justifié (impossibilité, coût disproportionné), vous pouvez exiger l’exécution');
    expect(say('remedy.firstTier.refusedEnforceable', 'fr')).not.toContain('toujours');
    expect(say('remedy.firstTier.refusedEnforceable', 'en')).toContain('if it is not justified (impossibility, disproportionate cost), you may demand performance');
  });

  it('next.noWarranty names the warranties that do not cover, so the hidden-defects warranty that follows does not contradict it', () => {
    expect(say('next.noWarranty', 'fr')).toMatch(/^Ni la garantie légale de conformité ni une garantie commerciale ne couvrent un défaut constaté le 10 janvier 2026/);
    expect(say('next.noWarranty', 'en')).toMatch(/^Neither the legal conformity warranty nor a commercial warranty covers/);
  });

  it('CPC 750-1: an attempt at amicable resolution (conciliation, mediation or participatory procedure), not conciliation alone', () => {
    expect(say('next.mediationClosed.conciliation', 'fr')).toContain('l’article 750-1 du Code de procédure civile impose une tentative de résolution amiable (conciliation, médiation ou procédure participative)');
    expect(say('next.mediationClosed.conciliation', 'en')).toContain('Article 750-1 of the Code of Civil Procedure requires an attempt at amicable resolution (conciliation, mediation or participatory procedure)');
  });
});
