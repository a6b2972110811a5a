import type { Locale } from './locale';
import type { Phrase } from './phrase';

/**
 * What a personal field reads as once its subject's key is destroyed (issue 17): the value is
 * gone for good, its commitment stays in the event. Never shown as is: written as ERASED_WORDS
 * in the reader's language (withErasedWords), in answers, documents and e-mails alike.
 */
export const ERASED = '⟦erased⟧';

/** What a person's erased words read as (issue 17: her key destroyed). */
export const ERASED_WORDS: Phrase = { fr: 'effacé', en: 'erased' };

/** The name an erased account keeps (its tombstone's display name), written as ERASED_PERSON_WORDS. */
export const ERASED_PERSON = '⟦erased person⟧';
export const ERASED_PERSON_WORDS: Phrase = { fr: 'une personne dont les données ont été effacées', en: 'a person whose data was erased' };

/**
 * The value with every text that is, or quotes, the store's ERASED marker (or a tombstone's
 * ERASED_PERSON name) written as ERASED_WORDS (ERASED_PERSON_WORDS) in the reader's language:
 * wherever erased words travel (a claim, a message, a reason, a read model's copy), once, on the
 * way out. A copy where something changed; the value itself otherwise
 * (results may be shared between subscribers).
 */
export function withErasedWords<T>(value: T, locale: Locale): T {
  // Whole (a description) or quoted in a sentence (a timeline line, a notice, a tombstone's name in a list).
  if (typeof value === 'string') return (value.includes('⟦') ? value.replaceAll(ERASED, ERASED_WORDS[locale]).replaceAll(ERASED_PERSON, ERASED_PERSON_WORDS[locale]) : value) as T;
  // Plain loops: this walks every answer, and an [key, value] pair per field was garbage to collect.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const written = withErasedWords(item, locale);
      if (written !== item) (copy ??= [...value])[i] = written;
    }
    return (copy ?? value) as T;
  }
  if (typeof value === 'object' && value !== null) {
    let copy: Record<string, unknown> | undefined;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const written = withErasedWords(item, locale);
      if (written !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = written;
    }
    return (copy ?? value) as T;
  }
  return value;
}
