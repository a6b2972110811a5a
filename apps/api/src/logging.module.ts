import { Module, RequestMethod } from '@nestjs/common';
import { correlationIdOf, logContext, recordedPath } from '@recours/observability';
import type { Request } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';

// Inside a mounted handler (GraphQL) req.url is relative to the mount point: the whole path is originalUrl.
const requestPath = (req: IncomingMessage & { originalUrl?: string }) => recordedPath(req.originalUrl ?? req.url);

/** Structured JSON logs (pino); credentials never reach them. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      useFactory: () => {
        const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
        return {
          pinoHttp: {
            level,
            redact: { paths: ['req.body.password', '*.password', '*.token'], censor: '[redacted]' },
            // One short line per request: method, path, status, time. No headers (credentials,
            // cookies, and noise), and no query string (it may carry a token or a GraphQL GET's
            // variables, a password say): requests are logged by their path alone, a one-time
            // secret in it (an unsubscribe link's token) replaced (recordedPath, as in the traces).
            serializers: {
              req: (req: { id?: unknown; method?: string; url?: string }) => ({ id: req.id, method: req.method, url: recordedPath(req.url) }),
              res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
            },
            customSuccessMessage: (req: IncomingMessage, res: ServerResponse, responseTime: number) => `${req.method} ${requestPath(req)} ${res.statusCode} ${Math.round(responseTime)} ms`,
            customErrorMessage: (req: IncomingMessage, res: ServerResponse) => `${req.method} ${requestPath(req)} ${res.statusCode} failed`,
            customLogLevel: (_req: IncomingMessage, res: ServerResponse, error?: Error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
            // Nothing to log when silent: skip the per-request logger work altogether.
            autoLogging: level === 'silent' ? false : { ignore: (req) => req.url?.startsWith('/health') === true },
            quietReqLogger: true,
            // The request id is the correlation id (the caller's X-Correlation-Id, or a new one).
            genReqId: (req) => (req as Request & { id?: string }).id ?? correlationIdOf(req as Request),
            mixin: logContext,
          },
          // Silent: no per-request logger middleware at all (it costs even when it writes nothing).
          ...(level === 'silent' ? { exclude: [{ method: RequestMethod.ALL, path: '{*path}' }] } : {}),
        };
      },
    }),
  ],
})
export class LoggingModule {}
