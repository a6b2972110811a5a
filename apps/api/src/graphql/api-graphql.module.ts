import { join } from 'node:path';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Module } from '@nestjs/common';
import { graphqlOperationMetrics } from '@recours/observability';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import type { Locale } from '@recours/locale';
import { GraphQLError } from 'graphql';
import { requestLocale } from '../i18n/request-locale';
import { graphqlExecutorFrom, RecoursApolloDriver, type RecoursApolloConfig } from './compiled-operations';
import { errorFormatter } from './format-error';
import { GraphqlSupportModule } from './graphql-support.module';
import { LiveSocket } from './live-socket';
import { localizeErasedWords } from './erased-words';
import { localizeErrors, translate } from './localize-errors';
import { OPERATION_PROTECTIONS, type OperationProtections } from './operation-protections';
import { answerableOperationsOnly, answersNotStored, httpOperationsOnly } from './operation-ways';
import type { RequestContext } from './request-context';
import { RequestContexts } from './request-contexts';

/**
 * A token refused while the context is made (forged, expired, revoked, its session ended) is
 * answered 401: Apollo answers 500 for any error thrown there unless it names a status. And in the
 * reader's language: no plugin hears an error thrown before the request has its context, so it is
 * translated here (it read "Invalid token" to a French reader).
 */
function answeredUnauthorized(error: unknown, locale: Locale): never {
  if (error instanceof GraphQLError && error.extensions.code === 'UNAUTHENTICATED') {
    const refused = new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 401 } } });
    translate(refused, locale);
    throw refused;
  }
  throw error;
}

@Module({
  imports: [
    GraphqlSupportModule,
    GraphQLModule.forRootAsync<RecoursApolloConfig>({
      driver: RecoursApolloDriver,
      imports: [GraphqlSupportModule],
      inject: [RequestContexts, OPERATION_PROTECTIONS],
      useFactory: (contexts: RequestContexts, protections: OperationProtections) => {
        const production = process.env.NODE_ENV === 'production';
        return {
          path: '/graphql',
          // schema.gql is committed: it is the contract the web app and partners build on.
          autoSchemaFile: production ? true : join(process.cwd(), 'schema.gql'),
          sortSchema: true,
          // GraphiQL comes from the web app's build (web/graphiql-page.ts), not Apollo's CDN page.
          graphiql: false,
          // Refused, where it is, by the shared validation rules (operation-protections.ts), so
          // that the socket refuses it the same way.
          introspection: true,
          includeStacktraceInErrorResponses: false,
          parseOptions: protections.parseOptions,
          // Operations over HTTP run compiled by graphql-jit (compiled-operations.ts);
          // GRAPHQL_EXECUTOR=graphql-js runs them with graphql-js's executor instead.
          graphqlExecutor: graphqlExecutorFrom(process.env),
          validationRules: protections.validationRules,
          // No HTTP cache hints are used: without this plugin no resolver is wrapped per field. Its
          // `Cache-Control: no-store` on every answer goes with it: answersNotStored says it instead.
          // Operation latency by name (recours_graphql_operation_duration_seconds).
          // Queries and mutations only: subscriptions are the socket's (operation-ways.ts); and only
          // those whose answer the client accepts, refused before they run (operation-ways.ts).
          plugins: [ApolloServerPluginCacheControlDisabled(), answersNotStored, httpOperationsOnly, answerableOperationsOnly, localizeErrors, localizeErasedWords, graphqlOperationMetrics()],
          formatError: errorFormatter(protections),
          // No `subscriptions` here: the socket is LiveSocket's, behind the same protections.
          // HTTP requests carry the token in the Authorization header. Express's integration hands
          // `{ req, res }`, Fastify's the request itself (bench:api's Fastify variant).
          context: (given: { req: Request } | Request): Promise<RequestContext> => {
            const req = 'req' in given ? given.req : given;
            return contexts.create(req, req.headers.authorization).catch((error: unknown) => answeredUnauthorized(error, requestLocale({ req })));
          },
        };
      },
    }),
  ],
  providers: [LiveSocket],
})
export class ApiGraphqlModule {}
