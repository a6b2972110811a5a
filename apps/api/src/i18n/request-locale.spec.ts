import { requestLocale } from './request-locale';

describe('the language a request asks for, for the fields that render text (issue 14: then English)', () => {
  const localeOfAcceptLanguage = (header: string | undefined): string => requestLocale({ req: { url: '/graphql', headers: header === undefined ? {} : { 'accept-language': header } } } as never);
  it.each([
    [undefined, 'en', 'no header: English'],
    ['fr', 'fr', 'French'],
    ['fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'fr', 'a French browser'],
    ['en-GB,en;q=0.9,fr;q=0.8', 'en', 'an English browser that also reads French'],
    ['de-DE,de;q=0.9', 'en', 'a language we do not have: English'],
    ['de;q=1, fr;q=0.5', 'fr', 'the best language we have'],
    ['*', 'en', 'anything: English'],
    ['fr;q=0', 'en', 'French refused'],
  ] as Array<[string | undefined, string, string]>)('Accept-Language %p → %s (%s)', (header, locale) => {
    expect(localeOfAcceptLanguage(header)).toBe(locale);
  });

  it('is resolved once per request, and a WebSocket connection may name it in ?locale=', () => {
    const http = { req: { url: '/graphql', headers: { 'accept-language': 'fr-FR' } } } as never;
    expect(requestLocale(http)).toBe('fr');
    const ws = { req: { url: '/graphql?locale=en', headers: { 'accept-language': 'fr-FR' } } } as never;
    expect(requestLocale(ws)).toBe('en');
    expect(requestLocale({ req: { url: '/graphql?locale=de', headers: {} } } as never)).toBe('en');
  });

  it('a socket may name it in its connection parameters, after ?locale= and before Accept-Language', () => {
    expect(requestLocale({ req: { url: '/graphql', headers: { 'accept-language': 'en' } }, connectionParams: { locale: 'fr' } } as never)).toBe('fr');
    expect(requestLocale({ req: { url: '/graphql?locale=en', headers: {} }, connectionParams: { locale: 'fr' } } as never)).toBe('en');
    expect(requestLocale({ req: { url: '/graphql', headers: { 'accept-language': 'fr' } }, connectionParams: { locale: 'xx' } } as never)).toBe('fr');
  });
});
