import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale';

/**
 * The reader's language from an Accept-Language header (RFC 9110 weights); `fallback` (French
 * unless said otherwise) without one or when it names none of ours.
 */
export function localeFromAcceptLanguage(header: string | string[] | undefined, fallback: Locale = DEFAULT_LOCALE): Locale {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return fallback;
  return (new Negotiator({ headers: { 'accept-language': value } }).language([...LOCALES]) as Locale | undefined) ?? fallback;
}
