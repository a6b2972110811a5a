import type { GraphQLAnswer } from '@recours/testing';

export interface HttpAnswer<T = Record<string, unknown>> extends GraphQLAnswer<T> {
  /** Milliseconds from sending to the whole answer read. */
  ms: number;
  /** The raw body, when it was not JSON. */
  text?: string;
  headers: Headers;
  /** No answer within the timeout: the request was abandoned. */
  timedOut?: boolean;
  /** The connection failed (refused, reset) before an HTTP answer. */
  networkError?: string;
}

export interface SendOptions {
  token?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  method?: string;
}

/** Sends a raw body to a URL and reads the answer whatever it is: JSON, text, or nothing in time. */
export async function send<T = Record<string, unknown>>(url: string, body: string | undefined, options: SendOptions = {}): Promise<HttpAnswer<T>> {
  const started = performance.now();
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };
  try {
    const response = await fetch(url, { method: options.method ?? 'POST', headers, body, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    const text = await response.text();
    const ms = performance.now() - started;
    try {
      const json = JSON.parse(text) as { data?: T; errors?: GraphQLAnswer['errors'] };
      return { data: json.data ?? undefined, errors: json.errors, status: response.status, ms, headers: response.headers };
    } catch {
      return { status: response.status, ms, text, headers: response.headers };
    }
  } catch (error) {
    const ms = performance.now() - started;
    const name = (error as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') return { status: 0, ms, timedOut: true, headers: new Headers() };
    return { status: 0, ms, networkError: String((error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message), headers: new Headers() };
  }
}

/** A GraphQL operation over HTTP POST, as any client sends it. */
export function gql<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>, options: SendOptions = {}): Promise<HttpAnswer<T>> {
  return send<T>(url, JSON.stringify({ query, variables }), options);
}

/** The first error's extensions.code, 'OK' when the operation returned data without errors. */
export const outcomeOf = (answer: HttpAnswer | GraphQLAnswer): string => {
  const a = answer as HttpAnswer;
  if (a.timedOut) return 'TIMEOUT';
  if (a.networkError) return `NETWORK:${a.networkError}`;
  if (answer.errors?.length) return String(answer.errors[0].extensions?.code ?? 'NO_CODE');
  if (answer.data) return 'OK';
  return `HTTP_${answer.status}`;
};
