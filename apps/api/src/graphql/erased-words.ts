import type { ApolloServerPlugin } from '@apollo/server';
import { ERASED } from '@recours/event-store';
import type { Locale, Phrase } from '@recours/locale';
import { requestLocale } from '../i18n/request-locale';
import type { RequestContext } from './request-context';

/** What a person's erased words read as (issue 17: her key destroyed). */
export const ERASED_WORDS: Phrase = { fr: 'effacé', en: 'erased' };

/**
 * The value with every text that is the store's ERASED marker written as ERASED_WORDS in the
 * reader's language: wherever erased words travel (a claim, a message, a reason, a read model's
 * copy), once, on the way out. A copy where something changed; the value itself otherwise
 * (results may be shared between subscribers).
 */
export function withErasedWords<T>(value: T, locale: Locale): T {
  if (value === ERASED) return ERASED_WORDS[locale] as T;
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    value.forEach((item, i) => {
      const written = withErasedWords(item, locale);
      if (written !== item) (copy ??= [...value])[i] = written;
    });
    return (copy ?? value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const [key, item] of Object.entries(value)) {
      const written = withErasedWords(item, locale);
      if (written !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = written;
    }
    return (copy ?? value) as T;
  }
  return value;
}

/** Every HTTP answer's data with erased words in the reader's language. */
export const localizeErasedWords: ApolloServerPlugin<RequestContext> = {
  async requestDidStart({ contextValue }) {
    const locale = requestLocale(contextValue);
    return {
      async willSendResponse({ response }) {
        if (response.body.kind === 'single' && response.body.singleResult.data) {
          response.body.singleResult.data = withErasedWords(response.body.singleResult.data, locale);
        }
      },
    };
  },
};
