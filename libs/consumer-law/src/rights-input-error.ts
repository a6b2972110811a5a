import { CATALOGUES, choicesInWords, frenchTypography, type Locale, type Phrase } from '@recours/locale';
import type { CalendarDate } from './calendar/calendar-date';
import { NOT_A_POSTCODE_WORDS } from './calendar/french-postcode';
import { formatFor } from './messages/format';
import type { MessageParams } from './messages/message';

/**
 * What is wrong with one fact, as a stable code with its parameters (a client may write its own
 * words from them) and the sentence in each language, after the field's label, in
 * typographic quotes, naming another field by its label, never by its name. The codes are those
 * of the domain's field problems where one fits (NOT_A_DATE, AFTER_TODAY, BEFORE_DATE...), and
 * the French words as theirs: nothing in them agrees with the label, whose gender varies
 * (« Défaut constaté le », « Date d’achat », « Montant »): a date « ne doit pas précéder » or
 * « ne doit pas tomber après » another and an amount « doit valoir 0 ou plus » (until 2026-12-07:
 * « antérieure », « postérieure », « comprise », « négatif »; libs/disputes, french-agreement.spec.ts).
 */
const PROBLEMS = {
  NOT_A_DATE: [({ value }) => `must be a date that exists, not “${value}”`, () => 'doit être une date qui existe'],
  DATE_OUT_OF_RANGE: [({ from, until }) => `must be between ${day(from, 'en')} and ${day(until, 'en')}`, ({ from, until }) => `doit tomber entre le ${day(from)} et le ${day(until)}`],
  AFTER_TODAY: [({ today }) => `must not be after today (${day(today, 'en')})`, ({ today }) => `ne doit pas tomber après aujourd’hui (${day(today)})`],
  BEFORE_DATE: [({ other, date }) => `must not be before ${day(date, 'en')} (${label(other, 'en')})`, ({ other, date }) => `ne doit pas précéder le ${day(date)} (${label(other, 'fr')})`],
  NOT_A_BOOLEAN: [() => 'must be true or false', () => 'doit valoir vrai ou faux'],
  NOT_MONEY: [() => 'must be an amount and its currency', () => 'doit être un montant et sa devise'],
  NOT_AN_AMOUNT: [() => 'must be a positive amount with at most 2 decimals, such as “499.90”', () => 'doit être un montant positif avec au plus 2 décimales, comme « 499.90 »'],
  NEGATIVE_AMOUNT: [() => 'must not be negative', () => 'doit valoir 0 ou plus'],
  NOT_A_CURRENCY: [() => 'must be an ISO 4217 currency code, such as “EUR”', () => 'doit être un code de devise ISO 4217, comme « EUR »'],
  NOT_A_COUNTRY: [() => 'must be a two-letter ISO 3166-1 country code, such as “FR”', () => 'doit être un code de pays ISO 3166-1 à deux lettres, comme « FR »'],
  NOT_A_POSTCODE: [() => NOT_A_POSTCODE_WORDS.en, () => NOT_A_POSTCODE_WORDS.fr],
  NOT_A_JURISDICTION: [() => 'must be a code such as “FR” or “EU”', () => 'doit être un code comme « FR » ou « EU »'],
  NOT_A_CONDITION: [(p) => `must be ${choices(p, 'en')}`, (p) => `doit être ${choices(p, 'fr')}`],
  NOT_MONTHS: [() => 'must be a whole number of months greater than 0', () => 'doit être un nombre entier de mois supérieur à 0'],
  NOT_ONE_OF: [(p) => `must be ${choices(p, 'en')}`, (p) => `doit être ${choices(p, 'fr')}`],
  NOT_A_LIST: [() => 'must be a list', () => 'doit être une liste'],
  REPLACEMENT_WITHOUT_DATE: [() => 'a replacement needs its delivery date, or its request date while awaited', () => 'un remplacement a besoin de sa date de livraison, ou de sa date de demande tant qu’il est attendu'],
  NO_REPAIR_REQUESTED: [() => 'no repair was requested before this replacement', () => 'aucune réparation n’a été demandée avant ce remplacement'],
  ONE_REPLACEMENT_AWAITED: [() => 'only one replacement can be awaited at a time', () => 'un seul remplacement peut être attendu à la fois'],
  REPAIR_NOT_COMPLETED: [({ requestedOn }) => `the repair requested on ${day(requestedOn, 'en')} has no completion date although a later repair was requested`, ({ requestedOn }) => `la réparation demandée le ${day(requestedOn)} n’a pas de date d’achèvement alors qu’une réparation a été demandée ensuite`],
  REAPPEARED_TOO_EARLY: [() => 'the defect cannot reappear before any repair was completed or replacement delivered', () => 'le défaut ne peut pas réapparaître avant qu’une réparation soit achevée ou un remplacement livré'],
  SERIOUS_AND_MINOR: [() => 'a defect cannot be both serious and minor', () => 'un défaut ne peut pas être à la fois grave et mineur'],
  CONTRADICTS_COUNTRIES: [({ consumerCountry, merchantCountry }) => `contradicts the consumer’s country (${consumerCountry}) and the merchant’s country (${merchantCountry})`, ({ consumerCountry, merchantCountry }) => `contredit les pays du consommateur (${consumerCountry}) et du professionnel (${merchantCountry})`],
} satisfies Record<string, [(p: MessageParams) => string, (p: MessageParams) => string]>;

export type RightsInputCode = keyof typeof PROBLEMS;

const day = (value: string | number | undefined, locale: Locale = 'fr') => formatFor(locale).date(String(value) as CalendarDate);

/**
 * The values a fact may take (`allowed`, for clients) by the labels the web app gives them
 * (`choice` names the list: choice-words.ts), never as the engine spells them (NEW, DISTANCE).
 */
const choices = ({ choice, allowed }: MessageParams, locale: Locale) =>
  choicesInWords(String(choice), String(allowed).split(', '), locale) ?? (locale === 'fr' ? 'l’une des valeurs que ce champ accepte' : 'one of the values this field takes');

/**
 * Another date a sentence compares with, by the label the web app gives its field (the catalogue's
 * `field.<name>`, as the API names the field at fault), quoted; never the fact's name (`purchasedOn`).
 */
const label = (name: string | number | undefined, locale: Locale) => {
  const words = (CATALOGUES[locale] as Readonly<Record<string, string>>)[`field.${String(name)}`] ?? (locale === 'fr' ? 'une autre date' : 'another date');
  return locale === 'fr' ? `« ${words} »` : `“${words}”`;
};

/**
 * Facts that cannot be assessed (a date that does not exist, a delivery before the purchase,
 * a negative price...). `field` names the offending input so an API can answer BAD_USER_INPUT on
 * that field; `problem` and `params` are stable, `phrase` the sentence in each language. The
 * message stays `field: English sentence`, for developers.
 */
export class RightsInputError extends Error {
  readonly code = 'BAD_USER_INPUT' as const;
  readonly phrase: Phrase;

  constructor(
    readonly field: string,
    readonly problem: RightsInputCode,
    readonly params: MessageParams = {},
  ) {
    const [en, fr] = PROBLEMS[problem];
    super(`${field}: ${en(params)}`);
    this.name = 'RightsInputError';
    this.phrase = { en: en(params), fr: frenchTypography(fr(params)) };
  }
}
