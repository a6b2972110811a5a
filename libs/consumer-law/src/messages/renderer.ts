import { frenchTypography } from '@recours/locale';
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
  // French as the catalogue prints it: a narrow no-break space before : ; ! ? and inside « », so
  // that « ouverte : demande » never breaks before its colon wherever the sentence is shown.
  const typeset = locale === 'fr' ? frenchTypography : (text: string) => text;
  return {
    locale,
    say: (code, params = {}) => ({ code, params, text: typeset(SENTENCES[code][locale](params as never, format)) }),
    cite: (citations) => {
      const unique = [...new Set(citations)];
      const rendered = unique.map((code) => ({ code, params: {}, text: typeset(CITATIONS[code][locale]) }));
      // French sets a space before « ; » as before « : ». The separator's space stays an ordinary one:
      // the formal notice splits a basis on / ?; / to cite each article once (formal-notice.letter.ts).
      return { basis: rendered.map((c) => c.text).join(locale === 'fr' ? ' ; ' : '; '), citations: rendered };
    },
  };
}
