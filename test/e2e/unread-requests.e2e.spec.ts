import { connect } from 'node:net';
import { httpUnreadRequests } from '@recours/observability';
import { startTestApp, type TestApp } from '@recours/testing';

/**
 * Requests Node's HTTP parser refuses before the application runs (a 20 kB address, 20 kB of
 * headers, bytes that are not HTTP), sent over a raw socket as no HTTP client would send them:
 * each is answered with Node's status, `Connection: close`, and the API's error body in the
 * reader's language (as the bytes read name it; English when they name none, as for every request), never a parser's code or a stack;
 * and the server answers the next request as usual.
 */

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const STACK = /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)|node_modules|\.ts:\d+/;
const INTERNAL_CODE = /\bHPE_|\bERR_|\bllhttp\b|Parse Error/;

describe('requests the HTTP parser refuses', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp('unread_requests');
  }, 60_000);
  afterAll(async () => {
    await api?.close();
  });

  /** Writes `request` as it is and reads what comes back until the server closes the connection. */
  const sendRaw = (request: string): Promise<RawAnswer> =>
    new Promise((resolve, reject) => {
      const { hostname, port } = new URL(api.origin);
      const socket = connect(Number(port), hostname);
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        const [head, ...rest] = text.split('\r\n\r\n');
        const [statusLine, ...headerLines] = head.split('\r\n');
        const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
        resolve({ status: Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1] ?? 0), headers, body: rest.join('\r\n\r\n') });
      });
      socket.write(request);
    });

  const errorOf = (answer: RawAnswer) => (JSON.parse(answer.body) as { error: { code: string; message: string } }).error;

  /** What every such answer holds: the status, JSON, Connection: close, no internal code nor stack. */
  const expectWorded = (answer: RawAnswer, status: number, code: string) => {
    expect(answer.status).toBe(status);
    expect(answer.headers['connection']).toBe('close');
    expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
    expect(errorOf(answer).code).toBe(code);
    expect(answer.body).not.toMatch(INTERNAL_CODE);
    expect(answer.body).not.toMatch(STACK);
    return errorOf(answer).message;
  };

  const refused = (status: string, code: string) => httpUnreadRequests.get().then((metric) => metric.values.find((v) => v.labels.status_code === status && v.labels.code === code)?.value ?? 0);

  it('a 20 kB address: 431, in French, naming the address and the limit', async () => {
    const before = await refused('431', 'HPE_HEADER_OVERFLOW');
    const answer = await sendRaw(`GET /files/${'a'.repeat(20_000)} HTTP/1.1\r\nHost: recours.test\r\nAccept-Language: fr-FR,fr;q=0.9\r\n\r\n`);
    expect(expectWorded(answer, 431, 'HEADERS_TOO_LARGE')).toBe('L’adresse et les en-têtes de la requête dépassent 16 Kio, la longueur maximale acceptée');
    expect(await refused('431', 'HPE_HEADER_OVERFLOW')).toBe(before + 1);
  });

  it('20 kB of headers: 431, in French', async () => {
    const headers = Array.from({ length: 200 }, (_, i) => `X-Remplissage-${i}: ${'b'.repeat(100)}\r\n`).join('');
    const answer = await sendRaw(`GET /health HTTP/1.1\r\nHost: recours.test\r\nAccept-Language: fr\r\n${headers}\r\n`);
    expect(expectWorded(answer, 431, 'HEADERS_TOO_LARGE')).toMatch(/^L’adresse et les en-têtes de la requête dépassent 16 Kio/);
  });

  it('a malformed request line: 400, in French, naming the first line', async () => {
    const answer = await sendRaw('BONJOUR / HTTP/1.1\r\nHost: recours.test\r\nAccept-Language: fr\r\n\r\n');
    expect(expectWorded(answer, 400, 'BAD_REQUEST')).toBe('La première ligne de la requête (méthode, adresse, version HTTP) est mal formée\u202f: le serveur ne peut pas la lire');
  });

  it('a request that names no language is answered in English, as every request the application reads (issue 14)', async () => {
    const answer = await sendRaw('BONJOUR / HTTP/1.1\r\nHost: recours.test\r\n\r\n');
    expect(expectWorded(answer, 400, 'BAD_REQUEST')).toBe('The request’s first line (method, address, HTTP version) is malformed: the server cannot read it');
  });

  it('a malformed header from a reader asking for English: 400, in English', async () => {
    const answer = await sendRaw('GET /health HTTP/1.1\r\nHost: recours.test\r\nAccept-Language: en-GB,en;q=0.9,fr;q=0.5\r\nEn tête: pas un nom\r\n\r\n');
    expect(expectWorded(answer, 400, 'BAD_REQUEST')).toBe('A header of the request is malformed: the server cannot read it');
  });

  it('a 20 kB address asking for English in its query: 431, in English', async () => {
    const answer = await sendRaw(`GET /files/x?locale=en&q=${'c'.repeat(20_000)} HTTP/1.1\r\nHost: recours.test\r\n\r\n`);
    expect(expectWorded(answer, 431, 'HEADERS_TOO_LARGE')).toBe('The request’s address and headers are longer than 16 KiB, the longest accepted');
  });

  it('a request without Host, or expecting what HTTP does not define: 400 and 417, in French, where Node answered bare', async () => {
    expect(expectWorded(await sendRaw('GET /health/live HTTP/1.1\r\nAccept-Language: fr\r\n\r\n'), 400, 'BAD_REQUEST')).toBe('La requête ne nomme pas le site auquel elle s’adresse\u202f: son en-tête Host manque');
    const expecting = await sendRaw('GET /health/live HTTP/1.1\r\nHost: recours.test\r\nExpect: bonjour\r\nAccept-Language: fr\r\nConnection: close\r\n\r\n');
    expect(expecting.status).toBe(417);
    expect(errorOf(expecting)).toEqual({ code: 'EXPECTATION_FAILED', message: 'La requête attend du serveur ce qu’il ne fait pas\u202f: envoyez-la sans son en-tête Expect' });
  });

  it('an upgrade nobody takes (h2c, a WebSocket elsewhere, a malformed opening): 400 in words, where the connection hung or ws answered English text', async () => {
    const websocket = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nAccept-Language: fr\r\n';
    const NOT_HERE = 'Cette adresse ne change pas de protocole\u202f: envoyez la requête sans en-tête Upgrade (les connexions WebSocket s’ouvrent sur /graphql)';
    expect(expectWorded(await sendRaw('GET /health/live HTTP/1.1\r\nHost: recours.test\r\nUpgrade: h2c\r\nConnection: Upgrade, HTTP2-Settings\r\nHTTP2-Settings: AAMAAABkAAQAoAAAAAIAAAAA\r\nAccept-Language: fr\r\n\r\n'), 400, 'BAD_REQUEST')).toBe(NOT_HERE);
    expect(expectWorded(await sendRaw(`GET /autre HTTP/1.1\r\nHost: recours.test\r\n${websocket}Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n`), 400, 'BAD_REQUEST')).toBe(NOT_HERE);
    expect(expectWorded(await sendRaw('GET /graphql HTTP/1.1\r\nHost: recours.test\r\nUpgrade: h2c\r\nConnection: Upgrade\r\nAccept-Language: fr-FR\r\n\r\n'), 400, 'BAD_REQUEST')).toBe(NOT_HERE);
    expect(expectWorded(await sendRaw(`GET /graphql HTTP/1.1\r\nHost: recours.test\r\n${websocket}Sec-WebSocket-Key: court\r\n\r\n`), 400, 'BAD_REQUEST')).toBe('La demande d’ouverture d’une connexion WebSocket est mal formée\u202f: le serveur ne peut pas l’ouvrir');
  });

  it('a body in a charset or a compression the parser does not read: 415 and 400 in words, where Nest answered body-parser’s English', async () => {
    const post = (path: string, headers: string, body: string) => sendRaw(`POST ${path} HTTP/1.1\r\nHost: recours.test\r\nAccept-Language: fr\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`);
    const graphql = (answer: RawAnswer) => (JSON.parse(answer.body) as { errors: Array<{ message: string; extensions: { code: string } }> }).errors[0];
    const latin2 = await post('/graphql', 'Content-Type: application/json; charset=latin2\r\n', '{"query":"{ __typename }"}');
    expect([latin2.status, graphql(latin2)]).toEqual([415, { message: 'Le jeu de caractères du corps de la requête n’est pas lu par le serveur\u202f: envoyez-le en UTF-8', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }]);
    const notGzip = await post('/graphql', 'Content-Type: application/json\r\nContent-Encoding: gzip\r\n', 'pas du gzip');
    expect([notGzip.status, graphql(notGzip)]).toEqual([400, { message: 'Le corps de la requête ne se décompresse pas comme son Content-Encoding l’annonce', extensions: { code: 'BAD_REQUEST' } }]);
    const compressed = await post('/unsubscribe/x', 'Content-Type: application/json\r\nContent-Encoding: x-inconnu\r\n', '{}');
    expect([compressed.status, errorOf(compressed)]).toEqual([415, { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'La compression du corps de la requête (Content-Encoding) n’est pas lue par le serveur\u202f: gzip, deflate ou br' }]);
  });

  it('an address no URL parser reads (`//[`), on an upgrade or an Expect: answered in words, and the server lives on', async () => {
    const websocket = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n';
    expectWorded(await sendRaw(`GET //[ HTTP/1.1\r\nHost: recours.test\r\n${websocket}\r\n`), 400, 'BAD_REQUEST');
    expectWorded(await sendRaw(`GET //[?locale=fr HTTP/1.1\r\nHost: recours.test\r\n${websocket}\r\n`), 400, 'BAD_REQUEST');
    const expecting = await sendRaw('GET //[?locale=fr HTTP/1.1\r\nHost: recours.test\r\nExpect: bonjour\r\nConnection: close\r\n\r\n');
    expect(expecting.status).toBe(417);
    const live = await fetch(`${api.origin}/health/live`);
    expect(live.status).toBe(200);
  });

  it('a WebSocket opening without Host is refused as an HTTP request without one is (Node did before answerUnreadRequests took that over)', async () => {
    const websocket = 'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: graphql-transport-ws\r\n';
    const answer = await sendRaw(`GET /graphql HTTP/1.1\r\n${websocket}Accept-Language: fr\r\n\r\n`);
    expect(expectWorded(answer, 400, 'BAD_REQUEST')).toBe('La requête ne nomme pas le site auquel elle s’adresse\u202f: son en-tête Host manque');
  });

  it('answers the next requests as usual', async () => {
    await Promise.all([sendRaw(`GET /${'d'.repeat(20_000)} HTTP/1.1\r\n\r\n`), sendRaw('\u0000\u0001\u0002\r\n\r\n')]);
    const live = await fetch(`${api.origin}/health/live`);
    expect(live.status).toBe(200);
    const answer = await api.gql<{ __typename: string }>('{ __typename }');
    expect(answer.data?.__typename).toBe('Query');
  });
});
