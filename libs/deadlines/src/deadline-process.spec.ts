import { randomUUID } from 'node:crypto';
import { DisputeCommands, DisputeHistories, DisputeTurns, loadDisputeHistory } from '@recours/dispute-commands';
import { deadlines } from '@recours/disputes';
import { PostgresEventStore } from '@recours/event-store';
import type { OpenDeadlineItem } from '@recours/read-models';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
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
