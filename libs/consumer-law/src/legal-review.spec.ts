import { assessRights } from './assess-rights';
import type { RightsAssessment, RightsNotAssessed } from './assessment';
import { parisDateOf } from './calendar/calendar-date';
import type { RightsFacts } from './facts';
import { selectRuleSet } from './rule-sets/select-rule-set';
import { AS_OF, BASE_FACTS } from './testing/rights-facts-fixtures';

// The rules the legal review of issue 14 found wrong or missing, one block per item, each
// test naming the article it checks. docs/consumer-law.md has one line per item.


const assess = (facts: Partial<RightsFacts>, asOf = AS_OF, locale: 'fr' | 'en' = 'en') =>
  assessRights({ ...BASE_FACTS, ...facts }, asOf, locale) as RightsAssessment;
const remedy = (answer: RightsAssessment, kind: string) => answer.remedies.find((r) => r.remedy === kind)!;
const guidance = (answer: RightsAssessment, topic: string) => answer.guidance.find((g) => g.topic === topic)!;

describe('item 1: a replacement imposed instead of a requested repair restarts the warranty (L217-13 para. 2)', () => {
  it('L217-13 para. 2: a replacement delivered while the requested repair was pending restarts two years, without the flag', () => {
    const answer = assess({ repairs: [{ requestedOn: '2025-09-01' }], replacements: [{ deliveredOn: '2025-09-20' }] });
    expect(answer.legalWarranty).toMatchObject({ runsFrom: '2025-09-20', expiresOn: '2027-09-20', basis: expect.stringContaining('L217-13 para. 2') });
  });

  it('L217-13 para. 2: a replacement the consumer asked for after the repair was done does not restart', () => {
    const answer = assess({
      repairs: [{ requestedOn: '2025-09-01', completedOn: '2025-09-05', handedOverOn: '2025-09-05' }],
      replacements: [{ requestedOn: '2025-10-01', deliveredOn: '2025-10-10' }],
    });
    expect(answer.legalWarranty).toMatchObject({ runsFrom: '2025-03-15', expiresOn: '2027-09-15' });
  });
});

describe('item 3: late completion and L217-14 3° open price reduction and refund', () => {
  it('L217-14 2°: a repair completed on day 31 after the request opens price reduction and refund', () => {
    const answer = assess({ repairs: [{ requestedOn: '2025-12-01', completedOn: '2026-01-01', handedOverOn: '2026-01-01' }] });
    expect(remedy(answer, 'PRICE_REDUCTION')).toMatchObject({ available: true, reason: expect.stringContaining('only completed on 1 January 2026, after the 30-day limit (31 December 2025)'), basis: expect.stringContaining('L217-14 2°') });
    expect(remedy(answer, 'REFUND').available).toBe(true);
  });

  it('L217-14 2°: a repair completed on day 30 opens nothing', () => {
    const answer = assess({ repairs: [{ requestedOn: '2025-12-01', completedOn: '2025-12-31', handedOverOn: '2025-12-31' }] });
    expect(remedy(answer, 'PRICE_REDUCTION').available).toBe(false);
  });

  it('L217-10 + L217-14 2°: a late replacement (requested 2025-11-01, delivered 2025-12-05) opens them', () => {
    const answer = assess({ replacements: [{ requestedOn: '2025-11-01', deliveredOn: '2025-12-05' }], defectNoticedOn: '2025-10-30' });
    expect(remedy(answer, 'REFUND')).toMatchObject({ available: true, reason: expect.stringContaining('replacement requested on 1 November 2025 was only delivered on 5 December 2025') });
  });

  it('L217-10: an awaited replacement has 30 days and is overdue on day 31', () => {
    const awaited = { replacements: [{ requestedOn: '2026-01-12' }] };
    expect(assess(awaited, '2026-02-11').repairDeadline).toMatchObject({ remedy: 'REPLACEMENT', dueOn: '2026-02-11', overdue: false });
    const late = assess(awaited, '2026-02-12');
    expect(late.repairDeadline).toMatchObject({ overdue: true });
    expect(remedy(late, 'PRICE_REDUCTION').reason).toContain('replacement requested on 12 January 2026 was not delivered by 11 February 2026');
  });

  it('L217-14 3°: costs or a major inconvenience left with the consumer open price reduction and refund', () => {
    const answer = assess({ costsOrMajorInconvenience: true });
    expect(remedy(answer, 'PRICE_REDUCTION')).toMatchObject({ available: true, basis: expect.stringContaining('L217-14 3°') });
  });
});

describe('item 5: damages stay available after a failed remedy (L217-8)', () => {
  it.each([
    ['a refusal', { remedyRefused: true }],
    ['a repair that failed', { repairs: [{ requestedOn: '2025-06-01', completedOn: '2025-06-10', handedOverOn: '2025-06-10' }], defectReappeared: true }],
    ['an impossible remedy', { remedyImpossible: true }],
  ])('L217-8: compensation stays available after %s', (_, facts) => {
    expect(remedy(assess(facts), 'COMPENSATION')).toMatchObject({ available: true, reason: expect.stringContaining('in every case'), basis: expect.stringContaining('L217-8') });
  });
});

