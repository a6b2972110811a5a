import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { GraphQLErrorFilter } from './graphql/graphql-error.filter';
import { InputValidationPipe } from './graphql/input-validation.pipe';

/** What `main` and the tests both apply to the application, so tests run the real thing. */
export function configureApp(app: NestExpressApplication): void {
  app.enableShutdownHooks();
  const production = process.env.NODE_ENV === 'production';
  // Security headers; the strict content policy is off outside production so GraphiQL loads.
  app.use(helmet({ contentSecurityPolicy: production ? undefined : false, crossOriginEmbedderPolicy: false }));
  // Browsers may call the API from the origins listed in CORS_ORIGINS only; without any, no
  // CORS middleware at all (same-origin, as the web app served under / is).
  const origins = (process.env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean);
  if (origins.length > 0) app.enableCors({ origin: origins, methods: ['GET', 'POST', 'OPTIONS'], allowedHeaders: ['content-type', 'authorization'], maxAge: 600 });
  // Behind a proxy, the client's address (for the per-address login limit) is in X-Forwarded-For.
  if (process.env.TRUST_PROXY) app.set('trust proxy', process.env.TRUST_PROXY);
  app.useGlobalPipes(new InputValidationPipe());
  app.useGlobalFilters(new GraphQLErrorFilter());
  // Bounded request bodies: a megabyte-sized string is refused before any parsing work. The one
  // JSON parser (create the app with `bodyParser: false`, or Nest adds a second one).
  app.useBodyParser('json', { limit: process.env.BODY_LIMIT ?? '256kb' });
}
