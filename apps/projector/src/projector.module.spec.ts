import { Test, type TestingModule } from '@nestjs/testing';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { ALL_PROJECTIONS, DisputeSummaries, Projector } from '@recours/read-models';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { DisputeScript } from '../../../libs/read-models/src/testing/dispute-script';
import { JOURNEYS } from '../../../libs/read-models/src/testing/journeys';
import { ProjectorModule } from './projector.module';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('projector_app');
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => database?.drop());

const start = async (): Promise<TestingModule> => (await Test.createTestingModule({ imports: [ProjectorModule] }).compile()).init();
// Every read model the projector keeps, however many there are.
const EVERY = ALL_PROJECTIONS.map((projection) => projection.name).sort();
const leading = (app: TestingModule) => app.get(Projector).runners.filter((r) => r.isLeading).map((r) => r.name);
const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  for (const deadline = Date.now() + timeoutMs; !condition(); ) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('projector process', () => {
  it('with two running, each projection is led by one; when that one stops, the other takes over and keeps the read models current', async () => {
    const first = await start();
    const second = await start();
    let firstClosed = false;
    try {
      await until(() => leading(first).length + leading(second).length === EVERY.length);
      // Leases are per projection; whoever leads one, the other process stands by for it.
      expect([...leading(first), ...leading(second)].sort()).toEqual(EVERY);

      await first.close();
      firstClosed = true;
      await until(() => leading(second).length === EVERY.length);

      const script = new DisputeScript('d-1', second.get<EventStore>(EVENT_STORE));
      await JOURNEYS.resolvedByRepair(script, { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' });
      for (const runner of second.get(Projector).runners) expect(await runner.waitFor(script.lastPosition!, 10_000)).toBe(true);
      expect(await second.get(DisputeSummaries).findDisputeSummary('d-1')).toMatchObject({ status: 'RESOLVED', version: 6 });
    } finally {
      if (!firstClosed) await first.close();
      await second.close();
    }
    // Shut down, neither process keeps a projection connection open: leases, live tails.
    const monitor = new Client({ connectionString: database.url });
    await monitor.connect();
    try {
      const { rows } = await monitor.query<{ name: string }>(
        `SELECT application_name AS name FROM pg_stat_activity WHERE datname = current_database() AND application_name LIKE 'recours-projection%'`,
      );
      expect(rows.map((r) => r.name)).toEqual([]);
    } finally {
      await monitor.end();
    }
  });
});