describe('item 6: immobilisation extends the commercial warranty (L217-28) and suspends the legal one (D211-2 box)', () => {
  const repair = (handedOverOn: string, completedOn: string) => ({ requestedOn: '2027-04-01', handedOverOn, completedOn, underCommercialWarranty: true });

  it('L217-28: a 36-month commercial warranty gains the 7 days the goods were immobilised for its repair', () => {
    const answer = assess({ commercialWarrantyMonths: 36, defectNoticedOn: '2027-03-30', repairs: [repair('2027-04-03', '2027-04-10')] }, '2027-05-01');
    expect(answer.commercialWarranty).toMatchObject({ expiresOn: '2028-03-22', extensionDays: 7, basis: expect.stringContaining('L217-28') });
  });

  it('L217-28: an immobilisation of 6 days adds nothing', () => {
    const answer = assess({ commercialWarrantyMonths: 36, defectNoticedOn: '2027-03-30', repairs: [repair('2027-04-04', '2027-04-10')] }, '2027-05-01');
    expect(answer.commercialWarranty).toMatchObject({ expiresOn: '2028-03-15', extensionDays: 0 });
  });

  it('D211-2 box: 20 days in the workshop for a legal-warranty repair suspend the warranty, on top of L217-13 six months', () => {
    const answer = assess({ repairs: [{ requestedOn: '2026-01-12', handedOverOn: '2026-01-15', completedOn: '2026-02-04' }] }, '2026-03-01');
    expect(answer.legalWarranty).toMatchObject({ suspensionDays: 20, extensionMonths: 6, expiresOn: '2027-10-05', basis: expect.stringContaining('D211-2') });
  });
});

describe('item 7: after a refusal repair and replacement stay enforceable (L217-12)', () => {
  it('L217-12: the answer says the consumer may demand performance and that a refusal must be reasoned in writing', () => {
    const repair = remedy(assess({ remedyRefused: true }), 'REPAIR');
    expect(repair).toMatchObject({ available: true, reason: expect.stringMatching(/reasoned in writing.*if it is not justified \(impossibility, disproportionate cost\), you may demand performance/), basis: expect.stringContaining('L217-12') });
  });

  it('L217-12: impossibility, not refusal, closes repair and replacement', () => {
    expect(remedy(assess({ remedyImpossible: true }), 'REPLACEMENT').available).toBe(false);
  });
});

describe('item 8: CPC 750-1 depends on the court seised and the amount claimed', () => {
  it('CPC 750-1: a French court applies it to a sale under German law (EUR 800 claimed)', () => {
    const answer = assess({ jurisdiction: 'DE', consumerCountry: 'FR', merchantCountry: 'DE', claimAmount: { amount: '800', currency: 'EUR' } });
    expect(answer.courtPath).toMatchObject({ courtCountry: 'FR', amicableAttemptRequired: true, claimAmountIsPrice: false, basis: expect.stringContaining('750-1') });
  });

  it('CPC 750-1: the amount claimed, EUR 5,200 of a EUR 499 purchase with damages, needs no amicable attempt', () => {
    expect(assess({ claimAmount: { amount: '5200', currency: 'EUR' } }).courtPath).toMatchObject({ amicableAttemptRequired: false, claimAmountIsPrice: false });
  });

  it('CPC 750-1: without an amount claimed the price stands in, and the answer says so', () => {
    expect(assess({}).courtPath).toMatchObject({ claimAmountIsPrice: true, explanation: expect.stringContaining('No amount claimed is known') });
  });

  it('CPC 750-1: the sanction is an inadmissibility the judge may raise of its own motion, with the exceptions the article lists, not a certain one', () => {
    const claim = { claimAmount: { amount: '800', currency: 'EUR' } };
    const fr = assess(claim, AS_OF, 'fr').courtPath.explanation;
    const en = assess(claim, AS_OF, 'en').courtPath.explanation;
    expect(fr).toContain('sauf l’une des exceptions de l’article 750-1 du Code de procédure civile, le juge peut déclarer la demande irrecevable, même d’office');
    expect(fr).not.toContain('le tribunal la déclarera irrecevable');
    expect(en).toContain('save for one of the exceptions of Article 750-1 of the Code of Civil Procedure, the judge may declare the claim inadmissible, even of its own motion');
    expect(en).not.toContain('the court will declare it inadmissible');
  });
});

