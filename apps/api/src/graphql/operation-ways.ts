import type { ApolloServerPlugin } from '@apollo/server';
import type { Phrase } from '@recours/locale';
import { GraphQLError, type OperationTypeNode } from 'graphql';
import Negotiator from 'negotiator';

/** The two ways in to GraphQL: HTTP (Apollo) and the live-updates socket (LiveSocket). */
export type WayIn = 'http' | 'socket';

const SUBSCRIPTIONS_OVER_SOCKET: Phrase = {
  en: 'Subscriptions are served over the WebSocket only: open one on /graphql (graphql-ws)',
  fr: 'Les abonnements passent uniquement par le WebSocket : ouvrez-en un sur /graphql (graphql-ws)',
};
const ONLY_SUBSCRIPTIONS: Phrase = {
  en: 'Only subscriptions are served over the WebSocket: send queries and mutations over HTTP',
  fr: 'Seuls les abonnements passent par le WebSocket : envoyez requêtes et mutations en HTTP',
};

/**
 * Which operations each way in serves, the one definition both use: subscriptions over the
 * socket, queries and mutations over HTTP. Anything else is refused (BAD_REQUEST, 400 over HTTP)
 * before a resolver runs: over HTTP a subscription would run its field without its stream and
 * fail as an internal error. Null when the operation may go this way.
 */
export function wrongWayIn(operation: OperationTypeNode, way: WayIn): GraphQLError | null {
  const subscription = operation === 'subscription';
  if (way === 'socket' ? subscription : !subscription) return null;
  const phrase = way === 'socket' ? ONLY_SUBSCRIPTIONS : SUBSCRIPTIONS_OVER_SOCKET;
  return new GraphQLError(phrase.en, { extensions: { code: 'BAD_REQUEST', phrase, http: { status: 400 } } });
}

/** HTTP's side of wrongWayIn: a subscription sent over HTTP is refused once its operation is known. */
export const httpOperationsOnly: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        const refusal = operation && wrongWayIn(operation.operation, 'http');
        if (refusal) throw refusal;
      },
    };
  },
};

/** The types Apollo answers an operation in (its MEDIA_TYPES for a single result), in its order of preference. */
const ANSWER_TYPES = ['application/json; charset=utf-8', 'application/graphql-response+json; charset=utf-8', 'application/json; callbackSpec=1.0; charset=utf-8'];

/**
 * An operation whose Accept header takes none of the types an answer is written in is refused
 * before it runs. Apollo asks only once the operation has run, then answers 406: a mutation was
 * stored while its client was told it failed (and might send it again). Apollo's own rule
 * (negotiator, its types); its 406 is the answer, in French too (library-words.ts).
 */
export const answerableOperationsOnly: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const accept = request.http?.headers.get('accept');
    const answerable = !accept || new Negotiator({ headers: { accept } }).mediaType(ANSWER_TYPES) !== undefined;
    return {
      async didResolveOperation() {
        if (!answerable) throw new GraphQLError('Not acceptable', { extensions: { code: 'BAD_REQUEST', http: { status: 406 } } });
      },
    };
  },
};

/**
 * Every answer to an operation over HTTP is `Cache-Control: no-store`: it may carry personal data
 * (`me`, a dispute, `myData`), and a GET query's answer, with its ETag, would otherwise sit in the
 * browser's cache on a shared computer. Apollo's cache-control plugin said so for every
 * uncacheable answer; it is disabled (api-graphql.module.ts), so this says it instead. The
 * server's routes outside GraphQL say it themselves (documents, files, CSV, http-error.ts).
 */
export const answersNotStored: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};
