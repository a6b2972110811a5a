import { readFileSync } from 'node:fs';
import type { AgreedRemedyFact, MediationReferralFact, RepairFact, ReplacementFact, RightsFacts } from '@recours/consumer-law';
import { join } from 'node:path';
import { buildSchema, GraphQLError, GraphQLInputObjectType } from 'graphql';
import { fieldInWords } from './field-words';
import { errorFormatter } from './format-error';
import { withCorrelationId } from '@recours/observability';
import { fieldProblem } from '@recours/disputes';
import { badUserInput, problemAt } from './errors';
import { translate } from './localize-errors';

const COERCION = 'Variable "$input" got invalid value 3.5 at "input.rating"; Int cannot represent non-integer value: 3.5';
const coded = (message: string, code?: string) => new GraphQLError(message, { extensions: code ? { code } : {} });

describe('translate: errors in the reader’s language, the libraries’ words included', () => {
  it('a variable that does not coerce reads in French and names its field, once however often it is translated', () => {
    const french = coded(COERCION, 'BAD_USER_INPUT');
    translate(french, 'fr');
    translate(french, 'fr');
    expect(french.message).toBe('Saisie invalide\u202f: «\u202fVotre note\u202f» doit être un nombre entier (valeur reçue\u202f: 3.5)');
    expect(french.extensions.fields).toEqual([{ field: 'input.rating', code: 'NOT_A_WHOLE_NUMBER', params: {}, message: 'doit être un nombre entier' }]);
    const english = coded(COERCION, 'BAD_USER_INPUT');
    translate(english, 'en');
    translate(english, 'en');
    expect(english.message).toBe(COERCION);
    expect(english.extensions.fields).toEqual([{ field: 'input.rating', code: 'NOT_A_WHOLE_NUMBER', params: {}, message: 'must be a whole number' }]);
  });

  it('the validation pipe’s refusal names each field in words in the reader’s language, never by its path; extensions.fields keep the paths', () => {
    const refusal = () => badUserInput([problemAt('input.displayName', fieldProblem('BLANK')), problemAt('input.purchase.price.amount', fieldProblem('NOT_AN_AMOUNT')), problemAt('input.colour', fieldProblem('UNKNOWN_FIELD'))]);
    const french = refusal();
    translate(french, 'fr');
    expect(french.message).toBe(
      'Saisie invalide\u202f: «\u202fNom\u202f» ne doit pas être vide\u202f; «\u202fMontant\u202f» doit être un montant positif avec au plus 2 décimales, comme «\u202f129.99\u202f»\u202f; «\u202fcolour\u202f» n’est pas un champ de ce formulaire',
    );
    const english = refusal();
    translate(english, 'en');
    expect(english.message).toBe('Invalid input: “Name” must not be blank; “Amount” must be a decimal string ≥ 0 with at most 2 decimals, such as “129.99”; “colour” is not a field of this form');
    for (const error of [french, english]) {
      expect(error.message).not.toMatch(/input\./);
      expect((error.extensions.fields as Array<{ field: string }>).map((f) => f.field)).toEqual(['input.displayName', 'input.purchase.price.amount', 'input.colour']);
    }
  });

  it('a fault while executing (no client code) keeps graphql’s words, for the log', () => {
    const fault = coded('Int cannot represent non-integer value: 3.5');
    translate(fault, 'fr');
    expect(fault.message).toBe('Int cannot represent non-integer value: 3.5');
    expect(errorFormatter({ hideSchemaDetails: false })(fault.toJSON(), fault)).toEqual({ message: 'Erreur interne du serveur', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('an error made with a phrase reads its phrase; a message no pattern knows stays as written', () => {
    const phrased = new GraphQLError('Sign in', { extensions: { code: 'UNAUTHENTICATED', phrase: { en: 'Sign in', fr: 'Connectez-vous' } } });
    const unknown = coded('Something new from graphql', 'GRAPHQL_VALIDATION_FAILED');
    translate(phrased, 'fr');
    translate(unknown, 'fr');
    expect([phrased.message, unknown.message]).toEqual(['Connectez-vous', 'Something new from graphql']);
  });

  it('an error no plugin heard is put in the language of the request being answered, by the formatter', () => {
    const format = errorFormatter({ hideSchemaDetails: true });
    const batch = coded('Operation batching disabled.', 'BAD_REQUEST');
    const answered = (req: object) => new Promise((resolve) => withCorrelationId('request-1', () => resolve(format(batch.toJSON(), batch)), req as never));
    return answered({ headers: { 'accept-language': 'fr-FR,fr;q=0.9' }, url: '/graphql' }).then((formatted) => {
      expect(formatted).toEqual({ message: 'Les opérations groupées (batching) ne sont pas acceptées\u202f: envoyez une opération par requête.', extensions: { code: 'BAD_REQUEST' } });
      const outside = coded('Operation batching disabled.', 'BAD_REQUEST');
      expect(format(outside.toJSON(), outside).message).toBe('Operation batching disabled.');
    });
  });
});

describe('translate: French as the catalogue prints it', () => {
  it('a phrase written with plain spaces reads with a narrow no-break space before its colon, in the message and each field', () => {
    const phrase = { en: 'Too many attempts: wait a minute', fr: 'Trop de tentatives : attendez une minute' };
    const refused = new GraphQLError(phrase.en, {
      extensions: { code: 'RATE_LIMITED', phrase, fields: [{ field: 'input.email', code: 'TAKEN', message: 'is taken', phrase: { en: 'is taken', fr: 'est déjà pris ; choisissez-en un autre' } }] },
    });
    translate(refused, 'fr');
    expect(refused.message).toBe('Trop de tentatives\u202f: attendez une minute');
    expect((refused.extensions.fields as Array<{ message: string }>)[0].message).toBe('est déjà pris\u202f; choisissez-en un autre');
    const english = new GraphQLError(phrase.en, { extensions: { code: 'RATE_LIMITED', phrase } });
    translate(english, 'en');
    expect(english.message).toBe('Too many attempts: wait a minute');
  });
});

/**
 * Input fields no person types or picks in a form: identifiers the app sends itself, the command's
 * idempotency key and the version it was read at, a file's checksum. An error on one of them reads
 * « une valeur » / “a value”; every other input field of the schema has its label.
 */
const TECHNICAL_FIELDS = new Set(['accountId', 'commandId', 'disputeId', 'expectedVersion', 'fileId', 'id', 'ids', 'offerId', 'sessionId', 'settlementId', 'sha256']);

describe('every input field a person fills in is named by its label in French and English', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8'));
  const fields = new Map<string, string[]>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLInputObjectType)) continue;
    for (const name of Object.keys(type.getFields())) fields.set(name, [...(fields.get(name) ?? []), type.name]);
  }

  it('the schema’s input fields, the technical ones aside, each have a label in both languages', () => {
    const unlabelled = [...fields].filter(([name]) => !TECHNICAL_FIELDS.has(name)).filter(([name]) => fieldInWords(`input.${name}`, 'fr') === 'une valeur' || fieldInWords(`input.${name}`, 'en') === 'a value');
    expect(unlabelled.map(([name, types]) => `${name} (${types.join(', ')})`)).toEqual([]);
  });

  it('the technical fields are still input fields of the schema, and read as « une valeur » / “a value”', () => {
    for (const name of TECHNICAL_FIELDS) {
      expect(fields.has(name)).toBe(true);
      expect([fieldInWords(`input.${name}`, 'fr'), fieldInWords(`input.${name}`, 'en')]).toEqual(['une valeur', 'a value']);
    }
  });

  it('a form with several faults names each of its fields, never « une valeur » twice', () => {
    expect(['input.purchase.deliveredOn', 'input.problem.description', 'input.product.name', 'input.body'].map((path) => fieldInWords(path, 'fr'))).toEqual(['« Date de livraison »', '« Description »', '« Nom »', '« Texte »']);
    expect(fieldInWords('input.purchase.deliveredOn', 'en')).toBe('“Delivery date”');
  });

  it('a name two forms use for different things is labelled where it sits: the purchase’s channel is how she bought, not how a notice was sent', () => {
    expect([fieldInWords('input.purchase.channel', 'fr'), fieldInWords('input.purchase.channel', 'en')]).toEqual(['« Acheté »', '“Bought”']);
    expect([fieldInWords('input.channel', 'fr'), fieldInWords('input.channel', 'en')]).toEqual(['« Comment »', '“How”']);
  });
});

