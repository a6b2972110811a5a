import './tracing'; // first
import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ProjectorModule } from './projector.module';

/**
 * Runs the projections until SIGTERM/SIGINT. Start as many as you like: each projection is led
 * by one process at a time, and another takes over within a second when it dies. On SIGTERM
 * each runner finishes its batch and hands its lease back, and the deadline round in progress
 * finishes its commands, before the process exits.
 */
async function bootstrap(): Promise<void> {
  // JSON from the first line: start-up failures happen before pino takes over.
  const app = await NestFactory.createApplicationContext(ProjectorModule, { bufferLogs: true, logger: new ConsoleLogger({ json: true }) });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks(undefined, { useProcessExit: true }); // exit 0 once everything has stopped
  app.get(Logger).log('recours projector is running');
}

bootstrap().catch((error: unknown) => {
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'recours projector failed to start', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
