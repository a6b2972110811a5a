import { localeFromAcceptLanguage } from './accept-language';

describe('localeFromAcceptLanguage', () => {
  it.each([
    [undefined, 'fr'],
    ['', 'fr'],
    ['en', 'en'],
    ['en-GB,en;q=0.9', 'en'],
    ['fr-FR,fr;q=0.9,en;q=0.8', 'fr'],
    ['de-DE,en;q=0.5,fr;q=0.4', 'en'],
    ['de-DE,es;q=0.5', 'fr'],
    ['en;q=0.2,fr;q=0.9', 'fr'],
    [['en', 'fr;q=0.1'], 'en'],
  ])('%j reads as %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header as string | undefined)).toBe(locale);
  });
});

describe('localeFromAcceptLanguage with another fallback', () => {
  it.each([
    [undefined, 'en'],
    ['de-DE', 'en'],
    ['fr-FR,de;q=0.5', 'fr'],
  ])('%j reads as %s when the fallback is English', (header, locale) => {
    expect(localeFromAcceptLanguage(header, 'en')).toBe(locale);
  });
});