describe('item 9: member states and Rome I art. 6', () => {
  it('Rome I art. 6: a French consumer targeted by a German seller keeps French law (L217-7: 24-month presumption)', () => {
    const answer = assess({ jurisdiction: 'DE', consumerCountry: 'FR', merchantCountry: 'DE', sellerTargetedConsumerCountry: true, defectNoticedOn: '2026-09-01' }, '2026-10-01');
    expect(answer).toMatchObject({ jurisdiction: 'FR', applicableLaw: { jurisdiction: 'FR', basis: expect.stringContaining('Rome I') }, presumptionOfDefect: { applies: true, until: '2027-03-15' } });
  });

  it('Rome I art. 6: without targeting, the law asked for (DE, BGB § 477: 12 months) applies', () => {
    const answer = assess({ jurisdiction: 'DE', consumerCountry: 'FR', merchantCountry: 'DE', defectNoticedOn: '2026-09-01' }, '2026-10-01');
    expect(answer).toMatchObject({ jurisdiction: 'DE', presumptionOfDefect: { applies: false, until: '2026-03-15', basis: expect.stringContaining('§\u00a0477') } });
  });

  it.each([
    ['BE', 'BE-2022-06-01', '2027-03-15', '2027-03-15', true],
    ['ES', 'ES-2022-01-01', '2028-03-15', '2027-03-15', false],
    ['PT', 'PT-2022-01-01', '2028-03-15', '2027-03-15', false],
    ['DE', 'DE-2022-01-01', '2027-03-15', '2026-03-15', false],
    ['IT', 'IT-2022-01-01', '2027-03-15', '2026-03-15', false],
    ['NL', 'NL-2022-01-01', '2027-03-15', '2026-03-15', true],
    ['SE', 'SE-2022-05-01', '2028-03-15', '2027-03-15', true],
  ] as const)('%s (its own rule set %s): warranty to %s, presumption to %s, notification duty %s', (jurisdiction, id, expiresOn, until, notify) => {
    const answer = assess({ jurisdiction, purchasedOn: '2025-03-10' });
    expect(answer).toMatchObject({ ruleSet: { id }, legalWarranty: { expiresOn }, presumptionOfDefect: { until }, notification: { required: notify } });
  });

  it('Belgian C. civ. 1649quater §2, §3: notify within two months of noticing, sue within a year of noticing, never before the two years from delivery end', () => {
    // Noticed on 2026-01-10, delivered on 2025-03-15: a year would end on 2027-01-10, before the
    // warranty's two years (2027-03-15), and §3 says the year cannot end before them.
    const answer = assess({ jurisdiction: 'BE' });
    expect(answer.notification).toMatchObject({ notifyBy: '2026-03-10' });
    expect(answer.limitation[0]).toMatchObject({ action: 'CONFORMITY', runsFrom: '2026-01-10', until: '2027-03-15', running: true, basis: expect.stringContaining('1649quater §\u00a03') });
    expect(answer.limitation[0].reason).toContain('12 months from 10 January 2026, but not before the legal warranty ends, on 15 March 2027');
    expect(assess({ jurisdiction: 'BE' }, AS_OF, 'fr').limitation[0].reason).toContain('12 mois à compter du 10 janvier 2026, mais pas avant la fin de la garantie légale, le 15 mars 2027');
    // Noticed late in the warranty: the year itself runs past its end.
    const late = assess({ jurisdiction: 'BE', defectNoticedOn: '2026-09-01' }, '2026-10-01');
    expect(late.limitation[0]).toMatchObject({ runsFrom: '2026-09-01', until: '2027-09-01' });
    expect(late.limitation[0].reason).not.toContain('not before the legal warranty ends');
  });

  it('the floor of 1649quater §3 is Belgian: a French conformity action keeps its five years from noticing, an Italian one its 26 months from delivery', () => {
    expect(assess({ jurisdiction: 'FR' }).limitation[0].reason).not.toContain('legal warranty ends');
    expect(assess({ jurisdiction: 'IT' }).limitation[0]).toMatchObject({ until: '2027-05-15' });
  });

  it('Italian Codice del consumo art. 133(3): 26 months from delivery', () => {
    expect(assess({ jurisdiction: 'IT' }).limitation[0]).toMatchObject({ until: '2027-05-15' });
  });

  it('BGB § 438: the German limitation is stated as not verified here', () => {
    expect(assess({ jurisdiction: 'DE' }).limitation[0].reason).toContain('not verified against a source here');
  });

  it('Portuguese DL 84/2021 art. 17.º: the rights lapse two years after the consumer communicated the non-conformity', () => {
    const answer = assess({ jurisdiction: 'PT', writtenComplaintOn: '2026-01-20' });
    expect(answer.limitation).toEqual([expect.objectContaining({ action: 'CONFORMITY', runsFrom: '2026-01-20', until: '2028-01-20', basis: expect.stringContaining('art. 17.º') })]);
    expect(answer.limitation[0].citations.map((c) => c.code)).toEqual(['PT.DL84.17']);
    expect(answer.limitation[0].reason).not.toContain('not verified');
  });

  it('Portuguese DL 84/2021 art. 17.º: without a written communication known, the two years cannot be dated and the answer says so', () => {
    expect(assess({ jurisdiction: 'PT' }).limitation[0]).toMatchObject({ action: 'CONFORMITY', until: null, reason: expect.stringContaining('no written notice is known'), basis: expect.stringContaining('art. 17.º') });
  });

  it('Portuguese DL 84/2021 art. 12.º n.º 1 and art. 13.º: three years of warranty from delivery, two of presumption, each cited by its article', () => {
    const answer = assess({ jurisdiction: 'PT', defectNoticedOn: '2027-09-01' }, '2027-09-10');
    expect(answer.legalWarranty).toMatchObject({ expiresOn: '2028-03-15', basis: expect.stringContaining('Decreto-Lei n.º 84/2021 (PT) art. 12.º, n.º 1') });
    expect(answer.presumptionOfDefect).toMatchObject({ applies: false, until: '2027-03-15', basis: expect.stringContaining('Decreto-Lei n.º 84/2021 (PT) art. 13.º') });
  });

  it('Portuguese DL 84/2021 art. 12.º n.º 4: no deadline to tell the seller, any provable means', () => {
    expect(assess({ jurisdiction: 'PT' }).notification).toMatchObject({ required: false, notifyBy: null, basis: expect.stringContaining('art. 12.º, n.º 4') });
  });

  it('Portuguese DL 84/2021 art. 13.º n.os 3-4: used goods keep two years of presumption unless a reduction was agreed, which the engine cannot know', () => {
    const answer = assess({ jurisdiction: 'PT', goodsCondition: 'USED', defectNoticedOn: '2026-09-01' }, '2026-09-10');
    expect(answer.presumptionOfDefect).toMatchObject({ applies: true, until: '2027-03-15' });
    // The buyer reads the condition the engine cannot check, in her language.
    expect(answer.presumptionOfDefect.basis).toContain('art. 13.º, n.º 3 (used goods: one year only if you agreed with the seller to reduce the warranty to 18 months)');
    const inFrench = assess({ jurisdiction: 'PT', goodsCondition: 'USED', defectNoticedOn: '2026-09-01' }, '2026-09-10', 'fr');
    expect(inFrench.presumptionOfDefect.basis).toContain('(bien d’occasion\u202f: un an seulement si vous avez convenu avec le vendeur de réduire la garantie à 18 mois)');
    // New goods: no such condition.
    expect(assess({ jurisdiction: 'PT', defectNoticedOn: '2026-09-01' }, '2026-09-10').presumptionOfDefect.citations.map((c) => c.code)).toEqual(['PT.DL84.13']);
  });

  it('Swedish Preskriptionslag (1981:130) 2 §: the limitation is not assessed, and the reason says which question no source settles', () => {
    const [clock] = assess({ jurisdiction: 'SE' }).limitation;
    expect(clock).toMatchObject({ action: 'NOT_ASSESSED', runsFrom: null, until: null, running: null, reason: expect.stringContaining('at the sale or at delivery') });
    expect(clock.citations.map((c) => c.code)).toEqual(['SE.PRESKL.2', 'SE.KKL']);
    expect(assess({ jurisdiction: 'SE' }, AS_OF, 'fr').limitation[0].reason).toContain('à la vente ou à la livraison');
  });

  it('a member state without a checked source (AT) answers not assessed with the reason, never the baseline', () => {
    const answer = assessRights({ ...BASE_FACTS, jurisdiction: 'AT' }, '2026-02-01') as RightsNotAssessed;
    expect(answer).toMatchObject({ kind: 'NOT_ASSESSED', code: 'UNSUPPORTED_JURISDICTION', message: expect.stringContaining('no source was checked') });
  });
});

