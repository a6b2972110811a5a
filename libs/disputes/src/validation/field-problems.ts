import { formatFor, NOT_A_POSTCODE_WORDS, type CalendarDate } from '@recours/consumer-law';
import { choicesInWords, frenchTypography, type Locale, type Phrase } from '@recours/locale';
import { REMEDY_PHRASES, type Remedy } from '../values/remedy';

/**
 * What can be wrong with one field, as a stable code with its parameters, and the words a person
 * reads for it in each language (after the field's name: "must not be blank", « ne doit pas être
 * vide »). Clients may render their own words from the code and parameters; the API renders these.
 */
export type ProblemParams = Readonly<Record<string, string | number>>;

type Words = (params: ProblemParams, locale: Locale) => string;
const both = (en: Words, fr: Words) => ({ en, fr });
const date = (value: string | number | undefined, locale: Locale) => formatFor(locale).date(String(value) as CalendarDate);
/** A remedy as a sentence names it (« un remboursement », “a refund”); null for a value that is none. */
const remedyInWords = (remedy: string | number | undefined, locale: Locale): string | null =>
  Object.hasOwn(REMEDY_PHRASES, String(remedy)) ? REMEDY_PHRASES[String(remedy) as Remedy][locale] : null;
/** « l’offre d’un remboursement » from « un remboursement »; null stays null. */
const offerOf = (remedy: string | null): string | null => remedy && `l’offre ${remedy.replace(/^(une?) /, 'd’$1 ')}`;
/** A failure of an agreed remedy by the label the form gives it, quoted (« Non exécutée »). */
const failureInWords = (failure: string, locale: Locale) => choicesInWords('RemedyFailure', [failure], locale) ?? failure;
const number = (value: string | number | undefined, locale: Locale) => (locale === 'fr' && typeof value === 'number' ? value.toLocaleString('fr-FR') : String(value));

/*
 * The French sentences follow the field's label, whatever its gender: « Nom », « Date d’achat »,
 * or « une valeur » for a field no form labels (a list's `first`, an id). They are written so that
 * nothing in them agrees with it (« doit valoir plus de 0 », not « doit être supérieur à 0 »,
 * which read « une valeur doit être supérieur à 0 » until 2026-12-07). The dates' sentences too:
 * a date's label is as often « Défaut constaté le », « Remis le » or « Convenue le » as « Date … »,
 * so a date « ne doit pas précéder » or « ne doit pas tomber après » another (until 2026-12-07 they
 * said « antérieure », « postérieure »: « Défaut constaté le … ne doit pas être postérieure »).
 * french-agreement.spec.ts reads every problem after every date's label.
 */
