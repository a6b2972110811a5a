import { Test } from '@nestjs/testing';
import { Clock } from '@recours/clock';
import { ProjectionProgress } from '@recours/read-models';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLClient, ClientError } from 'graphql-request';
import { AppModule } from '../../apps/api/src/app.module';
import { configureApp } from '../../apps/api/src/configure-app';
import { createTestDatabase, type TestDatabase, TEST_DATA_KEY } from './test-database';

export const TEST_ADMIN = { email: 'admin@recours.test', password: 'platform-keeper-42!' };

export interface GraphQLAnswer<T = Record<string, unknown>> {
  data?: T;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  status: number;
}

type Refusable = { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> };

/** The code of an answer's first error, or OK. */
export const codeOf = (answer: Refusable) => answer.errors?.[0]?.extensions?.code ?? 'OK';

/** The input fields a refusal names (BAD_USER_INPUT), if any. */
export const fieldsOf = (answer: Refusable) => (answer.errors?.[0]?.extensions?.fields as Array<{ field: string }> | undefined)?.map((f) => f.field);

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  /** Where the app serves what is not GraphQL: files, case files, CSV reports, health. */
  origin: string;
  database: TestDatabase;
  /** Sends an operation as a real HTTP client would, and answers data and errors (never throws on GraphQL errors). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<T>>;
  /** Waits until the read models hold every event stored so far (they are eventually consistent); throws after 10 s. */
  projectionsCaughtUp(): Promise<void>;
  close(): Promise<void>;
}

/** The real application on a fresh database (or on `options.database`, e.g. one restored from a release), listening on a free port. */
export async function startTestApp(label: string, env: Record<string, string> = {}, options: { clock?: Clock; database?: TestDatabase } = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase(label));
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing',
    // The master key of the data subjects' keys: the same in every process a test starts (support/processes.ts).
    DATA_KEY: TEST_DATA_KEY,
    ATTEMPT_COUNTERS_KEY: 'test-attempt-counters-key-long-enough-for-production',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...env,
  });
  let builder = Test.createTestingModule({ imports: [AppModule] });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  configureApp(app);
  try {
    await app.listen(0, '127.0.0.1');
  } catch (error) {
    await app.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
  return {
    app,
    url,
    origin: url.replace(/\/graphql$/, ''),
    database,
    async gql<T>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLAnswer<T>> {
      const client = new GraphQLClient(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
      try {
        const { data, status } = await client.rawRequest<T>(query, variables);
        return { data, status };
      } catch (error) {
        if (error instanceof ClientError) {
          return { data: (error.response.data ?? undefined) as T | undefined, errors: error.response.errors as GraphQLAnswer['errors'], status: error.response.status };
        }
        throw error;
      }
    },
    async projectionsCaughtUp() {
      const [{ head }] = await database.query<{ head: string | null }>(`SELECT max(global_position)::text AS head FROM event_store.events`);
      // A stale read model would make the next assertion flaky, or pass when it asserts an absence.
      // 30 s: the projections read below the server's oldest open transaction, which another test
      // file filling its own database may hold for seconds (docs/read-models.md, "Things to know").
      if (head !== null && !(await app.get(ProjectionProgress).waitForPosition(BigInt(head), 30_000))) {
        throw new Error(`projections did not reach position ${head} within 30 s`);
      }
    },
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