describe('item 10: digital elements and digital content', () => {
  it('L217-3 (digital elements): a 5-year connected service is covered for its whole supply', () => {
    const answer = assess({ digitalElementSupplyMonths: 60, defectInDigitalElement: true, defectNoticedOn: '2028-06-01' }, '2028-07-01');
    expect(answer.legalWarranty).toMatchObject({ applies: true, expiresOn: '2027-03-15', digitalElementsUntil: '2030-03-15' });
    expect(answer.presumptionOfDefect).toMatchObject({ applies: true, until: '2030-03-15' });
  });

  it('L217-3: a defect of the goods themselves after two years is not covered by the digital supply', () => {
    expect(assess({ digitalElementSupplyMonths: 60, defectNoticedOn: '2028-06-01' }, '2028-07-01').legalWarranty.applies).toBe(false);
  });

  it('L224-25-12: digital content supplied on its own is answered not assessed', () => {
    expect(assessRights({ ...BASE_FACTS, supply: 'DIGITAL_CONTENT_OR_SERVICE' }, '2026-02-01')).toMatchObject({ kind: 'NOT_ASSESSED', code: 'DIGITAL_CONTENT_NOT_ASSESSED', message: expect.stringContaining('L224-25-12') });
  });
});

describe('item 11: limitation', () => {
  it('C. civ. 1648 + Cass. ch. mixte 21 July 2023: hidden defects two years from discovery, within twenty years from the sale', () => {
    const answer = assess({ defectNoticedOn: '2027-06-01' }, '2027-07-01');
    expect(answer.limitation.find((c) => c.action === 'HIDDEN_DEFECTS')).toMatchObject({ runsFrom: '2027-06-01', until: '2029-06-01', running: true, basis: expect.stringContaining('21 July 2023') });
    expect(answer.nextStep).toContain('stays open until 1 June 2029');
  });

  it('C. civ. 1641, 1644, 1648: past the legal warranty the answer points to the hidden-defects action, open two years from discovery, with the two choices of 1644', () => {
    // BASE_FACTS: delivered on 2025-03-15, so the legal warranty ended on 2027-03-15.
    const answer = assess({ defectNoticedOn: '2027-06-01' }, '2027-07-01');
    expect(answer.legalWarranty.applies).toBe(false);
    expect(answer.hiddenDefects).toMatchObject({
      open: true,
      discoveredOn: '2027-06-01',
      until: '2029-06-01',
      basis: 'Code civil art. 1641; Code civil art. 1648 (two years from discovery)',
      remedies: [
        { remedy: 'REFUND', basis: expect.stringContaining('Code civil art. 1644') },
        { remedy: 'PRICE_REDUCTION', basis: expect.stringContaining('Code civil art. 1644') },
      ],
    });
    expect(answer.hiddenDefects?.citations.map((c) => c.code)).toEqual(['FR.CC.1641', 'FR.CC.1648']);
    // Two years from discovery gone by: still pointed to, closed.
    expect(assess({ defectNoticedOn: '2027-06-01' }, '2029-06-02').hiddenDefects).toMatchObject({ open: false, until: '2029-06-01' });
  });

  it('C. civ. 1645 + Cass. 1re civ., 19 January 1965 and Cass. com., 5 July 2023: past the legal warranty, the professional seller is deemed to know the hidden defect and owes damages on top of the price, in English and French', () => {
    const answer = assess({ defectNoticedOn: '2027-06-01' }, '2027-07-01');
    expect(answer.hiddenDefects?.damages).toMatchObject({
      sellerDeemedToKnow: true,
      reason: 'A professional seller is deemed to know the defects of the goods it sells and may not prove otherwise: it owes you all the damages the defect caused you, on top of the price given back in whole or in part.',
      reasonMessage: { code: 'hiddenDefects.damages' },
      basis:
        'Code civil art. 1645 (all damages owed by a seller who knew the defects); Cass. 1re civ., 19 January 1965, No. 61-10.952, and Cass. com., 5 July 2023, No. 22-11.621 (a professional seller is presumed, with no proof to the contrary allowed, to know the defects of the goods sold)',
    });
    expect(answer.hiddenDefects?.damages.citations.map((c) => c.code)).toEqual(['FR.CC.1645', 'FR.CASS.1965-01-19']);
    const fr = assess({ defectNoticedOn: '2027-06-01' }, '2027-07-01', 'fr').hiddenDefects?.damages;
    expect(fr?.reason).toBe('Le vendeur professionnel est réputé connaître les vices du bien qu’il vend, sans pouvoir prouver le contraire\u202f: il vous doit tous les dommages et intérêts que le vice vous a causés, en plus du prix rendu en tout ou en partie.');
    expect(fr?.basis).toBe(
      'Code civil, art. 1645 (tous dommages et intérêts dus par le vendeur qui connaissait les vices)\u202f; Cass. 1re civ., 19 janvier 1965, n° 61-10.952, et Cass. com., 5 juillet 2023, n° 22-11.621 (le vendeur professionnel est présumé, sans preuve contraire possible, connaître les vices de la chose vendue)',
    );
    // The damages are not one of 1644's two choices: they come on top, the choices stay two.
    expect(answer.hiddenDefects?.remedies.map((r) => r.remedy)).toEqual(['REFUND', 'PRICE_REDUCTION']);
    // Within the warranty, no hidden-defects action and so none of 1645 (L217-8 and 1231-1 give the damages then).
    const within = assess({ defectNoticedOn: '2027-03-15' }, '2027-03-20');
    expect(within.hiddenDefects).toBeNull();
    expect(JSON.stringify(within)).not.toContain('1645');
  });

  it('L217-21, C. civ. 1641 and 1648: a commercial warranty running past the legal one, the next step names both remedies while both are open', () => {
    const facts = { commercialWarrantyMonths: 36, defectNoticedOn: '2027-06-01' };
    const answer = assess(facts, '2027-06-10');
    expect(answer).toMatchObject({ legalWarranty: { applies: false }, commercialWarranty: { applies: true }, hiddenDefects: { open: true } });
    expect(answer.nextStepMessages?.map((m) => m.code)).toEqual(['next.commercialWarranty', 'next.hiddenDefects']);
    expect(answer.nextStep).toContain('Claim under the commercial warranty, which runs until 15 March 2028');
    expect(answer.nextStep).toContain('the hidden-defects warranty (Articles 1641 and 1648 of the French Civil Code) stays open until 1 June 2029');
    expect(assess(facts, '2027-06-10', 'fr').nextStep).toContain('la garantie des vices cachés (Code civil, art. 1641 et 1648) reste ouverte jusqu’au 1er juin 2029');
    // The action ended (two years from discovery): only the commercial warranty is a step to take.
    const late = assess({ commercialWarrantyMonths: 120, defectNoticedOn: '2027-06-01' }, '2029-06-02');
    expect(late).toMatchObject({ commercialWarranty: { applies: true }, hiddenDefects: { open: false } });
    expect(late.nextStepMessages?.map((m) => m.code)).toEqual(['next.commercialWarranty']);
  });

  it('C. civ. 1641: while the legal warranty covers the defect, no hidden-defects action is pointed to (the conformity claim is the one to make)', () => {
    expect(assess({ defectNoticedOn: '2027-03-15' }, '2027-03-20').hiddenDefects).toBeNull();
    expect(assess({}).hiddenDefects).toBeNull();
  });

  it('C. civ. 2232: a defect discovered 19 years after the sale is cut at twenty years from the sale', () => {
    const answer = assess({ purchasedOn: '2025-03-10', defectNoticedOn: '2044-01-01' }, '2044-02-01');
    expect(answer.limitation.find((c) => c.action === 'HIDDEN_DEFECTS')).toMatchObject({ until: '2045-03-10' });
  });

  it('C. civ. 2224: the conformity action runs five years from the day the defect was noticed, and the next step says until when', () => {
    const answer = assess({});
    expect(answer.limitation[0]).toMatchObject({ action: 'CONFORMITY', until: '2031-01-10', basis: expect.stringContaining('2224') });
    expect(answer.nextStep).toContain('The time to go to court runs until 10 January 2031.');
  });
});

