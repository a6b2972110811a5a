import type { ApolloServerPlugin } from '@apollo/server';
import type { Locale, Phrase } from '@recours/locale';
import type { GraphQLError } from 'graphql';
import { requestLocale } from '../i18n/request-locale';
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
        for (const error of errors) translate(error, locale);
      },
    };
  },
};

/** The language each error is answered in, for the messages the formatter writes itself (format-error.ts). */
const readerLocales = new WeakMap<object, Locale>();
export const readerLocaleOf = (error: unknown): Locale | undefined => (typeof error === 'object' && error !== null ? readerLocales.get(error) : undefined);

/** Writes an error made with a phrase in the reader's language (the socket's errors too). */
export function translate(error: GraphQLError, locale: Locale): void {
  readerLocales.set(error, locale);
  const phrase = error.extensions?.phrase as Phrase | undefined;
  if (phrase) error.message = phrase[locale];
  for (const field of (error.extensions?.fields as Phrased[] | undefined) ?? []) {
    if (field.phrase) field.message = field.phrase[locale];
    delete field.phrase;
  }
}
