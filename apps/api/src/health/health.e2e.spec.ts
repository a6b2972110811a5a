import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from '@recours/testing';
import { AppModule } from '../app.module';

describe('GET /health', () => {
  let database: TestDatabase;
  let app: INestApplication;

  beforeAll(async () => {
    database = await createTestDatabase('health');
    process.env.DATABASE_URL = database.url;
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
    await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await database.drop();
  });

  it('answers 200 with the database up', async () => {
    const response = await fetch(`${await app.getUrl()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' } } });
  });

  it('has run the event store migrations at start-up', async () => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query(`SELECT id FROM event_store.schema_migrations`);
    await client.end();
    expect(rows.map((r) => r.id)).toContain('001_events');
  });

  it('with the database refusing connections: 503 naming the probes that failed, never the driver’s text (it names the database, host or role)', async () => {
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: TEST_SERVER_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [database.name]);
      const answers = await Promise.all(['/health', '/health/ready'].map(async (path) => fetch(`${await app.getUrl()}${path}`)));
      expect(answers.map((answer) => answer.status)).toEqual([503, 503]);
      const [health, ready] = await Promise.all(answers.map((answer) => answer.text()));
      expect(JSON.parse(health)).toMatchObject({ status: 'error', error: { database: { status: 'down', message: 'PostgreSQL did not answer (the reason is logged)' } } });
      expect(JSON.parse(ready)).toMatchObject({ error: { eventStore: { status: 'down' }, migrations: { status: 'down' } } });
      for (const body of [health, ready]) expect(body).not.toContain(database.name);
    } finally {
      await admin.query(`ALTER DATABASE "${database.name}" ALLOW_CONNECTIONS true`);
      await admin.end();
    }
  });
});
