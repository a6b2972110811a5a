import { randomBytes } from 'node:crypto';
import { connect, createServer } from 'node:net';
import { Client } from 'pg';
import { FreezableProxy } from '@recours/testing';
import { listeningConnection, listenTo, ListeningConnection, type ChannelListener } from './listening-connection';

const SERVER = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A connection string of its own (its application_name), so that its backends can be counted and cut. */
function ownUrl(base = SERVER): { url: string; name: string } {
  const name = `listening-spec-${randomBytes(4).toString('hex')}`;
  const url = new URL(base);
  url.searchParams.set('application_name', name);
  return { url: url.toString(), name };
}

async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: SERVER });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const backends = async (name: string) => (await sql<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [name]))[0].n;
const notify = (channel: string, payload: string) => sql('SELECT pg_notify($1, $2)', [channel, payload]);

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still waiting for ${what} after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** What a listener heard: payloads, and how often it was told it listens or lost the connection. */
function recorder(): ChannelListener & { heard: string[]; listenings: number; losses: number } {
  const heard: string[] = [];
  const listener = {
    heard,
    listenings: 0,
    losses: 0,
    message: (payload: string) => void heard.push(payload),
    listening: () => void listener.listenings++,
    lost: () => void listener.losses++,
  };
  return listener;
}

const channel = () => `spec_${randomBytes(4).toString('hex')}`;

describe('ListeningConnection: one LISTEN connection per database and process', () => {
  it('carries every channel and every listener on one connection, each payload to its channel only', async () => {
    const { url, name } = ownUrl();
    const [a, b] = [channel(), channel()];
    const [first, second, other] = [recorder(), recorder(), recorder()];
    const subscriptions = await Promise.all([listenTo(url, a, first), listenTo(url, a, second), listenTo(url, b, other)]);
    try {
      expect(subscriptions.map((subscription) => subscription.listening)).toEqual([true, true, true]);
      expect(await backends(name)).toBe(1);
      expect([first.listenings, second.listenings, other.listenings]).toEqual([1, 1, 1]);

      await notify(a, 'to a');
      await notify(b, '');
      await until('both notifications', () => first.heard.length === 1 && other.heard.length === 1);
      expect(first.heard).toEqual(['to a']);
      expect(second.heard).toEqual(['to a']);
      expect(other.heard).toEqual(['']);
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.close()));
    }
  });

  it('unlistens a channel nobody holds any more, and closes the connection with the last subscription', async () => {
    const { url, name } = ownUrl();
    const [a, b] = [channel(), channel()];
    const [onA, onB] = [recorder(), recorder()];
    const subscriptionA = await listenTo(url, a, onA);
    const subscriptionB = await listenTo(url, b, onB);

    await subscriptionA.close();
    expect(subscriptionA.listening).toBe(false);
    await notify(a, 'unheard');
    await notify(b, 'heard');
    await until('b', () => onB.heard.length === 1);
    expect(onA.heard).toEqual([]);
    expect(await backends(name)).toBe(1);

    await subscriptionB.close();
    await until('the connection to end', async () => (await backends(name)) === 0);

    // A later listener opens a new one.
    const again = recorder();
    const subscription = await listenTo(url, a, again);
    try {
      await notify(a, 'after');
      await until('the new connection to hear', () => again.heard.length === 1);
      expect(await backends(name)).toBe(1);
    } finally {
      await subscription.close();
    }
  });

  it('tells every listener when the connection is cut, connects again, listens to every channel again and hears again', async () => {
    const { url, name } = ownUrl();
    const [a, b] = [channel(), channel()];
    const [onA, onB] = [recorder(), recorder()];
    const connection = listeningConnection(url, { reconnectMs: 50 });
    const subscriptions = [await connection.listen(a, onA), await connection.listen(b, onB)];
    try {
      const cut = await sql<{ cut: boolean }>('SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = $1', [name]);
      expect(cut).toEqual([{ cut: true }]);
      await until('both listeners told of the loss', () => onA.losses === 1 && onB.losses === 1);
      await until('listening again', () => onA.listenings === 2 && onB.listenings === 2);
      expect(subscriptions.map((subscription) => subscription.listening)).toEqual([true, true]);

      await notify(a, 'after the cut');
      await notify(b, 'after the cut too');
      await until('both heard', () => onA.heard.length === 1 && onB.heard.length === 1);
      expect(onA.heard).toEqual(['after the cut']);
      expect(onB.heard).toEqual(['after the cut too']);
      expect(await backends(name)).toBe(1);
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.close()));
    }
  });

  it('counts a connection that stops answering its heartbeat as lost, and listens again on a new one', async () => {
    const proxy = await FreezableProxy.start(SERVER);
    const { url: direct, name } = ownUrl();
    const url = proxy.url(direct);
    const a = channel();
    const onA = recorder();
    const connection = new ListeningConnection(url, { heartbeatMs: 100, heartbeatTimeoutMs: 200, reconnectMs: 50 });
    const subscription = await connection.listen(a, onA);
    try {
      expect(subscription.listening).toBe(true);
      expect(proxy.freeze(name)).toHaveLength(1);
      // Nothing closed, nothing answered: only the heartbeat can tell.
      await until('the silent connection counted as lost', () => onA.losses === 1);
      expect(subscription.listening).toBe(false);
      await until('listening again', () => onA.listenings === 2);
      await notify(a, 'heard through the new connection');
      await until('heard', () => onA.heard.length === 1);
      expect(onA.heard).toEqual(['heard through the new connection']);
    } finally {
      await subscription.close();
      await proxy.close();
    }
  });

  it('keeps the other listeners hearing when one of them throws', async () => {
    const { url } = ownUrl();
    const a = channel();
    const heard = recorder();
    const faulty: ChannelListener = {
      message: () => {
        throw new Error('a listener fault');
      },
      listening: () => {
        throw new Error('another listener fault');
      },
    };
    const subscriptions = [await listenTo(url, a, faulty), await listenTo(url, a, heard)];
    try {
      await notify(a, 'one');
      await notify(a, 'two');
      await until('both heard', () => heard.heard.length === 2);
      expect(heard.heard).toEqual(['one', 'two']);
      expect(subscriptions.map((subscription) => subscription.listening)).toEqual([true, true]);
    } finally {
      await Promise.all(subscriptions.map((subscription) => subscription.close()));
    }
  });

  it('answers a first listen that cannot connect without throwing, and listens once the database answers', async () => {
    // A port nobody listens on, then a proxy started on it.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as { port: number }).port;
    await new Promise((resolve) => probe.close(resolve));
    const base = new URL(SERVER);
    base.hostname = '127.0.0.1';
    base.port = String(port);
    const { url } = ownUrl(base.toString());
    const a = channel();
    const onA = recorder();
    const connection = new ListeningConnection(url, { reconnectMs: 50 });
    const subscription = await connection.listen(a, onA);
    const target = new URL(SERVER);
    const forwarder = createServer((socket) => {
      const upstream = connect({ host: target.hostname, port: Number(target.port || 5432) });
      socket.pipe(upstream).pipe(socket);
      socket.on('error', () => undefined);
      upstream.on('error', () => undefined);
    });
    try {
      expect(subscription.listening).toBe(false);
      expect(onA.losses).toBeGreaterThanOrEqual(1);
      await new Promise<void>((resolve) => forwarder.listen(port, '127.0.0.1', resolve));
      await until('listening once the database answers', () => subscription.listening);
      expect(onA.listenings).toBe(1);
      await notify(a, 'late but heard');
      await until('heard', () => onA.heard.length === 1);
    } finally {
      await subscription.close();
      forwarder.close();
    }
  });
});
