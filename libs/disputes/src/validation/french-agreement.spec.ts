import { RightsInputError, type MessageParams, type RightsInputCode } from '@recours/consumer-law';
import { CATALOGUES } from '@recours/locale';
import { agreeingWords, predicateOf, wordsAgreeingWithLabel } from '../../../../test/support/french-agreement';
import { FIELD_PROBLEMS, fieldProblem, phraseOfProblem, type FieldProblemCode } from './field-problems';

/*
 * A refusal reads « « label » problem » (apps/api, field-words.ts), and a date's label is as often
 * masculine or no noun at all (« Défaut constaté le », « Remis le », « Demandé le ») as feminine
 * (« Date d’achat », « Convenue le »): until 2026-12-07 the dates' problems said « antérieure »,
 * « postérieure », « comprise », which read « Défaut constaté le » ne doit pas être postérieure à
 * aujourd’hui. No French problem may agree with the label it follows.
 */

/** Every date a form or the rights engine labels, by its catalogue key (`…On`, `…Until`, `…Day`, `asOf`, the chronology's `on`). */
const DATE_LABEL_KEY = /^(?:field|claim|remedy)\.(?:\w*(?:On|Until|Day)|asOf|chronology\.on)$/;
const DATE_LABELS = Object.entries(CATALOGUES.fr as Readonly<Record<string, string>>)
  .filter(([key]) => DATE_LABEL_KEY.test(key))
  .map(([, label]) => `« ${label.replace('{n}', '2')} »`);
/** And what a field no form labels reads (fieldInWords). */
const LABELS = [...DATE_LABELS, 'une valeur'];

/** Every parameter a field problem may read, with a plausible value. */
const PARAMS = {
  today: '2026-12-07',
  filedOn: '2026-03-01',
  purchasedOn: '2025-01-01',
  from: '1900-01-01',
  until: '2200-12-31',
  other: 'purchasedOn',
  date: '2025-01-01',
  requestedOn: '2026-03-03',
  lastEventAt: '2026-03-01T09:30:00.000Z',
  outcomeDueOn: '2026-05-29',
  confirmationDueOn: '2026-12-21',
  min: 1,
  max: 10,
  allowed: 'NEW, USED',
  choice: 'ProductCondition',
  currency: 'EUR',
  price: '649.00',
  remedy: 'REFUND',
  deadline: 'OFFER_EXPIRY',
  uploaded: 'facture.pdf',
  given: 'ticket.pdf',
  value: '2026-02-30',
};

/** Each field problem, and the variants of those whose words depend on their parameters. */
const FIELD_PROBLEM_PHRASES = [
  ...Object.keys(FIELD_PROBLEMS).map((code) => phraseOfProblem(fieldProblem(code as FieldProblemCode, PARAMS)).fr),
  phraseOfProblem(fieldProblem('BEFORE_PURCHASE')).fr,
  phraseOfProblem(fieldProblem('BEFORE_DATE', { ...PARAMS, other: 'agreedOn' })).fr,
];

/** Each of the rights engine's problems, with its parameters: typed so that a new one must be listed here. */
const RIGHTS_INPUT_PARAMS = {
  NOT_A_DATE: { value: '2026-02-30' },
  DATE_OUT_OF_RANGE: { value: '1800-01-01', from: '1900-01-01', until: '2200-12-31' },
  AFTER_TODAY: { value: '2027-01-01', today: '2026-12-07' },
  BEFORE_DATE: { value: '2024-12-31', other: 'purchasedOn', date: '2025-01-01' },
  NOT_A_BOOLEAN: {},
  NOT_MONEY: {},
  NOT_AN_AMOUNT: { value: 'abc' },
  NEGATIVE_AMOUNT: {},
  NOT_A_CURRENCY: { value: 'EURO' },
  NOT_A_COUNTRY: { value: 'FRA' },
  NOT_A_POSTCODE: { value: '00000' },
  NOT_A_JURISDICTION: { value: 'XX' },
  NOT_A_CONDITION: { choice: 'ProductCondition', allowed: 'NEW, USED' },
  NOT_MONTHS: { value: 0 },
  NOT_ONE_OF: { choice: 'ProductCondition', allowed: 'NEW, USED' },
  NOT_A_LIST: {},
  REPLACEMENT_WITHOUT_DATE: {},
  NO_REPAIR_REQUESTED: {},
  ONE_REPLACEMENT_AWAITED: {},
  REPAIR_NOT_COMPLETED: { requestedOn: '2025-03-01' },
  REAPPEARED_TOO_EARLY: {},
  SERIOUS_AND_MINOR: {},
  CONTRADICTS_COUNTRIES: { consumerCountry: 'FR', merchantCountry: 'DE' },
} satisfies Record<RightsInputCode, MessageParams>;
const RIGHTS_INPUT_PHRASES = Object.entries(RIGHTS_INPUT_PARAMS).map(([code, params]) => new RightsInputError('purchasedOn', code as RightsInputCode, params).phrase.fr);

