import { randomUUID } from 'node:crypto';
import type { DisputeCommand } from '@recours/disputes';
import { PostgresEventStore, type EventStore, type ReadStreamOptions } from '@recours/event-store';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { agent, consumer, fileClaimCommand, otherConsumer } from '../../disputes/src/testing/dispute-fixtures';
import { DisputeCommandRefused, StaleDisputeVersion } from './dispute-command-errors';
import { DisputeCommands, type DisputeCommandPayload } from './dispute-commands';
import { DisputeHistories } from './dispute-histories';
import { DisputeTurns } from './dispute-turns';

/** The real store, counting how often a stream is read. */
function countingReads(store: EventStore): { counted: EventStore; reads: () => number; reset(): void } {
  let reads = 0;
  const counted = new Proxy(store, {
    get: (target, name) =>
      name === 'readStream'
        ? (streamId: string, options?: ReadStreamOptions) => {
            reads++;
            return target.readStream(streamId, options);
          }
        : Reflect.get(target, name),
  });
  return { counted, reads: () => reads, reset: () => void (reads = 0) };
}

const payload = <C extends DisputeCommand>(command: C) => {
  const { actor: _actor, at: _at, ...rest } = command;
  return rest as unknown as DisputeCommandPayload;
};

describe('DisputeCommands: the command path', () => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let reads: ReturnType<typeof countingReads>;
  let commands: DisputeCommands;
  let disputeId: string;
  const at = new Date('2025-03-03T09:00:00.000Z');
  const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);
  const message = (body: string): DisputeCommandPayload => ({ type: 'PostMessage', disputeId, messageId: randomUUID(), body });

  beforeAll(async () => {
    database = await createTestDatabase('dispute_commands');
    store = await PostgresEventStore.start({ connectionString: database.url });
    reads = countingReads(store);
    commands = new DisputeCommands(reads.counted, new DisputeTurns(), new DisputeHistories(reads.counted));
  });
  afterAll(async () => {
    await store.close();
    await database.drop();
  });
  beforeEach(async () => {
    disputeId = randomUUID();
    await commands.handle(consumer, at, payload(fileClaimCommand({ disputeId })));
  });

  it('reads the stream once and answers the new state and version, without folding it again', async () => {
    reads.reset();
    const outcome = await commands.handle(agent, later(1), message('We will call you'));
    expect(reads.reads()).toBe(1);
    expect(outcome).toMatchObject({ disputeId, version: 1, duplicate: false, events: ['MessagePosted'] });
    expect(outcome.history.version).toBe(1);
    expect(outcome.history.records.map((r) => r.type)).toEqual(['ClaimFiled', 'MessagePosted']);
    expect(outcome.history.state.filed && outcome.history.state.messages.map((m) => m.body)).toEqual(['We will call you']);
    expect(outcome.position).toBe(outcome.history.records[1].globalPosition);
  });

  it('answers a retried command with its first result and appends nothing', async () => {
    const first = await commands.handle(agent, later(1), message('Once'), { commandId: 'key-1' });
    const retry = await commands.handle(agent, later(2), message('Once'), { commandId: 'key-1' });
    expect(retry).toMatchObject({ version: first.version, position: first.position, duplicate: true, events: [] });
    expect(await store.readStream(`dispute-${disputeId}`)).toHaveLength(2);
  });

  it('refuses another party’s key, after telling an outsider nothing', async () => {
    await commands.handle(agent, later(1), message('Mine'), { commandId: 'key-2' });
    await expect(commands.handle(consumer, later(2), message('Also mine?'), { commandId: 'key-2' })).rejects.toMatchObject({ refusal: { code: 'INVALID_INPUT', field: 'commandId' } });
    await expect(commands.handle(otherConsumer, later(2), message('Hello?'), { commandId: 'key-2' })).rejects.toMatchObject({ refusal: { code: 'NOT_A_PARTY' } });
  });

  it('answers a stale version with the current one, but who may act first', async () => {
    await commands.handle(agent, later(1), message('Moved on'));
    await expect(commands.handle(consumer, later(2), message('Late'), { expectedVersion: 0 })).rejects.toEqual(new StaleDisputeVersion(0, 1));
    const outsider = commands.handle(otherConsumer, later(2), message('Late'), { expectedVersion: 0 });
    await expect(outsider).rejects.toBeInstanceOf(DisputeCommandRefused);
    await expect(outsider).rejects.toMatchObject({ refusal: { code: 'NOT_A_PARTY' } });
  });

  it('counts the version each actor sent over the events it may read: one kept from it never makes its command stale', async () => {
    // The merchant team's note is the merchant's own: the consumer's count does not move.
    const noted = await commands.handle(agent, later(1), { type: 'AddInternalNote', disputeId, noteId: randomUUID(), body: 'Rappeler lundi' });
    expect(noted.history.version).toBe(1);
    expect(noted.history.readerVersions).toMatchObject({ CONSUMER: 0, MERCHANT: 1, MEDIATOR: 0, ASSOCIATION: 0, ADMIN: 0 });
    const answered = await commands.handle(consumer, later(2), message('Any news?'), { expectedVersion: 0 });
    expect(answered.history.readerVersions).toMatchObject({ CONSUMER: 1, MERCHANT: 2 });
    // The merchant saw 1 before the consumer's message (its note): stale, told in its own count.
    await expect(commands.handle(agent, later(3), message('Late'), { expectedVersion: 1 })).rejects.toEqual(new StaleDisputeVersion(1, 2));
    await commands.handle(agent, later(3), message('On time'), { expectedVersion: 2 });
    // A shared event still makes the consumer's old version stale, counted in hers.
    await expect(commands.handle(consumer, later(4), message('Old screen'), { expectedVersion: 1 })).rejects.toEqual(new StaleDisputeVersion(1, 2));
  });

  it('lets writers in two processes at the same moment both land, each deciding on the other’s event', async () => {
    const otherProcess = new DisputeCommands(store, new DisputeTurns(), new DisputeHistories(store));
    const outcomes = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => commands.handle(consumer, later(1), message(`here ${i}`))),
      ...Array.from({ length: 6 }, (_, i) => otherProcess.handle(agent, later(1), message(`there ${i}`))),
    ]);
    expect(outcomes.map((o) => o.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const last = outcomes.find((o) => o.version === 12)!;
    expect(last.history.state.filed && last.history.state.messages).toHaveLength(12);
  });

  it('dates a command that read the clock before the last event at that event, not in the past', async () => {
    await commands.handle(agent, later(10), message('From the future'));
    const outcome = await commands.handle(consumer, later(5), message('Clock read earlier'));
    expect(outcome.history.state.filed && outcome.history.state.messages.at(-1)?.at).toBe(later(10).toISOString());
  });

  it('refuses what the decider refuses, appending nothing', async () => {
    await expect(commands.handle(agent, later(1), { type: 'GiveFeedback', disputeId, rating: 5 })).rejects.toMatchObject({ refusal: { code: 'ROLE_NOT_ALLOWED' } });
    expect(await store.readStream(`dispute-${disputeId}`)).toHaveLength(1);
  });
});
