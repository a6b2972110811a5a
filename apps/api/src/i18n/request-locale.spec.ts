import { rawRequestLocale, requestLocale } from './request-locale';

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

describe('the language of a request the HTTP parser refused, from the bytes it read', () => {
  const localeOf = (raw: string | Buffer | undefined) => rawRequestLocale(typeof raw === 'string' ? Buffer.from(raw, 'latin1') : raw, 'fr');
  it.each([
    ['nothing read: the fallback', undefined, 'fr'],
    ['an English browser', 'GET / HTTP/1.1\r\nHost: x\r\naccept-language: en-GB,en;q=0.9\r\n\r\n', 'en'],
    ['a French browser', 'GET / HTTP/1.1\r\nAccept-Language:fr-FR,fr;q=0.9,en;q=0.8\r\n', 'fr'],
    ['anything: the fallback', 'GET / HTTP/1.1\r\nAccept-Language: *\r\n', 'fr'],
    ['a language we do not have: the fallback', 'GET / HTTP/1.1\r\nAccept-Language: de\r\n', 'fr'],
    ['the header cut short', 'GET / HTTP/1.1\r\nHost: x\r\nAccept-Lang', 'fr'],
    ['another header ending with its name', 'GET / HTTP/1.1\r\nX-Accept-Language: en\r\n', 'fr'],
    ['?locale= first, as for any request', 'GET /files/x?locale=en&q=aaaa HTTP/1.1\r\nAccept-Language: fr\r\n', 'en'],
    ['a ?locale= that names none', 'GET /files/x?locale=english HTTP/1.1\r\n', 'fr'],
    ['a ?locale= outside the request line', 'GET /files/x HTTP/1.1\r\nReferer: https://recours.test/?locale=en\r\n', 'fr'],
    ['bytes that are not HTTP (a TLS hello)', Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]), 'fr'],
  ] as Array<[string, string | Buffer | undefined, string]>)('%s', (_, raw, locale) => {
    expect(localeOf(raw)).toBe(locale);
  });
});
