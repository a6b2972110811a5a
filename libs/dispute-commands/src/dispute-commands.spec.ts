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
  const offer = (offerId: string): DisputeCommandPayload => ({ type: 'MakeOffer', disputeId, offerId, remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair at home' });
  const accept = (offerId: string): DisputeCommandPayload => ({ type: 'AcceptOffer', disputeId, offerId });

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
    // The offer she saw (version 1) was replaced since: accepting it is no longer what it was.
    await commands.handle(agent, later(1), offer('offer-1'));
    await commands.handle(agent, later(2), offer('offer-2'));
    await expect(commands.handle(consumer, later(3), accept('offer-1'), { expectedVersion: 1 })).rejects.toEqual(new StaleDisputeVersion(1, 3));
    const outsider = commands.handle(otherConsumer, later(3), accept('offer-1'), { expectedVersion: 1 });
    await expect(outsider).rejects.toBeInstanceOf(DisputeCommandRefused);
    await expect(outsider).rejects.toMatchObject({ refusal: { code: 'NOT_A_PARTY' } });
    expect(await store.readStream(`dispute-${disputeId}`)).toHaveLength(4);
  });

  it('accepts a version behind hers when what came since does not change what her command decides, and answers a refusal it would meet either way as that refusal', async () => {
    await commands.handle(agent, later(1), offer('offer-1'));
    await commands.handle(agent, later(2), message('Our technician can come on Thursday'));
    // An offer there is not, on the version before the message: refused by the rule on both, so told the rule, not CONFLICT.
    await expect(commands.handle(consumer, later(3), accept('offer-9'), { expectedVersion: 1 })).rejects.toMatchObject({ refusal: { code: 'OFFER_NOT_FOUND' } });
    const accepted = await commands.handle(consumer, later(3), accept('offer-1'), { expectedVersion: 1 });
    expect(accepted).toMatchObject({ version: 3, events: ['OfferAccepted'] });
    // Accepted again on the version before the message: her own acceptance came since, and changes the answer.
    await expect(commands.handle(consumer, later(4), accept('offer-1'), { expectedVersion: 1 })).rejects.toEqual(new StaleDisputeVersion(1, 3));
    expect(await store.readStream(`dispute-${disputeId}`)).toHaveLength(4);
  });

  it('counts the version each actor sent over the events it may read: one kept from it never makes its command stale', async () => {
    // The merchant team's note is the merchant's own: the consumer's count does not move.
    const noted = await commands.handle(agent, later(1), { type: 'AddInternalNote', disputeId, noteId: randomUUID(), body: 'Rappeler lundi' });
    expect(noted.history.version).toBe(1);
    expect(noted.history.readerVersions).toMatchObject({ CONSUMER: 0, MERCHANT: 1, MEDIATOR: 0, ASSOCIATION: 0, ADMIN: 0 });
    const answered = await commands.handle(consumer, later(2), message('Any news?'), { expectedVersion: 0 });
    expect(answered.history.readerVersions).toMatchObject({ CONSUMER: 1, MERCHANT: 2 });
    const offered = await commands.handle(agent, later(3), offer('offer-1'), { expectedVersion: 2 });
    expect(offered.history.readerVersions).toMatchObject({ CONSUMER: 2, MERCHANT: 3 });
    // A shared event that changes her answer (the offer she accepts was not there at 1): stale, counted in hers (the stream is at 3).
    await expect(commands.handle(consumer, later(4), accept('offer-1'), { expectedVersion: 1 })).rejects.toEqual(new StaleDisputeVersion(1, 2));
    // The merchant saw 3 before she withdrew her claim: its message would now be refused, so stale, told in its own count.
    await commands.handle(consumer, later(5), { type: 'WithdrawClaim', disputeId }, { expectedVersion: 2 });
    await expect(commands.handle(agent, later(6), message('Late'), { expectedVersion: 3 })).rejects.toEqual(new StaleDisputeVersion(3, 4));
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
