import { createTestDatabase, planOf, type PlannedStatement, type TestDatabase } from '@recours/testing';
import { DisputeSummaries, disputesNaming, openReadModelsDataSource } from '@recours/read-models';
import { disputeCasesProjection } from '../../../libs/read-models/src/projections/dispute-cases/dispute-cases.projection';
import { LruCache } from '../../../libs/read-models/src/runner/lru-cache';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { openAccountsDataSource } from './accounts/accounts-data-source';
import { MediationIntake } from './mediation-bodies/mediation-intake';
import { AccountErasure } from './privacy/erasure/account-erasure';
import { ALL_PROJECTIONS } from '../../../libs/read-models/src/projections/all-projections';
import { DisputeScript, dayAt } from '../../../libs/read-models/src/testing/dispute-script';
import { playJourneys } from '../../../libs/read-models/src/testing/journeys';
import { admin, agent as merchantAgent, claimOf, consumer } from '../../../libs/read-models/src/testing/parties';
import { catchUp, lastPositionOf, startTestKit, type TestKit } from '../../../libs/read-models/src/testing/test-kit';

type Planned = PlannedStatement;

/**
 * What a person's action reads: a mediation body's intake (each page load), the cases of an agent
 * who leaves her team, an erasure's invitations at her address and the disputes holding her words.
 * At a country's scale each table holds tens of millions of rows: a statement that reads one whole
 * is a long scan at each of these actions. The statements are the ones the code sends (captured,
 * not copied), planned with their own values on tables filled and analysed like a busy database's.
 */
