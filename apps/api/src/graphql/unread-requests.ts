import { Logger } from '@nestjs/common';
import { countUnreadRequest } from '@recours/observability';
import { maxHeaderSize, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import type { Duplex } from 'node:stream';
import { rawRequestLocale, requestLocale } from '../i18n/request-locale';
import { FIELD_FALLBACK_LOCALE } from '../i18n/locale';
import { chunkExtensionsTooLarge, expectationFailed, headersTooLarge, missingHost, requestTimedOut, unreadableRequest, type UnreadablePart } from './errors';
import { answerHttpError, httpErrorIn } from './http-error';
import { answerOnSocket } from './socket-answer';

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
 * Requests Node's HTTP parser refuses before any middleware runs (an address or headers past
 * maxHeaderSize, bytes that are not HTTP, headers too slow to arrive): Node answered a bare
 * "431 Request Header Fields Too Large" or "400 Bad Request" without a word. Answered here as
 * every other refusal (answerOnSocket: `{ error: { code, message } }`), in the language the bytes
 * read ask for (English when they name none, as for every request), with the status Node would
 * give, and `Connection: close`.
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
    const refusal = refusalOf(error, (server as Server & { maxHeaderSize?: number }).maxHeaderSize ?? maxHeaderSize);
    const status = answerOnSocket(socket, rawRequestLocale(error.rawPacket, FIELD_FALLBACK_LOCALE), refusal, { head: isHead(error.rawPacket) });
    countUnreadRequest(status, error.code);
    logger.log({ msg: `${status} before the request was read: ${error.code ?? 'no code'}`, status, code: error.code, reason: typeof error.reason === 'string' ? error.reason.slice(0, 100) : undefined, bytesParsed: error.bytesParsed });
  });
  // Two requests Node read but answered itself, bare: an Expect other than 100-continue (417),
  // and an HTTP/1.1 request without Host (400), left to requireHost, the first middleware.
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const { status, body } = httpErrorIn(requestLocale({ req }), expectationFailed());
    logger.log({ msg: `${status} before the request was read: an Expect other than 100-continue`, status });
    const json = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(json), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(json);
  });
  (server as Server & { requireHostHeader: boolean }).requireHostHeader = false;
}

/** An HTTP/1.1 request without a Host header, refused as Node refused it (400, Connection: close), in words. */
export function requireHost(req: Request, res: Response, next: NextFunction): void {
  if (req.httpVersion !== '1.1' || req.headers.host !== undefined) return next();
  res.set('Connection', 'close');
  answerHttpError(req, res, missingHost());
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

/** Whether the refused request is a HEAD, as far as its first bytes tell: its answer has no body. */
const isHead = (raw: Buffer | undefined) => raw?.subarray(0, 5).toString('latin1') === 'HEAD ';