export const FIELD_PROBLEMS = {
  NOT_A_STRING: both(
    () => 'must be a string',
    () => 'doit être un texte',
  ),
  MALFORMED_TEXT: both(
    () => 'must be well-formed text (it holds half of a character)',
    () => 'doit être un texte bien formé, sans demi-caractère',
  ),
  NOT_UTF8: both(
    () => 'must be written in UTF-8 (its percent-encoded bytes are not)',
    () => 'doit s’écrire en UTF-8 (ce que ne font pas ses octets encodés en pourcentage)',
  ),
  INVISIBLE_CONTROL: both(
    () => 'must not hold invisible control characters (they change how the text reads, e.g. reversing it)',
    () => 'ne doit pas contenir de caractères de contrôle invisibles (ils changent la façon dont le texte se lit, par exemple en l’inversant)',
  ),
  CONTAINS_NUL: both(
    () => 'must not contain the NUL character (U+0000)',
    () => 'ne doit pas contenir le caractère NUL (U+0000)',
  ),
  EMPTY: both(
    () => 'must not be empty',
    () => 'ne doit pas être vide',
  ),
  NEGATIVE: both(
    () => 'must be 0 or more',
    () => 'doit valoir 0 ou plus',
  ),
  REQUIRED_UNLESS_FULFILLED: both(
    () => 'is required when the remedy was not fulfilled',
    () => 'est obligatoire quand la solution n’a pas été exécutée',
  ),
  ONLY_UNLESS_FULFILLED: both(
    () => 'is given only when the remedy was not fulfilled (fulfilled: false)',
    () => 'ne s’indique que si la solution n’a pas été exécutée (fulfilled : false)',
  ),
  ONLY_WHEN_FULFILLED: both(
    () => 'is given only when the remedy was fulfilled (fulfilled: true); say what went wrong in description',
    () => 'ne s’indique que si la solution a été exécutée (fulfilled : true) ; dites ce qui n’a pas fonctionné dans description',
  ),
  BLANK: both(
    () => 'must not be blank',
    () => 'ne doit pas être vide',
  ),
  TOO_SHORT: both(
    ({ min }) => `must have at least ${min} characters`,
    ({ min }, l) => `doit comporter au moins ${number(min, l)} caractères`,
  ),
  TOO_LONG: both(
    ({ max }) => `must have at most ${max} characters`,
    ({ max }, l) => `doit comporter au plus ${number(max, l)} caractères`,
  ),
  NOT_AN_IDENTIFIER: both(
    () => 'must be an identifier of 1 to 100 letters, digits, “.”, “_”, “:” or “-”',
    () => 'doit être un identifiant de 1 à 100 lettres, chiffres, « . », « _ », « : » ou « - »',
  ),
  NOT_AN_ID: both(
    () => 'must be an id (a UUID)',
    () => 'doit être un identifiant valide',
  ),
  NOT_A_DATE: both(
    () => 'must be an existing date as YYYY-MM-DD',
    () => 'doit être une date qui existe, au format AAAA-MM-JJ',
  ),
  NOT_AN_INSTANT: both(
    () => 'must be an ISO-8601 instant with its offset, such as 2025-03-01T09:30:00Z',
    () => 'doit être un instant ISO 8601 avec son décalage horaire, comme 2025-03-01T09:30:00Z',
  ),
  NOT_IN_RANGE: both(
    ({ min, max }) => `must be a whole number from ${min} to ${max}`,
    ({ min, max }, l) => `doit être un nombre entier de ${number(min, l)} à ${number(max, l)}`,
  ),
  NOT_A_WHOLE_NUMBER: both(
    () => 'must be a whole number',
    () => 'doit être un nombre entier',
  ),
  NOT_A_NUMBER: both(
    () => 'must be a number',
    () => 'doit être un nombre',
  ),
  NOT_AN_EMAIL: both(
    () => 'must be an e-mail address',
    () => 'doit être une adresse e-mail',
  ),
  // Mail carries a domain in ASCII (IDNA: `xn--…`), longer than the letters typed: an address short enough as typed may not be.
  EMAIL_TOO_LONG_FOR_MAIL: both(
    ({ max }) => `exceeds ${max} characters once its domain is written as mail carries it (xn--…)`,
    ({ max }, l) => `dépasse ${number(max, l)} caractères une fois son domaine écrit comme le courrier le transporte (xn--…)`,
  ),
  NOT_A_SIREN: both(
    () => 'must be a SIREN: the company’s 9 digits, the last one being their check digit (as on an invoice or on annuaire-entreprises.data.gouv.fr)',
    () => 'doit être un numéro SIREN : les 9 chiffres de l’entreprise, dont le dernier est la clé de contrôle (comme sur une facture ou sur annuaire-entreprises.data.gouv.fr)',
  ),
  LISTED_TWICE: both(
    () => 'must not list the same value twice',
    () => 'ne doit pas contenir deux fois la même valeur',
  ),
  NOT_A_BOOLEAN: both(
    () => 'must be true or false',
    () => 'doit valoir vrai ou faux',
  ),
  // `allowed` for clients; a person reads the choices by their labels (`choice` names the list:
  // choice-words.ts), or, for a list with no labels (a value no person picks), none of them.
  NOT_ONE_OF: both(
    ({ allowed, choice }, l) => `must be ${choicesInWords(choice === undefined ? undefined : String(choice), String(allowed).split(', '), l) ?? 'one of the values this field takes'}`,
    ({ allowed, choice }, l) => `doit être ${choicesInWords(choice === undefined ? undefined : String(choice), String(allowed).split(', '), l) ?? 'l’une des valeurs que ce champ accepte'}`,
  ),
  NOT_A_KNOWN_VALUE: both(
    () => 'is not one of the values this field takes',
    () => 'n’est pas l’une des valeurs que ce champ accepte',
  ),
  AMOUNT_AS_NUMBER: both(
    () => 'must be a decimal string such as “129.99”, not a number',
    () => 'doit être un montant écrit en texte, comme « 129.99 », et non un nombre',
  ),
  NOT_AN_AMOUNT: both(
    () => 'must be a decimal string ≥ 0 with at most 2 decimals, such as “129.99”',
    () => 'doit être un montant positif avec au plus 2 décimales, comme « 129.99 »',
  ),
  NOT_POSITIVE: both(
    () => 'must be greater than 0',
    () => 'doit valoir plus de 0',
  ),
  NOT_A_CURRENCY: both(
    () => 'must be an ISO 4217 code such as “EUR”',
    () => 'doit être un code de devise ISO 4217, comme « EUR »',
  ),
  NOT_THE_PURCHASE_CURRENCY: both(
    ({ currency }) => `must be ${currency}, the currency of the purchase`,
    ({ currency }) => `doit être ${currency}, la devise de l’achat`,
  ),
  NOT_A_COUNTRY: both(
    () => 'must be an ISO 3166-1 alpha-2 code such as “FR”',
    () => 'doit être un code de pays ISO 3166-1 à deux lettres, comme « FR »',
  ),
  // The one rule's words (libs/consumer-law, french-postcode.ts), as the rights calculator says them.
  NOT_A_POSTCODE: both(
    () => NOT_A_POSTCODE_WORDS.en,
    () => NOT_A_POSTCODE_WORDS.fr,
  ),
  NOT_A_LIST: both(
    () => 'must be a list',
    () => 'doit être une liste',
  ),
  TOO_FEW_ITEMS: both(
    ({ min }) => `must have at least ${min} item${Number(min) > 1 ? 's' : ''}`,
    ({ min }) => `doit comporter au moins ${min} élément${Number(min) > 1 ? 's' : ''}`,
  ),
  TOO_MANY_ITEMS: both(
    ({ max }) => `must have at most ${max} items`,
    ({ max }) => `doit comporter au plus ${max} éléments`,
  ),
  NOT_AN_OBJECT: both(
    () => 'must be an object',
    () => 'doit être un objet',
  ),
  UNKNOWN_FIELD: both(
    () => 'is not a known field',
    () => 'n’est pas un champ connu',
  ),
  NOT_A_SHA256: both(
    () => 'must be a SHA-256 as 64 lower-case hex digits',
    () => 'doit être une empreinte SHA-256 de 64 chiffres hexadécimaux en minuscules',
  ),
  REQUIRED: both(
    () => 'is required',
    () => 'est obligatoire',
  ),
  AFTER_TODAY: both(
    ({ today }, l) => `must not be after today (${date(today, l)})`,
    ({ today }, l) => `ne doit pas tomber après aujourd’hui (${date(today, l)})`,
  ),
  AFTER_FILING_DATE: both(
    ({ filedOn }, l) => `must not be after the filing date (${date(filedOn, l)})`,
    ({ filedOn }, l) => `ne doit pas tomber après la date de la réclamation (${date(filedOn, l)})`,
  ),
  BEFORE_PURCHASE: both(
    ({ purchasedOn }, l) => (purchasedOn ? `must not be before the purchase (${date(purchasedOn, l)})` : 'must not be before the purchase date'),
    ({ purchasedOn }, l) => (purchasedOn ? `ne doit pas précéder l’achat (${date(purchasedOn, l)})` : 'ne doit pas précéder la date d’achat'),
  ),
  BEFORE_EARLIEST_DATE: both(
    ({ from }, l) => `must not be before ${date(from, l)}`,
    ({ from }, l) => `ne doit pas précéder le ${date(from, l)}`,
  ),
  // `other` names the day compared with (`agreedOn`: the agreement's, reportRemedyCarriedOut).
  // The code is public (extensions.fields[].code) and stays; until 2026-12-07 `other` held the
  // English words 'the agreement' and the French sentence did not say which day it was.
  BEFORE_DATE: both(
    ({ other, date: day }, l) => (other === 'agreedOn' ? `must not be before the agreement (${date(day, l)}): the agreed remedy is carried out after it` : `must not be before ${date(day, l)}`),
    ({ other, date: day }, l) => (other === 'agreedOn' ? `ne doit pas précéder l’accord (${date(day, l)}) : la solution convenue est réalisée après lui` : `ne doit pas précéder le ${date(day, l)}`),
  ),
  BEFORE_DELIVERY: both(
    () => 'must not be before the delivery date',
    () => 'ne doit pas précéder la date de livraison',
  ),
  BEFORE_LAST_EVENT: both(
    ({ lastEventAt }) => `must not be before the last recorded event (${lastEventAt})`,
    ({ lastEventAt }) => `ne doit pas précéder le dernier événement enregistré (${lastEventAt})`,
  ),
  OTHER_DISPUTE: both(
    () => 'is for another dispute',
    () => 'concerne un autre litige',
  ),
  DOCUMENT_LISTED_TWICE: both(
    () => 'the same document is listed twice',
    () => 'le même document figure deux fois',
  ),
  NEXT_STEPS_NEEDED: both(
    () => 'an unresolved dispute says where the consumer can go next',
    () => 'un litige non résolu indique au consommateur vers qui se tourner ensuite',
  ),
  NO_NEXT_STEPS_WHEN_RESOLVED: both(
    () => 'a resolved dispute has no next steps',
    () => 'un litige résolu n’a pas de suites à indiquer',
  ),
  NEXT_STEPS_ONLY_IF_INADMISSIBLE: both(
    () => 'only an inadmissible request ends the dispute with next steps',
    () => 'seule une demande irrecevable clôt le litige en indiquant des suites',
  ),
  GROUND_ONLY_IF_INADMISSIBLE: both(
    () => 'only an inadmissible request has a ground of refusal',
    () => 'seule une demande irrecevable a un motif de refus',
  ),
  FILE_COMPLETED_ONLY_IF_ADMISSIBLE: both(
    () => 'only an admissible request has a day its file was complete (the 90 days of Article R612-5 of the French Consumer Code run from it)',
    () => 'seule une demande recevable a une date de dossier complet (les 90 jours de l’article R612-5 du Code de la consommation courent à partir d’elle)',
  ),
  BEFORE_THE_MEDIATION_REQUEST: both(
    ({ requestedOn }, l) => `must not be before the mediation request (${date(requestedOn, l)}): the file is complete on the day of the request at the earliest`,
    ({ requestedOn }, l) => `ne doit pas précéder la demande de médiation (${date(requestedOn, l)}) : le dossier est complet au plus tôt le jour de la demande`,
  ),
  INADMISSIBLE_NEEDS_REASON: both(
    () => 'an inadmissible request must say why',
    () => 'une demande irrecevable doit être motivée',
  ),
  INADMISSIBLE_NEEDS_NEXT_STEPS: both(
    () => 'an inadmissible request says where the consumer can go next',
    () => 'une demande irrecevable indique au consommateur vers qui se tourner ensuite',
  ),
  OFFER_ID_NEEDED: both(
    () => 'an offer expiry names its offer',
    () => 'l’expiration d’une offre doit désigner cette offre',
  ),
  NOT_ABOUT_AN_OFFER: both(
    ({ deadline }) => `${deadline} is not about an offer`,
    () => 'ce délai ne concerne pas une offre',
  ),
  QUOTE_IS_FOR_REPAIR: both(
    () => 'a paid repair quote is for a REPAIR',
    () => 'un devis de réparation payante porte sur une réparation',
  ),
  QUOTE_NEEDS_PRICE: both(
    () => 'a quote must give its price',
    () => 'un devis doit indiquer son prix',
  ),
  // The remedy in words: until 2026-12-07 the English sentence named it by its code (« an offer of PRICE_REDUCTION »).
  OFFER_NEEDS_AMOUNT: both(
    ({ remedy }, l) => `an offer of ${remedyInWords(remedy, l) ?? 'this kind'} must say how much`,
    // « l’offre d’une réduction du prix », as the English says “an offer of a price reduction”.
    ({ remedy }, l) => `${offerOf(remedyInWords(remedy, l)) ?? 'une offre de ce type'} doit indiquer un montant`,
  ),
  // An agreed refund, price reduction or compensation is a sum, paid or not: « not carried out » is
  // its one failure. Until 2026-12-07 « did not fix » and « came back » were taken for it, and her
  // rights then went back to the repair asked for on filing (RemedyFailed events so recorded stay).
  ONLY_NOT_CARRIED_OUT_FOR_A_SUM: both(
    ({ remedy }, l) =>
      `must be ${failureInWords('NOT_CARRIED_OUT', l)} when the agreed remedy is ${remedyInWords(remedy, l) ?? 'a sum of money'}: a sum is paid or it is not; ${failureInWords('DID_NOT_FIX', l)} and ${failureInWords('DEFECT_RECURRED', l)} are said of a repair or a replacement`,
    ({ remedy }, l) =>
      `doit être ${failureInWords('NOT_CARRIED_OUT', l)} quand la solution convenue est ${remedyInWords(remedy, l) ?? 'une somme d’argent'} : une somme est versée ou ne l’est pas ; ${failureInWords('DID_NOT_FIX', l)} et ${failureInWords('DEFECT_RECURRED', l)} se disent d’une réparation ou d’un remplacement`,
  ),
  // The merchant reported the agreed remedy carried out and her days to contest it are over: it
  // counts as carried out (the deadline process records it), as her rights already say. Until
  // 2026-12-07 a failure was taken until that record; confirming it stays open.
  CONTEST_PERIOD_OVER: both(
    ({ confirmationDueOn }, l) =>
      `can no longer be given: the merchant reported the agreed remedy carried out and the period to contest it ended on ${date(confirmationDueOn, l)}; it counts as carried out (it can still be confirmed)`,
    ({ confirmationDueOn }, l) =>
      `ne s’indique plus : le professionnel a déclaré la solution convenue réalisée et le délai pour la contester a pris fin le ${date(confirmationDueOn, l)} ; elle est tenue pour réalisée (elle peut encore être confirmée)`,
  ),
  IN_KIND_REMEDY_IS_FREE: both(
    () => 'a repair or replacement offered as a remedy is free of charge (Article L217-11 of the French Consumer Code) and has no amount; a repair the consumer pays for is a paid-repair quote',
    () => 'une réparation ou un remplacement proposé comme solution est sans frais (article L217-11 du Code de la consommation) et n’a pas de montant ; une réparation payée par le consommateur est un devis de réparation payante',
  ),
  // `min` and `max`: the days the mediator may give (fewer than a week when fewer are left; 0 on the
  // last day itself, when only the default, ending that day, is left). Absent from refusals made before.
  AFTER_THE_MEDIATION_OUTCOME: both(
    ({ outcomeDueOn, min, max }, l) =>
      `would end after ${date(outcomeDueOn, l)}, the last day of the mediation (Article R612-5 of the French Consumer Code): ${
        max === undefined ? 'give fewer days' : max === 0 ? 'that day is today, give none for the default, which ends today' : min === max ? `give ${max} ${max === 1 ? 'day' : 'days'}` : `give from ${min} to ${max} days`
      }${max === 0 ? '' : ', or none for the default'}`,
    ({ outcomeDueOn, min, max }, l) =>
      `finirait après le ${date(outcomeDueOn, l)}, dernier jour de la médiation (article R612-5 du Code de la consommation) : ${
        max === undefined ? 'indiquez moins de jours' : max === 0 ? 'ce jour est aujourd’hui, n’indiquez aucun jour pour le délai par défaut, qui prend fin aujourd’hui' : min === max ? `indiquez ${max} ${Number(max) === 1 ? 'jour' : 'jours'}` : `indiquez de ${min} à ${max} jours`
      }${max === 0 ? '' : ', ou aucun pour le délai par défaut'}`,
  ),
  ABOVE_THE_PRICE: both(
    ({ remedy, price, currency }, l) => `a ${remedy === 'REFUND' ? 'refund' : 'price reduction'} cannot exceed the price paid (${formatFor(l).money(String(price), String(currency))}); what goes beyond it is compensation (Article L217-8 of the French Consumer Code)`,
    ({ remedy, price, currency }, l) => `${remedy === 'REFUND' ? 'un remboursement' : 'une réduction du prix'} ne peut pas dépasser le prix payé (${formatFor(l).money(String(price), String(currency))}) ; ce qui va au-delà est une indemnisation (article L217-8 du Code de la consommation)`,
  ),
  KEY_OF_ANOTHER_PARTY: both(
    () => 'is already the key of another party’s command on this dispute: send a new one',
    () => 'est déjà la clé d’une commande d’une autre partie sur ce litige : envoyez-en une nouvelle',
  ),
  CHANGES_NOTHING: both(
    () => 'changes nothing',
    () => 'ne change rien',
  ),
  NOT_A_CURSOR: both(
    () => 'is not a cursor of this list',
    () => 'n’est pas un curseur de cette liste',
  ),
  NOT_AN_INSTANT_OR_DATE: both(
    () => 'must be an ISO 8601 instant with its offset, such as 2026-03-01T12:00:00Z, or a YYYY-MM-DD date',
    () => 'doit être un instant ISO 8601 avec son décalage horaire, comme 2026-03-01T12:00:00Z, ou une date AAAA-MM-JJ',
  ),
  DATE_OUT_OF_RANGE: both(
    ({ from, until }, l) => `must fall from ${date(from, l)} to ${date(until, l)}, Paris time`,
    ({ from, until }, l) => `doit tomber entre le ${date(from, l)} et le ${date(until, l)}, heure de Paris`,
  ),
  NOT_STORABLE_YET: both(
    () => 'cannot be stored by this version of recours',
    () => 'dépasse ce que cette version de recours peut enregistrer',
  ),
  NOT_YOUR_UPLOAD: both(
    () => 'is not a file you uploaded (or it was deleted after 24 hours unattached)',
    () => 'n’est pas un fichier que vous avez envoyé (ou ce fichier a été supprimé après 24 heures sans être joint)',
  ),
  OTHER_FILE_HASH: both(
    ({ uploaded, given }) => `is a file whose sha256 is ${uploaded}, not ${given}`,
    () => 'désigne un fichier dont l’empreinte SHA-256 est différente',
  ),
  OTHER_FILE_NAME: both(
    ({ uploaded, given }) => `is a file named “${uploaded}”, not “${given}”`,
    ({ uploaded }) => `désigne un fichier nommé « ${uploaded} », et non celui indiqué`,
  ),
  ALREADY_ATTACHED: both(
    () => 'is already attached to another dispute',
    () => 'figure déjà dans un autre litige',
  ),
  INVALID: both(
    () => 'is not valid',
    () => 'n’est pas valide',
  ),
} satisfies Record<string, { en: Words; fr: Words }>;

