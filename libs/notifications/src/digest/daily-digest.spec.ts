import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { Pool } from 'pg';
import { openNotificationsDataSource } from '../schema/notifications-data-source';
import { DailyDigest } from './daily-digest';

/**
 * A digest run where one reader's digest cannot be made: the others' are made all the same, the
 * failure is logged by her account id and her notifications stay held for the next run. The one
 * step that fails is her digest's insertion, refused by a trigger (a stand-in for whatever makes
 * one reader's transaction fail: a constraint, a lock timeout, a row she no longer may hold).
 */
describe('DailyDigest.gather: one reader whose digest fails does not stop the others', () => {
  let database: TestDatabase;
  let pool: Pool;
  const reader = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const failing = reader(1); // first in any order of the readers

  beforeAll(async () => {
    database = await createTestDatabase('daily_digest_each_reader');
    await (await openNotificationsDataSource(database.url)).destroy();
    pool = new Pool({ connectionString: database.url, max: 2 });
    await pool.query(
      `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, dispute_id, payload, state, next_attempt_at, created_at)
       SELECT gen_random_uuid(), 'EMAIL', r::uuid, 'event:' || r || ':' || g, 'D-' || g,
              jsonb_build_object('kind', 'MESSAGE_POSTED', 'params', jsonb_build_object('product', 'Lave-linge')), 'HELD', now(), now() - interval '2 days'
         FROM unnest($1::text[]) r, generate_series(1, 2) g`,
      [[failing, reader(2), reader(3), reader(4)]],
    );
    await pool.query(`
      CREATE FUNCTION notifications.refuse_one_digest() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.recipient = '${failing}' AND NEW.payload ->> 'kind' = 'DIGEST' THEN RAISE EXCEPTION 'digest refused for this reader'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_one_digest BEFORE INSERT ON notifications.outbox FOR EACH ROW EXECUTE FUNCTION notifications.refuse_one_digest();`);
  });

  afterAll(async () => {
    await pool?.end();
    await database?.drop();
  });

  it('makes the other readers’ digests, logs hers by account id and keeps her notifications held', async () => {
    const warnings: string[] = [];
    const digest = new DailyDigest(pool, 7, { log: () => undefined, warn: (message) => void warnings.push(message), error: () => undefined });
    expect(await digest.gather(new Date())).toBe(3);
    const { rows } = await pool.query<{ recipient: string; state: string; count: number }>(
      `SELECT recipient::text, state, count(*)::int AS count FROM notifications.outbox GROUP BY recipient, state ORDER BY recipient, state`,
    );
    expect(rows).toEqual([
      { recipient: failing, state: 'HELD', count: 2 },
      ...[2, 3, 4].flatMap((n) => [
        { recipient: reader(n), state: 'DIGESTED', count: 2 },
        { recipient: reader(n), state: 'PENDING', count: 1 },
      ]),
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(failing);
    expect(warnings[0]).toContain('digest refused for this reader');
  });
});
