import { Client } from 'pg';
import { DEMO_ADMIN } from '../../apps/api/src/seed/demo-accounts';
import { GraphQLCaller } from '../../apps/api/src/seed/graphql-caller';
import { seedDemo } from '../../apps/api/src/seed/seed-demo';
import { mailedToken, startTestApp, type TestApp } from '@recours/testing';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { verifyStatistics } from '@recours/read-models';

// The whole demo, twice, through the API: about 20 s on a quiet machine, more on a busy CI runner.
// The demo runs twice through the API (about 40 s on a quiet machine, well over 2 min on a loaded one).
jest.setTimeout(400_000);

describe('npm run seed: the demo', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('seed', { ADMIN_EMAIL: DEMO_ADMIN.email, ADMIN_PASSWORD: DEMO_ADMIN.password });
  });
  afterAll(() => api.close());

  const countEvents = async () => {
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM event_store.events');
    await client.end();
    return rows[0].n as number;
  };

  it('creates accounts of every role and a dispute in every status, and a second run changes nothing', async () => {
    const first = await seedDemo(new GraphQLCaller(api.url), () => undefined, (address) => mailedToken(api.database.url, address, 'VERIFY_EMAIL'));
    expect(new Set(first.accounts.map((a) => a.role))).toEqual(new Set(['ADMIN', 'CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION']));
    expect(first.disputes.map((d) => d.status).sort()).toEqual(
      ['AGREED', 'AWAITING_CONSUMER', 'AWAITING_MERCHANT', 'ESCALATED', 'IN_MEDIATION', 'MEDIATION_REQUESTED', 'REJECTED', 'RESOLVED', 'UNRESOLVED', 'WITHDRAWN'].sort(),
    );
    const events = await countEvents();
    const second = await seedDemo(new GraphQLCaller(api.url), () => undefined, (address) => mailedToken(api.database.url, address, 'VERIFY_EMAIL'));
    expect(second.disputes).toEqual(first.disputes);
    expect(await countEvents()).toBe(events);

    // Every published figure of the demo is what its events say (npm run stats:verify).
    const verification = await verifyStatistics({ store: api.app.get<EventStore>(EVENT_STORE), connectionString: api.database.url, now: new Date() });
    expect(verification.differences).toEqual([]);
    expect(verification.rows).toBeGreaterThan(0);

    // The printed credentials work.
    const caller = new GraphQLCaller(api.url);
    for (const account of first.accounts) {
      const { login } = await caller.call<{ login: { user: { role: string } } }>(`mutation($input: LoginInput!) { login(input: $input) { user { role } } }`, {
        input: { email: account.email, password: account.password },
      });
      expect(login.user.role).toBe(account.role);
    }
  });
});
