import type { GraphQLError } from 'graphql';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Locale } from '../i18n/locale';
import { httpErrorIn } from './http-error';

/**
 * How long an answered connection still reads (and drops) what the client is sending: closing it
 * with unread bytes would reset it, and the client could lose the answer before reading it.
 */
const LINGER_MS = 2_000;

/**
 * A refusal answered on the connection itself, where there is no response object to write it
 * with (a request Node's parser refused, an upgrade nobody takes): the status and body
 * answerHttpError would give (httpErrorIn), `Connection: close`, then the connection closed.
 * Without a body for a HEAD request (RFC 9110 §9.3.2). Answers the status written.
 */
export function answerOnSocket(socket: Duplex, locale: Locale, refusal: GraphQLError, { head = false }: { head?: boolean } = {}): number {
  const { status, body } = httpErrorIn(locale, refusal);
  const json = Buffer.from(JSON.stringify(body), 'utf8');
  const lines = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${json.length}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    'Connection: close',
  ];
  // A reset while answering is the client leaving: nothing to do (an upgrade's socket has no other listener, and an unheard 'error' would end the process).
  socket.on('error', () => socket.destroy());
  socket.end(Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), ...(head ? [] : [json])]));
  const linger = setTimeout(() => socket.destroy(), LINGER_MS).unref();
  socket.once('close', () => clearTimeout(linger));
  return status;
}
