import { phraseOfProblem, type FieldProblem as DomainFieldProblem, type ProblemParams } from '@recours/disputes';
import type { Phrase } from '@recours/locale';
import { GraphQLError } from 'graphql';
import { invalidInputPhrase } from './field-words';

/** The error codes clients can rely on (extensions.code). */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'GONE'
  | 'CONFLICT'
  | 'DOMAIN_RULE'
  | 'UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'TWO_FACTOR_REQUIRED'
  | 'PAYLOAD_TOO_LARGE'
  | 'HEADERS_TOO_LARGE'
  | 'REQUEST_TIMEOUT'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'EXPECTATION_FAILED'
  | 'BAD_REQUEST'
  | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  /** Path in the operation's input, as the client sent it, e.g. 'input.purchase.price.amount'. */
  field: string;
  /** What is wrong, stable for clients (a field problem of libs/disputes, or the API's own, e.g. WEAK_PASSWORD). */
  code: string;
  /** What the sentence is made of, for a client that writes its own. */
  params?: ProblemParams;
  /** A phrase is answered in the reader's language (see localize-errors.ts), without the path; a string as it is. */
  message: string | Phrase;
}

/** A field problem of the domain's catalogue, at a path of the input. */
export const problemAt = (field: string, problem: DomainFieldProblem): FieldProblem => ({ field, code: problem.code, params: problem.params, message: phraseOfProblem(problem) });

const inEnglish = (message: string | Phrase) => (typeof message === 'string' ? message : message.en);
const inFrench = (message: string | Phrase) => (typeof message === 'string' ? message : message.fr);

/**
 * BAD_USER_INPUT: a summary for a person naming each field in words in her language (its label,
 * never its path: field-words.ts), and for each field at fault `extensions.fields[]`:
 * { field, code, params, message } (field: the path as the client sent it; message: the problem
 * without the path, in the reader's language). `form` names the form the input is (formOfType),
 * for a field it labels with words of its own (LABELLED_IN_FORM).
 */
export const badUserInput = (problems: FieldProblem[], form?: string) => {
  const phrase = invalidInputPhrase(
    problems.map((p) => ({ field: p.field, code: p.code, problem: { en: inEnglish(p.message), fr: inFrench(p.message) } })),
    form,
  );
  return new GraphQLError(phrase.en, {
    extensions: {
      code: 'BAD_USER_INPUT',
      phrase,
      fields: problems.map((p) => ({ field: p.field, code: p.code, params: p.params ?? {}, message: inEnglish(p.message), ...(typeof p.message === 'string' ? {} : { phrase: p.message }) })),
    },
  });
};

const SIGN_IN: Phrase = { en: 'Sign in to do this', fr: 'Connectez-vous pour faire cela' };
const NOT_ALLOWED: Phrase = { en: 'You may not do this', fr: 'Vous n’avez pas l’autorisation de faire cela' };

export const unauthenticated = (phrase: Phrase = SIGN_IN) => new GraphQLError(phrase.en, { extensions: { code: 'UNAUTHENTICATED', phrase } });

export const forbidden = (phrase: Phrase = NOT_ALLOWED) => new GraphQLError(phrase.en, { extensions: { code: 'FORBIDDEN', phrase } });

/** Also what a denied read answers, so that nobody learns what exists. */
export const notFound = (what: Phrase) => new GraphQLError(`${what.en} not found`, { extensions: { code: 'NOT_FOUND', phrase: { en: `${what.en} not found`, fr: `${what.fr} introuvable` } } });

/** What existed and was erased for good (a file whose data subject's key is destroyed): 410 over HTTP. */
export const gone = (phrase: Phrase) => new GraphQLError(phrase.en, { extensions: { code: 'GONE', phrase } });

export const conflict = (phrase: Phrase, currentVersion: number | null) =>
  new GraphQLError(phrase.en, { extensions: { code: 'CONFLICT', currentVersion, phrase } });

/**
 * A rule of the domain refused the command: DOMAIN_RULE with the rule's code (`rule`) and what
 * its sentence is made of (`params`), the sentence in the reader's language. A rule refusing what
 * one field names (an offer that is not on the dispute) names it as bad input does, in
 * `extensions.fields` ({ field, code: the rule, params, message }).
 */
