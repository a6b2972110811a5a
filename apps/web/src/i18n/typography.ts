/**
 * French typography: a narrow no-break space (U+202F) before ; : ! ? and inside « », so that
 * "Étape : Demandée" never breaks before its colon. An ordinary or no-break space there
 * becomes the narrow one; "https://" and "14:30" (no space before) are left alone.
 */
export function frenchTypography(text: string): string {
  return text
    .replace(/[ \u00a0\u202f]+([;:!?])/g, '\u202f$1')
    .replace(/«[ \u00a0\u202f]*/g, '«\u202f')
    .replace(/[ \u00a0\u202f]*»/g, '\u202f»');
}
