import { Test, type TestingModule } from '@nestjs/testing';
import { disputeStreamId } from '@recours/disputes';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { DisputeSummaries, Projector } from '@recours/read-models';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { DisputeScript } from '../../../libs/read-models/src/testing/dispute-script';
import { JOURNEYS } from '../../../libs/read-models/src/testing/journeys';
import { ProjectorProbes } from './projector-probes';
import { ProjectorModule } from './projector.module';

/**
 * The projector meeting an event it cannot read: a type from a newer release (a rolling upgrade
 * whose API wrote first), or a known type at a schema version it does not know. Replaying past it
 * would build a wrong state, so it is not skipped: the projections that read it stop just before
 * it, say where, and go on once a release that reads it runs. The process stays up.
 */
let database: TestDatabase;
let app: TestingModule;

beforeAll(async () => {
  database = await createTestDatabase('projector_unreadable');
  process.env.DATABASE_URL = database.url;
  app = await (await Test.createTestingModule({ imports: [ProjectorModule] }).compile()).init();
});

afterAll(async () => {
  await app?.close();
  await database?.drop();
});

const until = async (what: string, condition: () => boolean, timeoutMs = 15_000) => {
  for (const deadline = Date.now() + timeoutMs; !condition(); ) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

it('a type it does not know is passed by (no read model reads it); a known type at a version it does not know stops the projections that read it, just before it, said in /health/ready, the process up', async () => {
  const store = app.get<EventStore>(EVENT_STORE);
  const runners = app.get(Projector).runners;
  const parties = { consumerId: 'consumer-1', merchantId: 'merchant-1', mediatorId: 'mediator-3', associationId: 'ufc-paris', filedOn: '2025-03-03' };
  const first = new DisputeScript('d-1', store);
  await JOURNEYS.resolvedByRepair(first, parties);

  // A type from a newer release: each projection reads the types it knows (a release that reads a
  // new one bumps the projection's version, and the projection is rebuilt with it).
  await store.appendToStream(disputeStreamId('d-1'), [{ type: 'ClaimTeleported', data: { at: '2025-04-01T10:00:00.000Z' }, metadata: { schemaVersion: 1 } }], { expectedVersion: first.events.length - 1 });
  const second = new DisputeScript('d-2', store);
  await JOURNEYS.resolvedByRepair(second, { ...parties, filedOn: '2025-03-04' });
  for (const runner of runners) expect(await runner.waitFor(second.lastPosition!, 15_000)).toBe(true);
  expect(runners.filter((runner) => runner.failing)).toEqual([]);
  expect(await app.get(DisputeSummaries).findDisputeSummary('d-2')).toMatchObject({ status: 'RESOLVED' });

  // A known type written at a schema version this release cannot read: read past, it would build a wrong state.
  const { lastPosition: unreadableAt } = await store.appendToStream(
    disputeStreamId('d-2'),
    [{ type: 'MessagePosted', data: { at: '2025-04-02T10:00:00.000Z', a: 'shape of a newer release' }, metadata: { schemaVersion: 99 } }],
    { expectedVersion: second.events.length - 1 },
  );
  const third = new DisputeScript('d-3', store);
  await JOURNEYS.resolvedByRepair(third, { ...parties, filedOn: '2025-03-05' });
  await until('a projection to name the unreadable event', () => runners.some((runner) => (runner.failing?.attempts ?? 0) >= 2));
  const stopped = runners.filter((runner) => runner.failing);
  const ready = await app.get(ProjectorProbes).ready();
  const details = (ready.body as { details: { projections: Record<string, { position: string; failing?: { position: string } }> } }).details.projections;
  for (const runner of stopped) {
    expect(runner.failing!.position).toBe(unreadableAt);
    // Its checkpoint just before it, and /health/ready naming it. Just before: at d-2's last event, or at the end
    // of that event's transaction when a short page's scan reached the store's horizon (readPage's `scannedTo`);
    // either way past everything before it and short of the unreadable one.
    expect(details[runner.name]).toMatchObject({ failing: { position: unreadableAt.toString() } });
    const checkpoint = BigInt(details[runner.name].position);
    expect([checkpoint >= second.lastPosition!, checkpoint < unreadableAt]).toEqual([true, true]);
  }
  // Ready still (a stuck projection turns it 503 once PROJECTIONS_MAX_LAG events behind), live whatever: a restart would not teach the process the newer version.
  expect(ready.status).toBe(200);
  expect((await app.get(ProjectorProbes).live()).status).toBe(200);
  // Nothing after it in those read models: d-3 waits behind it.
  if (stopped.some((runner) => runner.name === 'dispute-cases')) expect(await app.get(DisputeSummaries).findDisputeSummary('d-3')).toBeNull();
});
