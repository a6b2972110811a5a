import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { isLocale, localeFromAcceptLanguage } from '@recours/locale';
import type { IncomingMessage } from 'node:http';
import { FIELD_FALLBACK_LOCALE, type Locale } from './locale';

// One resolution per request (or per WebSocket connection), however many fields and errors render text.
const resolved = new WeakMap<object, Locale>();

/**
 * The language a request asked for: its `?locale=` (a WebSocket's upgrade request, a document's
 * link: a browser cannot set headers there), else a socket's `locale` connection parameter, else
 * its Accept-Language header; English otherwise. The one resolution for every way in: GraphQL
 * fields and errors, files, documents, the socket.
 */
export function requestLocale(context: { req?: Pick<IncomingMessage, 'url' | 'headers'> | null; connectionParams?: Record<string, unknown> }): Locale {
  const key = context.req ?? context;
  const known = resolved.get(key);
  if (known) return known;
  const req = context.req;
  const query = localeParameterOf(req?.url);
  const header = req?.headers?.['accept-language'];
  // "*" (what fetch sends when told nothing) names no language: the fallback, not our first one.
  const named = header === '*' ? undefined : header;
  const parameter = context.connectionParams?.locale;
  const locale = isLocale(query) ? query : isLocale(parameter) ? parameter : localeFromAcceptLanguage(named, FIELD_FALLBACK_LOCALE);
  resolved.set(key, locale);
  return locale;
}

/**
 * The `?locale=` of a request's URL; no URL parsed when it has no query (every request of the web
 * app: it sends a header). An address no URL parser reads (`//[?…`, which Node's parser lets
 * through) names none: this runs outside Express too (an upgrade, an Expect), where a throw ends the process.
 */
function localeParameterOf(url: string | undefined): string | null {
  if (!url?.includes('?')) return null;
  try {
    return new URL(url, 'http://localhost').searchParams.get('locale');
  } catch {
    return null;
  }
}

/** Whether the request named a language at all (`?locale=`, a socket's parameter, an Accept-Language other than "*"). */
export function namesALocale(context: { req?: IncomingMessage | null; connectionParams?: Record<string, unknown> }): boolean {
  const req = context.req;
  const query = localeParameterOf(req?.url);
  const header = req?.headers?.['accept-language'];
  return isLocale(query) || isLocale(context.connectionParams?.locale) || (typeof header === 'string' && header.trim() !== '' && header.trim() !== '*');
}

/** The request's language, for a resolver: `@RequestLocale() requested: Locale`. */
export const RequestLocale = createParamDecorator((_: unknown, context: ExecutionContext): Locale => {
  return requestLocale(GqlExecutionContext.create(context).getContext());
});

/** The language a field renders in: its `locale` argument first, then the request's. */
export function chosenLocale(argument: Locale | null | undefined, requested: Locale): Locale {
  return argument ?? requested;
}

/**
 * The language of a request Node's parser refused, from the bytes it had read (`rawPacket`: the
 * request line and headers may be cut short or malformed): its request line's `?locale=`, else an
 * Accept-Language line among them, else `fallback`. Read as Latin-1, so any byte reads, and within
 * the first 64 KiB: a lookup, not a parse.
 */
export function rawRequestLocale(raw: Buffer | undefined, fallback: Locale): Locale {
  if (!raw) return fallback;
  const text = raw.subarray(0, 65_536).toString('latin1');
  const requestLine = text.slice(0, text.search(/\r?\n|$/));
  const query = /[?&]locale=([a-z]{2})(?=[&#\s]|$)/.exec(requestLine)?.[1];
  if (isLocale(query)) return query;
  const header = /(?:^|\n)accept-language[ \t]*:[ \t]*([^\r\n]{1,200})/i.exec(text.slice(requestLine.length))?.[1]?.trim();
  return header && header !== '*' ? localeFromAcceptLanguage(header, fallback) : fallback;
}