export const domainRule = (rule: string, phrase: Phrase, params: ProblemParams = {}, field?: string) =>
  new GraphQLError(phrase.en, {
    extensions: { code: 'DOMAIN_RULE', rule, params, phrase, ...(field && { fields: [{ field, code: rule, params, message: phrase.en, phrase }] }) },
  });

export const rateLimited = (phrase: Phrase, retryAfterSeconds: number) =>
  new GraphQLError(phrase.en, { extensions: { code: 'RATE_LIMITED', phrase, retryAfterSeconds, http: { status: 429 } } });

/** The database unreachable, in the reader's language: what `unavailable` says by default, and the formatter for a lost connection. */
export const UNAVAILABLE: Phrase = {
  en: 'recours cannot reach its database right now; try again shortly',
  fr: 'recours ne peut pas joindre sa base de données pour le moment ; réessayez dans un instant',
};

/** UNAVAILABLE (503 over HTTP): the database unreachable by default, or what `phrase` says is busy; with `retryAfterSeconds`, when to try again (Retry-After over HTTP). */
export const unavailable = (phrase: Phrase = UNAVAILABLE, retryAfterSeconds?: number) =>
  new GraphQLError(phrase.en, { extensions: { code: 'UNAVAILABLE', retryable: true, phrase, ...(retryAfterSeconds !== undefined && { retryAfterSeconds }) } });

/** A request body over BODY_LIMIT: refused before it is parsed. */
export const payloadTooLarge = (maxBytes: number) => {
  const kib = Math.floor(maxBytes / 1024);
  return new GraphQLError(`The request is larger than ${kib} KiB, the largest accepted`, {
    extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes, phrase: { en: `The request is larger than ${kib} KiB, the largest accepted`, fr: `La requête dépasse ${kib} Kio, la taille maximale acceptée` } },
  });
};

