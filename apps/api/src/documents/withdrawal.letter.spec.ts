import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CalendarDate } from '@recours/consumer-law';
import type { FileClaim } from '@recours/disputes';
import { claimDetails, disputeAfter, fileClaimCommand } from '../../../../libs/disputes/src/testing/dispute-fixtures';
import { assessDisputeRights } from '../rights/dispute-rights';
import { renderPdf } from './pdf-document';
import { withdrawalLetter, withdrawalPeriodOf, withdrawalRefusal } from './withdrawal.letter';

type Channel = FileClaim['purchase']['channel'];

/** The washing machine, bought online on 25 February 2025 and received on Friday 28 February: the 14 days end on Friday 14 March. */
function claim(channel: Channel = 'ONLINE', deliveredOn: CalendarDate = '2025-02-28'): Partial<FileClaim> {
  return {
    purchase: { ...claimDetails().purchase, purchasedOn: '2025-02-25', deliveredOn, channel },
    problem: { description: 'The drum stops mid-cycle with error E21.', firstNoticedOn: deliveredOn, chronology: [] },
  };
}

const periodOf = (overrides: Partial<FileClaim>, today: CalendarDate) => withdrawalPeriodOf(assessDisputeRights(disputeAfter(fileClaimCommand(overrides)), today));

function letterOf(locale: 'fr' | 'en', overrides: Partial<FileClaim> = claim(), today: CalendarDate = '2025-03-04', merchantEmail: string | null = 'sav@laverte.example') {
  const dispute = disputeAfter(fileClaimCommand(overrides));
  const period = withdrawalPeriodOf(assessDisputeRights(dispute, today, {}, locale));
  if (!period.open) throw new Error(`the period is not open: ${period.reason}`);
  return withdrawalLetter({ dispute, consumerName: 'Claire Dupont', merchantName: 'Laverte', merchantEmail, period, today, locale });
}

const letter = (...args: Parameters<typeof letterOf>): string =>
  letterOf(...args)
    .blocks.map((b) => ('text' in b ? b.text : ''))
    .join('\n');

