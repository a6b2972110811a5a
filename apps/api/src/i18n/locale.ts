import { registerEnumType } from '@nestjs/graphql';
import type { Locale as Language } from '@recours/locale';

/**
 * recours's languages (libs/locale) as the GraphQL enum `Locale`, defined once for every field
 * that renders text (rights, timeline, emails...): `@Args(LOCALE_ARGUMENT)`.
 */
export const Locale = { fr: 'fr', en: 'en' } as const satisfies { [K in Language]: K };
export type Locale = Language;

/** For a client that names no language (issue 14: the locale argument, Accept-Language, then English). */
export const FIELD_FALLBACK_LOCALE: Locale = 'en';

registerEnumType(Locale, {
  name: 'Locale',
  description: 'The language text is rendered in: fr (French) or en (English).',
  valuesMap: { fr: { description: 'French' }, en: { description: 'English' } },
});

/** The `locale` argument of a field that renders text: `@Args(LOCALE_ARGUMENT) locale?: Locale | null`. */
export const LOCALE_ARGUMENT = {
  name: 'locale',
  type: () => Locale,
  nullable: true,
  description: 'The language of the text; defaults to the Accept-Language header, then English.',
} as const;