/**
 * Every fact the rights engine names, as it names it (its refusals, and the other date a refusal
 * compares with, read `field.<name>`): all of them, typed so that a new fact must be listed here.
 */
const ENGINE_FACTS = {
  ...{ jurisdiction: true, goodsCondition: true, purchasedOn: true, deliveredOn: true, price: true, defectNoticedOn: true, commercialWarrantyMonths: true, producerDurabilityMonths: true },
  ...{ repairs: true, replacements: true, writtenComplaintOn: true, mediationReferral: true, mediationRequestedOn: true, remedyRefused: true, remedyImpossible: true },
  ...{ costsOrMajorInconvenience: true, defectReappeared: true, seriousDefect: true, minorDefect: true, claimAmount: true, courtCountry: true, crossBorder: true },
  ...{ consumerCountry: true, merchantCountry: true, sellerTargetedConsumerCountry: true, saleChannel: true, supply: true, digitalElementSupplyMonths: true },
  ...{ defectInDigitalElement: true, invoiceLost: true, requestedOn: true, completedOn: true, handedOverOn: true, underCommercialWarranty: true, insteadOfRequestedRepair: true },
  ...{ referredOn: true, extendedUntil: true, endedOn: true, asOf: true, consumerPostcode: true },
  ...{ agreedRemedy: true, remedy: true, agreedOn: true, dueOn: true, reportedCarriedOutOn: true, confirmationDueOn: true },
} satisfies Record<keyof RightsFacts | keyof RepairFact | keyof ReplacementFact | keyof MediationReferralFact | keyof AgreedRemedyFact | 'asOf', true>;

describe('every fact the rights engine names has its label in French and English', () => {
  it('none reads « une valeur » / “a value” (goodsCondition and mediationRequestedOn did)', () => {
    const unlabelled = Object.keys(ENGINE_FACTS).filter((name) => fieldInWords(name, 'fr') === 'une valeur' || fieldInWords(name, 'en') === 'a value');
    expect(unlabelled).toEqual([]);
    expect([fieldInWords('goodsCondition', 'fr'), fieldInWords('mediationRequestedOn', 'en')]).toEqual(['« État »', '“Mediation requested on”']);
  });
});
