import type { Locale } from '@recours/locale';
// The web app's catalogue, where each event's title is written once (`event.<Type>`, checked for
// every event by describe-event.spec): the timeline's heading there, and here the sentence of an
// event that has none of its own. Plain data, compiled with the API for this (package.json `build`).
import { en } from '../../../../../apps/web/src/i18n/messages/en';
import { fr } from '../../../../../apps/web/src/i18n/messages/fr';

const CATALOGUES: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { en, fr };

/** The event's title in the reader's language, as the web app heads it in the timeline. */
export function eventTitle(type: string, locale: Locale): string | undefined {
  const key = `event.${type}`;
  return Object.hasOwn(CATALOGUES[locale], key) ? CATALOGUES[locale][key] : undefined;
}
