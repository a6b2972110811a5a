import type { Locale } from './locale';

/** One sentence a person reads, in every language recours speaks. */
export type Phrase = Readonly<Record<Locale, string>>;

/** The phrase in the reader's language. */
export const say = (phrase: Phrase, locale: Locale): string => phrase[locale];
