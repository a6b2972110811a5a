import type { CalendarDate } from '@recours/consumer-law';
import type { FileClaim } from '@recours/disputes';
import { disputeAfter, fileClaimCommand } from '../../../../libs/disputes/src/testing/dispute-fixtures';
import { assessDisputeRights } from '../rights/dispute-rights';
import { formalNoticeLetter } from './formal-notice.letter';

/** The letter's text, every block joined, in `locale`, for the washing machine's claim. */
function letter(locale: 'fr' | 'en', overrides: Partial<FileClaim> = {}, today: CalendarDate = '2025-03-20'): string {
  const dispute = disputeAfter(fileClaimCommand(overrides));
  const { blocks } = formalNoticeLetter({ dispute, consumerName: 'Claire Dupont', merchantName: 'Laverte', rights: assessDisputeRights(dispute, today, {}, locale), today, locale });
  return blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
}

// 00:30 in Paris on 1 March 2025 is 23:30 UTC on 28 February (UTC+1 in winter).
const FILED_AT_HALF_PAST_MIDNIGHT_IN_PARIS = '2025-02-28T23:30:00.000Z';

describe('the formal notice’s text', () => {
  it('dates the claim by its day in Paris, as the product dates the written complaint (item 13), with « 1er » and a narrow no-break space before « ; »', () => {
    const fr = letter('fr', { at: FILED_AT_HALF_PAST_MIDNIGHT_IN_PARIS });
    expect(fr).toContain('Je vous ai adressé ma réclamation le 1er mars 2025\u202f; elle est restée sans solution à ce jour.');
    expect(fr).not.toContain('28 février 2025');
    expect(letter('en', { at: FILED_AT_HALF_PAST_MIDNIGHT_IN_PARIS })).toContain('I sent you my claim on 1 March 2025; it has not been resolved to this day.');
  });

  it('writes French dates as the rights engine does: « 1er » for the first of the month', () => {
    const fr = letter('fr', {}, '2025-03-01');
    expect(fr).toContain('Le 1er mars 2025');
    expect(fr).not.toMatch(/\b1 mars/);
    expect(fr).toContain('Le 20 novembre 2024, j’ai acheté');
  });

  it('contracts « à » with « le »: « procéder au remplacement », « au remboursement », and keeps « à la réparation »', () => {
    expect(letter('fr', { requestedRemedy: 'REPLACEMENT' })).toContain('Je vous mets donc en demeure de procéder au remplacement du bien au plus tard le 4 avril 2025');
    expect(letter('fr', { requestedRemedy: 'REFUND' })).toContain('de procéder au remboursement du prix au plus tard');
    expect(letter('fr', { requestedRemedy: 'REPAIR' })).toContain('de procéder à la réparation du bien au plus tard');
    for (const remedy of ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'] as const) expect(letter('fr', { requestedRemedy: remedy })).not.toMatch(/à le |à les /);
    expect(letter('en', { requestedRemedy: 'REPLACEMENT' })).toContain('I therefore formally demand the replacement of the goods by 4 April 2025 at the latest');
  });

  it('sets the chronology’s colon in each language’s way: « 1er mars 2025 : … », “1 March 2025: …”', () => {
    expect(letter('fr')).toMatch(/\d{4}\u202f: \S/);
    // French as the catalogue prints it, in every sentence of the letter: never a plain space before : ; ! ?
    expect(letter('fr')).not.toMatch(/ [:;!?]/);
    expect(letter('fr')).toContain('Objet\u202f: mise en demeure');
    expect(letter('en')).not.toMatch(/\d{4} : /);
    expect(letter('en')).toMatch(/\d{4}: \S/);
  });

  it('names the amicable attempt of CPC 750-1 only where it applies: a claim of EUR 5,000 or less before a French court', () => {
    expect(letter('fr')).toContain('puis, si nécessaire, la juridiction compétente, après la tentative de résolution amiable que prévoit l’article 750-1 du code de procédure civile.');
    expect(letter('en')).toContain('then, if need be, to the competent court, after the attempt at amicable resolution that article 750-1 of the Code of Civil Procedure requires.');
    const above = { amountClaimed: { amount: '6000.00', currency: 'EUR' } };
    expect(letter('fr', above)).toContain('puis, si nécessaire, la juridiction compétente. La présente lettre vaut réclamation écrite préalable');
    expect(letter('fr', above)).not.toContain('750-1');
    expect(letter('en', above)).toContain('then, if need be, to the competent court. This letter is the prior written complaint');
    expect(letter('en', above)).not.toContain('750-1');
  });
});
