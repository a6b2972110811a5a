import { Pool } from 'pg';
import { endPool } from '@recours/database';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { ChangeNotifier } from './change-notifier';

/** Lets queued callbacks (a wake resolving its promise) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('ChangeNotifier', () => {
  describe('waking readers in this process', () => {
    const notifier = new ChangeNotifier({ query: async () => ({ rows: [] }) } as unknown as Pool, undefined, 'unit');
    afterAll(() => notifier.close());

    it('wakes a filtered reader only for an append it would read, and any reader for an append of unknown content', async () => {
      const stop = new AbortController();
      const woken: string[] = [];
      void notifier.next(60_000, stop.signal, { eventTypes: ['MediationRequested'] }).then(() => woken.push('by type'));
      void notifier.next(60_000, stop.signal, { streamPrefix: 'account-' }).then(() => woken.push('by prefix'));
      void notifier.next(60_000, stop.signal).then(() => woken.push('unfiltered'));

      notifier.appended(10n, [{ streamId: 'dispute-1', type: 'MessagePosted' }]);
      await settle();
      expect(woken).toEqual(['unfiltered']);
      expect(notifier.announced).toBe(10n);

      notifier.appended(11n, [{ streamId: 'dispute-1', type: 'MessagePosted' }, { streamId: 'dispute-1', type: 'MediationRequested' }]);
      await settle();
      expect(woken).toEqual(['unfiltered', 'by type']);

      // Another process's append (a notification): what it holds is not known, so everyone reads.
      notifier.appended(12n);
      await settle();
      expect(woken).toEqual(['unfiltered', 'by type', 'by prefix']);
      stop.abort();
    });
  });

  describe('its own NOTIFY', () => {
    let database: TestDatabase;
    let pool: Pool;
    const notifiers: ChangeNotifier[] = [];
    beforeAll(async () => {
      database = await createTestDatabase('change_notifier');
      pool = new Pool({ connectionString: database.url, max: 2 });
    });
    afterAll(async () => {
      await Promise.all(notifiers.map((n) => n.close()));
      await endPool(pool);
      await database.drop();
    });

    it('wakes nobody when it comes back on its own LISTEN (its appends were announced already), while another process’s does', async () => {
      const ours = new ChangeNotifier(pool, database.url, 'echo');
      const theirs = new ChangeNotifier(pool, database.url, 'echo');
      notifiers.push(ours, theirs);
      await Promise.all([ours.listen(), theirs.listen()]);

      ours.appended(100n, [{ streamId: 'dispute-1', type: 'MessagePosted' }]);
      const stop = new AbortController();
      let woken = false;
      const waiting = ours.next(60_000, stop.signal).then(() => (woken = true));
      // The other listener has the NOTIFY; ours has it once it no longer expects its echo.
      await until(() => theirs.announced === 100n && (ours as unknown as { ownNotifies: Set<string> }).ownNotifies.size === 0);
      await settle();
      expect(woken).toBe(false);

      theirs.appended(200n, [{ streamId: 'dispute-2', type: 'MessagePosted' }]);
      await waiting;
      expect(ours.announced).toBe(200n);
      stop.abort();
    });

    it('tells other processes the types it appended: their readers of other types sleep on, a bare position wakes all', async () => {
      const ours = new ChangeNotifier(pool, database.url, 'typed');
      const theirs = new ChangeNotifier(pool, database.url, 'typed');
      notifiers.push(ours, theirs);
      await Promise.all([ours.listen(), theirs.listen()]);
      const stop = new AbortController();
      const woken: string[] = [];
      void ours.next(60_000, stop.signal, { eventTypes: ['PersonalDataErased'] }).then(() => woken.push('erasure'));
      void ours.next(60_000, stop.signal, { streamPrefix: 'dispute-' }).then(() => woken.push('by prefix'));

      // Their stream is not in the NOTIFY: a reader by prefix wakes for any type.
      theirs.appended(300n, [{ streamId: 'dispute-3', type: 'MessagePosted' }, { streamId: 'dispute-4', type: 'OfferMade' }]);
      await until(() => ours.announced === 300n);
      await settle();
      expect(woken).toEqual(['by prefix']);

      theirs.appended(301n, [{ streamId: 'account-1', type: 'PersonalDataErased' }]);
      await until(() => ours.announced === 301n);
      await settle();
      expect(woken).toEqual(['by prefix', 'erasure']);

      // A NOTIFY with a position alone (appends whose content was not said): every reader reads.
      let woke = false;
      void ours.next(60_000, stop.signal, { eventTypes: ['PersonalDataErased'] }).then(() => (woke = true));
      await pool.query(`SELECT pg_notify('typed', '302')`);
      await until(() => ours.announced === 302n);
      await settle();
      expect(woke).toBe(true);
      // Nor does a payload it cannot read move anything.
      await pool.query(`SELECT pg_notify('typed', 'not a position')`);
      await pool.query(`SELECT pg_notify('typed', '303')`);
      await until(() => ours.announced === 303n);
      stop.abort();
    });
  });
});