describe('item 12: mediation (L612-2, R612-2, R612-5)', () => {
  it('L612-2: a written complaint is enough, no answer or refusal of the merchant is needed', () => {
    expect(assess({ writtenComplaintOn: '2026-01-20' })).toMatchObject({ mediation: { eligible: true, complaintOn: '2026-01-20', lapsesOn: '2027-01-20' } });
  });

  it('L612-2, last paragraph: the answer gives the three weeks to notify a rejection, cited there, and R612-2 as the notice the 90 days run from', () => {
    const mediation = assess({ writtenComplaintOn: '2026-01-20' }).mediation;
    expect(mediation).toMatchObject({ admissibilityNoticeDays: 21, reason: expect.stringContaining('within three weeks of receiving your file') });
    expect(mediation.basis).toContain('L612-2, last paragraph (a rejection notified within three weeks');
    expect(mediation.basis).toContain('R612-2 (the parties told of the referral once the file is received: the 90 days run from it)');
  });

  it('R612-5: 90 days from the referral, or the extension recorded for a complex dispute', () => {
    expect(assess({ writtenComplaintOn: '2026-01-20', mediationReferral: { referredOn: '2026-01-25' } }).mediation).toMatchObject({ outcomeDueOn: '2026-04-25', outcomeExtended: false });
    const extended = assess({ writtenComplaintOn: '2026-01-20', mediationReferral: { referredOn: '2026-01-25', extendedUntil: '2026-06-30' } }, '2026-05-01').mediation;
    expect(extended).toMatchObject({ outcomeDueOn: '2026-06-30', outcomeExtended: true, reason: expect.stringContaining('extended the time until 30 June 2026'), basis: expect.stringContaining('R612-5') });
  });

  it('once the mediator has the dispute, the next step is the mediation’s outcome, not « refer it to the mediator by … »', () => {
    const referred = assess({ writtenComplaintOn: '2026-01-20', mediationReferral: { referredOn: '2026-01-25' } }, '2026-02-01', 'fr');
    expect(referred.nextStepMessages?.map((m) => m.code)).toContain('next.mediationUnderway');
    expect(referred.nextStep).toContain('Le médiateur de la consommation est saisi depuis le 25 janvier 2026\u202f: la médiation doit aboutir au plus tard le 25 avril 2026.');
    expect(referred.nextStep).not.toContain('saisissez le médiateur');
    expect(assess({ writtenComplaintOn: '2026-01-20', mediationReferral: { referredOn: '2026-01-25' } }, '2026-02-01').nextStep).toContain('The consumer mediator has had the dispute since 25 January 2026: the mediation’s outcome is due by 25 April 2026.');
    // Before any referral, the step is still to refer it in time.
    expect(assess({ writtenComplaintOn: '2026-01-20' }, '2026-02-01', 'fr').nextStep).toContain('saisissez le médiateur de la consommation au plus tard le 20 janvier 2027');
  });

  it('R612-5: once the outcome’s day has passed without one, the step is the court, not « la médiation doit aboutir au plus tard le » a day gone by', () => {
    const referral = { writtenComplaintOn: '2026-01-20', mediationReferral: { referredOn: '2026-01-25' } };
    // On its last day the outcome is still to come.
    expect(assess(referral, '2026-04-25', 'fr').nextStepMessages?.map((m) => m.code)).toContain('next.mediationUnderway');
    const overdue = assess(referral, '2026-04-26', 'fr');
    expect(overdue.nextStepMessages?.map((m) => m.code)).toContain('next.mediationOverdue');
    expect(overdue.nextStep).toContain('Le médiateur de la consommation est saisi depuis le 25 janvier 2026\u202f; la médiation devait aboutir au plus tard le 25 avril 2026. Sans issue, vous pouvez saisir le tribunal');
    expect(overdue.nextStep).not.toContain('doit aboutir');
    // An extension recorded moves the day.
    expect(assess({ ...referral, mediationReferral: { referredOn: '2026-01-25', extendedUntil: '2026-06-30' } }, '2026-05-01', 'fr').nextStepMessages?.map((m) => m.code)).toContain('next.mediationUnderway');
    expect(assess(referral, '2026-04-26').nextStep).toContain('the mediation’s outcome was due by 25 April 2026. Without one, you may bring the claim before the court');
  });

  it('L612-2: a referral made in time stays admissible after the year has passed', () => {
    expect(assess({ writtenComplaintOn: '2025-06-01', mediationReferral: { referredOn: '2026-05-30' }, defectNoticedOn: '2025-05-20' }, '2026-07-01').mediation.eligible).toBe(true);
  });
});

