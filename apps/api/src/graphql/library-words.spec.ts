import { buildSchema, getOperationAST, getVariableValues, parse, specifiedRules, validate, type GraphQLError } from 'graphql';
import { libraryWords } from './library-words';
import { withoutSchemaHints } from './operation-protections';

// The messages are the libraries' own: made here by graphql-js, not copied, so that a change of
// wording in an upgrade shows up as a message no longer recognised.
const schema = buildSchema(`
  enum Remedy { REPAIR REPLACEMENT REFUND }
  input MoneyInput { amount: String! currency: String! }
  input FeedbackInput { disputeId: ID! rating: Int! weight: Float comment: String public: Boolean remedy: Remedy price: MoneyInput tags: [String!] }
  type Dispute { id: ID! version: Int! }
  type Query { dispute(id: ID!): Dispute }
  type Mutation { giveFeedback(input: FeedbackInput!): Dispute }
`);

const DOCUMENT = parse(`mutation($input: FeedbackInput!) { giveFeedback(input: $input) { id } }`);
const VALID = { disputeId: 'd1', rating: 4 };

/** graphql-js's errors for these variables. */
function coercionErrors(input: unknown, document = DOCUMENT): readonly GraphQLError[] {
  const operation = getOperationAST(document)!;
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], input === undefined ? {} : { input }, { maxErrors: 50 });
  return result.errors ?? [];
}
const coercion = (input: unknown) => {
  const errors = coercionErrors(input);
  expect(errors).toHaveLength(1);
  return errors[0]!.message;
};
const validation = (source: string) => validate(schema, parse(source), specifiedRules).map((error) => error.message);
const syntax = (source: string): string => {
  try {
    parse(source, { maxTokens: 50 });
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parsed');
};

describe('library words: graphql-js’s and Apollo’s messages in French', () => {
  describe('a variable that does not coerce names the field in words (its label, never its path: the path is the field’s, for clients), with the domain’s field problem', () => {
    it.each([
      ['a decimal for an Int', { ...VALID, rating: 3.5 }, 'input.rating', 'NOT_A_WHOLE_NUMBER', {}, 'Saisie invalide\u202f: «\u202fVotre note\u202f» doit être un nombre entier (valeur reçue\u202f: 3.5)'],
      ['an Int beyond 32 bits', { ...VALID, rating: 2 ** 40 }, 'input.rating', 'NOT_IN_RANGE', { min: -2147483648, max: 2147483647 }, 'Saisie invalide\u202f: «\u202fVotre note\u202f» doit être un nombre entier de -2\u202f147\u202f483\u202f648 à 2\u202f147\u202f483\u202f647 (valeur reçue\u202f: 1099511627776)'],
      ['a string for a Float', { ...VALID, weight: 'heavy' }, 'input.weight', 'NOT_A_NUMBER', {}, 'Saisie invalide\u202f: une valeur doit être un nombre (valeur reçue\u202f: "heavy")'],
      ['a number for a String', { ...VALID, comment: 42 }, 'input.comment', 'NOT_A_STRING', {}, 'Saisie invalide\u202f: «\u202fCommentaire\u202f» doit être un texte (valeur reçue\u202f: 42)'],
      ['a string for a Boolean', { ...VALID, public: 'yes' }, 'input.public', 'NOT_A_BOOLEAN', {}, 'Saisie invalide\u202f: une valeur doit valoir vrai ou faux (valeur reçue\u202f: "yes")'],
      ['an object for an ID', { ...VALID, disputeId: { id: 1 } }, 'input.disputeId', 'NOT_AN_ID', {}, 'Saisie invalide\u202f: une valeur doit être un identifiant valide (valeur reçue\u202f: { id: 1 })'],
      ['a missing required field', { rating: 4 }, 'input.disputeId', 'REQUIRED', {}, 'Saisie invalide\u202f: une valeur est obligatoire (type «\u202fID!\u202f»)'],
      ['a null for a required field', { ...VALID, rating: null }, 'input.rating', 'REQUIRED', {}, 'Saisie invalide\u202f: «\u202fVotre note\u202f» est obligatoire (type «\u202fInt!\u202f»)'],
      ['a nested missing field', { ...VALID, price: { amount: '10.00' } }, 'input.price.currency', 'REQUIRED', {}, 'Saisie invalide\u202f: «\u202fDevise\u202f» est obligatoire (type «\u202fString!\u202f»)'],
      ['a number in a list', { ...VALID, tags: ['a', 7] }, 'input.tags[1]', 'NOT_A_STRING', {}, 'Saisie invalide\u202f: une valeur doit être un texte (valeur reçue\u202f: 7)'],
      ['a string for an input object', { ...VALID, price: '10 EUR' }, 'input.price', 'NOT_AN_OBJECT', {}, 'Saisie invalide\u202f: «\u202fPrix payé\u202f» doit être un objet (type «\u202fMoneyInput\u202f»)'],
      ['a whole variable missing', undefined, 'input', 'REQUIRED', {}, 'Saisie invalide\u202f: une valeur est obligatoire (type «\u202fFeedbackInput!\u202f»)'],
      ['a whole variable null', null, 'input', 'REQUIRED', {}, 'Saisie invalide\u202f: une valeur est obligatoire (type «\u202fFeedbackInput!\u202f»)'],
    ])('%s', (_, input, field, code, params, french) => {
      const message = coercion(input);
      const words = libraryWords(message);
      expect(words?.phrase).toEqual({ en: message, fr: french });
      expect(words?.field).toEqual({ path: field, problem: { code, params } });
    });

    it('an unknown field and a wrong enum value keep graphql’s hint, in French, which hidden schema details take away', () => {
      const unknown = coercion({ ...VALID, ratting: 4 });
      expect(unknown).toMatch(/Did you mean "rating"\?$/);
      const words = libraryWords(unknown)!;
      expect(words.phrase.fr).toBe('Saisie invalide\u202f: «\u202fratting\u202f» n’est pas un champ de ce formulaire. Vouliez-vous dire «\u202frating\u202f»\u202f?');
      expect(words.field).toEqual({ path: 'input.ratting', problem: { code: 'UNKNOWN_FIELD', params: {} } });
      expect(withoutSchemaHints(words.phrase.fr)).toBe('Saisie invalide\u202f: «\u202fratting\u202f» n’est pas un champ de ce formulaire.');
      expect(withoutSchemaHints(words.phrase.en)).not.toMatch(/rating"/);

      const remedy = libraryWords(coercion({ ...VALID, remedy: 'REFUNDS' }))!;
      expect(remedy.phrase.fr).toBe('Saisie invalide\u202f: «\u202fSolution\u202f» n’est pas l’une des valeurs que ce champ accepte (valeur reçue\u202f: "REFUNDS"). Vouliez-vous dire la valeur «\u202fREFUND\u202f»\u202f?');
      expect(remedy.field).toEqual({ path: 'input.remedy', problem: { code: 'NOT_A_KNOWN_VALUE', params: {} } });
      expect(withoutSchemaHints(remedy.phrase.fr)).not.toMatch(/REFUND»|Vouliez/);
      const number = libraryWords(coercion({ ...VALID, remedy: 3 }))!;
      expect(number.field?.problem.code).toBe('NOT_A_KNOWN_VALUE');
      expect(number.phrase.fr).toBe('Saisie invalide\u202f: «\u202fSolution\u202f» n’est pas l’une des valeurs que ce champ accepte (valeur reçue\u202f: 3)');
    });

    it('an unknown key that is no GraphQL name (accented, with a dash or a space), holding a nested object, is named in French too (crash probe: it stayed English and named no field)', () => {
      for (const key of ['imbriqué', 'first-name', 'a b']) {
        const message = coercion({ ...VALID, [key]: { niveau: { niveau: { niveau: 'fond' } } } });
        const words = libraryWords(message);
        expect(words?.field).toEqual({ path: `input.${key}`, problem: { code: 'UNKNOWN_FIELD', params: {} } });
        expect(words?.phrase.fr).toBe(`Saisie invalide\u202f: «\u202f${key}\u202f» n’est pas un champ de ce formulaire`);
      }
    });

    it('a value whose text looks like graphql’s own punctuation is still split where graphql split it', () => {
      const message = coercion({ ...VALID, rating: 'a; Int cannot represent non-integer value: 1' });
      expect(libraryWords(message)?.phrase.fr).toBe('Saisie invalide\u202f: «\u202fVotre note\u202f» doit être un nombre entier (valeur reçue\u202f: "a; Int cannot represent non-integer value: 1")');
    });

    it('several fields at fault are one error each, each naming its field', () => {
      const errors = coercionErrors({ rating: 2.5, comment: true });
      expect(errors.map((error) => libraryWords(error.message)?.field?.path)).toEqual(['input.disputeId', 'input.rating', 'input.comment']);
    });
  });

  describe('the document', () => {
    it.each([
      [`{ dispute(id: "1") { idd } }`, 'Impossible de demander le champ «\u202fidd\u202f» sur le type «\u202fDispute\u202f». Vouliez-vous dire «\u202fid\u202f»\u202f?'],
      [`{ dispute(id: "1", at: 3) { id } }`, 'Argument «\u202fat\u202f» inconnu sur le champ «\u202fQuery.dispute\u202f».'],
      [`{ dispute { id } }`, 'Le champ «\u202fdispute\u202f» exige l’argument «\u202fid\u202f», de type «\u202fID!\u202f», qui n’a pas été fourni.'],
      [`mutation { giveFeedback(input: { disputeId: "1", rating: 3.5 }) { id } }`, 'Int attend un nombre entier, pas 3.5'],
      [`mutation { giveFeedback(input: { disputeId: "1", rating: "five" }) { id } }`, 'Int attend un nombre entier, pas "five"'],
      [`mutation { giveFeedback(input: { disputeId: "1" }) { id } }`, 'Le champ «\u202fFeedbackInput.rating\u202f», de type obligatoire «\u202fInt!\u202f», n’a pas été fourni.'],
      [`mutation { giveFeedback(input: { disputeId: "1", rating: 1, mood: 2 }) { id } }`, 'Le champ «\u202fmood\u202f» n’est pas défini par le type «\u202fFeedbackInput\u202f».'],
      [`mutation { giveFeedback(input: { disputeId: "1", rating: 1, remedy: REFUNDS }) { id } }`, 'La valeur «\u202fREFUNDS\u202f» n’existe pas dans l’énumération «\u202fRemedy\u202f». Vouliez-vous dire la valeur «\u202fREFUND\u202f»\u202f?'],
      [`mutation { giveFeedback(input: { disputeId: "1", rating: 1, price: 3 }) { id } }`, 'Une valeur de type «\u202fMoneyInput\u202f» est attendue, pas 3.'],
      [`query($id: ID!) { dispute(id: "1") { id } }`, 'La variable «\u202f$id\u202f» n’est jamais utilisée.'],
      [`{ dispute(id: $id) { id } }`, 'La variable «\u202f$id\u202f» n’est pas définie.'],
      [`{ dispute(id: "1") }`, 'Le champ «\u202fdispute\u202f», de type «\u202fDispute\u202f», doit avoir une sélection de sous-champs. Vouliez-vous dire «\u202fdispute { ... }\u202f»\u202f?'],
      [`{ dispute(id: "1") { id { x } } }`, 'Le champ «\u202fid\u202f» ne peut pas avoir de sélection\u202f: le type «\u202fID!\u202f» n’a pas de sous-champs.'],
      [`query($id: Money) { dispute(id: "1") { id } }`, 'Type «\u202fMoney\u202f» inconnu.'],
      // API probe: these were answered in English to a French reader.
      [`{ dispute(id: "1") { ...A } } fragment A on Dispute { id ...B } fragment B on Dispute { id ...A }`, 'Le fragment «\u202fA\u202f» ne peut pas s’inclure lui-même, par «\u202fB\u202f».'],
      [`{ dispute(id: "1") { ...A } } fragment A on Dispute { id ...A }`, 'Le fragment «\u202fA\u202f» ne peut pas s’inclure lui-même.'],
      [`query @skip(if: true) { dispute(id: "1") { id } }`, 'La directive «\u202f@skip\u202f» ne peut pas s’employer sur QUERY.'],
      [`{ dispute(id: "1") @include(if: true) @include(if: false) { id } }`, 'La directive «\u202f@include\u202f» ne peut s’employer qu’une fois à cet endroit.'],
      [`{ dispute(id: "1") { ...F } } fragment F on Query { __typename }`, 'Le fragment «\u202fF\u202f» ne peut pas être inclus ici\u202f: un objet de type «\u202fDispute\u202f» n’est jamais de type «\u202fQuery\u202f».'],
      [`{ dispute(id: "1") { ... on Query { __typename } } }`, 'Ce fragment ne peut pas être inclus ici\u202f: un objet de type «\u202fDispute\u202f» n’est jamais de type «\u202fQuery\u202f».'],
      [`{ dispute(id: "1") { ... on ID { id } } }`, 'Ce fragment ne peut pas porter sur le type «\u202fID\u202f», qui n’a pas de champs.'],
      [`{ dispute(id: "1") { ...F } } fragment F on ID { id }`, 'Le fragment «\u202fF\u202f» ne peut pas porter sur le type «\u202fID\u202f», qui n’a pas de champs.'],
      [`type T { a: Int } { dispute(id: "1") { id } }`, 'La définition «\u202fT\u202f» ne peut pas s’exécuter.'],
      [`{ dispute(id: "1") { x: id x: version } }`, 'Les champs nommés «\u202fx\u202f» se contredisent\u202f: «\u202fid\u202f» et «\u202fversion\u202f» sont des champs différents. Donnez-leur des alias différents pour obtenir les deux.'],
      [`{ a: dispute(id: "1") { id } a: dispute(id: "2") { id } }`, 'Les champs nommés «\u202fa\u202f» se contredisent\u202f: leurs arguments diffèrent. Donnez-leur des alias différents pour obtenir les deux.'],
    ])('%s', (source, french) => {
      const [message] = validation(source);
      expect(libraryWords(message!)?.phrase).toEqual({ en: message, fr: french });
    });

    it.each([
      [`{ dispute(id: "1") { id }`, 'Syntax Error: Expected Name, found <EOF>.', 'Erreur de syntaxe\u202f: Name attendu, <EOF> trouvé.'],
      [`{ dispute(id: '1') { id } }`, 'Syntax Error: Unexpected single quote character (\'), did you mean to use a double quote (")?', 'Erreur de syntaxe\u202f: Apostrophe (\') inattendue\u202f: les chaînes s’écrivent entre guillemets droits (").'],
      [`{ dispute(id: "1) { id } }`, 'Syntax Error: Unterminated string.', 'Erreur de syntaxe\u202f: Chaîne non terminée.'],
      [`{ ${'a '.repeat(60)} }`, 'Syntax Error: Document contains more that 50 tokens. Parsing aborted.', 'Erreur de syntaxe\u202f: Le document dépasse 50 jetons\u202f: son analyse est abandonnée.'],
      [`}`, 'Syntax Error: Unexpected "}".', 'Erreur de syntaxe\u202f: "}" inattendu.'],
    ])('%s', (source, english, french) => {
      const message = syntax(source);
      expect(message).toBe(english);
      expect(libraryWords(message)?.phrase.fr).toBe(french);
    });
  });

  it.each([
    ['Operation batching disabled.', 'Les opérations groupées (batching) ne sont pas acceptées\u202f: envoyez une opération par requête.'],
    [
      "This operation has been blocked as a potential Cross-Site Request Forgery (CSRF). Please either specify a 'content-type' header (with a type that is not one of application/x-www-form-urlencoded, multipart/form-data, text/plain) or provide a non-empty value for one of the following headers: x-apollo-operation-name, apollo-require-preflight\n",
      'Opération bloquée comme possible falsification de requête intersite (CSRF)\u202f: envoyez un en-tête content-type (d’un type autre que application/x-www-form-urlencoded, multipart/form-data, text/plain) ou une valeur non vide dans l’un de ces en-têtes\u202f: x-apollo-operation-name, apollo-require-preflight',
    ],
    ['GET requests only support query operations, not mutation operations', 'Une requête GET ne peut porter qu’une opération query, pas une opération mutation\u202f: envoyez-la en POST'],
    ['GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension.', 'Une opération GraphQL doit avoir un `query` non vide ou une extension `persistedQuery`.'],
    ['POST body missing, invalid Content-Type, or JSON object has no keys.', 'Le corps de la requête POST est absent, son Content-Type n’est pas accepté, ou son objet JSON n’a aucune clé.'],
    ['provided sha does not match query', 'Le sha256Hash de l’extension persistedQuery n’est pas l’empreinte de ce `query`.'],
    ['Unsupported persisted query version', 'Cette version de persistedQuery n’est pas prise en charge\u202f: seule la version 1 l’est.'],
    ['PersistedQueryNotFound', 'Requête persistée inconnue\u202f: envoyez-la de nouveau avec son `query`.'],
    ['PersistedQueryNotSupported', 'Les requêtes persistées ne sont pas prises en charge\u202f: envoyez le `query`.'],
    [
      "An 'accept' header was provided for this request which does not accept application/json; charset=utf-8 or application/graphql-response+json; charset=utf-8",
      'L’en-tête accept de cette requête n’accepte ni application/json; charset=utf-8 ni application/graphql-response+json; charset=utf-8',
    ],
  ])('Apollo’s refusal: %s', (english, french) => {
    expect(libraryWords(english)?.phrase).toEqual({ en: english, fr: french });
  });

  it('graphql-js’s limit of variable errors', () => {
    const operation = getOperationAST(DOCUMENT)!;
    const limited = getVariableValues(schema, operation.variableDefinitions ?? [], { input: { rating: 'x', comment: 1, public: 'y' } }, { maxErrors: 1 }).errors!;
    const message = limited.at(-1)!.message;
    expect(message).toBe('Too many errors processing variables, error limit reached. Execution aborted.');
    expect(libraryWords(message)?.phrase.fr).toBe('Trop d’erreurs dans les variables\u202f: seules les premières sont indiquées, et rien n’a été exécuté.');
  });

  it('leaves any other message as it is (never half translated): no words for it', () => {
    for (const message of [
      'Something else went wrong',
      'Syntax Error: Some future description.',
      'Variable "$input" got invalid value 3; A scalar of our own refused it.',
      'Field "x" is not defined by type "T". Did you mean something odd?',
      'PersistedQueryExpired',
      'Fields "a" conflict because subfields "x" conflict because "id" and "version" are different fields. Use different aliases on the fields to fetch both if this was intentional.',
    ]) {
      expect(libraryWords(message)).toBeNull();
    }
  });
});
