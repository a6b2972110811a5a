import { fieldProblem, phraseOfProblem, type FieldProblem } from '@recours/disputes';
import { frenchTypography, type Phrase } from '@recours/locale';
import { invalidInputPhrase } from './field-words';

/**
 * The messages graphql-js and Apollo Server write themselves (a variable that does not coerce, a
 * document that does not validate or parse, a request Apollo refuses before it runs), in French
 * too. The English is the library's own message, word for word; the French says the same, names
 * and values included. A message not recognised here is answered as written, in English: nothing
 * is lost. The patterns are graphql 16's and Apollo Server 5's messages (library-words.spec.ts
 * holds one of each, made by the libraries themselves).
 */
export interface LibraryWords {
  phrase: Phrase;
  /** A variable's field at fault (BAD_USER_INPUT): its path as the client sent it, and what is wrong with it. */
  field?: { path: string; problem: FieldProblem };
}

export function libraryWords(message: string): LibraryWords | null {
  const fr = variableWords(message) ?? documentWords(message) ?? requestWords(message);
  if (!fr) return null;
  return typeof fr === 'string' ? { phrase: { en: message, fr: frenchTypography(fr) } } : { phrase: { en: message, fr: frenchTypography(fr.fr) }, field: fr.field };
}

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** A GraphQL name (a field, a type, an argument), quoted the French way. */
const q = (name: string) => `« ${name} »`;

/**
 * graphql's "Did you mean …?" (schema hints), in French: the same names, « Vouliez-vous dire … ? ».
 * Null when it says anything else, so that the whole message stays English rather than half translated.
 */
function hintInFrench(hint: string | undefined): string | null {
  if (hint === undefined) return '';
  const match = /^(the enum value |to use an inline fragment on )?((?:"[^"]*")(?:(?:, |,? or )"[^"]*")*)$/.exec(hint);
  if (!match) return null;
  const lead = match[1] === 'the enum value ' ? 'la valeur ' : match[1] ? 'utiliser un fragment en ligne sur ' : '';
  const names = match[2]!.replace(/,? or /g, ' ou ').replace(/"([^"]*)"/g, (_, name: string) => q(name));
  return ` Vouliez-vous dire ${lead}${names} ?`;
}

/** The end of a message that may carry a hint: ` Did you mean …?` captured without its words. */
const HINT = '(?: Did you mean (.+)\\?)?';

// ---------------------------------------------------------------------------------------------
// What is wrong with one value (a variable's, or a literal's in the document)

interface Reason {
  pattern: RegExp;
  /** The field problem a person reads, for a variable's field. */
  problem: FieldProblem;
  /** The value graphql says it received, as it printed it (before the reason too, for a variable). */
  received?: (m: RegExpExecArray) => string;
  /** What else graphql's message says (a type), after the field's words. */
  detail?: (m: RegExpExecArray) => string;
  /** Where graphql's hint is in the match. */
  hint?: number;
  /** A field named in the message, under the path (a field missing, or unknown). */
  subfield?: number;
  /** The sentence alone (a literal in the document). */
  alone: (m: RegExpExecArray) => string;
}

const at = (index: number) => (m: RegExpExecArray) => m[index]!;

const INT32 = { min: -2147483648, max: 2147483647 };

