import type { Cited } from '../assessment';
import { CITATIONS, type Citation } from './citations';
import { formatFor } from './format';
import type { Locale, MessageParams, RenderedMessage } from './message';
import { SENTENCES, type SentenceCode } from './sentences';

/** Builds the engine's sentences and citations in one language, each with its code and parameters. */
export interface Renderer {
  locale: Locale;
  say(code: SentenceCode, params?: MessageParams): RenderedMessage;
  cite(citations: readonly Citation[]): Cited;
}

export function rendererFor(locale: Locale): Renderer {
  const format = formatFor(locale);
  return {
    locale,
    say: (code, params = {}) => ({ code, params, text: SENTENCES[code][locale](params as never, format) }),
    cite: (citations) => {
      const unique = [...new Set(citations)];
      const rendered = unique.map((code) => ({ code, params: {}, text: CITATIONS[code][locale] }));
      // French sets a space before « ; » as before « : ».
      return { basis: rendered.map((c) => c.text).join(locale === 'fr' ? ' ; ' : '; '), citations: rendered };
    },
  };
}
