import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CalendarDate } from '@recours/consumer-law';
import type { FileClaim } from '@recours/disputes';
import { agent, command, consumer, day, disputeAfter, fileClaimCommand } from '../../../../libs/disputes/src/testing/dispute-fixtures';
import { assessDisputeRights } from '../rights/dispute-rights';
import { formalNoticeLetter } from './formal-notice.letter';
import { renderPdf } from './pdf-document';

/** The letter, in `locale`, for the washing machine's claim (filed on 3 March 2025). */
function letterOf(locale: 'fr' | 'en', overrides: Partial<FileClaim> = {}, today: CalendarDate = '2025-03-20') {
  const dispute = disputeAfter(fileClaimCommand(overrides));
  return formalNoticeLetter({ dispute, consumerName: 'Claire Dupont', merchantName: 'Laverte', rights: assessDisputeRights(dispute, today, {}, locale), today, locale });
}

/** The letter's text, every block joined. */
function letter(locale: 'fr' | 'en', overrides: Partial<FileClaim> = {}, today: CalendarDate = '2025-03-20'): string {
  return letterOf(locale, overrides, today)
    .blocks.map((b) => ('text' in b ? b.text : ''))
    .join('\n');
}

/** Bought and delivered in January 2022: the legal warranty ended on 12 January 2024, before the defect appeared (10 February 2025). */
const ENDED: Partial<FileClaim> = { purchase: { ...fileClaimCommand().purchase, purchasedOn: '2022-01-10', deliveredOn: '2022-01-12' } };

// 00:30 in Paris on 1 March 2025 is 23:30 UTC on 28 February (UTC+1 in winter).
const FILED_AT_HALF_PAST_MIDNIGHT_IN_PARIS = '2025-02-28T23:30:00.000Z';

/** A refund of €649.00 offered on day 1, accepted on day 2 (5 March 2025), due by 19 March 2025; `after`: what followed. */
function unpaidRefundLetter(locale: 'fr' | 'en', after: ReturnType<typeof command>[], today: CalendarDate, remedy: 'REFUND' | 'PRICE_REDUCTION' | 'COMPENSATION' = 'REFUND'): string {
  const dispute = disputeAfter(
    fileClaimCommand(),
    command('MakeOffer', day(1), agent, { offerId: 'offer-1', remedy, daysToCarryOut: 14, amount: { amount: '649.00', currency: 'EUR' } }),
    command('AcceptOffer', day(2), consumer, { offerId: 'offer-1' }),
    ...after,
  );
  return formalNoticeLetter({ dispute, consumerName: 'Claire Dupont', merchantName: 'Laverte', rights: assessDisputeRights(dispute, today, {}, locale), today, locale })
    .blocks.map((b) => ('text' in b ? b.text : ''))
    .join('\n');
}