const REASONS: Reason[] = [
  { pattern: /^Int cannot represent non-integer value: ([\s\S]+)$/, problem: fieldProblem('NOT_A_WHOLE_NUMBER'), received: at(1), alone: (m) => `Int attend un nombre entier, pas ${m[1]}` },
  { pattern: /^Int cannot represent non 32-bit signed integer value: ([\s\S]+)$/, problem: fieldProblem('NOT_IN_RANGE', INT32), received: at(1), alone: (m) => `Int attend un entier signé sur 32 bits, pas ${m[1]}` },
  { pattern: /^Float cannot represent non numeric value: ([\s\S]+)$/, problem: fieldProblem('NOT_A_NUMBER'), received: at(1), alone: (m) => `Float attend un nombre, pas ${m[1]}` },
  { pattern: /^String cannot represent a non string value: ([\s\S]+)$/, problem: fieldProblem('NOT_A_STRING'), received: at(1), alone: (m) => `String attend un texte, pas ${m[1]}` },
  { pattern: /^Boolean cannot represent a non boolean value: ([\s\S]+)$/, problem: fieldProblem('NOT_A_BOOLEAN'), received: at(1), alone: (m) => `Boolean attend true ou false, pas ${m[1]}` },
  { pattern: /^ID cannot represent a non-string and non-integer value: ([\s\S]+)$/, problem: fieldProblem('NOT_AN_ID'), received: at(1), alone: (m) => `ID attend un texte ou un nombre entier, pas ${m[1]}` },
  { pattern: /^ID cannot represent value: ([\s\S]+)$/, problem: fieldProblem('NOT_AN_ID'), received: at(1), alone: (m) => `ID attend un texte ou un nombre entier, pas ${m[1]}` },
  {
    pattern: new RegExp(`^Value "([^"]*)" does not exist in "(\\w+)" enum\\.${HINT}$`),
    problem: fieldProblem('NOT_A_KNOWN_VALUE'),
    received: (m) => `"${m[1]}"`,
    hint: 3,
    alone: (m) => `La valeur ${q(m[1]!)} n’existe pas dans l’énumération ${q(m[2]!)}.`,
  },
  {
    pattern: new RegExp(`^Enum "(\\w+)" cannot represent non-(?:string|enum) value: ([\\s\\S]+?)\\.${HINT}$`),
    problem: fieldProblem('NOT_A_KNOWN_VALUE'),
    received: at(2),
    hint: 3,
    alone: (m) => `L’énumération ${q(m[1]!)} ne peut pas représenter la valeur ${m[2]}.`,
  },
  { pattern: /^Field "(\w+)" of required type "([^"]+)" was not provided\.$/, problem: fieldProblem('REQUIRED'), subfield: 1, detail: (m) => ` (type ${q(m[2]!)})`, alone: (m) => `Le champ ${q(m[1]!)}, de type obligatoire ${q(m[2]!)}, n’a pas été fourni.` },
  // A variable's key is any JSON key (« imbriqué », « first-name », « a b »): not only a GraphQL name.
  { pattern: new RegExp(`^Field "([\\s\\S]+?)" is not defined by type "(\\w+)"\\.${HINT}$`), problem: fieldProblem('UNKNOWN_FIELD'), subfield: 1, hint: 3, alone: (m) => `Le champ ${q(m[1]!)} n’est pas défini par le type ${q(m[2]!)}.` },
  { pattern: /^Expected type "(\w+)" to be an object\.$/, problem: fieldProblem('NOT_AN_OBJECT'), detail: (m) => ` (type ${q(m[1]!)})`, alone: (m) => `Le type ${q(m[1]!)} attend un objet.` },
  { pattern: /^Expected non-nullable type "([^"]+)" not to be null\.$/, problem: fieldProblem('REQUIRED'), detail: (m) => ` (type ${q(m[1]!)})`, alone: (m) => `Le type non nul ${q(m[1]!)} n’accepte pas null.` },
];

