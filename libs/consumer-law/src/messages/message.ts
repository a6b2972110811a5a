/** The languages every sentence of the engine exists in: recours's own (libs/locale). */
export type { Locale } from '@recours/locale';

/** Values a sentence is built from: dates as YYYY-MM-DD, amounts as decimal strings, counts as numbers. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * One sentence (or one legal citation) as a stable code and its parameters, so a client can
 * render its own words, together with the text rendered in the requested language.
 */
export interface RenderedMessage {
  code: string;
  params: MessageParams;
  text: string;
}