export type FieldProblemCode = keyof typeof FIELD_PROBLEMS;

/** One thing wrong with a field: what clients rely on (code, params) and what a person reads. */
export interface FieldProblem {
  readonly code: FieldProblemCode;
  readonly params: ProblemParams;
}

export const fieldProblem = (code: FieldProblemCode, params: ProblemParams = {}): FieldProblem => ({ code, params });

/** The problem in every language. */
export function phraseOfProblem({ code, params }: FieldProblem): Phrase {
  const words = FIELD_PROBLEMS[code];
  return { en: words.en(params, 'en'), fr: frenchTypography(words.fr(params, 'fr')) };
}

/**
 * zod carries a refusal as its English sentence; the kit's sentences are made here, and
 * remembered, so a refusal read back from zod finds its code and parameters again.
 */
const byEnglish = new Map<string, FieldProblem>();

/** The English sentence zod carries for a problem (see `problemOfMessage`). */
export function problemMessage(code: FieldProblemCode, params: ProblemParams = {}): string {
  const problem = fieldProblem(code, params);
  const english = FIELD_PROBLEMS[code].en(params, 'en');
  if (!byEnglish.has(english)) byEnglish.set(english, problem);
  return english;
}

/** The problem behind a sentence of the kit; INVALID for a sentence that is not one (zod's own). */
export function problemOfMessage(message: string): FieldProblem {
  return byEnglish.get(message) ?? fieldProblem('INVALID');
}
