/**
 * People's own words (a message, an offer's terms, a description) are shown as written, in a page
 * of the reader's language: marked with the language their author writes in when the API knows it
 * (HTML lang, for screen readers, spelling and hyphenation), left unmarked when it does not.
 */
export const writtenIn = (language: string | null | undefined): { lang?: string } => (language ? { lang: language } : {});
