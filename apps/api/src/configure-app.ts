import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { correlateRequests, measureHttpRequests } from '@recours/observability';
import helmet, { type HelmetOptions } from 'helmet';
import { RouteNotFoundFilter } from './graphql/route-not-found.filter';
import { UndecodablePathFilter } from './graphql/undecodable-path.filter';
import { GraphQLErrorFilter } from './graphql/graphql-error.filter';
import { answerBodyError } from './graphql/http-error';
import { answerUnreadRequests, requireHost } from './graphql/unread-requests';
import { InputValidationPipe } from './graphql/input-validation.pipe';
import { OPERATION_PROTECTIONS, type OperationProtections } from './graphql/operation-protections';
import { graphiqlPage } from './web/graphiql-page';
import { webDistDir } from './web/web-dist';
import { GracefulShutdown, shutdownTimingsFrom } from './lifecycle/graceful-shutdown';

/** Security headers; the strict content policy is off outside production so GraphiQL loads. */
export const securityHeaders = (production: boolean): HelmetOptions => ({ contentSecurityPolicy: production ? undefined : false, crossOriginEmbedderPolicy: false });

/**
 * What `main` and the tests both apply to the application, so tests run the real thing.
 * Answers the graceful shutdown that `main` runs on SIGTERM.
 */
export function configureApp(app: NestExpressApplication): GracefulShutdown {
  const shutdown = new GracefulShutdown(app, shutdownTimingsFrom(process.env));
  // What Node's parser refuses before any of this runs (a 20 kB address, bytes that are not HTTP).
  answerUnreadRequests(app.getHttpServer());
  // First: every request is counted until answered, timed, and run with its correlation id (and
  // one without Host refused, as Node did before answerUnreadRequests took that over).
  app.use(shutdown.track, measureHttpRequests, correlateRequests, requireHost);
  const production = process.env.NODE_ENV === 'production';
  app.use(helmet(securityHeaders(production)));
  if (!production) app.use('/graphql', graphiqlPage(webDistDir()));
  configureOnAnyAdapter(app);
  // Behind a proxy, the client's address (for the per-address login limit) is in X-Forwarded-For.
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  // Bounded request bodies: a megabyte-sized string is refused before any parsing work (the
  // socket's messages have the same bound). The one JSON parser (create the app with
  // `bodyParser: false`, or Nest adds a second one).
  app.useBodyParser('json', { limit: app.get<OperationProtections>(OPERATION_PROTECTIONS).maxBodyBytes });
  app.use(answerBodyError);
  return shutdown;
}

/**
 * What does not depend on the HTTP adapter (bench:api's Fastify variant applies it too, see
 * bench/fastify-app.ts): CORS, input validation, GraphQL errors, keep-alive timeouts.
 */
export function configureOnAnyAdapter(app: INestApplication): void {
  // Browsers may call the API from the origins listed in CORS_ORIGINS only; without any, no
  // CORS middleware at all (same-origin, as the web app served under / is).
  const origins = (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'authorization'], maxAge: 600 });
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter(), new RouteNotFoundFilter(), new UndecodablePathFilter());
  // Idle keep-alive connections are closed by the client (undici: 4 s) or the proxy (60 s), never
  // by the server first: with Node's 5 s a request sent on a connection the server was closing
  // failed with "other side closed" (UND_ERR_SOCKET) under load. SIGTERM still closes them.
  const server = app.getHttpServer();
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}