describe('item 13: legal dates are days in Europe/Paris', () => {
  it.each([
    ['2026-02-28T23:30:00Z', '2026-03-01', 'winter, UTC+1: 00:30 on 1 March in Paris'],
    ['2026-06-30T22:30:00Z', '2026-07-01', 'summer, UTC+2: 00:30 on 1 July in Paris'],
    ['2026-03-01T22:59:59Z', '2026-03-01', 'still 1 March at 23:59:59 in Paris'],
  ])('%s is %s (%s)', (instant, date) => {
    expect(parisDateOf(instant)).toBe(date);
  });
});

describe('item 14: Directive (EU) 2024/1799 not transposed in France (L217-13 six months)', () => {
  it('L217-13: an FR contract of 2026-08-01 keeps six months and the notes say so, with the date checked and the duty to inform', () => {
    const answer = assess({ purchasedOn: '2026-08-01', deliveredOn: '2026-08-02', defectNoticedOn: '2026-09-01', repairs: [{ requestedOn: '2026-09-02', completedOn: '2026-09-05', handedOverOn: '2026-09-05' }] }, '2026-10-01');
    expect(answer.legalWarranty.extensionMonths).toBe(6);
    expect(answer.ruleSet.notes.join(' ')).toMatch(/checked 1 December 2026.*six months/);
    expect(answer.ruleSet.notes.join(' ')).toContain('inform the consumer of the right to choose between repair and replacement');
    expect(answer.ruleSet.notes.join(' ')).not.toContain('10(5a)');
    expect(selectRuleSet('FR', '2026-08-01')!.repairExtension).toMatchObject({ months: 6 });
  });
});

