import { DEMO_DISPUTES, type SeenDispute } from './demo-disputes';

// The demo's words are read by people (the timeline, the case file): an article they cite names its
// code, as the catalogue's sentences do (libs/locale law-wording.spec.ts); « (L217-3) » alone said
// neither which code nor which country (legal review of 2026-12-06).
const CODES = /Code de la consommation|Code civil|Code de procédure civile/;
const ARTICLE = /\b(?:L|R|D)\.? ?\d{3}-\d+|\barticles? \d{3,4}\b/i;

// Every step's input, built against a dispute that has what any step reads (an offer from each side, a settlement).
const seen: SeenDispute = {
  id: 'dispute',
  status: 'OPEN',
  offers: [
    { id: 'offer-merchant', by: 'MERCHANT', status: 'OPEN' },
    { id: 'offer-consumer', by: 'CONSUMER', status: 'OPEN' },
  ],
  mediation: { settlements: [{ id: 'settlement', status: 'PROPOSED' }] },
};

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object') return Object.values(value).flatMap(texts);
  return [];
}

describe('demo disputes', () => {
  it('name the code of every article their words cite', () => {
    const words = DEMO_DISPUTES.flatMap((d) => [
      ...texts(d.claim),
      ...d.steps.flatMap((s) => texts(s.input(seen, { mediatorId: 'mediator', associationId: 'association' }))),
    ]);
    const citing = words.filter((w) => ARTICLE.test(w));
    expect(citing.length).toBeGreaterThan(0);
    expect(citing.filter((w) => !CODES.test(w))).toEqual([]);
  });
});