/** Each sentence a person reads, label first, whose words after the label agree with it. */
const agreeing = (phrases: readonly string[]) =>
  LABELS.flatMap((label) => phrases.filter((phrase) => wordsAgreeingWithLabel(phrase).length > 0).map((phrase) => `${label} ${phrase}`));

describe('a French problem reads right after any label, whatever its gender', () => {
  it('the dates’ labels are there, masculine, feminine and no noun at all', () => {
    expect(DATE_LABELS).toEqual(expect.arrayContaining(['« Défaut constaté le »', '« Remis le »', '« Demandé le »', '« Date d’achat »', '« Convenue le »', '« Date de l’événement 2 »', '« Date de réalisation »']));
  });

  it('the check finds a word that agrees, accented or not, and only one that agrees with the label', () => {
    const old = ['ne doit pas être postérieure à aujourd’hui', 'ne doit pas être antérieure au 1er janvier 1900', 'doit être comprise entre le 1er janvier 1900', 'ne doit pas être négatif', 'est requise', 'est celui du propriétaire', 'doit être omis', 'est déjà enregistrée', 'ne peut pas être ajoutée', 'doit être écrit en UTF-8'];
    expect(old.filter((words) => agreeingWords(words).length !== 1)).toEqual([]);
    const neutral = ['ne doit pas tomber après aujourd’hui', 'ne doit pas tomber après la date de la réclamation', 'ne doit pas précéder le 1er janvier 1900', 'doit valoir 0 ou plus', 'doit être un montant positif', 'ne doit pas être vide', 'est obligatoire', 'n’est pas valide', 'est antérieurement'];
    expect(neutral.filter((words) => agreeingWords(words).length > 0)).toEqual([]);
    expect(predicateOf('ne doit pas précéder l’accord (5 mars 2025)\u202f: la solution convenue est réalisée après lui')).toBe('ne doit pas précéder l’accord ');
    expect(predicateOf('une demande irrecevable doit être motivée')).toBe('');
  });

  it('a field problem agrees with no label (« Défaut constaté le » ne doit pas être postérieure… until 2026-12-07)', () => {
    expect(FIELD_PROBLEM_PHRASES.length).toBeGreaterThan(Object.keys(FIELD_PROBLEMS).length);
    expect(agreeing(FIELD_PROBLEM_PHRASES)).toEqual([]);
  });

  it('the rights engine’s problems agree with no label either (« comprise », « antérieure », « négatif » until 2026-12-07)', () => {
    expect(agreeing(RIGHTS_INPUT_PHRASES)).toEqual([]);
  });

  it('the dates’ problems say « précéder » and « tomber après » (« dépasser aujourd’hui » until 2026-12-07), in French and in English alike', () => {
    expect(phraseOfProblem(fieldProblem('AFTER_TODAY', { today: '2026-12-07' }))).toEqual({ en: 'must not be after today (7 December 2026)', fr: 'ne doit pas tomber après aujourd’hui (7 décembre 2026)' });
    expect(phraseOfProblem(fieldProblem('AFTER_FILING_DATE', { filedOn: '2025-03-03' }))).toEqual({ en: 'must not be after the filing date (3 March 2025)', fr: 'ne doit pas tomber après la date de la réclamation (3 mars 2025)' });
    expect(new RightsInputError('purchasedOn', 'AFTER_TODAY', { value: '2026-12-08', today: '2026-12-07' }).phrase.fr).toBe('ne doit pas tomber après aujourd’hui (7 décembre 2026)');
    expect(phraseOfProblem(fieldProblem('BEFORE_PURCHASE', { purchasedOn: '2025-01-01' }))).toEqual({ en: 'must not be before the purchase (1 January 2025)', fr: 'ne doit pas précéder l’achat (1er janvier 2025)' });
    expect(new RightsInputError('deliveredOn', 'BEFORE_DATE', { value: '2024-12-31', other: 'purchasedOn', date: '2025-01-01' }).phrase).toEqual({
      en: 'must not be before 1 January 2025 (“Purchase date”)',
      fr: 'ne doit pas précéder le 1er janvier 2025 (\u00ab\u202fDate d’achat\u202f\u00bb)',
    });
  });
});
