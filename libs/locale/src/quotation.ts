import type { Locale } from './locale';

/** What ends a sentence: a quotation ending with one of these has ended the sentence quoting it. */
const SENTENCE_END = /[.!?…]$/;
/** Closing quotation marks and spaces (ordinary, no-break, narrow no-break) after the quoted words, and the end of words marked verbatim. */
const CLOSING = /[\s\u00a0\u202f»”"’\uE001]+$/;

/** Someone's words quoted as the reader's language quotes: « Refus définitif. », “Final refusal.” */
export function quote(text: string, locale: Locale): string {
  return locale === 'fr' ? `« ${text} »` : `“${text}”`;
}

/**
 * Ends a sentence whose last words are a quotation (or someone's words given as they are): a
 * full stop, unless the quoted words already end with their own . ! ? or …, looked for inside the
 * closing » ” of the quotation. So « Refus définitif. » is not followed by a second full stop, and
 * « Pourquoi ? » nor “Why?” either, while « Refus définitif » is: « Refus définitif ».
 */
export function endSentence(text: string): string {
  return SENTENCE_END.test(text.replace(CLOSING, '')) ? text : `${text}.`;
}

/** A sentence ending with a quotation, ended once: endSentence(quote(text, locale)). */
export function quoteEndingSentence(text: string, locale: Locale): string {
  return endSentence(quote(text, locale));
}
