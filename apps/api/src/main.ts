import './tracing'; // first
import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './configure-app';
import { StartupQuietLogger } from './startup-quiet.logger';

async function bootstrap(): Promise<void> {
  // JSON from the first line: start-up failures happen before pino takes over.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bodyParser: false, bufferLogs: true, logger: new ConsoleLogger({ json: true }) });
  app.useLogger(new StartupQuietLogger(app.get(Logger)));
  const shutdown = configureApp(app);
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () =>
      shutdown.run(signal).then(
        () => process.exit(0),
        (error: unknown) => {
          app.get(Logger).error(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
          process.exit(1);
        },
      ),
    );
  }
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  const address = `http://${process.env.HOST ?? '127.0.0.1'}:${port}`;
  if (process.env.NODE_ENV === 'production') app.get(Logger).log(`recours is listening on ${address}`);
  // Outside production a person is reading: the address as plain text, not one JSON line among others.
  else process.stdout.write(`\nrecours is listening on ${address}\n  web app ${address}/  ·  GraphQL ${address}/graphql  ·  demo data: npm run seed\n\n`);
}

bootstrap().catch((error: unknown) => {
  // The logger may not exist yet: say why we stopped on stderr, as JSON like every other line.
  process.stderr.write(`${JSON.stringify({ level: 'fatal', msg: 'recours failed to start', error: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
