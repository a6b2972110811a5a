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