describe('the withdrawal letter', () => {
  it('is offered while the rights engine finds the 14 days open (L221-18), for a purchase online, by phone or off premises, up to the last day', () => {
    for (const channel of ['ONLINE', 'PHONE', 'OFF_PREMISES'] as const) expect(periodOf(claim(channel), '2025-03-14')).toEqual({ open: true, until: '2025-03-14', lastDay: null });
    // Received on Saturday 1 March: the 15th is a Saturday, the period ends on Monday 17 March (L221-19 3°).
    expect(periodOf(claim('ONLINE', '2025-03-01'), '2025-03-17')).toEqual({ open: true, until: '2025-03-17', lastDay: '2025-03-15' });
  });

  it('is refused once the period has ended, and for a purchase in a shop, with a sentence in each language', () => {
    const closed = periodOf(claim(), '2025-03-15');
    expect(closed).toEqual({ open: false, reason: 'CLOSED', until: '2025-03-14' });
    if (closed.open) throw new Error('open');
    expect(withdrawalRefusal(closed)).toEqual({
      fr: 'Le délai de rétractation a pris fin le 14 mars 2025 : la lettre de rétractation n’est plus proposée.',
      en: 'The withdrawal period ended on 14 March 2025: the withdrawal letter is no longer offered.',
    });
    const shop = periodOf(claim('IN_STORE'), '2025-03-04');
    expect(shop).toEqual({ open: false, reason: 'NO_WITHDRAWAL_RIGHT' });
    if (shop.open) throw new Error('open');
    expect(withdrawalRefusal(shop).fr).toContain('ne vaut que pour un achat à distance ou hors établissement (Code de la consommation, art. L221-18)');
    expect(withdrawalRefusal(shop).en).toContain('covers only purchases made at a distance or off premises');
    // A purchase outside France: the engine answers no withdrawal, nor does the letter.
    expect(periodOf({ ...claim(), purchase: { ...claim().purchase!, country: 'DE' } }, '2025-03-04')).toEqual({ open: false, reason: 'NO_WITHDRAWAL_RIGHT' });
  });

  it('fills the model form’s statements (annex to R221-1) from the dispute, in French', () => {
    const fr = letter('fr');
    for (const expected of [
      'Formulaire de rétractation',
      'À l’attention de\u202f: Laverte\n[Adresse du professionnel]\nCourriel\u202f: sav@laverte.example',
      'Je vous notifie par la présente ma rétractation du contrat portant sur la vente du bien ci-dessous\u202f:\nLaverte Washing machine WX-900 WX-900 (commande CMD-2024-1187), au prix de 649,00\u00a0€',
      'Commandé le\u202f: 25 février 2025\nReçu le\u202f: 28 février 2025',
      'Nom du consommateur\u202f: Claire Dupont\nAdresse du consommateur\u202f: [Votre adresse postale]',
      'Signature du consommateur (uniquement en cas de notification du présent formulaire sur papier)\u202f:',
      'Date\u202f: 4 mars 2025',
    ])
      expect({ expected, found: fr.includes(expected) }).toEqual({ expected, found: true });
    // French as the catalogue prints it: never a plain space before : ; ! ?
    expect(fr).not.toMatch(/ [:;!?]/);
    expect(letter('fr', claim(), '2025-03-04', null)).not.toContain('Courriel');
  });

  it('quotes people’s words exactly as typed: the product, the order reference and the names; only the letter’s own sentences are typeset', () => {
    const typed: Partial<FileClaim> = {
      ...claim(),
      product: { ...claimDetails().product, brand: 'Laverte', name: 'Lave-linge : série « Éco » !', model: 'WX-900' },
      purchase: { ...claim().purchase!, orderReference: 'CMD : 2024 ; 1187' },
    };
    const dispute = disputeAfter(fileClaimCommand(typed));
    const period = withdrawalPeriodOf(assessDisputeRights(dispute, '2025-03-04', {}, 'fr'));
    if (!period.open) throw new Error('the period is not open');
    const fr = withdrawalLetter({ dispute, consumerName: 'Claire : Dupont', merchantName: 'Laverte ! SAV', merchantEmail: null, period, today: '2025-03-04', locale: 'fr' })
      .blocks.map((b) => ('text' in b ? b.text : ''))
      .join('\n');
    expect(fr).toContain('ci-dessous\u202f:\nLaverte Lave-linge : série « Éco » ! WX-900 (commande CMD : 2024 ; 1187), au prix de');
    expect(fr).toContain('Nom du consommateur\u202f: Claire : Dupont\n');
    expect(fr).toContain('À l’attention de\u202f: Laverte ! SAV\n');
  });

  it('fills the model form’s statements in English, with the typographic apostrophe', () => {
    const en = letter('en');
    for (const expected of [
      'Withdrawal form',
      'To: Laverte\n[The trader’s address]\nE-mail: sav@laverte.example',
      'I hereby give notice that I withdraw from my contract of sale of the following goods:\nLaverte Washing machine WX-900 WX-900 (order CMD-2024-1187), for €649.00',
      'Ordered on: 25 February 2025\nReceived on: 28 February 2025',
      'Name of consumer: Claire Dupont\nAddress of consumer: [Your postal address]',
      'Date: 4 March 2025',
    ])
      expect({ expected, found: en.includes(expected) }).toEqual({ expected, found: true });
    expect(en).not.toMatch(/['"]/);
  });

  it('states the last day and its basis (L221-18, L221-21), and the refund the seller owes and when it may defer it (L221-24)', () => {
    expect(letter('fr')).toContain('Le délai de rétractation court jusqu’au 14 mars 2025 inclus (Code de la consommation, art. L221-18). Je vous notifie ma décision au moyen du formulaire type de rétractation, comme le prévoit l’article L221-21 du même code.');
    expect(letter('fr')).toContain('y compris les frais de livraison au tarif standard, au plus tard dans les 14 jours à compter du jour où vous êtes informé de ma décision de me rétracter (art. L221-24)');
    expect(letter('fr')).toContain('Vous pouvez différer ce remboursement jusqu’à la récupération du bien ou jusqu’à ce que je vous aie fourni une preuve de son expédition, la date retenue étant celle du premier de ces faits (art. L221-24, alinéa 2).');
    expect(letter('en')).toContain('The withdrawal period runs until 14 March 2025 inclusive (French Consumer Code, art. L221-18). I notify you of my decision by means of the model withdrawal form, as article L221-21 of that code provides.');
    expect(letter('en')).toContain('including delivery costs at the standard rate, within 14 days of the day you are informed of my decision to withdraw (art. L221-24)');
    expect(letter('en')).toContain('until you have received the goods back or I have supplied proof of having sent them, whichever is earlier (art. L221-24, second paragraph)');
    // A last day moved past the weekend: the article that moves it is cited too.
    expect(letter('fr', claim('ONLINE', '2025-03-01'), '2025-03-04')).toContain('court jusqu’au 17 mars 2025 inclus (Code de la consommation, art. L221-18 et L221-19 3°)');
    expect(letter('en', claim('ONLINE', '2025-03-01'), '2025-03-04')).toContain('runs until 17 March 2025 inclusive (French Consumer Code, art. L221-18 and L221-19 3°)');
  });

  it('says nothing to her in the letter the seller reads: how to send it is said where she downloads it', () => {
    expect(letter('fr')).not.toMatch(/recommandée|avis juridique|envoyez/i);
    expect(letter('en')).not.toMatch(/registered|legal advice|send it/i);
  });

  it('reads, once printed (pdftotext), with the form’s statements, the last day and the refund, in both languages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recours-withdrawal-'));
    try {
      const text = async (locale: 'fr' | 'en') => {
        const path = join(dir, `${locale}.pdf`);
        writeFileSync(path, await renderPdf({ ...letterOf(locale), language: locale }));
        return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      };
      const fr = await text('fr');
      for (const expected of [
        'Formulaire de rétractation',
        'À l’attention de : Laverte',
        'ma rétractation du contrat portant sur la vente du bien',
        'Commandé le : 25 février 2025',
        'Reçu le : 28 février 2025',
        'Nom du consommateur : Claire Dupont',
        'Date : 4 mars 2025',
        'court jusqu’au 14 mars 2025 inclus',
        'L221-21',
        'frais de livraison au tarif standard',
        'art. L221-24, alinéa 2',
      ])
        expect({ expected, found: fr.includes(expected) }).toEqual({ expected, found: true });
      const en = await text('en');
      for (const expected of ['Withdrawal form', 'To: Laverte', 'Ordered on: 25 February 2025', 'Received on: 28 February 2025', 'runs until 14 March 2025 inclusive', 'whichever is earlier']) expect({ expected, found: en.includes(expected) }).toEqual({ expected, found: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
