import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { apiActors, must, phoneClaim, startWithCast, type Account, type TestApp } from '@recours/testing';
import { reportFigures } from './support/figures';
import { gql, outcomeOf } from './support/http';
import { RawSocket } from './support/socket';
import { DisputeUpdatesHub } from '../../apps/api/src/disputes/live/dispute-updates.hub';

/**
 * The cost of a large dispute is not multiplied by its watchers (issue 12 item 3): 300 messages of
 * 5 KB on one dispute, 1,500 subscriptions to it on one connection (the connection and account
 * limits raised for the scenario), one new message. Each change is read once and viewed once per
 * kind of reader, not once per watcher; messages are bounded per dispute and per party; `dispute`
 * and `disputeAsOf` count for more than one field against the operation limits.
 */
const POST_MESSAGE = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id version } }`;
const WATCHERS = 1_500;
const figures: Record<string, string | number | Record<string, number | string>> = {};

describe('a large dispute and its watchers', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;
  const sockets: RawSocket[] = [];
  const file = async (by: Account) => must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, by.token), 'file').fileClaim.id;
  const post = (id: string, by: Account, body: string, headers: Record<string, string> = {}) => gql<{ postMessage: { version: number } }>(api.url, POST_MESSAGE, { input: { disputeId: id, body } }, { token: by.token, headers });

  beforeAll(async () => {
    ({ api, consumer, merchant } = await startWithCast('large_dispute', { consumer: ['consumer', 'Large dispute consumer'], merchant: ['merchant', 'Large dispute merchant'] }, {
      NOTIFIER: 'external',
      LIVE_SUBSCRIPTIONS_PER_CONNECTION: String(WATCHERS + 10),
      LIVE_SUBSCRIPTIONS_PER_ACCOUNT: String(WATCHERS + 10),
      MESSAGE_LIMIT_PER_DISPUTE: '1000',
      MESSAGE_LIMIT_PER_PARTY: '1000',
    }));
    disputeId = await file(consumer);
    const body = (i: number) => `Message ${i}: ${'the battery swells again and the cover lifts. '.repeat(110)}`.slice(0, 5_000);
    for (let i = 0; i < 300; i += 4) {
      const answers = await Promise.all([0, 1, 2, 3].map((j) => post(disputeId, (i + j) % 2 ? merchant : consumer, body(i + j))));
      for (const answer of answers) expect(outcomeOf(answer)).toBe('OK');
    }
  });
  afterAll(async () => {
    reportFigures('a large dispute and its watchers', figures);
    for (const socket of sockets) socket.close();
    await api?.close();
    for (const name of ['NOTIFIER', 'LIVE_SUBSCRIPTIONS_PER_CONNECTION', 'LIVE_SUBSCRIPTIONS_PER_ACCOUNT', 'MESSAGE_LIMIT_PER_DISPUTE', 'MESSAGE_LIMIT_PER_PARTY']) delete process.env[name];
  });

  it('one new message on a dispute of 300 × 5 KB watched 1,500 times: read once, every watcher told, other readers unhindered', async () => {
    const other = await apiActors(api).consumer('Another consumer');
    const otherDispute = await file(other);
    const socket = await RawSocket.connect(api.url, { authorization: `Bearer ${consumer.token}` });
    sockets.push(socket);
    const ids = Array.from({ length: WATCHERS }, (_, i) => `w${i}`);
    for (const id of ids) socket.subscribe(id, `subscription($id: ID!) { disputeUpdated(id: $id) { id version status lastActivityAt } }`, { id: disputeId });
    // Established once the server listens for all of them (a message before that would miss the
    // late ones: under load, 1,500 subscriptions took longer than a fixed half-second to start),
    // then told of a first message; then the measured one.
    const subscribing = performance.now();
    const hub = api.app.get(DisputeUpdatesHub);
    expect(await socket.until(() => hub.watchers(disputeId) === WATCHERS, 120_000)).toBe(true);
    expect(outcomeOf(await post(disputeId, consumer, 'Is everyone listening?'))).toBe('OK');
    expect(await socket.until(() => ids.every((id) => socket.received(id).next.length > 0), 120_000)).toBe(true);
    figures[`${WATCHERS} subscriptions opened and told of a first message within (ms)`] = Math.round(performance.now() - subscribing);
    expect(socket.closed).toBeUndefined();

    const store = api.app.get<EventStore>(EVENT_STORE);
    const reads = jest.spyOn(store, 'readStream');
    const started = performance.now();
    const posted = post(disputeId, merchant, 'One more message, for everyone watching');
    const readsOfOthers: number[] = [];
    const delivered = socket.until(() => ids.every((id) => socket.received(id).next.length > 1), 90_000);
    const postAnswer = await posted;
    const postMs = performance.now() - started;
    for (let i = 0; i < 5; i++) {
      const read = await gql(api.url, `query($id: ID!) { dispute(id: $id) { id version } }`, { id: otherDispute }, { token: other.token });
      expect(outcomeOf(read)).toBe('OK');
      readsOfOthers.push(Math.round(read.ms));
    }
    const allDelivered = await delivered;
    const deliveredMs = performance.now() - started;
    const streamReads = reads.mock.calls.filter(([streamId]) => streamId.endsWith(disputeId)).length;
    reads.mockRestore();
    const version = postAnswer.data?.postMessage.version;
    const told = ids.filter((id) => socket.received(id).next.some((n) => (n.data?.disputeUpdated as { version: number } | undefined)?.version === version)).length;
    Object.assign(figures, {
      'watchers told of the new message': `${told} / ${WATCHERS}`,
      'reads of the dispute’s stream for that change (all watchers)': streamReads,
      'post answered in (ms)': Math.round(postMs),
      'another consumer’s dispute read during the fan-out (ms)': readsOfOthers.join(', '),
      'every watcher told within (ms)': Math.round(deliveredMs),
    });
    expect(outcomeOf(postAnswer)).toBe('OK');
    expect(allDelivered).toBe(true);
    expect(told).toBe(WATCHERS);
    // The command's own read, and one for the watchers: not one per watcher.
    expect(streamReads).toBeLessThanOrEqual(3);
  });

  it('a party, and a dispute, may post only so many messages an hour: RATE_LIMITED in the reader’s language, naming nothing internal', async () => {
    process.env.MESSAGE_LIMIT_PER_PARTY = '3';
    process.env.MESSAGE_LIMIT_PER_DISPUTE = '5';
    const fresh = await file(consumer);
    const outsider = await apiActors(api).consumer('Outsider');
    // Someone who may not post there uses none of the dispute's budget.
    for (let i = 0; i < 6; i++) expect(outcomeOf(await post(fresh, outsider, `Spam ${i}`))).toBe('NOT_FOUND');
    const consumerSide = [];
    for (let i = 0; i < 4; i++) consumerSide.push(await post(fresh, consumer, `From the consumer ${i}`, { 'accept-language': 'fr' }));
    expect(consumerSide.map(outcomeOf)).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
    const partyRefusal = consumerSide[3].errors![0];
    expect(partyRefusal.message).toMatch(/^Vous avez envoyé beaucoup de messages sur ce litige depuis une heure\u202f; vous pourrez écrire à nouveau dans \d+ minutes?$/);
    expect(partyRefusal.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    const merchantSide = [];
    for (let i = 0; i < 3; i++) merchantSide.push(await post(fresh, merchant, `From the merchant ${i}`));
    expect(merchantSide.map(outcomeOf)).toEqual(['OK', 'OK', 'RATE_LIMITED']);
    const disputeRefusal = merchantSide[2].errors![0];
    expect(disputeRefusal.message).toMatch(/^Many messages were posted on this dispute in the last hour; you can write again in \d+ minutes?$/);
    for (const refusal of [partyRefusal, disputeRefusal]) expect(JSON.stringify(refusal)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}|messages:|counter/);
    // The refused messages are not in the dispute.
    const read = await gql<{ dispute: { messages: Array<{ body: string }> } }>(api.url, `query($id: ID!) { dispute(id: $id) { messages { body } } }`, { id: fresh }, { token: consumer.token });
    expect(read.data?.dispute.messages.map((m) => m.body)).toEqual(['From the consumer 0', 'From the consumer 1', 'From the consumer 2', 'From the merchant 0', 'From the merchant 1']);
    figures['messages per hour, party / dispute (limits of this run: 3 / 5)'] = `${consumerSide.map(outcomeOf).join(', ')} / ${merchantSide.map(outcomeOf).join(', ')}`;
    figures['RATE_LIMITED, fr / en'] = `« ${partyRefusal.message} » / "${disputeRefusal.message}"`;
    process.env.MESSAGE_LIMIT_PER_PARTY = '1000';
    process.env.MESSAGE_LIMIT_PER_DISPUTE = '1000';
  });

  it('simultaneous posts stay within the budget: each is counted before it is posted', async () => {
    process.env.MESSAGE_LIMIT_PER_PARTY = '3';
    process.env.MESSAGE_LIMIT_PER_DISPUTE = '1000';
    const fresh = await file(consumer);
    const atOnce = 12;
    const answers = await Promise.all(Array.from({ length: atOnce }, (_, i) => post(fresh, consumer, `At once ${i}`)));
    const outcomes = answers.map(outcomeOf);
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(3);
    expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(atOnce - 3);
    const read = await gql<{ dispute: { messages: Array<{ body: string }> } }>(api.url, `query($id: ID!) { dispute(id: $id) { messages { body } } }`, { id: fresh }, { token: consumer.token });
    expect(read.data?.dispute.messages).toHaveLength(3);
    // The refused ones were taken back: with one more allowed, she may post once more, and only once.
    process.env.MESSAGE_LIMIT_PER_PARTY = '4';
    expect([outcomeOf(await post(fresh, consumer, 'One more')), outcomeOf(await post(fresh, consumer, 'And another'))]).toEqual(['OK', 'RATE_LIMITED']);
    figures[`${atOnce} posts at once, party budget 3`] = `${outcomes.filter((o) => o === 'OK').length} OK, ${outcomes.filter((o) => o === 'RATE_LIMITED').length} RATE_LIMITED`;
    process.env.MESSAGE_LIMIT_PER_PARTY = '1000';
  });

  it('dispute and disputeAsOf count for more than one field against the operation limits', async () => {
    const aliases = (n: number, field: string) => `query($id: ID!) { ${Array.from({ length: n }, (_, i) => `d${i}: ${field} { id version }`).join(' ')} }`;
    const at = new Date().toISOString();
    const answers = {
      'dispute × 1': outcomeOf(await gql(api.url, aliases(1, 'dispute(id: $id)'), { id: disputeId }, { token: consumer.token })),
      'dispute × 20': outcomeOf(await gql(api.url, aliases(20, 'dispute(id: $id)'), { id: disputeId }, { token: consumer.token })),
      'disputeAsOf × 10': outcomeOf(await gql(api.url, aliases(10, `disputeAsOf(id: $id, at: "${at}")`), { id: disputeId }, { token: consumer.token })),
    };
    expect(answers).toEqual({ 'dispute × 1': 'OK', 'dispute × 20': 'GRAPHQL_VALIDATION_FAILED', 'disputeAsOf × 10': 'GRAPHQL_VALIDATION_FAILED' });
    figures['20 disputes, 10 past states in one operation'] = `${answers['dispute × 20']}, ${answers['disputeAsOf × 10']} (a dispute counts as 25 fields, a past state as 50, of 400)`;
  });
});
