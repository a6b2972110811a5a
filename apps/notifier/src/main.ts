import './tracing'; // first
import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { NotifierModule } from './notifier.module';

/**
 * `npm run start:notifier`: turns recorded events into notifications and sends them, until
 * SIGTERM/SIGINT. Start as many as you like: one leads at a time, another takes over when it dies.
 */
async function bootstrap(): Promise<void> {
  const app = await NestFactory.createApplicationContext(NotifierModule, { bufferLogs: true, logger: new ConsoleLogger({ json: true }) });
  app.useLogger(app.get(Logger));
  // Exit 0 once the batch in flight is sent and the lease handed back (without useProcessExit,
  // Nest re-raises the signal and the process ends as killed).
  app.enableShutdownHooks(undefined, { useProcessExit: true });
  app.get(Logger).log('recours notifier is running');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'recours notifier failed to start', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
