import type { ApolloServerPlugin } from '@apollo/server';
import { phraseOfProblem } from '@recours/disputes';
import { frenchTypography, type Locale, type Phrase } from '@recours/locale';
import { currentRequest } from '@recours/observability';
import type { GraphQLError } from 'graphql';
import { requestLocale } from '../i18n/request-locale';
import { libraryWords } from './library-words';
import type { RequestContext } from './request-context';

interface Phrased {
  message: string;
  phrase?: Phrase;
}

/**
 * Errors made with a phrase (errors.ts) are answered in the reader's language, resolved as for
 * every text (requestLocale: the web app sends the language its reader chose; English for a
 * client that names none). Done once here, before the errors are formatted, so that no resolver
 * needs the locale.
 */
export const localizeErrors: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    const locale = requestLocale(contextValue);
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          labelVariableErrorLimit(error);
          labelPersistedQueryRefusal(error);
          translate(error, locale);
        }
      },
    };
  },
};

/**
 * graphql-js stops coercing the variables after 50 errors with one more error, which names no
 * variable: Apollo left it without a code, an internal error (500) for what is the client's input
 * (API probe: 5,000 repairs missing a field). Labelled as its 50 siblings are, as the socket
 * labels it (live-socket.ts).
 */
const VARIABLE_ERROR_LIMIT = /^Too many errors processing variables, error limit reached\. Execution aborted\.$/;
function labelVariableErrorLimit(error: GraphQLError): void {
  if (error.extensions?.code === undefined && VARIABLE_ERROR_LIMIT.test(error.message)) Object.assign(error.extensions, { code: 'BAD_USER_INPUT', http: { status: 400 } });
}

/**
 * Two refusals of an automatic persisted query Apollo writes without a code (a sha256Hash that is
 * not the query's, a version other than 1): an internal error, logged as a fault, for what is the
 * client's request (API probe). Labelled BAD_REQUEST, as Apollo's other refusals of a request are.
 */
const PERSISTED_QUERY_REFUSAL = /^(provided sha does not match query|Unsupported persisted query version)$/;
function labelPersistedQueryRefusal(error: GraphQLError): void {
  if (error.extensions?.code === undefined && PERSISTED_QUERY_REFUSAL.test(error.message)) Object.assign(error.extensions, { code: 'BAD_REQUEST' });
}

/** The language each error is answered in, for the messages the formatter writes itself (format-error.ts). */
const readerLocales = new WeakMap<object, Locale>();
export const readerLocaleOf = (error: unknown): Locale | undefined => (typeof error === 'object' && error !== null ? readerLocales.get(error) : undefined);

/**
 * Writes an error in the reader's language (the socket's errors too): one made with a phrase, or
 * one whose words are graphql-js's or Apollo's own (library-words.ts; any other is left as it
 * is). A variable's field at fault is named in `extensions.fields`, as the validation pipe names
 * one: { field, code, params, message }.
 */
export function translate(error: GraphQLError, locale: Locale): void {
  readerLocales.set(error, locale);
  const phrase = error.extensions?.phrase as Phrase | undefined;
  if (phrase) error.message = typeset(phrase[locale], locale);
  else fromLibrary(error, locale);
  for (const field of (error.extensions?.fields as Phrased[] | undefined) ?? []) {
    if (field.phrase) field.message = typeset(field.phrase[locale], locale);
    delete field.phrase;
  }
}

/**
 * French as the catalogue prints it (a narrow no-break space before : ; ! ? and inside « »): the
 * phrases are written with plain spaces all over the API, and the web app shows the server's
 * sentence as it comes. Idempotent, so a sentence typeset already stays as it is.
 */
const typeset = (text: string, locale: Locale): string => (locale === 'fr' ? frenchTypography(text) : text);

/**
 * The codes of the refusals the libraries word (variables, the document, the request): an error
 * without one (a fault while executing, such as a value its type cannot serialize) is logged as
 * graphql wrote it, and answered as an internal error anyway.
 */
const WORDED_BY_LIBRARIES = new Set(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED']);

function fromLibrary(error: GraphQLError, locale: Locale): void {
  const extensions = error.extensions as Record<string, unknown> | undefined;
  if (!WORDED_BY_LIBRARIES.has(extensions?.code as string)) return;
  const words = libraryWords(error.message);
  if (!words) return;
  error.message = words.phrase[locale];
  if (!words.field || !extensions || extensions.code !== 'BAD_USER_INPUT' || extensions.fields) return;
  const { path, problem } = words.field;
  extensions.fields = [{ field: path, code: problem.code, params: problem.params, message: phraseOfProblem(problem)[locale] }];
}

/** The language of the HTTP request being answered, if any. */
export const currentReaderLocale = (): Locale | undefined => {
  // For the errors Apollo answers before any plugin hears them (a request refused as a possible
  // CSRF, a batch, a body that is not an operation): the formatter has no request but this one.
  const req = currentRequest();
  return req ? requestLocale({ req }) : undefined;
};