function reasonOf(text: string): { reason: Reason; match: RegExpExecArray } | null {
  for (const reason of REASONS) {
    const match = reason.pattern.exec(text);
    if (match) return { reason, match };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Variables (BAD_USER_INPUT): `Variable "$input" got invalid value 3.5 at "input.rating"; Int cannot …`

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const MISSING = new RegExp(`^Variable "\\$(${NAME})" of (?:required type "([^"]+)" was not provided|non-null type "([^"]+)" must not be null)\\.$`);

function variableWords(message: string): { fr: string; field: LibraryWords['field'] } | null {
  const missing = MISSING.exec(message);
  if (missing) return atField(missing[1]!, fieldProblem('REQUIRED'), ` (type ${q((missing[2] ?? missing[3])!)})`, '');
  const found = splitAt(message);
  if (!found) return null;
  const { reason, match } = found.known;
  const hint = hintInFrench(reason.hint ? match[reason.hint] : undefined);
  if (hint === null) return null;
  const path = (found.path ?? found.variable) + (reason.subfield ? `.${match[reason.subfield]}` : '');
  const detail = reason.received ? ` (valeur reçue : ${reason.received(match)})` : (reason.detail?.(match) ?? '');
  return atField(path, reason.problem, detail, hint);
}

/**
 * Where the value ends and graphql's reason begins: at a `; ` (after an optional ` at "path"`)
 * followed by a known reason, which repeats the value when it names one (a value may hold `; `).
 */
function splitAt(message: string): { variable: string; path?: string; known: NonNullable<ReturnType<typeof reasonOf>> } | null {
  const head = new RegExp(`^Variable "\\$(${NAME})" got invalid value `).exec(message);
  if (!head) return null;
  const variable = head[1]!;
  const rest = message.slice(head[0].length);
  const tail = new RegExp(`(?: at "(${variable}(?:\\.${NAME}|\\[\\d+\\])*)")?; `, 'g');
  for (let match = tail.exec(rest); match; match = tail.exec(rest)) {
    const reasonText = rest.slice(match.index + match[0].length);
    const known = reasonOf(reasonText);
    if (known && (!known.reason.received || known.reason.received(known.match) === rest.slice(0, match.index))) return { variable, path: match[1], known };
    tail.lastIndex = match.index + 1;
  }
  return null;
}

/** The field named in words, as the validation pipe names it (field-words.ts); its path stays in `extensions.fields`. */
function atField(path: string, problem: FieldProblem, detail: string, hint: string): { fr: string; field: LibraryWords['field'] } {
  const words = invalidInputPhrase([{ field: path, code: problem.code, problem: phraseOfProblem(problem) }]).fr;
  return { fr: `${words}${detail}${hint ? `.${hint}` : ''}`, field: { path, problem } };
}

// ---------------------------------------------------------------------------------------------
// The document (GRAPHQL_VALIDATION_FAILED, GRAPHQL_PARSE_FAILED, OPERATION_RESOLUTION_FAILURE)

type Words = (m: RegExpExecArray) => string;
const DOCUMENT: Array<[RegExp, Words, number?]> = [
  [new RegExp(`^Cannot query field "(\\w+)" on type "(\\w+)"\\.${HINT}$`), (m) => `Impossible de demander le champ ${q(m[1]!)} sur le type ${q(m[2]!)}.`, 3],
  [new RegExp(`^Unknown argument "(\\w+)" on field "([\\w.]+)"\\.${HINT}$`), (m) => `Argument ${q(m[1]!)} inconnu sur le champ ${q(m[2]!)}.`, 3],
  [new RegExp(`^Unknown argument "(\\w+)" on directive "(@\\w+)"\\.${HINT}$`), (m) => `Argument ${q(m[1]!)} inconnu sur la directive ${q(m[2]!)}.`, 3],
  [/^Field "([\w.]+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/, (m) => `Le champ ${q(m[1]!)} exige l’argument ${q(m[2]!)}, de type ${q(m[3]!)}, qui n’a pas été fourni.`],
  [/^Directive "(@\w+)" argument "(\w+)" of type "([^"]+)" is required, but it was not provided\.$/, (m) => `La directive ${q(m[1]!)} exige l’argument ${q(m[2]!)}, de type ${q(m[3]!)}, qui n’a pas été fourni.`],
  [/^Expected value of type "([^"]+)", found ([\s\S]+?)\.$/, (m) => `Une valeur de type ${q(m[1]!)} est attendue, pas ${m[2]}.`],
  [/^Field "([\w.]+)" of required type "([^"]+)" was not provided\.$/, (m) => `Le champ ${q(m[1]!)}, de type obligatoire ${q(m[2]!)}, n’a pas été fourni.`],
  [/^Field "(\w+)\.(\w+)" must be non-null\.$/, (m) => `Le champ ${q(`${m[1]}.${m[2]}`)} ne doit pas être nul.`],
  [new RegExp(`^Unknown type "(\\w+)"\\.${HINT}$`), (m) => `Type ${q(m[1]!)} inconnu.`, 2],
  [/^Variable "(\$\w+)" is not defined\.$/, (m) => `La variable ${q(m[1]!)} n’est pas définie.`],
  [/^Variable "(\$\w+)" is not defined by operation "(\w+)"\.$/, (m) => `La variable ${q(m[1]!)} n’est pas définie par l’opération ${q(m[2]!)}.`],
  [/^Variable "(\$\w+)" is never used\.$/, (m) => `La variable ${q(m[1]!)} n’est jamais utilisée.`],
  [/^Variable "(\$\w+)" is never used in operation "(\w+)"\.$/, (m) => `La variable ${q(m[1]!)} n’est jamais utilisée dans l’opération ${q(m[2]!)}.`],
  [/^Variable "(\$\w+)" of type "([^"]+)" used in position expecting type "([^"]+)"\.$/, (m) => `La variable ${q(m[1]!)}, de type ${q(m[2]!)}, est utilisée là où le type ${q(m[3]!)} est attendu.`],
  [/^Variable "(\$\w+)" cannot be non-input type "([^"]+)"\.$/, (m) => `La variable ${q(m[1]!)} ne peut pas être du type ${q(m[2]!)}, qui n’est pas un type d’entrée.`],
  [/^There can be only one variable named "(\$\w+)"\.$/, (m) => `Il ne peut y avoir qu’une variable nommée ${q(m[1]!)}.`],
  [/^There can be only one argument named "(\w+)"\.$/, (m) => `Il ne peut y avoir qu’un argument nommé ${q(m[1]!)}.`],
  [/^There can be only one input field named "(\w+)"\.$/, (m) => `Il ne peut y avoir qu’un champ nommé ${q(m[1]!)}.`],
  [/^There can be only one operation named "(\w+)"\.$/, (m) => `Il ne peut y avoir qu’une opération nommée ${q(m[1]!)}.`],
  [/^There can be only one fragment named "(\w+)"\.$/, (m) => `Il ne peut y avoir qu’un fragment nommé ${q(m[1]!)}.`],
  [/^This anonymous operation must be the only defined operation\.$/, () => 'Cette opération anonyme doit être la seule du document.'],
  [/^Field "(\w+)" must not have a selection since type "([^"]+)" has no subfields\.$/, (m) => `Le champ ${q(m[1]!)} ne peut pas avoir de sélection : le type ${q(m[2]!)} n’a pas de sous-champs.`],
  [new RegExp(`^Field "(\\w+)" of type "([^"]+)" must have a selection of subfields\\.${HINT}$`), (m) => `Le champ ${q(m[1]!)}, de type ${q(m[2]!)}, doit avoir une sélection de sous-champs.`, 3],
  [/^Unknown fragment "(\w+)"\.$/, (m) => `Fragment ${q(m[1]!)} inconnu.`],
  [/^Fragment "(\w+)" is never used\.$/, (m) => `Le fragment ${q(m[1]!)} n’est jamais utilisé.`],
  [new RegExp(`^Unknown directive "(@\\w+)"\\.$`), (m) => `Directive ${q(m[1]!)} inconnue.`],
  [/^Subscription "(\w+)" must select only one top level field\.$/, (m) => `L’abonnement ${q(m[1]!)} doit demander un seul champ racine.`],
  [/^Anonymous Subscription must select only one top level field\.$/, () => 'Un abonnement anonyme doit demander un seul champ racine.'],
  [/^GraphQL introspection has been disabled, but the requested query contained the field "(\w+)"\.$/, (m) => `L’introspection GraphQL est désactivée, mais la requête demande le champ ${q(m[1]!)}.`],
  [/^Unknown operation named "([^"]*)"\.$/, (m) => `Aucune opération nommée ${q(m[1]!)} dans le document.`],
  [/^Must provide operation name if query contains multiple operations\.$/, () => 'Nommez l’opération à exécuter (operationName) : le document en contient plusieurs.'],
  [/^Must provide an operation\.$/, () => 'Le document ne contient aucune opération.'],
  [/^Cannot spread fragment "(\w+)" within itself\.$/, (m) => `Le fragment ${q(m[1]!)} ne peut pas s’inclure lui-même.`],
  [/^Cannot spread fragment "(\w+)" within itself via ((?:"\w+")(?:, "\w+")*)\.$/, (m) => `Le fragment ${q(m[1]!)} ne peut pas s’inclure lui-même, par ${quotedNames(m[2]!)}.`],
  [/^Directive "(@\w+)" may not be used on (\w+)\.$/, (m) => `La directive ${q(m[1]!)} ne peut pas s’employer sur ${m[2]}.`],
  [/^The directive "(@\w+)" can only be used once at this location\.$/, (m) => `La directive ${q(m[1]!)} ne peut s’employer qu’une fois à cet endroit.`],
  [/^Fragment "(\w+)" cannot be spread here as objects of type "([^"]+)" can never be of type "([^"]+)"\.$/, (m) => `Le fragment ${q(m[1]!)} ne peut pas être inclus ici : un objet de type ${q(m[2]!)} n’est jamais de type ${q(m[3]!)}.`],
  [/^Fragment cannot be spread here as objects of type "([^"]+)" can never be of type "([^"]+)"\.$/, (m) => `Ce fragment ne peut pas être inclus ici : un objet de type ${q(m[1]!)} n’est jamais de type ${q(m[2]!)}.`],
  [/^Fragment "(\w+)" cannot condition on non composite type "([^"]+)"\.$/, (m) => `Le fragment ${q(m[1]!)} ne peut pas porter sur le type ${q(m[2]!)}, qui n’a pas de champs.`],
  [/^Fragment cannot condition on non composite type "([^"]+)"\.$/, (m) => `Ce fragment ne peut pas porter sur le type ${q(m[1]!)}, qui n’a pas de champs.`],
  [/^The "?(\w+)"? definition is not executable\.$/, (m) => `La définition ${q(m[1]!)} ne peut pas s’exécuter.`],
];

