import { CATALOGUES, type Locale } from '@recours/locale';

/** The event's title in the reader's language, as the web app heads it in the timeline (`event.<Type>`). */
export function eventTitle(type: string, locale: Locale): string | undefined {
  const key = `event.${type}`;
  const catalogue: Readonly<Record<string, string>> = CATALOGUES[locale];
  return Object.hasOwn(catalogue, key) ? catalogue[key] : undefined;
}
