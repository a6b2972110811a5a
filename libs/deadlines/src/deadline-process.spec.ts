import { randomUUID } from 'node:crypto';
import { DisputeCommands, DisputeHistories, DisputeTurns, loadDisputeHistory } from '@recours/dispute-commands';
import { deadlines } from '@recours/disputes';
import { PostgresEventStore } from '@recours/event-store';
import { OpenDeadlines, openReadModelsDataSource, readModelsDataSourceOptions, type OpenDeadlineItem } from '@recours/read-models';
import { createTestDatabase, planOf, type PlannedStatement, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { consumer, dayStart, fileClaimCommand } from '../../disputes/src/testing/dispute-fixtures';
import { DeadlineProcess, type DueDeadlines } from './deadline-process';

/**
 * The open deadlines as a read model lists them: a list taken once and not updated, as a
 * projection that has not caught up yet would give it to every process polling it.
 */
const listed = (items: OpenDeadlineItem[]): DueDeadlines => ({
  passedAt: async (at) => items.filter((d) => Date.parse(d.dueAt) <= at.getTime()),
  remindersDueAt: async (at) => items.filter((d) => d.remindAt !== null && Date.parse(d.remindAt) <= at.getTime() && Date.parse(d.dueAt) > at.getTime()),
});

describe('DeadlineProcess', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let disputeId: string;
  let open: OpenDeadlineItem[];
  const warnings: Record<string, unknown>[] = [];
  const processAt = (at: string, items = open) =>
    new DeadlineProcess(new DisputeCommands(store, new DisputeTurns(), new DisputeHistories(store)), listed(items), () => new Date(at), { warn: (m) => void warnings.push(m) });
  const recorded = async () => (await store.readStream(`dispute-${disputeId}`)).map((r) => r.type).slice(1);

  beforeAll(async () => {
    database = await createTestDatabase('deadline_process');
    store = await PostgresEventStore.start({ connectionString: database.url });
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });
  beforeEach(async () => {
    disputeId = randomUUID();
    warnings.length = 0;
    const { actor: _actor, at, ...filing } = fileClaimCommand({ disputeId });
    await new DisputeCommands(store, new DisputeTurns(), new DisputeHistories(store)).handle(consumer, new Date(at), filing);
    const history = await loadDisputeHistory(store, disputeId);
    open = deadlines(history.state).map(({ kind, offerId, dueOn, dueAt, owedBy, remindAt, reminded }) => ({ disputeId, kind, offerId, dueOn, dueAt, owedBy, remindAt, reminded }));
  });

  it('records a passed deadline once, though every process polling a stale list sends it', async () => {
    expect(open.map((d) => [d.kind, d.dueAt])).toEqual([['MERCHANT_RESPONSE', dayStart(11)]]);
    const rounds = await Promise.all([processAt(dayStart(12)).runOnce(), processAt(dayStart(12)).runOnce(), processAt(dayStart(12)).runOnce()]);
    expect(rounds.reduce((sum, r) => sum + r.recorded, 0)).toBe(1);
    expect(rounds.reduce((sum, r) => sum + r.skipped, 0)).toBe(2);
    expect(await recorded()).toEqual(['MerchantResponseOverdue']);
    const again = await processAt(dayStart(13)).runOnce();
    expect(again).toEqual({ recorded: 0, reminded: 0, skipped: 1, failed: 0 });
  });

  it('reminds the owing party once, between the reminder and the due date', async () => {
    const remindAt = open[0].remindAt!;
    const justBefore = new Date(Date.parse(remindAt) - 1).toISOString();
    expect(await processAt(justBefore).runOnce()).toEqual({ recorded: 0, reminded: 0, skipped: 0, failed: 0 });
    expect(await processAt(remindAt).runOnce()).toEqual({ recorded: 0, reminded: 1, skipped: 0, failed: 0 });
    expect(await processAt(remindAt).runOnce()).toEqual({ recorded: 0, reminded: 0, skipped: 1, failed: 0 });
    expect(await recorded()).toEqual(['DeadlineReminderRecorded']);
  });

  it('counts and reports what it could not record, and goes on with the rest', async () => {
    const lost = { ...open[0], disputeId: randomUUID() };
    const round = await processAt(dayStart(12), [lost, ...open]).runOnce();
    expect(round).toEqual({ recorded: 1, reminded: 0, skipped: 0, failed: 1 });
    expect(warnings).toEqual([expect.objectContaining({ msg: 'could not record a deadline', disputeId: lost.disputeId, kind: 'MERCHANT_RESPONSE' })]);
  });

  it('never runs two rounds of one process at once', async () => {
    const process = processAt(dayStart(12));
    const [first, second] = [process.runOnce(), process.runOnce()];
    expect(second).toBe(first);
    await first;
  });
});

/**
 * The open deadlines as the read model lists them, with rows the process can never act on: of
 * disputes the store does not hold (each command fails) and of offers the dispute no longer has
 * (each command is refused, NO_SUCH_DEADLINE, and the row stays until the projection drops it).
 * More than a page of them, due before a real deadline, must not keep it from passing.
 */
