import type { CaseFile } from '@recours/case-file';
import { DEADLINE_KINDS, DISPUTE_EVENT_TYPES } from '@recours/disputes';
import { CATALOGUES } from '@recours/locale';
import type { DisputeViewWithTimeline } from '../disputes/dispute-view';
import type { RightsAssessmentView } from '../rights/rights-assessment.view';
import { caseFileBlocks } from './case-file.pdf';
import { caseFileName } from './document-words';

// 00:30 in Paris on 5 December 2026 is 23:30 UTC on 4 December (UTC+1 in winter).
const HALF_PAST_MIDNIGHT_IN_PARIS = '2026-12-04T23:30:00.000Z';

const file = (requester: string) =>
  ({
    exportedAt: HALF_PAST_MIDNIGHT_IN_PARIS,
    requester,
    chain: {
      algorithm: 'digest = SHA-256(…)',
      events: [
        { streamVersion: 0, hash: 'a'.repeat(64), event: { type: 'ClaimFiled' } },
        { streamVersion: 1, hash: 'b'.repeat(64), event: { type: 'OfferMade' } },
        { streamVersion: 2, hash: 'c'.repeat(64), digest: 'd'.repeat(64) },
      ],
      headHash: 'c'.repeat(64),
    },
  }) as unknown as CaseFile;

const view = {
  product: { brand: 'Samsung', name: 'Réfrigérateur combiné', model: 'RB34T602ESA' },
  purchase: { price: { amount: '729.00', currency: 'EUR' }, purchasedOn: '2025-07-04', deliveredOn: '2025-07-09' },
  problem: { description: 'Le compartiment ne descend plus sous 11 °C.', chronology: [{ on: '2026-08-01', what: 'Premier relevé à 11 °C' }] },
  timeline: [{ version: 0, at: HALF_PAST_MIDNIGHT_IN_PARIS, text: 'Claire Martin a déposé une réclamation.' }],
  offers: [{ remedy: 'REPAIR', kind: 'REMEDY', status: 'REJECTED', amount: { amount: '80.00', currency: 'EUR' }, terms: 'Joint remplacé', madeAt: HALF_PAST_MIDNIGHT_IN_PARIS }],
  deadlines: [{ kind: 'MERCHANT_RESPONSE', dueOn: '2026-12-15', owedBy: 'MERCHANT' }],
  evidence: [{ name: 'facture.pdf', sha256: 'e'.repeat(64) }],
} as unknown as DisputeViewWithTimeline;

const rights = { legalWarranty: { expiresOn: '2027-07-09', basis: 'Code de la consommation, art. L217-3' }, nextStep: null } as unknown as RightsAssessmentView;

const parties = { consumer: 'Claire Martin', merchant: 'Froid Service', mediator: null };

const text = (locale: 'fr' | 'en', requester = 'CONSUMER') =>
  caseFileBlocks(file(requester), view, rights, locale, parties)
    .blocks.map((b) => ('text' in b ? b.text : ''))
    .join('\n')
    // Amounts are set with (narrow) no-break spaces: « 729,00 € ».
    .replace(/[\u00a0\u202f]/g, ' ');