describe('the formal notice’s text', () => {
  it('an agreed refund she reported not paid: the letter cites the agreement and demands the agreed sum, not the repair asked for on filing (item 30)', () => {
    const notPaid = [command('ReportRemedyFailed', day(17), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Rien reçu' })];
    const fr = unpaidRefundLetter('fr', notPaid, '2025-03-21');
    expect(fr).toContain('Je vous ai adressé ma réclamation le 3 mars 2025. Le 5 mars 2025, nous sommes convenus que vous me verseriez la somme de 649,00\u00a0€ au titre d’un remboursement au plus tard le 19 mars 2025. À ce jour, cette somme ne m’a pas été versée.');
    expect(fr).toContain('Je vous mets donc en demeure de me verser la somme convenue de 649,00\u00a0€ au plus tard le 5 avril 2025, soit dans un délai de 15 jours à compter de la présente lettre, en exécution de notre accord du 5 mars 2025.');
    expect(fr).not.toMatch(/procéder à la réparation|restée sans solution|règlement amiable, j’accepterais/);
    const en = unpaidRefundLetter('en', notPaid, '2025-03-21');
    expect(en).toContain('I sent you my claim on 3 March 2025. On 5 March 2025 we agreed that you would pay me the sum of €649.00 as a refund by 19 March 2025. To this day, that sum has not been paid to me.');
    expect(en).toContain('I therefore formally demand that you pay me the agreed sum of €649.00 by 5 April 2025 at the latest, 15 days from this letter, under our agreement of 5 March 2025.');
    expect(en).not.toMatch(/the repair of the goods|has not been resolved/);
    // Her contest of the merchant's report is in it too.
    const contested = [command('ReportRemedyCarriedOut', day(10), agent, { on: '2025-03-12', details: 'Virement VIR-0042' }), command('ReportRemedyFailed', day(11), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Rien reçu' })];
    expect(unpaidRefundLetter('fr', contested, '2025-03-21')).toContain('au plus tard le 19 mars 2025\u202f; vous avez déclaré l’avoir fait le 12 mars 2025, ce que j’ai contesté le 14 mars 2025. À ce jour, cette somme ne m’a pas été versée.');
    expect(unpaidRefundLetter('en', contested, '2025-03-21')).toContain('by 19 March 2025; you stated that you had done so on 12 March 2025, which I disputed on 14 March 2025.');
  });

  it('names an agreed sum as « la somme de … au titre d’une réduction du prix », not « une réduction du prix de … »', () => {
    const notPaid = [command('ReportRemedyFailed', day(17), consumer, { failure: 'NOT_CARRIED_OUT', description: 'Rien reçu' })];
    expect(unpaidRefundLetter('fr', notPaid, '2025-03-21', 'PRICE_REDUCTION')).toContain('nous sommes convenus que vous me verseriez la somme de 649,00\u00a0€ au titre d’une réduction du prix au plus tard le 19 mars 2025.');
    expect(unpaidRefundLetter('en', notPaid, '2025-03-21', 'PRICE_REDUCTION')).toContain('we agreed that you would pay me the sum of €649.00 as a price reduction by 19 March 2025.');
    expect(unpaidRefundLetter('fr', notPaid, '2025-03-21', 'COMPENSATION')).toContain('vous me verseriez la somme de 649,00\u00a0€ au titre d’une indemnisation au plus tard');
    expect(unpaidRefundLetter('en', notPaid, '2025-03-21', 'COMPENSATION')).toContain('you would pay me the sum of €649.00 as compensation by');
  });

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
    expect(letter('fr')).toContain('puis, si nécessaire, la juridiction compétente, après la tentative de résolution amiable que prévoit l’article 750-1 du Code de procédure civile.');
    expect(letter('en')).toContain('then, if need be, to the competent court, after the attempt at amicable resolution that article 750-1 of the Code of Civil Procedure requires.');
    const above = { amountClaimed: { amount: '6000.00', currency: 'EUR' } };
    expect(letter('fr', above)).toContain('puis, si nécessaire, la juridiction compétente. La présente lettre vaut réclamation écrite préalable');
    expect(letter('fr', above)).not.toContain('750-1');
    expect(letter('en', above)).toContain('then, if need be, to the competent court. This letter is the prior written complaint');
    expect(letter('en', above)).not.toContain('750-1');
  });

  it('states the presumption of L217-7 for a defect that appeared within its period, as its date', () => {
    expect(letter('fr')).toContain('Apparu pendant le délai de présomption, qui court jusqu’au 25 novembre 2026, ce défaut est présumé exister au moment de la délivrance\u202f; il vous appartient, le cas échéant, de prouver le contraire (Code de la consommation, art. L217-7).');
    expect(letter('en')).toContain('As it appeared within the period of presumption, which runs until 25 November 2026, this defect is presumed to have existed at delivery; it is for you to prove otherwise');
    expect(letter('en')).toContain('(French Consumer Code, Art. L217-7)');
  });

  it('never asks for a repair sooner than the law lets the seller carry it out (L217-10, 30 days from the request): the deadline is then that day', () => {
    // Written the day after the claim (3 March): fifteen days would be 19 March, before the 2 April the law allows.
    expect(letter('fr', {}, '2025-03-04')).toContain('de procéder à la réparation du bien au plus tard le 2 avril 2025, terme du délai légal de mise en conformité suivant ma demande du 3 mars 2025, conformément');
    expect(letter('fr', {}, '2025-03-04')).not.toContain('19 mars 2025');
    expect(letter('en', { requestedRemedy: 'REPLACEMENT' }, '2025-03-04')).toContain('the replacement of the goods by 2 April 2025 at the latest, the end of the legal period for bringing the goods into conformity after my request of 3 March 2025, under');
    // Past that day, or for a refund the law sets no such period for: fifteen days from the letter.
    expect(letter('fr', {}, '2025-03-20')).toContain('au plus tard le 4 avril 2025, soit dans un délai de 15 jours à compter de la présente lettre');
    expect(letter('fr', { requestedRemedy: 'REFUND' }, '2025-03-04')).toContain('au plus tard le 19 mars 2025, soit dans un délai de 15 jours');
  });

  it('sets her description of the defect on a line of its own, as she wrote it (« : La batterie… » mid-sentence would read as ours)', () => {
    expect(letter('fr')).toContain('Depuis le 10 février 2025, il présente le défaut suivant\u202f:\nThe drum stops mid-cycle with error E21.');
    expect(letter('en')).toContain('Since 10 February 2025 it has had the following defect:\nThe drum stops mid-cycle with error E21.');
  });

  it('cites no article of L217 the rights engine found not to apply: a warranty ended before the defect appeared grounds no conformity claim', () => {
    for (const locale of ['fr', 'en'] as const) expect(letter(locale, ENDED)).not.toMatch(/L217-|garantie légale de conformité|guarantee of conformity|présomption|presum/);
    expect(letter('fr', { ...ENDED, requestedRemedy: 'REFUND' })).toContain('de procéder au remboursement du prix au plus tard le 4 avril 2025, soit dans un délai de 15 jours à compter de la présente lettre, conformément aux articles 1641, 1644 et 1648 du Code civil.');
  });

  it('writes the codes as French legal usage does: « Code de la consommation », « Code civil », « Code de procédure civile »', () => {
    for (const text of [letter('fr'), letter('fr', ENDED)]) expect(text).not.toMatch(/code de la consommation|code civil|code de procédure civile/);
    expect(letter('fr')).toContain('(articles L612-1 et suivants du Code de la consommation)');
    expect(letter('fr')).toContain('l’article 750-1 du Code de procédure civile');
  });

  it('rests the demand on its articles as a sentence names them, each code once: « conformément aux articles L217-3, L217-7 … et L217-11 du Code de la consommation », no list after a colon', () => {
    expect(letter('fr')).toContain('conformément aux articles L217-3, L217-7, L217-8, L217-9, L217-10 et L217-11 du Code de la consommation.');
    expect(letter('en')).toContain('under articles L217-3, L217-7, L217-8, L217-9, L217-10 and L217-11 of the French Consumer Code.');
    for (const locale of ['fr', 'en'] as const) {
      expect(letter(locale)).not.toMatch(/conformément à\u202f:|under:|L217-\d+ ?; /);
      expect(letter(locale, ENDED)).not.toMatch(/conformément à\u202f:|under:/);
    }
    // Past the warranty, the Civil Code's: « aux articles 1641, 1644 et 1648 du Code civil ».
    expect(letter('en', { ...ENDED, requestedRemedy: 'REFUND' })).toContain('under articles 1641, 1644 and 1648 of the French Civil Code.');
    // The list style stays where the articles are listed in brackets.
    expect(letter('fr')).toContain('(Code de la consommation, art. L217-3)');
  });

  it('past the legal warranty, takes up the hidden-defects action the rights engine points to (C. civ. 1641, 1648): the defect hidden at the sale, unfit for use, discovered on the day the claim says, and the two choices of 1644', () => {
    const fr = letter('fr', ENDED);
    expect(fr).toContain('Ce défaut existait déjà lors de la vente, sans que je puisse le déceler, et il rend le bien impropre à l’usage auquel il est destiné\u202f: c’est un vice caché, dont vous me devez la garantie. Je l’ai découvert le 10 février 2025, il y a moins de deux ans (Code civil, art. 1641 et 1648).');
    expect(fr).toContain('Je suis en droit, à mon choix, de vous rendre le bien et de me faire restituer le prix, ou de le garder et de me faire rendre une partie du prix (Code civil, art. 1644).');
    const en = letter('en', ENDED);
    expect(en).toContain('This defect already existed at the sale, though I could not detect it, and it makes the goods unfit for the use they are intended for: it is a hidden defect, against which you owe me the warranty. I discovered it on 10 February 2025, less than two years ago (French Civil Code, Art. 1641 and 1648).');
    expect(en).toContain('I am entitled, as I choose, to return the goods and have the price refunded, or to keep them and have part of the price refunded (French Civil Code, Art. 1644).');
    // 1644 grounds the demand only for what it gives: the price back, or part of it.
    expect(letter('fr', { ...ENDED, requestedRemedy: 'REFUND' })).toContain('de procéder au remboursement du prix au plus tard le 4 avril 2025, soit dans un délai de 15 jours à compter de la présente lettre, conformément aux articles 1641, 1644 et 1648 du Code civil.');
    expect(letter('en', { ...ENDED, requestedRemedy: 'PRICE_REDUCTION' })).toContain('under articles 1641, 1644 and 1648 of the French Civil Code.');
    expect(letter('fr', { ...ENDED, requestedRemedy: 'PRICE_REDUCTION' })).toContain('de procéder à une réduction du prix au plus tard');
    // 1645's damages are not demanded where she asked for no compensation: the letter demands what she asked.
    for (const locale of ['fr', 'en'] as const) {
      for (const remedy of ['REPAIR', 'REFUND', 'PRICE_REDUCTION'] as const) expect(letter(locale, { ...ENDED, requestedRemedy: remedy })).not.toMatch(/1645|réputé|deemed|jurisprudence|case law/);
    }
  });

  it('past the legal warranty, rests a demand for compensation on C. civ. 1645 and the case law that deems a professional seller to know the defect, as the rights engine gives them', () => {
    const fr = letter('fr', { ...ENDED, requestedRemedy: 'COMPENSATION' });
    expect(fr).toContain(
      'En tant que vendeur professionnel, vous êtes réputé avoir connu ce vice, sans pouvoir prouver le contraire\u202f: vous me devez donc tous les dommages et intérêts qu’il m’a causés (Code civil, art. 1645\u202f; Cass. 1re civ., 19 janvier 1965, n° 61-10.952, et Cass. com., 5 juillet 2023, n° 22-11.621).',
    );
    expect(fr).toContain(
      'Je vous mets donc en demeure de procéder à une indemnisation au plus tard le 4 avril 2025, soit dans un délai de 15 jours à compter de la présente lettre, conformément aux articles 1641, 1645 et 1648 du Code civil et à la jurisprudence constante de la Cour de cassation (Cass. 1re civ., 19 janvier 1965, n° 61-10.952\u202f; Cass. com., 5 juillet 2023, n° 22-11.621).',
    );
    const en = letter('en', { ...ENDED, requestedRemedy: 'COMPENSATION' });
    expect(en).toContain(
      'As a professional seller, you are deemed to have known of this defect and may not prove otherwise: you therefore owe me all the damages it has caused me (French Civil Code, Art. 1645; Cass. 1re civ., 19 January 1965, No. 61-10.952, and Cass. com., 5 July 2023, No. 22-11.621).',
    );
    expect(en).toContain(
      'I therefore formally demand compensation by 4 April 2025 at the latest, 15 days from this letter, under articles 1641, 1645 and 1648 of the French Civil Code and the settled case law of the Cour de cassation (Cass. 1re civ., 19 January 1965, No. 61-10.952; Cass. com., 5 July 2023, No. 22-11.621).',
    );
    // Within the warranty, compensation rests on the conformity articles the engine found (L217-8, 1231-1), never on 1645.
    for (const locale of ['fr', 'en'] as const) expect(letter(locale, { requestedRemedy: 'COMPENSATION' })).not.toMatch(/1645|réputé|deemed|jurisprudence|case law/);
    // The action closed (two years from discovery gone by), the letter cites none of it.
    const late = { ...ENDED, requestedRemedy: 'COMPENSATION' as const, problem: { ...fileClaimCommand().problem, firstNoticedOn: '2024-02-01', chronology: [] } };
    for (const locale of ['fr', 'en'] as const) expect(letter(locale, late, '2026-02-02')).not.toMatch(/1645|réputé|deemed|jurisprudence|case law/);
  });

  it('past the legal warranty, demands no repair nor replacement, which 1644 does not give: the goods taken back for the price, her request offered as a settlement she would accept', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const remedy of ['REPAIR', 'REPLACEMENT'] as const) {
        const text = letter(locale, { ...ENDED, requestedRemedy: remedy });
        expect(text).not.toMatch(/de procéder (à la réparation|au remplacement)|formally demand the (repair|replacement)/);
        // Nor L217-10's period, which is the legal warranty's: fifteen days, even the day after her request.
        expect(letter(locale, { ...ENDED, requestedRemedy: remedy }, '2025-03-04')).not.toMatch(/délai légal de mise en conformité|legal period for bringing/);
      }
    }
    expect(letter('fr', { ...ENDED, requestedRemedy: 'REPAIR' }, '2025-03-04')).toContain(
      'Je vous mets donc en demeure de reprendre le bien et de me restituer le prix au plus tard le 19 mars 2025, soit dans un délai de 15 jours à compter de la présente lettre, conformément aux articles 1641, 1644 et 1648 du Code civil.\nÀ titre de règlement amiable, j’accepterais toutefois, à la place, que vous répariez le bien à vos frais dans ce même délai\u202f; cette proposition ne vaut pas renonciation à mes droits.',
    );
    expect(letter('fr', { ...ENDED, requestedRemedy: 'REPLACEMENT' })).toContain('que vous remplaciez le bien à vos frais dans ce même délai');
    expect(letter('en', { ...ENDED, requestedRemedy: 'REPLACEMENT' })).toContain(
      'I therefore formally demand that you take the goods back and refund me the price by 4 April 2025 at the latest, 15 days from this letter, under articles 1641, 1644 and 1648 of the French Civil Code.\nAs an amicable settlement, I would nevertheless accept instead that you replace the goods at your expense within the same time; this offer does not waive my rights.',
    );
    // Within the warranty, her repair is the demand, and no settlement is offered.
    expect(letter('fr', { requestedRemedy: 'REPAIR' })).toContain('de procéder à la réparation du bien au plus tard');
    for (const locale of ['fr', 'en'] as const) expect(letter(locale)).not.toMatch(/règlement amiable|amicable settlement/);
  });

  it('names no day of discovery the dispute does not hold', () => {
    const dispute = disputeAfter(fileClaimCommand(ENDED));
    const rights = assessDisputeRights(dispute, '2025-03-20', {}, 'fr');
    const unknown = { ...rights, hiddenDefects: { ...rights.hiddenDefects!, discoveredOn: null } };
    const text = formalNoticeLetter({ dispute, consumerName: 'Claire Dupont', merchantName: 'Laverte', rights: unknown, today: '2025-03-20', locale: 'fr' }).blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(text).toContain('c’est un vice caché, dont vous me devez la garantie. Je l’ai découvert il y a moins de deux ans (Code civil, art. 1641 et 1648).');
  });

  it('within the legal warranty, adds nothing of hidden defects: the conformity claim stands alone', () => {
    for (const locale of ['fr', 'en'] as const) {
      for (const remedy of ['REPAIR', 'REFUND'] as const) expect(letter(locale, { requestedRemedy: remedy })).not.toMatch(/\bvices? caché|caché|hidden|Code civil|Civil Code|\b164\d\b/);
    }
  });

  it('once the two years from discovery have passed (C. civ. 1648), cites no hidden defect either', () => {
    // Noticed on 1 February 2024, after the warranty ended (12 January 2024); the letter of 2 February 2026 is too late.
    const late = { ...ENDED, problem: { ...fileClaimCommand().problem, firstNoticedOn: '2024-02-01', chronology: [] } };
    for (const locale of ['fr', 'en'] as const) {
      const text = letter(locale, late, '2026-02-02');
      expect(text).not.toMatch(/\bvices? caché|caché|hidden|Code civil|Civil Code|\b164\d\b|L217-/);
      expect(text).not.toMatch(/conformément|under articles?/);
    }
  });

  it('tells the seller’s refusal as a fact of the case: its day and its reason in its own words', () => {
    const dispute = disputeAfter(fileClaimCommand(), command('RejectClaim', day(2), agent, { reason: 'Mauvaise utilisation : calcaire' }));
    const text = (locale: 'fr' | 'en') =>
      formalNoticeLetter({ dispute, consumerName: 'Claire Dupont', merchantName: 'Laverte', rights: assessDisputeRights(dispute, '2025-03-20', {}, locale), today: '2025-03-20', locale })
        .blocks.map((b) => ('text' in b ? b.text : ''))
        .join('\n');
    // The reason as the seller typed it (a plain space before its colon), the quotation marks ours.
    expect(text('fr')).toContain('Je vous ai adressé ma réclamation le 3 mars 2025\u202f; vous l’avez refusée le 5 mars 2025 («\u202fMauvaise utilisation : calcaire\u202f»).');
    expect(text('fr')).not.toContain('sans solution');
    expect(text('en')).toContain('I sent you my claim on 3 March 2025; you refused it on 5 March 2025 (“Mauvaise utilisation : calcaire”).');
  });

  it('quotes people’s words exactly as typed: the product as she named it, her description, her order reference; only the letter’s own sentences are typeset', () => {
    const typed = {
      product: { ...fileClaimCommand().product, brand: 'Laverte', name: 'Lave-linge « Éco » : série 7', model: 'LV-7 !' },
      purchase: { ...fileClaimCommand().purchase, orderReference: 'CMD ; 42' },
      problem: { ...fileClaimCommand().problem, description: 'Le tambour s’arrête en plein cycle : erreur E21 ! Pourquoi ?' },
    };
    const fr = letter('fr', typed);
    expect(fr).toContain('le bien suivant\u202f: Laverte Lave-linge « Éco » : série 7 LV-7 !, au prix de 649,00\u00a0€ (commande CMD ; 42)');
    expect(fr).toContain('il présente le défaut suivant\u202f:\nLe tambour s’arrête en plein cycle : erreur E21 ! Pourquoi ?');
    expect(letter('en', typed)).toContain('I bought from you: Laverte Lave-linge « Éco » : série 7 LV-7 !, for €649.00 (order CMD ; 42)');
    for (const text of [fr, letter('en', typed)]) expect(text).not.toMatch(/[\uE000\uE001]/);
  });

  it('lists what she encloses: her side’s documents, by kind and name', () => {
    expect(letter('fr')).toContain('Pièces jointes (copies)\u202f:\nFacture (invoice.pdf)');
    expect(letter('en')).toContain('Enclosures (copies):\nInvoice (invoice.pdf)');
    expect(letter('fr', { evidence: [] })).not.toContain('Pièces jointes');
  });

  it('writes English with the typographic apostrophe and quotation marks, as the catalogue does', () => {
    expect(letter('en')).not.toMatch(/['"]/);
    expect(letter('en')).toContain('[The seller’s address]');
  });

  it('says nothing to her in the letter the seller reads: what to do with it, and that it is no legal advice, are said where she downloads it', () => {
    expect(letter('fr')).not.toMatch(/avis juridique|indiquez-le dans recours|J’ai envoyé la mise en demeure/);
    expect(letter('en')).not.toMatch(/legal advice|say so in recours|I sent the formal notice/);
  });

  it('reads, once printed (pdftotext), with every part a formal notice needs: who to whom, date, object, facts, basis, demand, deadline, what follows, enclosures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recours-letter-'));
    try {
      const text = async (locale: 'fr' | 'en') => {
        const path = join(dir, `${locale}.pdf`);
        writeFileSync(path, await renderPdf({ ...letterOf(locale, {}, '2025-03-04'), language: locale }));
        return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      };
      const fr = await text('fr');
      for (const expected of [
        'Claire Dupont',
        'Laverte',
        'Le 4 mars 2025',
        'Objet : mise en demeure',
        'au prix de 649,00 €',
        'garantie légale de conformité',
        'présumé exister au moment de la délivrance',
        'art. L217-7',
        'au plus tard le 2 avril 2025',
        'L612-2',
        'Pièces jointes (copies) : Facture (invoice.pdf)',
      ])
        expect({ expected, found: fr.includes(expected) }).toEqual({ expected, found: true });
      const en = await text('en');
      for (const expected of ['Subject: formal notice', '€649.00', 'presumed to have existed at delivery', 'by 2 April 2025 at the latest', 'Enclosures (copies): Invoice (invoice.pdf)']) expect({ expected, found: en.includes(expected) }).toEqual({ expected, found: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