describe('what a person’s action reads is found by index', () => {
  let database: TestDatabase;
  let client: Client;
  let accounts: DataSource;
  let readModels: DataSource;

  /** Plans each statement it is sent; runs a SELECT too and answers its rows (an intake's count and page). */
  const planning = (planned: Planned[]) => ({
    query: async (sql: string, parameters: unknown[] = []) => {
      planned.push(await planOf(client, sql, parameters));
      return /^\s*SELECT/i.test(sql) ? (await client.query(sql, parameters)).rows : [];
    },
  });
  /** Which relations each statement reads whole, and which indexes it reads. */
  const scans = (planned: Planned[]) =>
    planned.map(({ seqScans, indexes }) => ({
      seqScans: [...new Set(seqScans)].sort(),
      indexes: [...new Set(indexes)].sort(),
    }));
  const agent = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const person = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const body = (n: number) => `20000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const merchant = (expression: string) => `('30000000-0000-4000-8000-' || lpad((${expression})::text, 12, '0'))`;

  beforeAll(async () => {
    database = await createTestDatabase('reads_by_index');
    accounts = await openAccountsDataSource(database.url);
    readModels = await openReadModelsDataSource(database.url, 2);
    client = new Client({ connectionString: database.url });
    await client.connect();
    // 10 mediation bodies (the first the default one), 200,000 merchants, one in four with its designated body.
    await client.query(`INSERT INTO accounts.mediation_bodies (id, name, is_default) SELECT ('20000000-0000-4000-8000-' || lpad(g::text, 12, '0'))::uuid, 'Médiateur ' || g, g = 1 FROM generate_series(1, 10) g`);
    await client.query(`
      INSERT INTO accounts.merchants (id, name, search_name, mediation_body_id)
      SELECT ${merchant('g')}::uuid, 'Vendeur ' || g, 'vendeur ' || g, CASE WHEN g % 4 = 0 THEN ('20000000-0000-4000-8000-' || lpad((2 + g % 9)::text, 12, '0'))::uuid END
        FROM generate_series(1, 200000) g`);
    // 200,000 disputes: one in a hundred a mediation request awaiting admissibility, one in three
    // given to one of 5,000 agents, one in ten with a mediator, one in twenty shared for advice.
    await client.query(`
      INSERT INTO read_models.dispute_summaries (dispute_id, consumer_id, merchant_id, mediator_id, association_id, product, status, turn, requested_remedy,
             price_amount, price_currency, filed_at, last_activity_at, version, last_position, state, advisers, consumer_version, reader_versions, assignee_id, authors)
      SELECT 'D-' || g, ${`'10000000-0000-4000-8000-' || lpad((g % 60000)::text, 12, '0')`}, ${merchant('1 + g % 20000')},
             CASE WHEN g % 10 = 0 THEN '10000000-0000-4000-8000-' || lpad((100000 + g % 500)::text, 12, '0') END,
             CASE WHEN g % 50 = 0 THEN '10000000-0000-4000-8000-' || lpad((200000 + g % 300)::text, 12, '0') END,
             jsonb_build_object('name', 'Lave-linge ' || g),
             CASE WHEN g % 100 = 0 THEN 'MEDIATION_REQUESTED' WHEN g % 3 = 0 THEN 'RESOLVED' ELSE 'AWAITING_MERCHANT' END, 'MERCHANT', 'REFUND',
             100, 'EUR', now() - g * interval '1 minute', now(), 3, g,
             json_build_object('disputeId', 'D-' || g,
               'assignment', CASE WHEN g % 3 = 1 THEN json_build_object('agentId', '00000000-0000-4000-8000-' || lpad((g % 5000)::text, 12, '0')) END,
               'mediation', CASE WHEN g % 100 = 0 THEN json_build_object('requestedAt', now() - interval '1 day', 'admissibilityDueAt', now() + (g % 500) * interval '1 hour') END),
             CASE WHEN g % 20 = 0 THEN ARRAY['10000000-0000-4000-8000-' || lpad((200000 + g % 300)::text, 12, '0')] ELSE '{}' END,
             3, '{}'::jsonb,
             CASE WHEN g % 3 = 1 THEN '00000000-0000-4000-8000-' || lpad((g % 5000)::text, 12, '0') END,
             ARRAY['10000000-0000-4000-8000-' || lpad((g % 60000)::text, 12, '0')] || CASE WHEN g % 2 = 0 THEN ARRAY['00000000-0000-4000-8000-' || lpad((g % 5000)::text, 12, '0')] ELSE '{}' END
        FROM generate_series(1, 200000) g`);
    await client.query(`
      INSERT INTO read_models.association_cases (dispute_id, association_id, consumer_id, merchant_id, product_name, status, turn, mandate_granted_at, last_activity_at)
      SELECT dispute_id, association_id, consumer_id, merchant_id, 'Lave-linge', status, turn, filed_at, last_activity_at FROM read_models.dispute_summaries WHERE association_id IS NOT NULL`);
    // Five lines per dispute, each by one of its parties; one in ten done for the consumer by her association.
    await client.query(`
      INSERT INTO read_models.dispute_timeline (dispute_id, stream_version, event_id, global_position, event_type, occurred_at, actor_kind, actor_id, on_behalf_of, summary, visible_to)
      SELECT 'D-' || d, v, 'E-' || d || '-' || v, d * 10 + v, 'MESSAGE_POSTED', now(), 'CONSUMER',
             CASE WHEN v % 2 = 0 THEN '10000000-0000-4000-8000-' || lpad((d % 60000)::text, 12, '0') ELSE '00000000-0000-4000-8000-' || lpad((d % 5000)::text, 12, '0') END,
             CASE WHEN v = 5 AND d % 10 = 0 THEN '10000000-0000-4000-8000-' || lpad((d % 60000)::text, 12, '0') END,
             'Message', '{CONSUMER,MERCHANT}'
        FROM generate_series(1, 200000) d, generate_series(1, 5) v`);
    // 200,000 companies' invitations, at addresses as canonicalEmail spells them.
    await client.query(`
      INSERT INTO accounts.merchant_invitations (id, merchant_id, invited_by, email, locale, created_at)
      SELECT gen_random_uuid(), ${merchant('1 + g % 20000')}::uuid, ('10000000-0000-4000-8000-' || lpad((g % 60000)::text, 12, '0'))::uuid, 'contact' || g || '@vendeur' || (g % 20000) || '.fr', 'fr', now() - g * interval '1 minute'
        FROM generate_series(1, 200000) g`);
    await client.query(`ANALYZE accounts.mediation_bodies; ANALYZE accounts.merchants; ANALYZE accounts.merchant_invitations;
      ANALYZE read_models.dispute_summaries; ANALYZE read_models.association_cases; ANALYZE read_models.dispute_timeline`);
  }, 300_000);

  afterAll(async () => {
    await client?.end();
    await readModels?.destroy();
    await accounts?.destroy();
    await database?.drop();
  });

  it('a mediation body’s intake, every page and its count: the requests awaiting admissibility, not every dispute', async () => {
    const planned: Planned[] = [];
    const intake = new MediationIntake(planning(planned) as unknown as DataSource);
    const now = new Date();
    const all = await intake.page('ALL', { now, first: 20 });
    expect(all.totalCount).toBe(2000);
    await intake.page('ALL', { now, first: 20, after: all.pageInfo.endCursor ?? undefined });
    await intake.page([body(3)], { now, first: 20 });
    await intake.page([body(1)], { now, first: 20, unassignedOnly: true });
    // The bodies (a few dozen in France) are read whole; the merchants by the expression the join compares.
    expect(scans(planned)).toEqual(planned.map(() => ({ seqScans: ['mediation_bodies'], indexes: ['dispute_summaries_mediation_requested', 'merchants_by_text_id'] })));
    expect(planned).toHaveLength(8);
  });

  it('the cases of an agent who leaves her team: hers, by the assignee’s index', async () => {
    const planned: Planned[] = [];
    const summaries = new DisputeSummaries({ ...planning(planned), getRepository: () => ({}) } as unknown as DataSource);
    expect((await summaries.openCasesAssignedTo(agent(7))).length).toBeGreaterThan(0);
    expect(scans(planned)).toEqual([{ seqScans: [], indexes: ['dispute_summaries_by_assignee'] }]);
  });

  /** An erasure of no stored account but these calls: the statements on read models and invitations are what is planned. */
  const erasureOf = (planned: Planned[], account: { email: string }) => {
    const runner = planning(planned);
    const manager = {
      query: async (sql: string, parameters: unknown[] = []) => {
        if (/^\s*SELECT email, display_name, erased_at FROM accounts\.accounts/.test(sql)) return [{ email: account.email, display_name: 'Camille Martin', erased_at: null }];
        return /merchant_invitations/.test(sql) ? runner.query(sql, parameters) : [];
      },
    };
    const dataSource = { ...runner, transaction: async (work: (m: typeof manager) => Promise<void>) => work(manager) };
    const stub = { revoke: async () => undefined, forget: async () => undefined, forgetCopiesNaming: async () => undefined, now: () => new Date() };
    return new AccountErasure(dataSource as never, stub as never, stub as never, stub as never, stub as never, stub as never, stub as never, stub as never, stub as never) as unknown as {
      closeAccount(id: string): Promise<void>;
      disputesWithWordsOf(id: string): Promise<string[]>;
    };
  };

  it('an erasure: the invitations at her address, by the index on email', async () => {
    const planned: Planned[] = [];
    await erasureOf(planned, { email: 'contact77@vendeur77.fr' }).closeAccount(person(77));
    const invitations = planned.filter(({ sql }) => /^\s*UPDATE accounts\.merchant_invitations/.test(sql));
    expect(invitations).toHaveLength(1);
    expect(scans(invitations)).toEqual([{ seqScans: [], indexes: ['merchant_invitations_by_email'] }]);
  });

  it('an erasure: the disputes holding her words, each found by an index, none by reading every state or every line', async () => {
    for (const someone of [person(77), agent(7), person(100010), person(200020)]) {
      const planned: Planned[] = [];
      await erasureOf(planned, { email: 'x@example.fr' }).disputesWithWordsOf(someone);
      expect(planned).toHaveLength(1);
      expect(scans(planned)).toEqual([
        {
          seqScans: [],
          indexes: [
            'association_cases_by_activity',
            'dispute_summaries_by_adviser',
            'dispute_summaries_by_assignee',
            'dispute_summaries_by_author',
            'dispute_summaries_by_consumer',
            'dispute_summaries_by_mediator',
            'dispute_timeline_by_actor',
            'dispute_timeline_on_behalf_of',
          ],
        },
      ]);
    }
  });

  it('the dispute-cases projection’s erase: the disputes naming her, by the same indexes (disputesNaming), none by reading every state', async () => {
    for (const someone of [person(77), agent(7), person(100010), person(200020)]) {
      const planned: Planned[] = [];
      const target = {
        client: { query: async (sql: string, parameters: unknown[] = []) => (planned.push(await planOf(client, sql, parameters)), { rows: [] }) },
        schema: 'read_models',
        cache: new LruCache<string, unknown>(10),
        rebuilding: false,
      };
      await disputeCasesProjection.erase!({ subject: someone, disputes: ['D-1'], at: new Date().toISOString() } as never, target as never);
      expect(planned).toHaveLength(1);
      expect(scans(planned)).toEqual([
        {
          seqScans: [],
          indexes: [
            'association_cases_by_activity',
            'dispute_summaries_by_adviser',
            'dispute_summaries_by_assignee',
            'dispute_summaries_by_author',
            'dispute_summaries_by_consumer',
            'dispute_summaries_by_mediator',
            'dispute_summaries_pkey',
          ],
        },
      ]);
    }
  });
});

/**
 * The disputes an erasure names, found by index, are every one the search of each state's text
 * found (the statement it replaced, kept here as the reference), for each party of projected
 * disputes: those who acted, and those only named (an agent given the case, an association the
 * consumer shares it with, a mediator assigned), who never wrote an event.
 */
describe('the disputes holding a person’s words, by index, are those her id in their state found', () => {
  let kit: TestKit;

  beforeAll(async () => {
    kit = await startTestKit('words_by_index');
    const scripts = await playJourneys(kit.store, 14);
    const named = new DisputeScript('d-named', kit.store);
    const c = consumer('consumer-named');
    const owner = { ...merchantAgent('merchant-0', 'owner-0'), teamRole: 'OWNER' as const };
    await named.do('FileClaim', dayAt('2025-03-01', 0, '09:00'), c, claimOf('merchant-0'));
    await named.do('AssignCase', dayAt('2025-03-01', 1), owner, { agentId: 'agent-given' });
    await named.do('ShareForAdvice', dayAt('2025-03-01', 1, '11:00'), c, { associationId: 'adviser-only' });
    await named.do('RejectClaim', dayAt('2025-03-01', 2), owner, { reason: 'Out of warranty' });
    await named.do('RequestMediation', dayAt('2025-03-01', 3), c, {});
    await named.do('AssignMediator', dayAt('2025-03-01', 4), admin, { mediatorId: 'mediator-idle' });
    await catchUp(kit.projector(ALL_PROJECTIONS), lastPositionOf([...scripts, named]), 60_000);
  }, 120_000);

  afterAll(async () => kit?.close());

  it('for each party, acting or named', async () => {
    const erasure = new AccountErasure(kit.dataSource, ...(Array(8).fill(undefined) as [never, never, never, never, never, never, never, never])) as unknown as {
      disputesWithWordsOf(id: string): Promise<string[]>;
    };
    const parties = ['consumer-0', 'consumer-3', 'consumer-named', 'agent-7', 'owner-0', 'agent-given', 'adviser-only', 'mediator-0', 'mediator-1', 'mediator-idle', 'association-0', 'association-1', 'admin-1', 'nobody'];
    const found: Record<string, string[]> = {};
    const searched: Record<string, string[]> = {};
    for (const id of parties) {
      found[id] = await erasure.disputesWithWordsOf(id);
      const { rows } = await kit.pool.query<{ dispute_id: string }>(
        `SELECT dispute_id FROM read_models.dispute_summaries WHERE consumer_id = $1 OR strpos(state::text, $1) > 0
         UNION SELECT dispute_id FROM read_models.dispute_timeline WHERE actor_id = $1 OR on_behalf_of = $1`,
        [id],
      );
      searched[id] = rows.map((row) => row.dispute_id).sort();
    }
    expect(found).toEqual(searched);
    for (const id of ['agent-given', 'adviser-only', 'mediator-idle']) expect(found[id]).toEqual(['d-named']);
    // The projection's own lookup (disputesNaming): every dispute whose state names her, as the search of its text found.
    for (const id of parties) {
      const named = (await kit.pool.query<{ dispute_id: string }>(`SELECT dispute_id FROM (${disputesNaming('read_models', '$1')}) d ORDER BY 1`, [id])).rows.map((row) => row.dispute_id);
      const inState = (await kit.pool.query<{ dispute_id: string }>(`SELECT dispute_id FROM read_models.dispute_summaries WHERE strpos(state::text, $1) > 0 ORDER BY 1`, [id])).rows.map((row) => row.dispute_id);
      expect({ id, named }).toEqual({ id, named: inState });
    }
    expect(found.nobody).toEqual([]);
  });
});
