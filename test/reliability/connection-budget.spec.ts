import { createTestDatabase, phoneClaim, startSmtpInbox, type SmtpInbox, type TestDatabase } from '@recours/testing';
import { Client } from 'pg';
import { reportFigures } from './support/figures';
import { gql } from './support/http';
import { apiActorsOverHttp } from './support/http-actors';
import { sleep, startApi, startNotifier, startProjector, type RecoursProcess } from './support/processes';

// The table the deployment's budget is computed from (.ci/connection-budget.mjs): checked here
// against the processes as they run, so that it cannot silently fall behind the code.
const { connectionCeiling } = require('../../.ci/connection-ceiling.cjs') as {
  connectionCeiling: (role: 'api' | 'projector' | 'notifier', env: Record<string, string | undefined>) => { total: number; parts: Record<string, number> };
};

const MONITOR = 'recours-reliability-monitor';

/**
 * Every connection a running recours process opens to PostgreSQL carries a name
 * infra/postgres-connections.json lists for that process under its settings, and never more of
 * a name at once than the most listed. Each process runs alone on the database while its
 * connections are sampled every 20 ms: the API under concurrent requests of several kinds, then a
 * projector catching up on what the API wrote, then a notifier sending its e-mails.
 */
describe('PostgreSQL connections of running processes, against the budget', () => {
  let database: TestDatabase;
  let monitor: Client;
  let inbox: SmtpInbox | undefined;
  const running: RecoursProcess[] = [];

  afterAll(async () => {
    for (const process of running) await process.stop('SIGKILL');
    await inbox?.close();
    await monitor?.end().catch(() => undefined);
    await database?.drop();
  });

  /** The most connections of each name seen at once while `work` runs (and a little after). */
  async function sampled(work: () => Promise<void>): Promise<Record<string, number>> {
    const most: Record<string, number> = {};
    let done = false;
    const sampling = (async () => {
      while (!done) {
        const { rows } = await monitor.query<{ name: string; n: number }>(
          `SELECT application_name AS name, count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() GROUP BY 1`,
        );
        for (const { name, n } of rows) most[name] = Math.max(most[name] ?? 0, n);
        await sleep(20);
      }
    })();
    try {
      await work();
      await sleep(300);
    } finally {
      done = true;
      await sampling;
    }
    return most;
  }

  /** No connection left on the database but the monitor's: the previous process is gone. */
  async function alone(): Promise<void> {
    for (let i = 0; i < 200; i++) {
      const { rows } = await monitor.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
      if (rows[0].n === 0) return;
      await sleep(50);
    }
    throw new Error('connections still open on the database after the process stopped');
  }

  /** What was seen, beside what the table allows this process under these settings. */
  function outside(seen: Record<string, number>, role: 'api' | 'projector' | 'notifier', env: Record<string, string | undefined>): string[] {
    const { parts } = connectionCeiling(role, env);
    return Object.entries(seen)
      .filter(([name, n]) => !(name in parts) || n > parts[name])
      .map(([name, n]) => `${name || '(no application_name)'}: ${n} at once, the table allows ${parts[name] ?? 0}`);
  }

  it('the API under load, a projector, a notifier: each holds only the connections listed for it, never more than listed', async () => {
    database = await createTestDatabase('connection_budget');
    monitor = new Client({ connectionString: database.url, application_name: MONITOR });
    await monitor.connect();
    const settings = { PROJECTIONS: 'external', NOTIFIER: 'external' };
    const figures: Record<string, Record<string, number>> = {};

    // The API, with concurrent sign-ups, claims, lists, dispute reads and notification reads.
    const api = await startApi(database.url, settings);
    running.push(api.process);
    const disputes: Array<{ id: string; token: string }> = [];
    figures.api = await sampled(async () => {
      const actors = apiActorsOverHttp(api.url);
      const merchant = await actors.signUp('MERCHANT', 'budget-shop');
      const consumers = await Promise.all(Array.from({ length: 6 }, (_, i) => actors.signUp('CONSUMER', `budget-consumer-${i}`)));
      await Promise.all(
        consumers.flatMap((consumer) =>
          Array.from({ length: 3 }, async () => {
            const filed = await gql<{ fileClaim: { id: string } }>(api.url, `mutation($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.merchantId!) }, { token: consumer.token });
            if (!filed.data) throw new Error(`fileClaim: ${JSON.stringify(filed.errors)}`);
            disputes.push({ id: filed.data.fileClaim.id, token: consumer.token });
          }),
        ),
      );
      const reads = consumers.flatMap((consumer) => [
        ...Array.from({ length: 4 }, () => gql(api.url, `{ myDisputes(first: 20) { edges { node { id } } } }`, {}, { token: consumer.token })),
        ...Array.from({ length: 4 }, () => gql(api.url, `{ myNotifications(first: 5) { edges { node { id } } } }`, {}, { token: consumer.token })),
      ]);
      const disputeReads = disputes.map(({ id, token }) => gql(api.url, `query($id: ID!) { dispute(id: $id) { id } }`, { id }, { token }));
      const answers = await Promise.all([...reads, ...disputeReads]);
      const failed = answers.filter((answer) => answer.errors);
      if (failed.length > 0) throw new Error(`reads failed: ${JSON.stringify(failed[0].errors)}`);
    });
    await api.process.stop();
    await alone();

    // A projector, catching up on what the API wrote.
    const projector = await startProjector('projector', database.url, { DEADLINES_INTERVAL_MS: '3600000' });
    running.push(projector);
    // Waited for on the monitor's connection: a helper's own connection would be sampled too.
    figures.projector = await sampled(async () => {
      for (let i = 0; i < 600; i++) {
        const { rows } = await monitor.query<{ n: number }>(`SELECT count(*)::int AS n FROM read_models.dispute_summaries`).catch(() => ({ rows: [{ n: 0 }] }));
        if (rows[0].n === disputes.length) return;
        await sleep(50);
      }
      throw new Error(`the projector did not project the ${disputes.length} claims:\n${projector.output.slice(-2000)}`);
    });
    await projector.stop();
    await alone();

    // A notifier, telling the merchant of the claims (its e-mails to an SMTP server of the test's).
    inbox = await startSmtpInbox();
    const notifier = await startNotifier('notifier', database.url, { SMTP_URL: inbox.url, MAIL_FROM: 'recours <noreply@recours.test>' });
    running.push(notifier);
    figures.notifier = await sampled(async () => {
      for (let i = 0; i < 300 && inbox!.received.length === 0; i++) await sleep(50);
      if (inbox!.received.length === 0) throw new Error(`the notifier sent nothing:\n${notifier.output.slice(-2000)}`);
    });
    await notifier.stop();

    reportFigures('PostgreSQL connections by process, most at once', figures);
    expect(outside(figures.api, 'api', settings)).toEqual([]);
    expect(outside(figures.projector, 'projector', {})).toEqual([]);
    expect(outside(figures.notifier, 'notifier', {})).toEqual([]);
    // The sampling saw each process at work, not an empty database.
    expect(figures.api['recours-accounts']).toBeGreaterThan(0);
    expect(figures.api['recours-read-models']).toBeGreaterThan(0);
    expect(figures.projector['recours-projection:dispute-cases']).toBe(1);
    expect(figures.notifier['recours-notifier:sender']).toBe(1);
  });
});