/** A body in a character set the parser does not read (`charset=latin2`): JSON is UTF-8. */
export const unsupportedCharset = () => {
  const phrase = { en: 'The request body’s character set is not one the server reads: send it in UTF-8', fr: 'Le jeu de caractères du corps de la requête n’est pas lu par le serveur : envoyez-le en UTF-8' };
  return new GraphQLError(phrase.en, { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', phrase } });
};

/** A body compressed in a way the parser does not read (Content-Encoding other than gzip, deflate, br). */
export const unsupportedCompression = () => {
  const phrase = { en: 'The request body’s compression (Content-Encoding) is not one the server reads: gzip, deflate or br', fr: 'La compression du corps de la requête (Content-Encoding) n’est pas lue par le serveur : gzip, deflate ou br' };
  return new GraphQLError(phrase.en, { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE', phrase } });
};

/** A compressed body that does not decompress (not gzip, cut short). */
export const undecompressableBody = () => {
  const phrase = { en: 'The request body does not decompress as its Content-Encoding says', fr: 'Le corps de la requête ne se décompresse pas comme son Content-Encoding l’annonce' };
  return new GraphQLError(phrase.en, { extensions: { code: 'BAD_REQUEST', phrase } });
};

/** A body longer or shorter than its Content-Length. */
export const bodyLengthMismatch = () => {
  const phrase = { en: 'The request body is not as long as its Content-Length says', fr: 'Le corps de la requête n’a pas la longueur que son Content-Length annonce' };
  return new GraphQLError(phrase.en, { extensions: { code: 'BAD_REQUEST', phrase } });
};

/** A request body that is not the JSON it says it is. */
export const notJson = () =>
  new GraphQLError('The request body is not valid JSON', { extensions: { code: 'BAD_REQUEST', phrase: { en: 'The request body is not valid JSON', fr: 'Le corps de la requête n’est pas un JSON valide' } } });

/*
 * Requests Node's HTTP parser refuses before the application reads them (unread-requests.ts):
 * nothing of them is known but the bytes read so far, so each says what is wrong with the
 * request as a whole.
 */

/** A request line or headers longer than Node's limit (maxHeaderSize): a 20 kB link, a pile of cookies. */
export const headersTooLarge = (maxBytes: number) => {
  const kib = Math.floor(maxBytes / 1024);
  const phrase = { en: `The request’s address and headers are longer than ${kib} KiB, the longest accepted`, fr: `L’adresse et les en-têtes de la requête dépassent ${kib} Kio, la longueur maximale acceptée` };
  return new GraphQLError(phrase.en, { extensions: { code: 'HEADERS_TOO_LARGE', maxBytes, phrase } });
};

/** Chunk extensions (what follows a chunk's size in a chunked body) longer than Node accepts. */
export const chunkExtensionsTooLarge = () => {
  const phrase = { en: 'The request’s body is cut into chunks whose extensions are longer than accepted', fr: 'Le corps de la requête est découpé en segments dont les extensions dépassent la longueur acceptée' };
  return new GraphQLError(phrase.en, { extensions: { code: 'PAYLOAD_TOO_LARGE', phrase } });
};

/** Where an unreadable request went wrong, as far as the parser tells. */
export type UnreadablePart = 'request-line' | 'headers' | 'request';

const UNREADABLE: Record<UnreadablePart, { en: string; fr: string }> = {
  'request-line': { en: 'The request’s first line (method, address, HTTP version) is malformed: the server cannot read it', fr: 'La première ligne de la requête (méthode, adresse, version HTTP) est mal formée : le serveur ne peut pas la lire' },
  headers: { en: 'A header of the request is malformed: the server cannot read it', fr: 'Un en-tête de la requête est mal formé : le serveur ne peut pas le lire' },
  request: { en: 'The request is malformed: the server cannot read it', fr: 'La requête est mal formée : le serveur ne peut pas la lire' },
};

/** A request that is not HTTP the parser can read (a method that is none, a space in a header's name, a broken chunk). */
export const unreadableRequest = (part: UnreadablePart) => new GraphQLError(UNREADABLE[part].en, { extensions: { code: 'BAD_REQUEST', phrase: UNREADABLE[part] } });

/** A request whose headers (headersTimeout) or whole (requestTimeout) did not arrive in time. */
export const requestTimedOut = () => {
  const phrase = { en: 'The request took too long to arrive; send it again', fr: 'La requête a mis trop de temps à arriver ; envoyez-la de nouveau' };
  return new GraphQLError(phrase.en, { extensions: { code: 'REQUEST_TIMEOUT', retryable: true, phrase } });
};

/** An upgrade (h2c, or WebSocket elsewhere than at /graphql) nobody takes: Node hands it over, it cannot go back to the routes. */
export const upgradeRefused = () => {
  const phrase = { en: 'This address does not switch protocols: send the request without an Upgrade header (WebSocket connections open at /graphql)', fr: 'Cette adresse ne change pas de protocole : envoyez la requête sans en-tête Upgrade (les connexions WebSocket s’ouvrent sur /graphql)' };
  return new GraphQLError(phrase.en, { extensions: { code: 'BAD_REQUEST', phrase } });
};

/** A WebSocket opening the server cannot take (no valid key, an unknown version, a malformed protocol list). */
export const malformedWebSocketOpening = () => {
  const phrase = { en: 'The request to open a WebSocket connection is malformed: the server cannot open it', fr: 'La demande d’ouverture d’une connexion WebSocket est mal formée : le serveur ne peut pas l’ouvrir' };
  return new GraphQLError(phrase.en, { extensions: { code: 'BAD_REQUEST', phrase } });
};

/** An HTTP/1.1 request without a Host header (RFC 9112 §3.2: refused with a 400). */
export const missingHost = () => {
  const phrase = { en: 'The request does not name the site it is for: its Host header is missing', fr: 'La requête ne nomme pas le site auquel elle s’adresse : son en-tête Host manque' };
  return new GraphQLError(phrase.en, { extensions: { code: 'BAD_REQUEST', phrase } });
};

/** An Expect header other than 100-continue, the only expectation HTTP defines. */
export const expectationFailed = () => {
  const phrase = { en: 'The request expects something the server does not do: send it without its Expect header', fr: 'La requête attend du serveur ce qu’il ne fait pas : envoyez-la sans son en-tête Expect' };
  return new GraphQLError(phrase.en, { extensions: { code: 'EXPECTATION_FAILED', phrase } });
};
