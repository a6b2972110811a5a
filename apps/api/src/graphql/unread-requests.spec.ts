import { Logger } from '@nestjs/common';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { Duplex } from 'node:stream';
import { answerUnreadRequests } from './unread-requests';

/**
 * Node's rules for 'clientError' as answerUnreadRequests keeps them, on a bare HTTP server (the
 * whole application's answers are in test/e2e/unread-requests.e2e.spec.ts).
 */
describe('answering what the HTTP parser refused', () => {
  let server: Server;
  let port: number;

  beforeAll(() => Logger.overrideLogger(false));
  beforeEach(async () => {
    // Short timeouts, so that a request too slow to arrive is refused within the test.
    server = createServer({ headersTimeout: 300, requestTimeout: 300, connectionsCheckingInterval: 50 }, (_req, res) => res.end('ok'));
    answerUnreadRequests(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  /** Writes `request` and reads until the server closes the connection (the client never closes its side). */
  const sendRaw = (request: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      const chunks: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => chunks.push(chunk));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
      socket.write(request);
    });

  // Node hands no bytes with a timeout: the language is the fallback of every request naming none.
  it('headers too slow to arrive: 408, in English', async () => {
    const answer = await sendRaw('GET / HTTP/1.1\r\nHost: recours.test\r\nAccept-Language: fr\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(answer).toContain('\r\nConnection: close\r\n');
    expect(JSON.parse(answer.split('\r\n\r\n')[1])).toEqual({ error: { code: 'REQUEST_TIMEOUT', message: 'The request took too long to arrive; send it again', retryable: true } });
  });

  it('a HEAD request is answered without a body', async () => {
    const answer = await sendRaw(`HEAD /${'a'.repeat(20_000)} HTTP/1.1\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(answer).toMatch(/\r\nContent-Length: [1-9]\d*\r\n/);
    expect(answer.split('\r\n\r\n')[1]).toBe('');
  });

  it('bytes that are not HTTP after a request whose answer has started: the answer is not cut into, the connection is closed', async () => {
    const answer = await sendRaw('GET / HTTP/1.1\r\nHost: recours.test\r\n\r\nBONJOUR / HTTP/1.1\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 200 OK\r\n[\s\S]*\r\n\r\nok$/);
  });

  /** A socket standing for a client's connection: records what is written on it and whether it is destroyed. */
  class RecordingSocket extends Duplex {
    written = '';
    _httpMessage: { headersSent: boolean } | null = null;
    override _read(): void {}
    override _write(chunk: Buffer, _encoding: string, done: () => void): void {
      this.written += chunk.toString('latin1');
      done();
    }
  }
  const clientError = (code: string, rawPacket?: string) => Object.assign(new Error('Parse Error'), { code, rawPacket: rawPacket && Buffer.from(rawPacket) });

  it('a connection reset by the client is only destroyed', () => {
    const socket = new RecordingSocket();
    server.emit('clientError', clientError('ECONNRESET'), socket);
    expect(socket.destroyed).toBe(true);
    expect(socket.written).toBe('');
  });

  it('a connection whose response has started is only destroyed: nothing is written in the middle of it', () => {
    const socket = new RecordingSocket();
    socket._httpMessage = { headersSent: true };
    server.emit('clientError', clientError('HPE_INVALID_CHUNK_SIZE'), socket);
    expect(socket.destroyed).toBe(true);
    expect(socket.written).toBe('');
  });

  it('an unwritable connection is only destroyed', () => {
    const socket = new RecordingSocket();
    socket.end();
    server.emit('clientError', clientError('HPE_INVALID_METHOD'), socket);
    expect(socket.destroyed).toBe(true);
  });

  it('is answered once however many chunks the parser refuses after the first', () => {
    const socket = new RecordingSocket();
    server.emit('clientError', clientError('HPE_HEADER_OVERFLOW', 'GET /aaaa'), socket);
    server.emit('clientError', clientError('HPE_HEADER_OVERFLOW', 'aaaa'), socket);
    expect(socket.written.match(/HTTP\/1\.1 /g)).toHaveLength(1);
    socket.destroy();
  });
});
