import type { Actor } from '@recours/disputes';
import type { RecordedEvent } from '@recours/event-store';
import { actorTag, earlierCommand } from './idempotency';

const consumer: Actor = { kind: 'CONSUMER', id: 'c-1' };
const agent: Actor = { kind: 'MERCHANT_AGENT', id: 'a-1', merchantId: 'm-1' };
const record = (streamVersion: number, metadata: RecordedEvent['metadata']): RecordedEvent => ({
  id: `e-${streamVersion}`,
  streamId: 'dispute-1',
  streamVersion,
  globalPosition: BigInt(100 + streamVersion),
  type: 'MessagePosted',
  data: {},
  metadata,
  recordedAt: new Date('2026-03-01T10:00:00Z'),
  hash: String(streamVersion).repeat(64).slice(0, 64),
});
const stream = [
  record(0, { actor: actorTag(consumer), commandId: 'file' }),
  record(1, { actor: actorTag(agent), commandId: 'offer' }),
  record(2, { actor: actorTag(agent), commandId: 'offer' }),
  record(3, { actor: actorTag(consumer) }),
];

describe('earlierCommand: what an idempotency key already did on the dispute', () => {
  it('nothing, without a key or with a new one', () => {
    expect(earlierCommand(stream, undefined, consumer)).toEqual({ by: 'nobody' });
    expect(earlierCommand(stream, 'new-key', consumer)).toEqual({ by: 'nobody' });
  });

  it('this actor’s command: the retry answers its last event', () => {
    expect(earlierCommand(stream, 'offer', agent)).toEqual({ by: 'this actor', last: stream[2] });
  });

  it('another party’s command, whose result is not this caller’s to hear', () => {
    expect(earlierCommand(stream, 'offer', consumer)).toEqual({ by: 'someone else' });
    expect(earlierCommand(stream, 'file', { ...consumer, id: 'c-2' })).toEqual({ by: 'someone else' });
  });

  it('tags an actor by kind and id, as the events’ metadata', () => {
    expect(actorTag(agent)).toBe('merchant_agent:a-1');
  });
});
