import { readFileSync } from 'node:fs';
import type { AgreedRemedyFact, MediationReferralFact, RepairFact, ReplacementFact, RightsFacts } from '@recours/consumer-law';
import { join } from 'node:path';
import { buildSchema, GraphQLError, GraphQLInputObjectType } from 'graphql';
import { fieldInWords } from './field-words';
import { errorFormatter } from './format-error';
import { withCorrelationId } from '@recours/observability';
import { COMMAND_DESCRIPTIONS, fieldProblem, invalidInput } from '@recours/disputes';
import { DisputeCommandRefused } from '@recours/dispute-commands';
import { CATALOGUES, LABELLED_IN_FORM } from '@recours/locale';
import { COMMAND_MUTATIONS } from '../disputes/graphql/command-inputs';
import { commandErrorToGraphQL } from '../disputes/dispute-command-errors.mapping';
import { InputValidationPipe } from './input-validation.pipe';
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

describe('a field its form labels with words of its own is named by them, in the form and in its refusals', () => {
  const pipe = new InputValidationPipe();
  const DISPUTE = '9a6f3c1e-2b4d-4e8f-9a1b-3c5d7e9f1a2b';
  /** What the API answers a person for `input` sent to `mutation`, in French and English. */
  const refusalOf = async (mutation: string, input: Record<string, unknown>) => {
    const error = await pipe.transform(input, { type: 'body', metatype: COMMAND_MUTATIONS.get(mutation)!.input as never, data: 'input' }).then(
      () => undefined,
      (thrown: unknown) => thrown as GraphQLError,
    );
    return sentencesOf(error!);
  };
  const sentencesOf = (error: GraphQLError) => {
    const said = (locale: 'fr' | 'en') => {
      const copy = new GraphQLError(error.message, { extensions: structuredClone(error.extensions) });
      translate(copy, locale);
      return copy.message;
    };
    return { fr: said('fr'), en: said('en') };
  };

  // Until 2026-12-07: « Saisie invalide : « Le » doit être une date… », “Invalid input: “On” must be…”.
  it('the remedy report’s day: « Date de réalisation » / “Date carried out”, never « Le » / “On”', async () => {
    const refused = await refusalOf('reportRemedyCarriedOut', { disputeId: DISPUTE, on: '2026-02-30', details: 'Réparé en atelier' });
    expect(refused.fr).toBe('Saisie invalide\u202f: «\u202fDate de réalisation\u202f» doit être une date qui existe, au format AAAA-MM-JJ');
    expect(refused.en).toBe('Invalid input: “Date carried out” must be an existing date as YYYY-MM-DD');
  });

  it('the remedy report’s day before the agreement, refused by the decider, is named the same way', () => {
    const error = commandErrorToGraphQL(new DisputeCommandRefused(invalidInput('on', fieldProblem('BEFORE_DATE', { other: 'agreedOn', date: '2026-03-10' }))), 'ReportRemedyCarriedOut') as GraphQLError;
    const refused = sentencesOf(error);
    expect(refused.fr).toMatch(/^Saisie invalide\u202f: «\u202fDate de réalisation\u202f» ne doit pas précéder l’accord/);
    expect(refused.en).toMatch(/^Invalid input: “Date carried out” must not be before the agreement/);
  });

  // Until 2026-12-07 the closing summary was the mediation request's « Résumé pour le médiateur ».
  it('the closing summary is named as the close form labels it, the mediation request’s summary as its own', async () => {
    const closing = await refusalOf('closeDispute', { disputeId: DISPUTE, outcome: 'RESOLVED', summary: 42 });
    expect(closing.fr).toBe('Saisie invalide\u202f: «\u202fRésumé\u202f» doit être un texte');
    expect(closing.en).toBe('Invalid input: “Summary” must be a string');
    const request = await refusalOf('requestMediation', { disputeId: DISPUTE, summary: 42 });
    expect(request.fr).toContain('«\u202fRésumé pour le médiateur\u202f» doit être un texte');
  });

  it('the other forms’ fields of the same names keep their labels: the chronology’s day is not the remedy report’s', () => {
    // The chronology's day has its own label (its entry's number), neither « Le » nor the remedy report's.
    expect(fieldInWords('input.problem.chronology.0.on', 'fr')).toBe('« Date de l’événement 1 »');
    expect(fieldInWords('input.on', 'fr', 'reportRemedyCarriedOut')).toBe('« Date de réalisation »');
    expect(fieldInWords('input.problem.chronology.0.on', 'fr', 'fileClaim')).not.toBe('« Date de réalisation »');
    expect(fieldInWords('input.summary', 'en', 'requestMediation')).toBe('“Summary for the mediator”');
  });

  it('each label a form gives its own exists in both catalogues, for a field its command has', () => {
    for (const [place, key] of Object.entries(LABELLED_IN_FORM)) {
      const [form, field] = place.split('.') as [string, string];
      expect([CATALOGUES.fr[key], CATALOGUES.en[key]].every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
      expect(Object.keys(COMMAND_DESCRIPTIONS).some((type) => COMMAND_DESCRIPTIONS[type as keyof typeof COMMAND_DESCRIPTIONS].mutation?.name === form)).toBe(true);
      expect(COMMAND_MUTATIONS.get(form)).toBeDefined();
      expect(field.length).toBeGreaterThan(0);
    }
  });
});

describe('a list’s or a search’s argument, and a field no form labels, read in French as they agree', () => {
  const said = (field: string, code: Parameters<typeof fieldProblem>[0], params: Parameters<typeof fieldProblem>[1] = {}) => {
    const error = badUserInput([problemAt(field, fieldProblem(code, params))]);
    const fr = new GraphQLError(error.message, { extensions: structuredClone(error.extensions) });
    translate(fr, 'fr');
    translate(error, 'en');
    return { fr: fr.message, en: error.message };
  };

  // Until 2026-12-07: « une valeur doit être supérieur à 0 », “a value must be greater than 0”.
  it('a search’s query and a list’s first are named by what they are', () => {
    expect(said('query', 'BLANK')).toEqual({ fr: 'Saisie invalide\u202f: «\u202fRecherche\u202f» ne doit pas être vide', en: 'Invalid input: “Search” must not be blank' });
    expect(said('search', 'TOO_LONG', { max: 100 })).toEqual({ fr: 'Saisie invalide\u202f: «\u202fRecherche\u202f» doit comporter au plus 100 caractères', en: 'Invalid input: “Search” must have at most 100 characters' });
    expect(said('first', 'NOT_POSITIVE')).toEqual({ fr: 'Saisie invalide\u202f: «\u202fNombre de résultats\u202f» doit valoir plus de 0', en: 'Invalid input: “Number of results” must be greater than 0' });
    expect(said('first', 'NOT_IN_RANGE', { min: 1, max: 200 }).fr).toBe('Saisie invalide\u202f: «\u202fNombre de résultats\u202f» doit être un nombre entier de 1 à 200');
  });

  // Until 2026-12-07 a chronology's date read « Le » (`field.on`), which says nothing of which entry.
  it('a chronology entry’s fields are named as the claim form labels them, with the entry’s number', () => {
    expect(said('input.problem.chronology[1].on', 'AFTER_TODAY', { today: '2025-03-03' }).fr).toMatch(/^Saisie invalide\u202f: «\u202fDate de l’événement 2\u202f» /);
    expect(said('input.problem.chronology[1].on', 'AFTER_TODAY', { today: '2025-03-03' }).en).toMatch(/^Invalid input: “Date of event 2” /);
    expect(said('input.problem.chronology.0.what', 'BLANK').en).toBe('Invalid input: “What happened (event 1)” must not be blank');
  });

  it('no problem said after « une valeur » has a word agreeing with a masculine noun', () => {
    // Letters, not \b (which knows ASCII letters only: « écrit » would never match).
    const MASCULINE = /(?<!\p{L})(supérieur|inférieur|antérieur|postérieur|positif|négatif|nul|écrit|enregistré|joint|omis|il)(?!\p{L})/u;
    const afterAValue = ['NEGATIVE', 'NOT_POSITIVE', 'NOT_UTF8', 'MALFORMED_TEXT', 'BEFORE_LAST_EVENT', 'NOT_STORABLE_YET', 'NOT_YOUR_UPLOAD', 'ALREADY_ATTACHED'] as const;
    const sentences = afterAValue.map((code) => said('input.sessionId', code, { lastEventAt: '2026-03-01T09:00:00.000Z' }).fr);
    expect(sentences.every((fr) => fr.startsWith('Saisie invalide\u202f: une valeur '))).toBe(true);
    // What is between brackets has a subject of its own (« ce fichier a été supprimé… »), and so
    // has « le dernier événement enregistré ».
    expect(sentences.filter((fr) => MASCULINE.test(fr.replace(/\(.*\)/, '').replace('le dernier événement enregistré', '')))).toEqual([]);
    expect(['doit être écrit en UTF-8', 'ne peut pas être enregistré', 'supérieur à 0'].every((words) => MASCULINE.test(words))).toBe(true);
    expect(said('input.fileId', 'NOT_YOUR_UPLOAD').fr).toBe('Saisie invalide\u202f: une valeur n’est pas un fichier que vous avez envoyé (ou ce fichier a été supprimé après 24 heures sans être joint)');
    expect(said('input.expectedVersion', 'NEGATIVE').fr).toBe('Saisie invalide\u202f: une valeur doit valoir 0 ou plus');
    expect(said('input.evidence.0.file.id', 'ALREADY_ATTACHED').fr).toBe('Saisie invalide\u202f: une valeur figure déjà dans un autre litige');
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
  ...{ agreedRemedy: true, remedy: true, agreedOn: true, dueOn: true, reportedCarriedOutOn: true, confirmationDueOn: true, fulfilledOn: true, deemed: true, notCarriedOutOn: true, amount: true },
} satisfies Record<keyof RightsFacts | keyof RepairFact | keyof ReplacementFact | keyof MediationReferralFact | keyof AgreedRemedyFact | 'asOf', true>;

describe('every fact the rights engine names has its label in French and English', () => {
  it('none reads « une valeur » / “a value” (goodsCondition and mediationRequestedOn did)', () => {
    const unlabelled = Object.keys(ENGINE_FACTS).filter((name) => fieldInWords(name, 'fr') === 'une valeur' || fieldInWords(name, 'en') === 'a value');
    expect(unlabelled).toEqual([]);
    expect([fieldInWords('goodsCondition', 'fr'), fieldInWords('mediationRequestedOn', 'en')]).toEqual(['« État »', '“Mediation requested on”']);
  });
});