/** graphql's `"A", "B"` (a fragment cycle's path), quoted the French way. */
const quotedNames = (names: string): string => names.replace(/"(\w+)"/g, (_, name: string) => q(name));

/**
 * Two fields answered under one name (aliases) that differ, in French. Null for a reason other
 * than these (subfields that conflict in turn): the whole message then stays English.
 */
function conflictWords(message: string): string | null | undefined {
  const m = /^Fields "([^"]+)" conflict because ([\s\S]+)\. Use different aliases on the fields to fetch both if this was intentional\.$/.exec(message);
  if (!m) return undefined;
  const reason = m[2]!;
  const different = /^"([^"]+)" and "([^"]+)" are different fields$/.exec(reason);
  const types = /^they return conflicting types "([^"]+)" and "([^"]+)"$/.exec(reason);
  const why = different
    ? `${q(different[1]!)} et ${q(different[2]!)} sont des champs différents`
    : types
      ? `ils rendent des types incompatibles, ${q(types[1]!)} et ${q(types[2]!)}`
      : reason === 'they have differing arguments'
        ? 'leurs arguments diffèrent'
        : null;
  return why === null ? null : `Les champs nommés ${q(m[1]!)} se contredisent : ${why}. Donnez-leur des alias différents pour obtenir les deux.`;
}

const SYNTAX: Array<[RegExp, Words]> = [
  [/^Expected ([\s\S]+?), found ([\s\S]+)\.$/, (m) => `${m[1]} attendu, ${m[2]} trouvé.`],
  [/^Unexpected variable "(\$\w+)" in constant value\.$/, (m) => `Variable ${q(m[1]!)} inattendue dans une valeur constante.`],
  [/^Unexpected single quote character \('\), did you mean to use a double quote \("\)\?$/, () => 'Apostrophe (\') inattendue : les chaînes s’écrivent entre guillemets droits (").'],
  [/^Unexpected character: ([\s\S]+)\.$/, (m) => `Caractère inattendu : ${m[1]}.`],
  [/^Unexpected ([\s\S]+)\.$/, (m) => `${m[1]} inattendu.`],
  [/^Invalid character: ([\s\S]+)\.$/, (m) => `Caractère invalide : ${m[1]}.`],
  [/^Invalid character within String: ([\s\S]+)\.$/, (m) => `Caractère invalide dans une chaîne : ${m[1]}.`],
  [/^Invalid number, unexpected digit after 0: ([\s\S]+)\.$/, (m) => `Nombre invalide, chiffre inattendu après 0 : ${m[1]}.`],
  [/^Invalid number, expected digit but got: ([\s\S]+)\.$/, (m) => `Nombre invalide, un chiffre est attendu au lieu de ${m[1]}.`],
  [/^Invalid Unicode escape sequence: ([\s\S]+)\.$/, (m) => `Séquence d’échappement Unicode invalide : ${m[1]}.`],
  [/^Invalid character escape sequence: ([\s\S]+)\.$/, (m) => `Séquence d’échappement invalide : ${m[1]}.`],
  [/^Unterminated string\.$/, () => 'Chaîne non terminée.'],
  [/^Document contains more tha[nt] (\d+) tokens\. Parsing aborted\.$/, (m) => `Le document dépasse ${m[1]} jetons : son analyse est abandonnée.`],
];

function documentWords(message: string): string | null {
  const syntax = /^Syntax Error: ([\s\S]+)$/.exec(message);
  if (syntax) {
    for (const [pattern, words] of SYNTAX) {
      const m = pattern.exec(syntax[1]!);
      if (m) return `Erreur de syntaxe : ${words(m)}`;
    }
    return null;
  }
  // A literal refused by its type's own words (`Expected value of type "X", found Y; <reason>`), or those words alone.
  const literal = literalWords(message);
  if (literal !== undefined) return literal;
  const conflict = conflictWords(message);
  if (conflict !== undefined) return conflict;
  for (const [pattern, words, hintAt] of DOCUMENT) {
    const m = pattern.exec(message);
    if (!m) continue;
    const hint = hintInFrench(hintAt ? m[hintAt] : undefined);
    return hint === null ? null : words(m) + hint;
  }
  return null;
}

/** undefined when the message is not about a literal's value. */
function literalWords(message: string): string | null | undefined {
  const alone = (known: NonNullable<ReturnType<typeof reasonOf>>) => {
    const hint = hintInFrench(known.reason.hint ? known.match[known.reason.hint] : undefined);
    return hint === null ? null : known.reason.alone(known.match) + hint;
  };
  const itself = reasonOf(message);
  if (itself) return alone(itself);
  const head = /^Expected value of type "([^"]+)", found /.exec(message);
  if (!head) return undefined;
  const rest = message.slice(head[0].length);
  for (let at = rest.indexOf('; '); at >= 0; at = rest.indexOf('; ', at + 1)) {
    const known = reasonOf(rest.slice(at + 2));
    if (!known) continue;
    const words = alone(known);
    return words === null ? null : `Une valeur de type ${q(head[1]!)} est attendue, pas ${rest.slice(0, at)} : ${words}`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Requests Apollo Server refuses (BAD_REQUEST), some before any plugin hears them

const REQUEST: Array<[RegExp, Words]> = [
  [/^Operation batching disabled\.$/, () => 'Les opérations groupées (batching) ne sont pas acceptées : envoyez une opération par requête.'],
  [
    /^This operation has been blocked as a potential Cross-Site Request Forgery \(CSRF\)\. Please either specify a 'content-type' header \(with a type that is not one of ([^)]+)\) or provide a non-empty value for one of the following headers: ([^\n]+)\n?$/,
    (m) => `Opération bloquée comme possible falsification de requête intersite (CSRF) : envoyez un en-tête content-type (d’un type autre que ${m[1]}) ou une valeur non vide dans l’un de ces en-têtes : ${m[2]}`,
  ],
  [/^GET requests only support query operations, not (\w+) operations$/, (m) => `Une requête GET ne peut porter qu’une opération query, pas une opération ${m[1]} : envoyez-la en POST`],
  [/^GraphQL operations must contain a non-empty `query` or a `persistedQuery` extension\.$/, () => 'Une opération GraphQL doit avoir un `query` non vide ou une extension `persistedQuery`.'],
  [/^POST body missing, invalid Content-Type, or JSON object has no keys\.$/, () => 'Le corps de la requête POST est absent, son Content-Type n’est pas accepté, ou son objet JSON n’a aucune clé.'],
  [/^`(variables|extensions)` in a POST body should be provided as an object, not a recursively JSON-encoded string\.$/, (m) => `\`${m[1]}\` s’écrit dans le corps d’une requête POST comme un objet, pas comme une chaîne contenant du JSON.`],
  [/^`(variables|extensions)` in a POST body must be an object if provided\.$/, (m) => `\`${m[1]}\`, s’il est donné dans le corps d’une requête POST, doit être un objet.`],
  [/^`operationName` in a POST body must be a string if provided\.$/, () => '`operationName`, s’il est donné dans le corps d’une requête POST, doit être une chaîne.'],
  [/^GraphQL queries must be strings\.$/, () => 'Une opération GraphQL (`query`) doit être une chaîne.'],
  [/^No operations found in request\.$/, () => 'La requête ne contient aucune opération.'],
  [/^Too many errors processing variables, error limit reached\. Execution aborted\.$/, () => 'Trop d’erreurs dans les variables : seules les premières sont indiquées, et rien n’a été exécuté.'],
  [/^Apollo Server supports only GET\/POST requests\.$/, () => 'Seules les requêtes GET et POST sont acceptées.'],
  [/^GET requests may not have a content-type header other than application\/json\.$/, () => 'Une requête GET ne peut avoir d’autre en-tête content-type que application/json.'],
  [/^The '(\w+)' search parameter may only be specified once\.$/, (m) => `Le paramètre ${q(m[1]!)} ne peut figurer qu’une fois dans l’adresse.`],
  [/^The (\w+) search parameter contains invalid JSON\.$/, (m) => `Le paramètre ${q(m[1]!)} de l’adresse n’est pas un JSON valide.`],
  [/^The (\w+) search parameter should contain a JSON-encoded object\.$/, (m) => `Le paramètre ${q(m[1]!)} de l’adresse doit contenir un objet JSON.`],
  [/^An 'accept' header was provided for this request which does not accept (.+) or (.+)$/, (m) => `L’en-tête accept de cette requête n’accepte ni ${m[1]} ni ${m[2]}`],
  // Automatic persisted queries (extensions.persistedQuery).
  [/^provided sha does not match query$/, () => 'Le sha256Hash de l’extension persistedQuery n’est pas l’empreinte de ce `query`.'],
  [/^Unsupported persisted query version$/, () => 'Cette version de persistedQuery n’est pas prise en charge : seule la version 1 l’est.'],
  [/^PersistedQueryNotFound$/, () => 'Requête persistée inconnue : envoyez-la de nouveau avec son `query`.'],
  [/^PersistedQueryNotSupported$/, () => 'Les requêtes persistées ne sont pas prises en charge : envoyez le `query`.'],
];

function requestWords(message: string): string | null {
  for (const [pattern, words] of REQUEST) {
    const m = pattern.exec(message);
    if (m) return words(m);
  }
  return null;
}
