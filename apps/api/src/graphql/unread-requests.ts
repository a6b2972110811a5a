import { Logger } from '@nestjs/common';
import { DEFAULT_LOCALE } from '@recours/locale';
import { countUnreadRequest } from '@recours/observability';
import { maxHeaderSize, STATUS_CODES, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { rawRequestLocale } from '../i18n/request-locale';
import { chunkExtensionsTooLarge, headersTooLarge, requestTimedOut, unreadableRequest, type UnreadablePart } from './errors';
import { httpErrorIn } from './http-error';

/** What Node passes to 'clientError': a parser's error carries the bytes it was reading. */
interface ClientError extends Error {
  code?: string;
  /** llhttp's reason, a fixed sentence ("Invalid method encountered"). */
  reason?: string;
  /** The chunk being parsed: the request line and headers, whole or cut short. May hold a token: never logged. */
  rawPacket?: Buffer;
  bytesParsed?: number;
}

const logger = new Logger('HTTP');

/**
 * How long an answered connection still reads (and drops) what the client is sending: closing it
 * with unread bytes would reset it, and the client could lose the answer before reading it.
 */
const LINGER_MS = 2_000;

/**
 * Requests Node's HTTP parser refuses before any middleware runs (an address or headers past
 * maxHeaderSize, bytes that are not HTTP, headers too slow to arrive): Node answered a bare
 * "431 Request Header Fields Too Large" or "400 Bad Request" without a word. Answered here as
 * every other refusal (httpErrorIn: `{ error: { code, message } }`), in French unless the bytes
 * read show a request for English, with the status Node would give, and `Connection: close`.
 * Node's rules for 'clientError' hold: a reset or unwritable socket, or a response already
 * started on it, is only destroyed. The WebSocket's upgrade requests go through the same parser.
 */
export function answerUnreadRequests(server: Server): void {
  const answered = new WeakSet<Duplex>();
  server.on('clientError', (error: ClientError, socket: Duplex) => {
    // The parser reports each further chunk of a request it gave up on: the first one answered.
    if (answered.has(socket)) return;
    answered.add(socket);
    const started = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage?.headersSent === true;
    if (error.code === 'ECONNRESET' || !socket.writable || started) {
      countUnreadRequest(null, error.code);
      logger.debug({ msg: 'connection closed before its request was read', code: error.code });
      socket.destroy();
      return;
    }
    const { status, body } = httpErrorIn(rawRequestLocale(error.rawPacket, DEFAULT_LOCALE), refusalOf(error, (server as Server & { maxHeaderSize?: number }).maxHeaderSize ?? maxHeaderSize));
    countUnreadRequest(status, error.code);
    logger.log({ msg: `${status} before the request was read: ${error.code ?? 'no code'}`, status, code: error.code, reason: typeof error.reason === 'string' ? error.reason.slice(0, 100) : undefined, bytesParsed: error.bytesParsed });
    socket.end(answerBytes(status, JSON.stringify(body), isHead(error.rawPacket)));
    const linger = setTimeout(() => socket.destroy(), LINGER_MS).unref();
    socket.once('close', () => clearTimeout(linger));
  });
}

/** What is wrong, by the code Node gives (the status follows: 431, 413, 408, else 400). */
function refusalOf(error: ClientError, maxBytes: number) {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return headersTooLarge(maxBytes);
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return chunkExtensionsTooLarge();
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return requestTimedOut();
    default:
      return unreadableRequest(partOf(error.code));
  }
}

const REQUEST_LINE = new Set(['HPE_INVALID_METHOD', 'HPE_INVALID_URL', 'HPE_INVALID_VERSION', 'HPE_INVALID_CONSTANT']);
const HEADERS = new Set(['HPE_INVALID_HEADER_TOKEN', 'HPE_INVALID_CONTENT_LENGTH', 'HPE_UNEXPECTED_CONTENT_LENGTH', 'HPE_INVALID_TRANSFER_ENCODING']);
const partOf = (code: string | undefined): UnreadablePart => (code && REQUEST_LINE.has(code) ? 'request-line' : code && HEADERS.has(code) ? 'headers' : 'request');

/** A HEAD request is answered without a body (RFC 9110 §9.3.2), as far as its first bytes tell. */
const isHead = (raw: Buffer | undefined) => raw?.subarray(0, 5).toString('latin1') === 'HEAD ';

/** The whole answer, written on the socket itself: there is no response object to write it with. */
function answerBytes(status: number, json: string, head: boolean): Buffer {
  const body = Buffer.from(json, 'utf8');
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${body.length}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
  ];
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), ...(head ? [] : [body])]);
}