describe("the guide's FAQ, each an assessed item with its basis", () => {
  const outOfWarranty = () => assess({ defectNoticedOn: '2027-06-01' }, '2027-07-01');

  it('L112-1 + platform rule: out of warranty, a quote before work and diagnostic fees; the answer says the quote is the platform’s rule', () => {
    expect(guidance(outOfWarranty(), 'OUT_OF_WARRANTY_REPAIR')).toMatchObject({ applies: true, platformRule: true, text: expect.stringContaining('recours platform’s rule'), basis: expect.stringContaining('L112-1') });
    expect(guidance(assess({}), 'OUT_OF_WARRANTY_REPAIR').applies).toBe(false);
  });

  it('C. env. L541-10-4: the repair bonus of the repair funds', () => {
    expect(guidance(outOfWarranty(), 'REPAIR_BONUS')).toMatchObject({ applies: true, basis: expect.stringContaining('L541-10-4') });
  });

  it('L111-4: spare-parts availability information', () => {
    expect(guidance(outOfWarranty(), 'SPARE_PARTS')).toMatchObject({ applies: true, basis: expect.stringContaining('L111-4') });
  });

  it('L221-18: 14 days to withdraw from a distance contract, from receipt; the warranty comes on top', () => {
    // Delivered Monday 29 June 2026: the 14th day is Monday 13 July, a working day.
    const facts = { purchasedOn: '2026-06-28', deliveredOn: '2026-06-29', defectNoticedOn: '2026-07-01', saleChannel: 'DISTANCE' as const };
    const open = guidance(assess(facts, '2026-07-13'), 'WITHDRAWAL');
    expect(open).toMatchObject({ applies: true, text: expect.stringContaining('until 13 July 2026 (14 days from receipt)'), basis: expect.stringContaining('L221-18'), message: { params: { until: '2026-07-13' } } });
    expect(guidance(assess(facts, '2026-07-14'), 'WITHDRAWAL')).toMatchObject({ applies: false, text: 'The 14-day withdrawal period ended on 13 July 2026; the legal conformity warranty still applies.' });
    expect(guidance(assess({ saleChannel: 'ON_PREMISES' }), 'WITHDRAWAL').text).toContain('no legal right of withdrawal');
  });

  it('C. com. L110-3: proof of purchase by any means when the invoice is lost', () => {
    expect(guidance(assess({ invoiceLost: true }), 'PROOF_OF_PURCHASE')).toMatchObject({ applies: true, text: expect.stringContaining('bank statement'), basis: expect.stringContaining('L110-3') });
  });

  it('L217-3: the seller answers for conformity and cannot send the consumer to the manufacturer', () => {
    expect(guidance(assess({}), 'SELLER_ANSWERS')).toMatchObject({ applies: true, text: expect.stringContaining('cannot send you to the manufacturer'), basis: expect.stringContaining('L217-3') });
  });

  it('L241-5: the civil fine for obstructing the warranty, shown when the seller refused', () => {
    expect(guidance(assess({ remedyRefused: true }), 'OBSTRUCTION_FINE')).toMatchObject({ applies: true, text: expect.stringContaining('EUR 300,000'), basis: expect.stringContaining('L241-5') });
  });

  it('L217-23: the producer’s commercial durability guarantee answers directly until its end', () => {
    const answer = assess({ producerDurabilityMonths: 60, defectNoticedOn: '2028-01-10' }, '2028-02-01');
    expect(guidance(answer, 'DURABILITY_GUARANTEE')).toMatchObject({ applies: true, text: expect.stringContaining('until 15 March 2030'), basis: expect.stringContaining('L217-23') });
  });
});

