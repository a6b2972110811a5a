import { CATALOGUES } from './index';

// Catalogue sentences that state the law (legal review, findings 9, 12, 14): each says what the
// text says, and names recours's own rules as such, in French and in English.
const { fr, en } = CATALOGUES;

describe('catalogue sentences that state the law', () => {
  it('mediation.lead: the merchant’s chance to answer first is recours’s rule; L612-2 is cited for the year only', () => {
    expect(fr['mediation.lead']).toContain('règle de recours, et non de la loi');
    expect(fr['mediation.lead']).toMatch(/dans l’année de votre réclamation écrite \(article L612-2 du Code de la consommation\), une fois que/);
    expect(en['mediation.lead']).toContain('recours’s rule, not the law’s');
    expect(en['mediation.lead']).toMatch(/within a year of your written claim \(Article L612-2 of the Consumer Code\), once/);
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

  it('remedyHint.REFUND: L217-14 opens it on a refusal, an impossibility, a late or failed repair or replacement, or a serious defect; one failed remedy is enough; not for a minor defect', () => {
    expect(fr['remedyHint.REFUND']).toBe('Si la réparation ou le remplacement est refusé, impossible, trop tardif ou sans effet, ou si le défaut est grave ; pas pour un défaut mineur.');
    expect(en['remedyHint.REFUND']).toBe('If repair or replacement is refused, impossible, too late or to no effect, or the defect is serious; not for a minor defect.');
    // « la réparation et le remplacement échouent » read as if both had to be tried first.
    expect(fr['remedyHint.REFUND']).not.toContain('la réparation et le remplacement');
    expect(en['remedyHint.REFUND']).not.toContain('repair and replacement');
  });

  it('remedyHint.REPLACEMENT: equivalent goods, not necessarily new (second-hand goods are replaced by equivalent goods)', () => {
    expect(fr['remedyHint.REPLACEMENT']).toBe('Un bien équivalent et conforme, à la place du vôtre.');
    expect(en['remedyHint.REPLACEMENT']).toBe('Equivalent goods in conformity, instead of yours.');
  });

  it('rights.presumption.until: L217-7 presumes defects that appear by that day, whenever the claim comes', () => {
    expect(fr['rights.presumption.until']).toBe('Pour un défaut apparu au plus tard le {date}, c’est au vendeur de prouver qu’il n’existait pas à la livraison');
    expect(en['rights.presumption.until']).toBe('For a defect that appears by {date}, the seller must prove it was not there at delivery');
  });
});
