import { DOMAIN_ERROR_CODES, DomainError, invalidInput } from './errors';
import { phraseOfRefusal, REFUSALS } from './refusals';
import { FIELD_PROBLEMS, fieldProblem, phraseOfProblem, type FieldProblemCode } from './validation/field-problems';

/** Every parameter a sentence may read, with a plausible value. */
const SAMPLE = {
  roles: 'CONSUMER,ASSOCIATION',
  reason: 'NOT_YOUR_CLAIM',
  waitingFor: 'MERCHANT',
  acknowledgedAt: '2026-03-01T09:30:00.000Z',
  acceptedAt: '2026-03-02T09:30:00.000Z',
  requestedAt: '2026-03-03T09:30:00.000Z',
  decidedAt: '2026-03-04T09:30:00.000Z',
  extendedAt: '2026-04-10T09:30:00.000Z',
  reportedAt: '2026-04-12T09:30:00.000Z',
  givenAt: '2026-03-05T09:30:00.000Z',
  dueAt: '2026-03-06T23:00:00.000Z',
  remindAt: '2026-03-05T23:00:00.000Z',
  expiresOn: '2026-03-07',
  answerDueOn: '2026-03-08',
  outcomeDueOn: '2026-05-29',
  confirmationDueOn: '2026-03-24',
  writtenClaimOn: '2025-03-01',
  requestedOn: '2026-03-03',
  sentOn: '2026-02-01',
  name: 'facture.pdf',
  visibility: 'EVERYONE',
  status: 'REJECTED',
  remedies: 'REFUND,PRICE_REDUCTION',
  remedy: 'REPAIR',
  days: 30,
  deadline: 'OFFER_EXPIRY',
  min: 10,
  max: 2000,
  allowed: 'NEW, USED',
  choice: 'ProductCondition',
  currency: 'EUR',
  price: '649.00',
  today: '2026-03-01',
  filedOn: '2026-03-01',
  purchasedOn: '2025-01-01',
  lastEventAt: '2026-03-01T09:30:00.000Z',
  offerId: '0b6a2c6e-9a55-4c34-9d3a-1f1d0e7c2a10',
  other: 'purchasedOn',
  date: '2025-01-01',
  from: '1900-01-01',
  until: '2200-12-31',
  uploaded: 'facture.pdf',
  given: 'ticket.pdf',
  placedAt: '2026-03-08T09:30:00.000Z',
  noticeFrom: '2031-02-01T00:00:00.000Z',
  erasesAt: '2031-03-04T00:00:00.000Z',
  erasedAt: '2031-03-04T01:00:00.000Z',
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
// Words that give an English sentence away (none of them is French).
const ENGLISH = /\b(the|must|only|this|is|was|has|have|not|been|with|already|your|may|of|and|or|before|after|at least|at most)\b/i;
// French punctuation: a space before ; : ! ? and inside « » is the narrow no-break one.
const PLAIN_SPACE_BEFORE_PUNCTUATION = /[ \u00a0][;:!?»]|«[ \u00a0]/;

describe('what a person reads when a command is refused, in French and in English (issue 14)', () => {
  it.each(DOMAIN_ERROR_CODES.map((code) => [code]))('%s has a French and an English sentence, different, with no English word in the French', (code) => {
    const phrase = phraseOfRefusal(code, SAMPLE);
    expect(phrase.en.trim()).not.toBe('');
    expect(phrase.fr.trim()).not.toBe('');
    expect(phrase.fr).not.toBe(phrase.en);
    expect(phrase.fr).not.toMatch(ENGLISH);
    expect(phrase.fr).not.toMatch(PLAIN_SPACE_BEFORE_PUNCTUATION);
    expect(`${phrase.fr} ${phrase.en}`).not.toMatch(UUID);
    expect(phrase.en).not.toMatch(/undefined|NaN|\[object/);
    expect(phrase.fr).not.toMatch(/undefined|NaN|\[object/);
  });

  it('has a sentence for every refusal code, and nothing else', () => {
    expect(Object.keys(REFUSALS).sort()).toEqual([...DOMAIN_ERROR_CODES].sort());
  });

  it.each(Object.keys(FIELD_PROBLEMS).map((code) => [code]))('field problem %s reads in French and in English', (code) => {
    const phrase = phraseOfProblem(fieldProblem(code as FieldProblemCode, SAMPLE));
    expect(phrase.fr).not.toBe(phrase.en);
    expect(phrase.fr).not.toMatch(ENGLISH);
    expect(phrase.fr).not.toMatch(PLAIN_SPACE_BEFORE_PUNCTUATION);
    expect(`${phrase.fr} ${phrase.en}`).not.toMatch(/undefined|NaN|\[object/);
  });

  // Review of the journeys, finding 6: « seul les agents du professionnel peut faire cela ».
  it.each([
    ['MERCHANT', 'seuls les agents du professionnel peuvent faire cela'],
    ['CONSUMER', 'seul le consommateur peut faire cela'],
    ['ASSOCIATION', 'seule une association mandatée par le consommateur peut faire cela'],
    ['CONSUMER,ASSOCIATION', 'seuls le consommateur ou une association mandatée par le consommateur peuvent faire cela'],
  ])('a refusal by role agrees in French with the roles named (%s)', (allowed, sentence) => {
    expect(phraseOfRefusal('ROLE_NOT_ALLOWED', { roles: allowed }).fr).toBe(sentence);
  });

  // Review of the journeys, finding 5: extending before admissibility is not proposing a settlement.
  it('an extension before admissibility is refused in words about the extension', () => {
    const phrase = phraseOfRefusal('EXTENSION_BEFORE_ADMISSIBILITY', {});
    expect(phrase.fr).toMatch(/^le délai de la médiation ne se prolonge qu’une fois la demande déclarée recevable/);
    expect(phrase.en).toMatch(/^the mediation's period is extended only once the request is found admissible/);
    expect(`${phrase.fr} ${phrase.en}`).not.toMatch(/solution|settlement/);
  });

  it('writes dates as each language writes them, as Paris days', () => {
    expect(phraseOfRefusal('OFFER_EXPIRED', { expiresOn: '2026-03-01' })).toEqual({ en: 'this offer expired at the end of 1 March 2026', fr: 'cette offre a expiré le 1er mars 2026 au soir' });
    // 23:30 UTC on 28 February is already 1 March in Paris.
    expect(phraseOfRefusal('FEEDBACK_ALREADY_GIVEN', { givenAt: '2026-02-28T23:30:00.000Z' }).fr).toBe('un avis a déjà été donné le 1er mars 2026');
  });

  it("a remedy's period: agreed with the solution, not its noun, and the law's 30 days told from a shorter period of the dispute", () => {
    const legal = phraseOfRefusal('REMEDY_PERIOD_TOO_LONG', { remedy: 'REPLACEMENT', days: 30 });
    expect(legal.fr).toBe('la solution proposée (un remplacement) doit être réalisée dans les 30 jours (Code de la consommation, art. L217-10)');
    const shorter = phraseOfRefusal('REMEDY_PERIOD_TOO_LONG', { remedy: 'REPAIR', days: 20 });
    expect(shorter.fr).toBe('la solution proposée (une réparation) doit être réalisée dans les 20 jours (délai fixé pour ce litige\u202f; la loi fixe 30 jours au plus, Code de la consommation, art. L217-10)');
    expect(shorter.en).toBe("a repair must be carried out within 20 days (this dispute's period; the law sets 30 at most, Article L217-10 of the French Consumer Code)");
  });

  it("one extension of a mediation is recours's rule, said as such (R612-5 sets no number)", () => {
    const phrase = phraseOfRefusal('MEDIATION_ALREADY_EXTENDED', { extendedAt: '2026-04-10T09:30:00.000Z' });
    expect(phrase.fr).toContain('règle de recours, et non de la loi');
    expect(phrase.en).toContain("recours's rule, not the law's");
  });

  it('closing a failed remedy is recours’s rule, said as such: L217-14 opens price reduction and refund, it does not close repair or replacement', () => {
    const phrase = phraseOfRefusal('REMEDY_NOT_AVAILABLE', { remedies: 'REFUND,PRICE_REDUCTION,COMPENSATION' });
    expect(phrase.fr).toContain('règle de recours, et non de la loi');
    expect(phrase.fr).toContain('article L217-14 du Code de la consommation');
    expect(phrase.en).toContain("recours's rule, not the law's");
    expect(phrase.en).toContain('Article L217-14 of the French Consumer Code');
  });

  it('a refusal carries its code and parameters; its English sentence is its message', () => {
    const refusal = new DomainError('OFFER_EXPIRED', { offerId: SAMPLE.offerId, expiresOn: '2026-03-07' });
    expect(refusal).toMatchObject({ code: 'OFFER_EXPIRED', params: { offerId: SAMPLE.offerId, expiresOn: '2026-03-07' }, message: 'this offer expired at the end of 7 March 2026' });
    expect(refusal.phrase.fr).toBe('cette offre a expiré le 7 mars 2026 au soir');
    const input = invalidInput('purchase.deliveredOn', fieldProblem('BEFORE_PURCHASE'));
    expect(input).toMatchObject({ code: 'INVALID_INPUT', field: 'purchase.deliveredOn', problem: { code: 'BEFORE_PURCHASE', params: {} }, message: 'purchase.deliveredOn: must not be before the purchase date' });
    expect(input.phrase).toEqual({ en: 'must not be before the purchase date', fr: 'ne doit pas précéder la date d’achat' });
  });
});
