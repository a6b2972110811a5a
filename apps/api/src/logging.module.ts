import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';

/** Structured JSON logs (pino); credentials never reach them. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      useFactory: () => {
        const level = process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
        return {
          pinoHttp: {
            level,
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.body.password', '*.password', '*.token'], censor: '[redacted]' },
            // The query string may carry a token or a GraphQL GET's variables (a password, say):
            // requests are logged by their path alone.
            serializers: { req: (req: { url?: string }) => ({ ...req, url: req.url?.split('?')[0], query: undefined }) },
            // Nothing to log when silent: skip the per-request logger work altogether.
            autoLogging: level === 'silent' ? false : { ignore: (req) => req.url === '/health' },
            quietReqLogger: true,
          },
          // Silent: no per-request logger middleware at all (it costs even when it writes nothing).
          ...(level === 'silent' ? { exclude: [{ method: RequestMethod.ALL, path: '{*path}' }] } : {}),
        };
      },
    }),
  ],
})
export class LoggingModule {}
