import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { correlationIdOf, CORRELATION_HEADER, timeHttpRequest, unmatchedRoute, withCorrelationId } from '@recours/observability';
import helmet from 'helmet';
import type { IncomingMessage } from 'node:http';
import { AppModule } from '../apps/api/src/app.module';
import { configureOnAnyAdapter, securityHeaders } from '../apps/api/src/configure-app';
import { operationProtections } from '../apps/api/src/graphql/operation-protections';
import { GracefulShutdown, shutdownTimingsFrom } from '../apps/api/src/lifecycle/graceful-shutdown';

/**
 * bench:api's `fastify` variant: the real AppModule on Nest's Fastify adapter, with what
 * `configureApp` does on Express redone for the GraphQL path, so that recours on Fastify is
 * measured with the same protections and per-request work as on Express:
 *
 * - bounded bodies (BODY_LIMIT, Fastify's own JSON parser: the one parser), TRUST_PROXY;
 * - in one `onRequest` hook, in the order of Express's middleware: counted for the graceful
 *   shutdown, timed (its route label from Fastify's route pattern), run with its correlation id
 *   (Fastify's request id, echoed in the response; the AsyncLocalStorage entered there carries
 *   through Fastify 5's body parsing to the handler, checked with a body sent in pieces),
 *   helmet's headers (the same options);
 * - CORS, input validation, GraphQL errors and keep-alive exactly as on Express
 *   (`configureOnAnyAdapter`); the GraphQL context (auth, locale) is the app's own.
 *
 * Left out (the app on Fastify answers /graphql; these routes are not measured and would need
 * moving, see docs/performance.md): GraphiQL outside production, the request-logging middleware
 * (off with LOG_LEVEL=silent on Express too), uploads (busboy on Express's request), the PDFs,
 * CSVs and other controllers written against Express's response, the web app's exclusions.
 */
export async function startRecoursOnFastify(): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: operationProtections(process.env).maxBodyBytes,
    // proxy-addr under both adapters: the same lists of addresses and names ("loopback").
    ...(process.env.TRUST_PROXY ? { trustProxy: process.env.TRUST_PROXY } : {}),
    genReqId: (req: IncomingMessage) => correlationIdOf(req),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, adapter, { bodyParser: false, logger: false });
  const fastify = app.getHttpAdapter().getInstance();
  const shutdown = new GracefulShutdown(app, shutdownTimingsFrom(process.env));
  const headers = helmet(securityHeaders(process.env.NODE_ENV === 'production'));
  fastify.addHook('onRequest', (request, reply, done) => {
    shutdown.track(request.raw, reply.raw, () => undefined);
    timeHttpRequest(request.method, reply.raw, (status) => request.routeOptions.url ?? unmatchedRoute(status));
    reply.raw.setHeader(CORRELATION_HEADER, request.id);
    withCorrelationId(request.id, () => headers(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)), request.raw);
  });
  configureOnAnyAdapter(app);
  return app;
}
