import type { Locale } from './locale';

/**
 * French typography: a narrow no-break space (U+202F) before ; : ! ? and inside « », so that a
 * sentence never breaks before its colon. An ordinary or no-break space there becomes the narrow
 * one; "https://" and "14:30" (no space before) are left alone. The web app has its twin.
 * Typesetting twice changes nothing (a narrow space there already stays the one).
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;:!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u202f')
    .replace(/[ \u00a0\u202f]*»/g, '\u202f»');
}

// Private-use characters: nobody types them, and typeset() removes them before anyone reads.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;
const MARKED = /(\uE000[^\uE000\uE001]*\uE001)/;

/**
 * Someone's own words (a reason, a message, a name) set into a sentence of ours: marked so that
 * typeset() leaves them exactly as written while it typesets the sentence around them.
 */
export const verbatim = (words: string): string => `${OPEN}${words.replace(MARKS, '')}${CLOSE}`;

/** The text without verbatim's marks, for what reads a name's own letters (elision) or its length. */
export const unmarked = (text: string): string => text.replace(MARKS, '');

/**
 * A sentence as its reader reads it, once, where a surface produces it (a notification, an
 * e-mail, a timeline line): in French, frenchTypography on our words but not on the words marked
 * verbatim (a person's « Pourquoi ? » stays as she wrote it); in any language, the marks removed.
 */
export function typeset(text: string, locale: Locale): string {
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return locale === 'fr' ? frenchTypography(text) : text;
  return text
    .split(MARKED)
    .map((part, i) => (i % 2 === 1 ? part.slice(1, -1) : locale === 'fr' ? frenchTypography(unmarked(part)) : unmarked(part)))
    .join('');
}
