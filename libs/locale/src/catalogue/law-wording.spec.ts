import { CATALOGUES } from './index';

// Catalogue sentences that state the law (legal review, findings 9, 12, 14): each says what the
// text says, and names recours's own rules as such, in French and in English.
const { fr, en } = CATALOGUES;

describe('catalogue sentences that state the law', () => {
  it('mediation.lead: the merchant’s chance to answer first is recours’s rule; L612-2 is cited for the year only', () => {
    expect(fr['mediation.lead']).toContain('règle de recours, et non de la loi');
    expect(fr['mediation.lead']).toMatch(/dans l’année de votre réclamation écrite \(article L612-2 du Code de la consommation\), une fois que/);
    expect(en['mediation.lead']).toContain('recours’s rule, not the law’s');
    expect(en['mediation.lead']).toMatch(/within a year of your written claim \(Article L612-2 of the French Consumer Code\), once/);
  });

  it('remedyHint.REPAIR: French law’s 30 days from the request (L217-10), not the directive’s reasonable time', () => {
    expect(fr['remedyHint.REPAIR']).toBe('Sans frais, dans les 30 jours suivant votre demande (droit français).');
    expect(en['remedyHint.REPAIR']).toBe('Free of charge, within 30 days of your request (French law).');
  });

  it('caseload.lead and intake.lead: L612-2 gives three weeks from the receipt of the file to notify a rejection', () => {
    for (const key of ['caseload.lead', 'intake.lead'] as const) {
      expect(fr[key].toLowerCase()).toContain('un rejet');
      expect(fr[key].toLowerCase()).toContain('dans les trois semaines à compter de la réception du dossier');
      expect(fr[key]).not.toContain('dans les 3 semaines de la demande');
      expect(en[key].toLowerCase()).toContain('a rejection');
      expect(en[key]).toContain('within three weeks of receiving the file');
      expect(en[key]).not.toContain('within 3 weeks of the request');
    }
  });

  it('remedyHint.REFUND: L217-14 opens it on a refusal, an impossibility, a late or failed repair or replacement, one that burdens her (3°), or a serious defect; one failed remedy is enough; not for a minor defect', () => {
    expect(fr['remedyHint.REFUND']).toBe('Si la réparation ou le remplacement est refusé, impossible, trop tardif, sans effet ou source d’un inconvénient majeur pour vous, ou si le défaut est grave ; pas pour un défaut mineur.');
    expect(en['remedyHint.REFUND']).toBe('If repair or replacement is refused, impossible, too late, to no effect or a major inconvenience to you, or the defect is serious; not for a minor defect.');
    // L217-14 3°: a remedy that causes her a major inconvenience (costs left with her among them) opens it too;
    // the hint read as a closed list without it (review of 2026-12-06).
    expect(fr['remedyHint.REFUND']).toContain('inconvénient majeur');
    expect(en['remedyHint.REFUND']).toContain('major inconvenience');
    // « la réparation et le remplacement échouent » read as if both had to be tried first.
    expect(fr['remedyHint.REFUND']).not.toContain('la réparation et le remplacement');
    expect(en['remedyHint.REFUND']).not.toContain('repair and replacement');
  });

  it('remedyHint.REPLACEMENT: equivalent goods, not necessarily new (second-hand goods are replaced by equivalent goods), free of charge within the 30 days of L217-10 like a repair', () => {
    expect(fr['remedyHint.REPLACEMENT']).toBe('Un bien équivalent et conforme, à la place du vôtre, sans frais, dans les 30 jours suivant votre demande (droit français).');
    expect(en['remedyHint.REPLACEMENT']).toBe('Equivalent goods in conformity, instead of yours, free of charge, within 30 days of your request (French law).');
    // L217-10 and L217-11 hold for the replacement as for the repair: the hint said neither (review of 2026-12-06).
    for (const key of ['remedyHint.REPAIR', 'remedyHint.REPLACEMENT'] as const) {
      expect(fr[key]).toContain('ans frais, dans les 30 jours suivant votre demande');
      expect(en[key]).toContain('ree of charge, within 30 days of your request');
    }
  });

  it('rights.presumption.until: L217-7 presumes defects that appear by that day, whenever the claim comes', () => {
    expect(fr['rights.presumption.until']).toBe('Pour un défaut apparu au plus tard le {date}, c’est au vendeur de prouver qu’il n’existait pas à la livraison');
    expect(en['rights.presumption.until']).toBe('For a defect that appears by {date}, the seller must prove it was not there at delivery');
  });

  it('home.for.mediator.body: the three weeks of L612-2 are to notify a rejection, not to decide admissibility', () => {
    expect(fr['home.for.mediator.body']).toBe('Vos dossiers face aux délais légaux : 3 semaines pour notifier un rejet de la demande, 90 jours pour l’issue.');
    expect(en['home.for.mediator.body']).toBe('A caseload against the legal clocks: 3 weeks to notify a rejection of the request, 90 days for an outcome.');
    expect(fr['home.for.mediator.body']).not.toContain('3 semaines pour la recevabilité');
    expect(en['home.for.mediator.body']).not.toContain('3 weeks for admissibility');
  });

  it('every sentence citing an article names its code, in both languages (no bare « L217-9 » shown to a person)', () => {
    const CODES = /Code de la consommation|Code civil|Code de procédure civile|Code de l’environnement|Code de commerce|Code du travail|Consumer Code|Civil Code|Code of Civil Procedure/;
    const ARTICLE = /\b(?:L|R|D)\.? ?\d{3}-\d+|\barticles? \d{3,4}\b/i;
    const bare = (catalogue: Readonly<Record<string, string>>) => Object.entries(catalogue).filter(([, text]) => ARTICLE.test(text) && !CODES.test(text)).map(([key]) => key);
    expect(bare(fr)).toEqual([]);
    expect(bare(en)).toEqual([]);
  });

  // recours serves Belgian consumers too and cites the Belgian Civil Code: in English, “the Consumer
  // Code” or “the Civil Code” alone does not say which country’s. French names its own codes
  // (« Code de la consommation ») and is not read here.
  it('English names the country of the code it cites: “Article L612-2 of the French Consumer Code”, “the French Civil Code”', () => {
    const FRENCH_ARTICLE = /\b[LRD]\d{3}-\d+/;
    const unplaced = Object.entries(en)
      .filter(([, text]) => (FRENCH_ARTICLE.test(text) && !text.includes('French Consumer Code')) || /(?<!French |Belgian )(?:Consumer|Civil) Code/.test(text))
      .map(([key]) => key);
    expect(unplaced).toEqual([]);
    expect(en['mediation.lead']).toContain('(Article L612-2 of the French Consumer Code)');
    expect(en['documents.formalNoticeHiddenDefects.REPAIR']).toContain('(Articles 1641 and 1648 of the French Civil Code)');
    expect(en['documents.formalNoticeHiddenDefects.REPAIR']).toContain('(Article 1644 of the French Civil Code)');
  });
});