describe('DeadlineProcess on the read model, past deadlines it cannot act on', () => {
  const PAGE = 200;
  let database: TestDatabase;
  let store: PostgresEventStore;
  let readModels: DataSource;
  let client: Client;
  let disputeId: string;
  let real: OpenDeadlineItem;
  const commands = () => new DisputeCommands(store, new DisputeTurns(), new DisputeHistories(store));
  const processAt = (at: string) => new DeadlineProcess(commands(), new OpenDeadlines(readModels), () => new Date(at));
  const recorded = async () => (await store.readStream(`dispute-${disputeId}`)).map((r) => r.type).slice(1);

  /** `count` rows of unknown disputes and `count` of offers gone from the real dispute, due (and reminded) a day before `real`. */
  const stuckRows = (count: number) =>
    client.query(
      `INSERT INTO read_models.open_deadlines (dispute_id, kind, refers_to, due_on, due_at, owed_by, remind_at, reminded)
       SELECT 'lost-' || lpad(g::text, 4, '0'), 'MERCHANT_RESPONSE', '', $1::date, $2::timestamptz, 'MERCHANT', $3::timestamptz, false FROM generate_series(1, $4::int) g
       UNION ALL
       SELECT $5, 'OFFER_EXPIRY', 'gone-' || lpad(g::text, 4, '0'), $1::date, $2::timestamptz, 'CONSUMER', $3::timestamptz, false FROM generate_series(1, $4::int) g`,
      [real.dueOn, new Date(Date.parse(real.dueAt) - 86_400_000), new Date(Date.parse(real.remindAt!) - 86_400_000), count, disputeId],
    );

  beforeAll(async () => {
    database = await createTestDatabase('deadline_process_pages');
    store = await PostgresEventStore.start({ connectionString: database.url });
    readModels = await openReadModelsDataSource(database.url, 2);
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await readModels?.destroy();
    await store?.close();
    await database?.drop();
  });
  beforeEach(async () => {
    await client.query('TRUNCATE read_models.open_deadlines');
    disputeId = randomUUID();
    const { actor: _actor, at, ...filing } = fileClaimCommand({ disputeId });
    await commands().handle(consumer, new Date(at), filing);
    const [deadline] = deadlines((await loadDisputeHistory(store, disputeId)).state);
    real = { disputeId, kind: deadline.kind, dueOn: deadline.dueOn, dueAt: deadline.dueAt, owedBy: deadline.owedBy, remindAt: deadline.remindAt, reminded: deadline.reminded };
    await client.query(
      `INSERT INTO read_models.open_deadlines (dispute_id, kind, refers_to, due_on, due_at, owed_by, remind_at, reminded) VALUES ($1, $2, '', $3, $4, $5, $6, false)`,
      [disputeId, real.kind, real.dueOn, real.dueAt, real.owedBy, real.remindAt],
    );
  });

  it('records a deadline due after more than a page of deadlines that keep failing or being refused', async () => {
    await stuckRows(PAGE);
    const at = new Date(Date.parse(real.dueAt) + 3_600_000).toISOString();
    expect(await processAt(at).runOnce()).toEqual({ recorded: 1, reminded: 0, skipped: PAGE, failed: PAGE });
    expect(await recorded()).toEqual(['MerchantResponseOverdue']);
    // The rows stay listed; the next round tries them again, and goes past them again.
    expect(await processAt(at).runOnce()).toEqual({ recorded: 0, reminded: 0, skipped: PAGE + 1, failed: PAGE });
  });

  it('reminds of a deadline after more than a page of reminders that keep failing or being refused', async () => {
    await stuckRows(PAGE);
    expect(await processAt(real.remindAt!).runOnce()).toEqual({ recorded: 0, reminded: 1, skipped: PAGE, failed: PAGE });
    expect(await recorded()).toEqual(['DeadlineReminderRecorded']);
  });

  it('reads each page after the last one from an index, in the order of the pages', async () => {
    // 50,000 deadlines, most falling due at one of a few midnights, as a busy database holds them.
    await client.query(
      `INSERT INTO read_models.open_deadlines (dispute_id, kind, refers_to, due_on, due_at, owed_by, remind_at, reminded)
       SELECT 'd-' || lpad(g::text, 6, '0'), 'MERCHANT_RESPONSE', '', '2025-03-01', timestamptz '2025-03-01 23:00Z' + (g % 20) * interval '1 day',
              'MERCHANT', timestamptz '2025-02-26 23:00Z' + (g % 20) * interval '1 day', g % 3 = 0
         FROM generate_series(1, 50000) g`,
    );
    await client.query('ANALYZE read_models.open_deadlines');
    const sent: { sql: string; parameters: unknown[] }[] = [];
    const capturing: Logger = {
      logQuery: (sql, parameters) => void (/^\s*SELECT/i.test(sql) && sent.push({ sql, parameters: (parameters as unknown[] | undefined) ?? [] })),
      logQueryError: () => undefined,
      logQuerySlow: () => undefined,
      logSchemaBuild: () => undefined,
      logMigration: () => undefined,
      log: () => undefined,
    };
    const logged = await new DataSource({ ...readModelsDataSourceOptions(database.url, 1), logging: ['query'], logger: capturing }).initialize();
    try {
      const query = new OpenDeadlines(logged);
      const at = new Date('2025-03-15T00:00:00Z');
      const [, passed] = await query.passedAt(at, 2);
      const [, reminder] = await query.remindersDueAt(at, 2);
      sent.length = 0;
      await query.passedAt(at, PAGE, passed);
      await query.remindersDueAt(at, PAGE, reminder);
      const planned: PlannedStatement[] = [];
      for (const { sql, parameters } of sent) planned.push(await planOf(client, sql, parameters));
      expect(planned.map(({ seqScans, indexes }) => ({ seqScans, indexes }))).toEqual([
        { seqScans: [], indexes: ['open_deadlines_by_due_date'] },
        { seqScans: [], indexes: ['open_deadlines_to_remind'] },
      ]);
      // Read in the index's order: no sort of every deadline due at the same midnight.
      for (const { sql, parameters } of sent) {
        const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`, parameters);
        expect(rows.map((r) => r['QUERY PLAN']).join('\n')).not.toMatch(/Sort/);
      }
    } finally {
      await logged.destroy();
    }
  });
});
