import type { Locale } from './locale';
import { frenchTypography } from './typography';

/** One sentence a person reads, in every language recours speaks. */
export type Phrase = Readonly<Record<Locale, string>>;

/** The phrase in the reader's language; French as the catalogue prints it (a narrow no-break space before : ; ! ? and inside « »). */
export const say = (phrase: Phrase, locale: Locale): string => (locale === 'fr' ? frenchTypography(phrase.fr) : phrase[locale]);
