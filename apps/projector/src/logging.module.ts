import { Module } from '@nestjs/common';
import { logContext } from '@recours/observability';
import { LoggerModule } from 'nestjs-pino';

/** Structured JSON logs (pino), as in the API; the projector serves no HTTP, so only the logger is used. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      useFactory: () => ({
        pinoHttp: {
          level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
          redact: { paths: ['*.password', '*.token', '*.connectionString'], censor: '[redacted]' },
          mixin: logContext,
        },
      }),
    }),
  ],
})
export class LoggingModule {}
