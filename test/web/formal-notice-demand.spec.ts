import { en } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';
import { formalNoticeDemandNotice } from '../../apps/web/src/features/disputes/parts/formal-notice-demand';

describe('the documents panel tells her what the formal notice demands when it is not what she asked for', () => {
  it('past the legal warranty, a repair or a replacement asked for: the refund the letter demands, and why', () => {
    expect(formalNoticeDemandNotice({ requestedRemedy: 'REPAIR', formalNoticeDemand: 'REFUND' })).toBe('documents.formalNoticeHiddenDefects.REPAIR');
    expect(formalNoticeDemandNotice({ requestedRemedy: 'REPLACEMENT', formalNoticeDemand: 'REFUND' })).toBe('documents.formalNoticeHiddenDefects.REPLACEMENT');
  });

  it('an agreed refund she reported not paid: the letter demands the agreed sum, citing the agreement, and says so, not the hidden-defects notice', () => {
    // The API's formalNoticeCitesAgreement (the letter's unpaidAgreement) says so: the browser does not re-decide it.
    const unpaid = { requestedRemedy: 'REPAIR', formalNoticeDemand: 'REFUND', formalNoticeCitesAgreement: true };
    expect(formalNoticeDemandNotice(unpaid)).toBe('documents.formalNoticeAgreement');
    expect(formalNoticeDemandNotice({ ...unpaid, requestedRemedy: 'REFUND' })).toBe('documents.formalNoticeAgreement');
    expect(formalNoticeDemandNotice({ ...unpaid, formalNoticeDemand: 'PRICE_REDUCTION' })).toBe('documents.formalNoticeAgreement');
    // No agreement cited: past the warranty, the hidden-defects notice as before.
    expect(formalNoticeDemandNotice({ ...unpaid, formalNoticeCitesAgreement: false })).toBe('documents.formalNoticeHiddenDefects.REPAIR');
    expect(fr['documents.formalNoticeAgreement']).toBe('La mise en demeure demande la somme convenue que vous avez signalée comme non versée, en citant votre accord et sa date, et non la solution demandée dans votre réclamation.');
    expect(en['documents.formalNoticeAgreement']).toBe('The formal notice demands the agreed sum you reported as not paid, citing your agreement and its date, rather than the remedy you asked for in your claim.');
  });

  it('nothing when the letter demands what she asked for', () => {
    for (const remedy of ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION']) {
      expect(formalNoticeDemandNotice({ requestedRemedy: remedy, formalNoticeDemand: remedy })).toBeNull();
    }
  });

  it('says it in French and English, citing the Civil Code’s articles in words, with no internal value', () => {
    for (const remedy of ['REPAIR', 'REPLACEMENT'] as const) {
      const key = `documents.formalNoticeHiddenDefects.${remedy}` as const;
      expect(fr[key]).toMatch(/vices cachés \(articles 1641 et 1648 du Code civil\).*remboursement du prix contre la restitution du bien \(article 1644 du Code civil\)/);
      expect(en[key]).toMatch(/hidden-defects warranty \(Articles 1641 and 1648 of the French Civil Code\).*refund of the price against return of the goods \(Article 1644 of the French Civil Code\)/);
      for (const text of [fr[key], en[key]]) expect(text).not.toMatch(/\b[A-Z]{2,}(_[A-Z]+)*\b|C\. civ\./);
    }
    expect(fr['documents.formalNoticeHiddenDefects.REPAIR']).toContain('propose la réparation que vous avez demandée');
    expect(fr['documents.formalNoticeHiddenDefects.REPLACEMENT']).toContain('propose le remplacement que vous avez demandé');
    expect(en['documents.formalNoticeHiddenDefects.REPLACEMENT']).toContain('offers the replacement you asked for');
  });
});