describe('the case file as a person reads it (PDF)', () => {
  it('sets French as the catalogue prints it: a narrow no-break space before its colons and semicolons', () => {
    const raw = caseFileBlocks(file('CONSUMER'), view, rights, 'fr', parties).blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(raw).toContain('Réponse du professionnel\u202f: au plus tard');
    expect(raw).toContain(`Empreinte de tête\u202f: ${'c'.repeat(64)}`);
    expect(raw).toContain('{"$commitment": SHA-256(RFC 8785 [sel, valeur])}\u202f; empreinte');
    // The rights engine's next step, written with plain spaces, is set the same way.
    const nextStep = { ...rights, nextStep: 'Le médiateur de la consommation est saisi depuis le 21 décembre 2026 : la médiation doit aboutir au plus tard le 21 mars 2027.' } as RightsAssessmentView;
    const withNextStep = caseFileBlocks(file('CONSUMER'), view, nextStep, 'fr', parties).blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    expect(withNextStep).toContain('saisi depuis le 21 décembre 2026\u202f: la médiation');
    expect(withNextStep).not.toMatch(/ [:;]/);
  });

  it('writes dates out and times in Paris, amounts in the reader’s style: no ISO date, no UTC time', () => {
    const fr = text('fr');
    for (const expected of [
      'Exporté le 5 décembre 2026 à 0 h 30 (heure de Paris).',
      '729,00 €, acheté le 4 juillet 2025, livré le 9 juillet 2025.',
      '1er août 2026 — Premier relevé à 11 °C',
      '5 décembre 2026 à 0 h 30 — Claire Martin a déposé une réclamation.',
      'Garantie légale de conformité jusqu’au 9 juillet 2027',
      'Vos droits au 5 décembre 2026',
    ])
      expect({ expected, found: fr.includes(expected) }).toEqual({ expected, found: true });
    expect(fr).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(fr).not.toMatch(/23:30|4 décembre/);
    const en = text('en');
    for (const expected of ['Exported on 5 December 2026 at 00:30 (Paris time).', '€729.00, bought on 4 July 2025', '5 December 2026 at 00:30 — Claire Martin']) expect({ expected, found: en.includes(expected) }).toEqual({ expected, found: true });
    expect(en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // English as the catalogue writes it: the typographic apostrophe, as in « Merchant’s answer ».
    expect(en).toContain('To check that it has not been altered, open the “Check a case file” page on recours and choose this file: each event is compared with its fingerprint');
    // A person is told what to do in words, not a developer's command.
    expect(fr).toContain('Pour vérifier qu’il n’a pas été modifié, ouvrez sur recours la page « Vérifier un dossier » et choisissez ce fichier : chaque événement y est comparé à son empreinte');
    for (const reader of [fr, en]) expect(reader).not.toMatch(/npm|verify:case-file|\/verify/);
    for (const requester of ['CONSUMER', 'MERCHANT']) expect(text('en', requester)).not.toContain("'");
  });

  it('names remedies, statuses, deadlines, who owes them and events in words, never by their code', () => {
    const fr = text('fr');
    for (const expected of [
      '5 décembre 2026 — Réparation (80,00 €), refusée : Joint remplacé',
      'Réponse du professionnel : au plus tard le 15 décembre 2026 (le professionnel)',
      `#0 Réclamation déposée ${'a'.repeat(64)}`,
      `#2 (non visible pour vous) ${'c'.repeat(64)}`,
      `Empreinte de tête : ${'c'.repeat(64)}`,
      'condensé = SHA-256(JSON canonique RFC 8785',
    ])
      expect({ expected, found: fr.includes(expected) }).toEqual({ expected, found: true });
    for (const code of ['REPAIR', 'REJECTED', 'MERCHANT_RESPONSE', 'MERCHANT)', 'ClaimFiled', 'OfferMade', 'digest =']) expect({ code, found: fr.includes(code) }).toEqual({ code, found: false });
    expect(text('en')).toContain('Merchant’s answer: by 15 December 2026 (the merchant)');
  });

  it('names the parties first, by name, never by id: the consumer, the seller, and the mediator once there is one', () => {
    expect(text('fr')).toContain('Les parties\nConsommateur : Claire Martin\nProfessionnel (vendeur) : Froid Service\nLa réclamation');
    const withMediator = (locale: 'fr' | 'en') =>
      caseFileBlocks(file('MEDIATOR'), view, rights, locale, { ...parties, mediator: 'Jeanne Roux' })
        .blocks.map((b) => ('text' in b ? b.text : ''))
        .join('\n');
    expect(withMediator('fr')).toContain('Consommateur\u202f: Claire Martin\nProfessionnel (vendeur)\u202f: Froid Service\nMédiateur\u202f: Jeanne Roux');
    expect(withMediator('en')).toContain('The parties\nConsumer: Claire Martin\nMerchant (seller): Froid Service\nMediator: Jeanne Roux');
  });

  it('calls the rights the consumer’s, not the reader’s, when the merchant or the mediator reads them', () => {
    expect(text('fr', 'MERCHANT')).toContain('Les droits du consommateur au 5 décembre 2026');
    expect(text('fr', 'MERCHANT')).not.toContain('Vos droits');
    expect(text('en', 'MEDIATOR')).toContain('The consumer’s rights on 5 December 2026');
    expect(text('fr', 'ASSOCIATION')).toContain('Vos droits au 5 décembre 2026');
  });

  it('has words for every event, deadline, remedy and offer status in both languages', () => {
    for (const locale of ['fr', 'en'] as const) {
      const catalogue: Readonly<Record<string, string>> = CATALOGUES[locale];
      const keys = [
        ...DISPUTE_EVENT_TYPES.map((type) => `event.${type}`),
        ...DEADLINE_KINDS.map((kind) => `deadline.${kind}`),
        ...['CONSUMER', 'MERCHANT', 'MEDIATOR'].map((who) => `owedBy.${who}`),
        ...['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'].map((remedy) => `remedy.${remedy}`),
        ...['LIVE', 'ACCEPTED', 'REJECTED', 'EXPIRED', 'SUPERSEDED'].map((status) => `offerStatus.${status}`),
        'offer.kind.PAID_REPAIR_QUOTE',
      ];
      expect(keys.filter((key) => !Object.hasOwn(catalogue, key))).toEqual([]);
    }
  });

  it('dates the download’s name by the day in Paris', () => {
    expect(caseFileName('fr', new Date(HALF_PAST_MIDNIGHT_IN_PARIS), 'pdf')).toBe('dossier-2026-12-05.pdf');
    expect(caseFileName('en', new Date(HALF_PAST_MIDNIGHT_IN_PARIS), 'json')).toBe('case-file-2026-12-05.json');
  });
});