describe('L221-19 3° and Regulation 1182/71 art. 3(4): a withdrawal period whose 14th day is a Saturday, Sunday or public holiday ends with the next working day', () => {
  const withdrawal = (deliveredOn: string, asOf: string, locale: 'fr' | 'en' = 'en', saleChannel: 'DISTANCE' | null = 'DISTANCE') =>
    guidance(assess({ purchasedOn: deliveredOn, deliveredOn, defectNoticedOn: deliveredOn, saleChannel }, asOf, locale), 'WITHDRAWAL');

  it('14th day Saturday 29 March 2025: open on Sunday 30 and Monday 31 March, closed on 1 April', () => {
    expect(withdrawal('2025-03-15', '2025-03-30')).toMatchObject({
      applies: true,
      text: 'Bought at a distance or off premises: you may withdraw without giving a reason until 31 March 2025. The last of the 14 days, 29 March 2025, is a Saturday: the period is extended to the next working day. The legal warranty applies on top, and after that period.',
      message: { params: { until: '2025-03-31', lastDay: '2025-03-29', lastDayIs: 'SATURDAY' } },
    });
    expect(withdrawal('2025-03-15', '2025-03-31').applies).toBe(true);
    expect(withdrawal('2025-03-15', '2025-04-01')).toMatchObject({ applies: false, text: expect.stringContaining('ended on 31 March 2025. The last of the 14 days, 29 March 2025, was a Saturday: the period was extended') });
  });

  it('the answer cites L221-18, L221-19 3° and the regulation; the Code du travail only when a public holiday moved it', () => {
    const cited = (deliveredOn: string) => withdrawal(deliveredOn, deliveredOn).citations.map((c) => c.code);
    expect(cited('2025-03-15')).toEqual(['FR.L221-18', 'FR.L221-19', 'EU.REG.1182/71.3.4']);
    expect(cited('2026-06-29')).toEqual(['FR.L221-18', 'FR.L221-19', 'EU.REG.1182/71.3.4']);
    expect(cited('2026-06-30')).toEqual(['FR.L221-18', 'FR.L221-19', 'EU.REG.1182/71.3.4', 'FR.C_TRAV.L3133-1']);
    expect(withdrawal('2025-03-15', '2025-03-15').basis).toContain('Regulation (EEC, Euratom) No 1182/71 art. 3(4)');
  });

  it('14th day Sunday 31 May 2026: until Monday 1 June', () => {
    expect(withdrawal('2026-05-17', '2026-06-01')).toMatchObject({ applies: true, message: { params: { until: '2026-06-01', lastDay: '2026-05-31', lastDayIs: 'SUNDAY' } } });
    expect(withdrawal('2026-05-17', '2026-06-02').applies).toBe(false);
  });

  it('14th day Sunday 24 May 2026, and Monday 25 May is Whit Monday: until Tuesday 26 May; from Saturday 23 May too', () => {
    expect(withdrawal('2026-05-10', '2026-05-26')).toMatchObject({
      applies: true,
      text: expect.stringContaining('until 26 May 2026. The last of the 14 days, 24 May 2026, is a Sunday, and 25 May 2026 is a public holiday (Whit Monday): the period is extended to the next working day.'),
      message: { params: { until: '2026-05-26', lastDay: '2026-05-24', lastDayIs: 'SUNDAY', holidayAfter: 'WHIT_MONDAY', holidayAfterOn: '2026-05-25' } },
    });
    expect(withdrawal('2026-05-10', '2026-05-27').applies).toBe(false);
    expect(withdrawal('2026-05-09', '2026-05-26')).toMatchObject({ applies: true, message: { params: { until: '2026-05-26', lastDayIs: 'SATURDAY' } } });
  });

  it('14th day Tuesday 14 July 2026: until Wednesday 15 July', () => {
    expect(withdrawal('2026-06-30', '2026-07-15')).toMatchObject({ applies: true, text: expect.stringContaining('until 15 July 2026. The last of the 14 days, 14 July 2026, is a public holiday: the period'), message: { params: { until: '2026-07-15', lastDayIs: 'JULY_14' } } });
    expect(withdrawal('2026-06-30', '2026-07-16').applies).toBe(false);
  });

  it('14th day Friday 1 May 2026: until Monday 4 May, a Saturday not being a working day (art. 2(2))', () => {
    expect(withdrawal('2026-04-17', '2026-05-04')).toMatchObject({ applies: true, message: { params: { until: '2026-05-04', lastDayIs: 'MAY_1' } } });
  });

  it('in French: the date moved, why, French typography, the regulation cited in French', () => {
    const open = withdrawal('2026-05-10', '2026-05-20', 'fr');
    expect(open.text).toBe(
      'Achat à distance ou hors établissement\u202f: vous pouvez vous rétracter sans motif jusqu’au 26 mai 2026. Le dernier des 14 jours, le 24 mai 2026, est un dimanche, et le 25 mai 2026 est férié (lundi de Pentecôte)\u202f: le délai est prolongé jusqu’au premier jour suivant qui n’est ni un samedi, ni un dimanche, ni un jour férié. La garantie légale reste due en plus, et après ce délai.',
    );
    expect(open.basis).toContain('Règlement (CEE, Euratom) n° 1182/71, art. 3(4)');
    expect(open.basis).toContain('Code de la consommation, art. L221-19 3°');
    expect(withdrawal('2026-06-30', '2026-07-20', 'fr').text).toBe(
      'Le délai de rétractation de 14 jours a pris fin le 15 juillet 2026. Le dernier des 14 jours, le 14 juillet 2026, était un jour férié\u202f: le délai a été prolongé jusqu’au premier jour suivant qui n’est ni un samedi, ni un dimanche, ni un jour férié. La garantie légale de conformité, elle, continue de s’appliquer.',
    );
    expect(withdrawal('2026-06-29', '2026-07-01', 'fr').text).toContain('jusqu’au 13 juillet 2026 (14 jours après la réception).');
  });

  it('the sale channel unknown: the date given "if bought at a distance" is moved too', () => {
    expect(withdrawal('2025-03-15', '2025-03-20', 'en', null)).toMatchObject({
      applies: false,
      text: expect.stringContaining('for 14 days from receipt, until 31 March 2025. The last of the 14 days, 29 March 2025, is a Saturday'),
      message: { code: 'guidance.withdrawal.ifDistance', params: { until: '2025-03-31' } },
    });
  });
});
