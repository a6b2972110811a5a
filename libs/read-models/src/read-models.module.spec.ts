import { Module } from '@nestjs/common';
import { Test, type TestingModule } from '@nestjs/testing';
import { TerminusModule } from '@nestjs/terminus';
import { DatabaseModule } from '@recours/database';
import { EVENT_STORE, EventStoreModule, type EventStore } from '@recours/event-store';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { ProjectionProgress } from './progress/projection-progress';
import { ProjectionsHealthIndicator } from './progress/projections-health.indicator';
import { DisputeSummaries } from './queries/dispute-summaries.query';
import { MerchantInbox } from './queries/merchant-inbox.query';
import { ReadModelsModule, type ReadModelsModuleOptions } from './read-models.module';
import { Projector } from './runner/projector';
import { DisputeScript } from './testing/dispute-script';
import { JOURNEYS } from './testing/journeys';
import { untilVisible } from './testing/test-kit';

/** Where the API's /health would provide the indicator: a module importing Terminus. */
@Module({ imports: [TerminusModule.forRoot()], providers: [ProjectionsHealthIndicator], exports: [ProjectionsHealthIndicator] })
class HealthModule {}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase('read_models_module');
  process.env.DATABASE_URL = database.url;
});

afterAll(async () => database?.drop());

async function boot(options: ReadModelsModuleOptions): Promise<TestingModule> {
  const moduleRef = await Test.createTestingModule({ imports: [DatabaseModule, EventStoreModule, ReadModelsModule.forRoot(options), HealthModule] }).compile();
  moduleRef.useLogger(false);
  return moduleRef.init();
}

const play = async (store: EventStore, id: string) => {
  const script = new DisputeScript(id, store);
  await JOURNEYS.agreedRepair(script, { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' });
  return script;
};

describe('ReadModelsModule', () => {
  it('migrates at start-up, runs the projections from bootstrap, and serves queries, read-your-writes and health', async () => {
    const app = await boot({});
    try {
      const script = await play(app.get<EventStore>(EVENT_STORE), 'd-1');
      expect(await app.get(ProjectionProgress).waitForPosition(script.lastPosition!, 30_000)).toBe(true);
      expect(await app.get(DisputeSummaries).findDisputeSummary('d-1')).toMatchObject({ status: 'AGREED', version: 2 });
      expect((await app.get(MerchantInbox).list('merchant-1', { now: new Date('2025-03-10T00:00:00Z') })).nodes.map((i) => i.disputeId)).toEqual(['d-1']);
      expect(await app.get(ProjectionsHealthIndicator).check()).toEqual({
        projections: {
          status: 'up',
          'dispute-cases': expect.objectContaining({ eventsBehind: 0, runningHere: true }),
          'dispute-timeline': expect.objectContaining({ eventsBehind: 0, runningHere: true }),
          'merchant-scorecard': expect.objectContaining({ eventsBehind: 0, runningHere: true }),
          'mediation-activity': expect.objectContaining({ eventsBehind: 0, runningHere: true }),
        },
      });
    } finally {
      await app.close();
    }
  });

  it('leaves the projections to another process when told to, and reports the lag as down past the limit', async () => {
    const app = await boot({ runProjections: false });
    try {
      const script = await play(app.get<EventStore>(EVENT_STORE), 'd-2');
      expect(app.get(Projector).runners.some((r) => r.isLeading)).toBe(false);
      expect(await app.get(ProjectionProgress).waitForPosition(script.lastPosition!, 300)).toBe(false);
      // Readers see an append once every older transaction of the cluster has ended: a test file
      // filling its own database in a long transaction beside this one hides these three events
      // from the lag until it commits (seen in CI: 0 behind).
      await untilVisible(app.get<EventStore>(EVENT_STORE), script.lastPosition!, 60_000);
      const health = app.get(ProjectionsHealthIndicator);
      health.maxEventsBehind = 3;
      expect(await health.check()).toMatchObject({
        projections: { status: 'down', 'dispute-cases': { eventsBehind: 3, runningHere: false }, message: expect.stringContaining('dispute-cases') },
      });
    } finally {
      await app.close();
    }
  });

  it('reads PROJECTIONS when the application is created, not when the module is imported', async () => {
    const imported = ReadModelsModule.forRoot(); // as AppModule's decorator does, before a process sets its environment
    const before = process.env.PROJECTIONS;
    process.env.PROJECTIONS = 'external';
    try {
      const app = await (await Test.createTestingModule({ imports: [DatabaseModule, EventStoreModule, imported, HealthModule] }).compile()).init();
      try {
        const script = await play(app.get<EventStore>(EVENT_STORE), 'd-3');
        expect(app.get(Projector).runners.some((r) => r.isLeading)).toBe(false);
        expect(await app.get(ProjectionProgress).waitForPosition(script.lastPosition!, 300)).toBe(false);
      } finally {
        await app.close();
      }
    } finally {
      if (before === undefined) delete process.env.PROJECTIONS;
      else process.env.PROJECTIONS = before;
    }
  });
});
