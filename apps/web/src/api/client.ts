import { cacheExchange, Client, fetchExchange, subscriptionExchange } from 'urql';
import { createClient as createWsClient } from 'graphql-ws';
import type { Locale } from '../i18n/I18nProvider';

const endpoint = '/graphql';

/** A browser cannot set headers on a WebSocket: the connection names its language in ?locale=. */
function webSocketUrl(locale: Locale): string {
  const url = new URL(endpoint, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('locale', locale);
  return url.toString();
}

/**
 * One client per session and language: the token goes in the Authorization header over HTTP
 * and in the connection parameters over graphql-ws; the app's language in Accept-Language, so
 * the API renders rights (and every text it writes) in it. Signing in or out, or switching
 * language, builds a new client, whose cache holds no text in the other language.
 */
export function createApiClient(token: string | null, locale: Locale): Client {
  const ws = createWsClient({
    url: webSocketUrl(locale),
    lazy: true,
    connectionParams: () => (token ? { authorization: `Bearer ${token}` } : {}),
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  return new Client({
    url: endpoint,
    // POST only: the API's CSRF protection refuses simple GET requests.
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: (): RequestInit => ({ headers: { 'accept-language': locale, ...(token ? { authorization: `Bearer ${token}` } : {}) } }),
    exchanges: [
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query ?? '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
}
