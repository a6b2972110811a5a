import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { must, phoneClaim, withCast, untilWatching, type Account } from '@recours/testing';
import { DisputeUpdatesHub } from '../../apps/api/src/disputes/live/dispute-updates.hub';

type Update = { disputeUpdated: { id: string; version: number; status: string } };

describe('subscription disputeUpdated(id) over graphql-ws', () => {
  const clients: Client[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.dispose()))); // before the app closes
  const cast = withCast('subscriptions', { consumer: ['consumer', 'Claire'], merchant: ['merchant', 'PhoneShop'], outsider: ['consumer', 'Mallory'] });

  const connect = (token?: string) => {
    const client = createClient({ url: cast.api.url.replace('http', 'ws'), webSocketImpl: WebSocket, connectionParams: token ? { authorization: `Bearer ${token}` } : {}, retryAttempts: 0, lazy: true });
    clients.push(client);
    return client;
  };
  const subscribe = (client: Client, id: string) => {
    const received: Update[] = [];
    const errors: unknown[] = [];
    let completed = false;
    const stop = client.subscribe<Update>(
      { query: `subscription($id: ID!) { disputeUpdated(id: $id) { id version status } }`, variables: { id } },
      {
        next: (value) => (value.errors ? errors.push(...value.errors) : received.push(value.data as Update)),
        error: (e) => errors.push(e),
        complete: () => (completed = true),
      },
    );
    return { received, errors, stop, completed: () => completed };
  };
  const until = async (predicate: () => boolean, ms = 5000) => {
    const deadline = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  const file = async () => must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, cast.consumer.token), 'file').fileClaim.id;
  const post = async (disputeId: string, as: Account, body: string) =>
    must(await cast.api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body } }, as.token), 'post');

  it('a party receives the updates of its dispute, and nothing of others', async () => {
    const mine = await file();
    const other = await file();
    const merchantSide = subscribe(connect(cast.merchant.token), mine);
    const consumerSide = subscribe(connect(cast.consumer.token), mine);
    await untilWatching(cast.api, mine, 2);
    await post(other, cast.consumer, 'About the other dispute');
    await post(mine, cast.consumer, 'Any news about my phone?');
    await cast.api.gql(`mutation($input: AcknowledgeClaimInput!) { acknowledgeClaim(input: $input) { id } }`, { input: { disputeId: mine } }, cast.merchant.token);
    // Changes that land together may be announced once, with the latest state.
    const lastVersion = (side: typeof merchantSide) => side.received.at(-1)?.disputeUpdated.version;
    await until(() => lastVersion(merchantSide) === 2 && lastVersion(consumerSide) === 2);
    // One change more, after: each side is sent its changes in order, so once this one (version 3)
    // has reached it, whatever else it would have been sent of the first ones has been.
    await post(mine, cast.merchant, 'We are looking into it');
    await until(() => lastVersion(merchantSide) === 3 && lastVersion(consumerSide) === 3);
    for (const side of [merchantSide, consumerSide]) {
      expect(side.received.every((u) => u.disputeUpdated.id === mine)).toBe(true);
      const versions = side.received.map((u) => u.disputeUpdated.version);
      expect(versions).toEqual([...new Set(versions)].sort());
      expect(versions.at(-2)).toBe(2);
    }
    merchantSide.stop();
    consumerSide.stop();
  });

  it("the merchant team's own events (here an internal note) reach the merchant's subscribers only: the consumer learns nothing of when the team acts", async () => {
    const mine = await file();
    const merchantSide = subscribe(connect(cast.merchant.token), mine);
    const consumerSide = subscribe(connect(cast.consumer.token), mine);
    await untilWatching(cast.api, mine, 2);
    const noted = await cast.api.gql(`mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { id } }`, { input: { disputeId: mine, body: 'Goodwill possible' } }, cast.merchant.token);
    expect(noted.errors).toBeUndefined();
    const versions = (side: typeof merchantSide) => side.received.map((u) => u.disputeUpdated.version);
    await until(() => versions(merchantSide).includes(1));
    await post(mine, cast.consumer, 'Any news about my phone?');
    // Her message is the last change: each side is sent its changes in order, so once it has reached
    // both, whatever they would have been sent of the note (before it) has been.
    await until(() => versions(merchantSide).includes(2) && versions(consumerSide).length > 0);
    expect(versions(merchantSide)).toEqual([1, 2]);
    // Nor by its version: counted over what she reads, it moves by one, her message, not two.
    expect(versions(consumerSide)).toEqual([1]);
    merchantSide.stop();
    consumerSide.stop();
  });

  it('someone who may not read the dispute is refused like dispute(id), and anonymous too', async () => {
    const mine = await file();
    for (const token of [cast.outsider.token, undefined]) {
      const attempt = subscribe(connect(token), mine);
      await until(() => attempt.errors.length > 0 || attempt.completed());
      // Refused, it never listened: nothing in the app can send it a change (no pause to wait for none).
      expect(cast.api.app.get(DisputeUpdatesHub).watchers(mine)).toBe(0);
      await post(mine, cast.consumer, 'Private to the parties');
      expect(attempt.received).toEqual([]);
      expect(JSON.stringify(attempt.errors)).toContain('NOT_FOUND');
    }
  });
});
