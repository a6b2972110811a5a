import type { NestExpressApplication } from '@nestjs/platform-express';
import { InputValidationPipe } from './graphql/input-validation.pipe';

/** What `main` and the tests both apply to the application, so tests run the real thing. */
export function configureApp(app: NestExpressApplication): void {
  app.enableShutdownHooks();
  app.useGlobalPipes(new InputValidationPipe());
  // Bounded request bodies: a megabyte-sized string is refused before any parsing work.
  app.useBodyParser('json', { limit: process.env.BODY_LIMIT ?? '256kb' });
}
