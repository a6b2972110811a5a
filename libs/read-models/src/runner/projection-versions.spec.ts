import { disputeCasesProjection } from '../projections/dispute-cases/dispute-cases.projection';
import type { Projection } from './projection';
import { playJourneys } from '../testing/journeys';
import { catchUp, lastPositionOf, snapshotTables, startTestKit, type TestKit } from '../testing/test-kit';

const TABLES = disputeCasesProjection.tables.map((t) => t.name);
const ofVersion = (version: number): Projection => ({ ...disputeCasesProjection, version });

let kit: TestKit;
let last: bigint;

beforeAll(async () => {
  kit = await startTestKit('projection_versions');
  last = lastPositionOf(await playJourneys(kit.store, 6))!;
});

afterAll(async () => kit?.close());

const stored = async () =>
  (await kit.pool.query(`SELECT version, epoch, position::text AS position FROM read_models.projection_checkpoints WHERE projection = 'dispute-cases'`)).rows[0];

describe('a projection of another version than its tables', () => {
  it('a first run records its version without rebuilding: there is nothing to rebuild', async () => {
    const projector = kit.projector([ofVersion(1)]);
    await catchUp(projector, last);
    await projector.stop();
    expect(await stored()).toMatchObject({ version: 1, epoch: 0 });
  });

  it('a later version rebuilds the tables at start, then carries on from the swapped-in checkpoint', async () => {
    const built = await snapshotTables(kit.pool, TABLES);
    // What version 1 wrote, as far as version 2 is concerned, is wrong: the rebuild must replace it.
    await kit.pool.query(`UPDATE read_models.merchant_inbox SET product_name = 'written by version 1'`);
    await kit.pool.query(`UPDATE read_models.dispute_summaries SET status = 'WRITTEN_BY_VERSION_1'`);

    const projector = kit.projector([ofVersion(2)]);
    await catchUp(projector, last);
    expect(await stored()).toMatchObject({ version: 2, epoch: 1 });
    expect(await snapshotTables(kit.pool, TABLES)).toEqual(built);

    // Live again: a new event reaches the rebuilt tables.
    const [more] = await playJourneys(kit.store, 1, 'after-rebuild');
    await catchUp(projector, more.lastPosition);
    const { rows } = await kit.pool.query(`SELECT count(*)::int AS n FROM read_models.dispute_summaries WHERE dispute_id = $1`, [more.disputeId]);
    expect(rows[0].n).toBe(1);
    await projector.stop();
  });

  it('an earlier version (an older release still running) stands by and writes nothing', async () => {
    const before = await stored();
    const older = kit.projector([ofVersion(1)]);
    older.start();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(older.runners[0].isLeading).toBe(false);
    await older.stop();
    expect(await stored()).toEqual(before);
  });
});
