import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';

async function bootstrap(): Promise<void> {
  // JSON from the first line: start-up failures happen before pino takes over.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true, logger: new ConsoleLogger({ json: true }) });
  app.useLogger(app.get(Logger));
  configureApp(app);
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  app.get(Logger).log(`recours is listening on http://${process.env.HOST ?? '127.0.0.1'}:${port}`);
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet: say why we stopped on stderr, as JSON like every other line.
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'recours failed to start', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
