import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatters, type Formatters } from './format';
import { en, type MessageKey } from './messages/en';
import { fr } from './messages/fr';
import { fillMessage } from './translate';
import { frenchTypography } from './typography';

export type Locale = 'fr' | 'en';
const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, fr };
const STORAGE_KEY = 'recours.locale';

export interface I18n extends Formatters {
  locale: Locale;
  setLocale(locale: Locale): void;
  /** The message for a key, with {name} placeholders filled in, `{n, plural, one {…} other {…}}` counts agreed and French elided before names (translate.ts). */
  t(key: MessageKey, values?: Record<string, string | number>): string;
  /** For keys built from an enum value (e.g. `status.${status}`): the raw value when unknown. */
  label(prefix: string, value: string | null | undefined): string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'fr' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const catalog = CATALOGS[locale];
    const typeset = locale === 'fr' ? frenchTypography : (text: string) => text;
    const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
    return {
      locale,
      setLocale,
      ...formatters(tag),
      // The template is typeset, not what fills it: people's own words stay as they wrote them. Counts choose their plural (translate.ts).
      t: (key, values) => fillMessage(catalog[key] ?? key, values, tag),
      label: (prefix, raw) => {
        if (!raw) return '—';
        const key = `${prefix}.${raw}` as MessageKey;
        return catalog[key] ? typeset(catalog[key]) : raw;
      },
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
