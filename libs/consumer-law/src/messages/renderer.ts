import { frenchTypography } from '@recours/locale';
import type { Cited } from '../assessment';
import { CITATION_SEPARATOR, CITATIONS, type Citation } from './citations';
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
      // The list as one line (`basis`), its separator typeset as the rest of French: a narrow no-break
      // space before « ; ». Whoever needs the citations one by one reads `citations`, never a split
      // `basis` (a citation may hold its own « ; »: L217-12's refusal, L612-2).
      return { basis: rendered.map((c) => c.text).join(CITATION_SEPARATOR[locale]), citations: rendered };
    },
  };
}
