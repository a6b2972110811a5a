import type { Actor } from '@recours/disputes';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { disputeCasesProjection } from '../projections/dispute-cases/dispute-cases.projection';
import { MERCHANT_INBOX, MERCHANT_INBOX_TALLY } from '../projections/dispute-cases/dispute-cases.tables';
import { writeTables } from '../projections/write-rows';
import { rebuildProjections } from '../rebuild/rebuild-projections';
import type { Projector } from '../runner/projector';
import { DisputeScript, dayAt, dayStart } from '../testing/dispute-script';
import { JOURNEYS } from '../testing/journeys';
import { agent, claimOf, consumer, system } from '../testing/parties';
import { catchUp, lastPositionOf, rowsOf, startTestKit, type TestKit } from '../testing/test-kit';
import { MerchantInbox, type MerchantInboxArgs } from './merchant-inbox.query';

/*
 * The inbox's totalCount and overdueCount come from the counts the dispute-cases projection keeps
 * (merchant_inbox_counts) instead of counting the merchant's rows. Here they are held to counting
 * the rows, at every step of disputes that move around the inbox, at instants on both sides of
 * each due date, for every filter the counts answer.
 */

const M = 'merchant-counts';
const F = '2025-03-03'; // filed: the answer is due at midnight in Paris after 13 March, 2025-03-13T23:00Z
const lead: Actor = { ...agent(M, 'lead-1'), teamRole: 'SUPERVISOR' };

let kit: TestKit;
let projector: Projector;
let inbox: MerchantInbox;
const scripts = new Map<string, DisputeScript>();

/** Every filter the counts answer (status and one agent's cases count rows). */
const FILTERS: Array<Pick<MerchantInboxArgs, 'overdueOnly' | 'unassignedOnly' | 'escalatedOnly'>> = [
  {},
  { overdueOnly: true },
  { unassignedOnly: true },
  { escalatedOnly: true },
  { unassignedOnly: true, overdueOnly: true },
  { escalatedOnly: true, overdueOnly: true },
  { unassignedOnly: true, escalatedOnly: true },
];

/** On both sides of the due instants below (midnights in Paris, 23:00 UTC here; UTC midnights, where the counts' days change; 15:30 for the rows written by hand), across UTC days. */
const NOWS = [
  '2025-03-03T12:00:00.000Z',
  '2025-03-13T22:59:59.999Z',
  '2025-03-13T23:00:00.000Z',
  '2025-03-13T23:59:59.999Z',
  '2025-03-14T00:00:00.000Z',
  '2025-03-14T15:29:59.999Z',
  '2025-03-14T15:30:00.000Z',
  '2025-03-20T12:00:00.000Z',
  '2025-04-20T00:00:00.000Z',
  '2026-01-01T00:00:00.000Z',
];

beforeAll(async () => {
  kit = await startTestKit('inbox_counts');
  projector = kit.projector(ALL_PROJECTIONS);
  inbox = new MerchantInbox(kit.dataSource);
});

afterAll(async () => kit?.close());

async function act(id: string, steps: (script: DisputeScript) => Promise<unknown>): Promise<void> {
  const script = scripts.get(id) ?? new DisputeScript(id, kit.store);
  scripts.set(id, script);
  await steps(script);
}

const settled = async () => catchUp(projector, lastPositionOf([...scripts.values()]));

/** What counting the merchant's rows answers, as the inbox did before it kept counts. */
async function countedRows(now: string, filter: (typeof FILTERS)[number]): Promise<{ totalCount: number; overdueCount: number }> {
  const where = [
    'merchant_id = $1',
    ...(filter.overdueOnly ? ['due_at <= $2'] : []),
    ...(filter.unassignedOnly ? ['assignee_id IS NULL'] : []),
    ...(filter.escalatedOnly ? [`escalation_level IN ('SUPERVISOR', 'COMPLAINTS_DEPARTMENT')`] : []),
  ];
  const { rows } = await kit.pool.query(
    `SELECT count(*)::int AS "totalCount", (count(*) FILTER (WHERE due_at <= $2))::int AS "overdueCount" FROM read_models.merchant_inbox WHERE ${where.join(' AND ')}`,
    [M, now],
  );
  return rows[0];
}

async function inboxCounts(now: string, filter: (typeof FILTERS)[number]): Promise<{ totalCount: number; overdueCount: number }> {
  const { totalCount, overdueCount } = await inbox.list(M, { now: new Date(now), ...filter });
  return { totalCount, overdueCount };
}

/** The counts the inbox answers equal counting its rows, at every instant and filter; the counts table holds no row at 0. */
async function expectExactCounts(): Promise<void> {
  for (const now of NOWS) for (const filter of FILTERS) expect({ now, filter, ...(await inboxCounts(now, filter)) }).toEqual({ now, filter, ...(await countedRows(now, filter)) });
  expect((await kit.pool.query('SELECT count(*)::int AS n FROM read_models.merchant_inbox_counts WHERE disputes <= 0')).rows[0].n).toBe(0);
}

const listed = async () => (await inbox.list(M, { now: new Date(NOWS[0]) })).nodes.map((item) => `${item.disputeId}:${item.due?.at ?? 'undated'}:${item.assigneeId ?? '-'}:${item.escalated}`);

describe('the merchant inbox’s counts', () => {
  it('are read from the counts kept by the projection, not from the rows (while its tables are of a version that keeps them)', async () => {
    await act('kept', (s) => s.do('FileClaim', dayAt(F, 0, '09:00'), consumer(), claimOf(M)));
    await settled();
    expect(await inboxCounts(NOWS[0], {})).toEqual({ totalCount: 1, overdueCount: 0 });
    // A count made wrong on purpose shows: the answer comes from the kept counts.
    await kit.pool.query(`UPDATE read_models.merchant_inbox_counts SET disputes = disputes + 100 WHERE merchant_id = $1`, [M]);
    expect(await inboxCounts(NOWS[0], {})).toEqual({ totalCount: 101, overdueCount: 0 });
    // Tables built by an earlier version (an upgraded database before its rebuild) keep no counts: the rows are counted.
    await kit.pool.query(`UPDATE read_models.projection_checkpoints SET version = 6 WHERE projection = 'dispute-cases'`);
    expect(await inboxCounts(NOWS[0], {})).toEqual({ totalCount: 1, overdueCount: 0 });
    await kit.pool.query(`UPDATE read_models.projection_checkpoints SET version = $1 WHERE projection = 'dispute-cases'`, [disputeCasesProjection.version]);
    await kit.pool.query(`UPDATE read_models.merchant_inbox_counts SET disputes = disputes - 100 WHERE merchant_id = $1`, [M]);
    await expectExactCounts();
  });

  it('follow disputes entering the inbox, changing due date, assignee and escalation, leaving it, and passing their due dates as now moves on', async () => {
    // Filed on one day: due together at 2025-03-13T23:00Z (midnight in Paris).
    for (const id of ['fresh', 'taken', 'silent', 'offered', 'rejected']) await act(id, (s) => s.do('FileClaim', dayAt(F, 0, '09:00'), consumer(), claimOf(M)));
    await act('elsewhere', (s) => JOURNEYS.agreedRepair(s, { consumerId: 'consumer-2', merchantId: 'merchant-other', mediatorId: 'mediator-1', associationId: 'ufc', filedOn: F }));
    await settled();
    expect(await listed()).toHaveLength(6);
    await expectExactCounts();

    // Taken by an agent; an offer made (the consumer's turn: out of the inbox); the answer's deadline passes.
    await act('taken', (s) => s.do('AssignCase', dayAt(F, 1), agent(M, 'agent-a'), { agentId: 'agent-a' }));
    await act('offered', (s) => s.do('MakeOffer', dayAt(F, 2), agent(M), { offerId: 'o-1', remedy: 'REPAIR', daysToCarryOut: 10, terms: 'Workshop repair' }));
    await act('silent', (s) => s.do('RecordDeadlinePassed', dayStart(F, 11), system, { deadline: 'MERCHANT_RESPONSE' }));
    await settled();
    expect(await listed()).not.toContainEqual(expect.stringMatching(/^offered:/));
    expect(await listed()).toContain('taken:2025-03-13T23:00:00.000Z:agent-a:false');
    await expectExactCounts();

    // Reassigned by a supervisor; the offer accepted (back in the inbox, the repair due); escalated (a new response period).
    await act('taken', (s) => s.do('AssignCase', dayAt(F, 3), lead, { agentId: 'agent-b' }));
    await act('offered', (s) => s.do('AcceptOffer', dayAt(F, 4), consumer(), { offerId: 'o-1' }));
    await act('silent', (s) => s.do('EscalateInternally', dayAt(F, 12), consumer(), { reason: 'No answer at all' }));
    await settled();
    const now = await listed();
    expect(now).toContain('taken:2025-03-13T23:00:00.000Z:agent-b:false');
    expect(now).toContainEqual(expect.stringMatching(/^offered:2025-03-1[3-9]T23:00:00.000Z:-:false$/));
    expect(now).toContainEqual(expect.stringMatching(/^silent:2025-0[34]-\d\dT2[23]:00:00.000Z:-:true$/));
    expect(now).not.toContain('silent:2025-03-13T23:00:00.000Z:-:true');
    await expectExactCounts();

    // Refused (out of the inbox), the repair done (out of the inbox), several changes of one dispute in one batch.
    await act('rejected', (s) => s.do('RejectClaim', dayAt(F, 5), agent(M), { reason: 'Misuse' }));
    await act('offered', (s) => s.do('ConfirmRemedyFulfilled', dayAt(F, 8), consumer(), { note: 'Fixed' }));
    await act('fresh', async (s) => {
      await s.do('AssignCase', dayAt(F, 6), agent(M, 'agent-c'), { agentId: 'agent-c' });
      await s.do('AssignCase', dayAt(F, 7), lead, { agentId: 'agent-a' });
    });
    await settled();
    expect((await listed()).map((item) => item.split(':')[0]).sort()).toEqual(['fresh', 'kept', 'silent', 'taken']);
    await expectExactCounts();
  });

  it('are the same after a rebuild as kept by the live batches', async () => {
    const live = await rowsOf(kit.pool, 'SELECT merchant_id, due_day::text AS due_day, unassigned, escalated, disputes FROM read_models.merchant_inbox_counts ORDER BY 1, 2, 3, 4');
    expect(live.length).toBeGreaterThan(2);
    await rebuildProjections({ store: kit.store, connectionString: kit.database.url, projections: [disputeCasesProjection] });
    expect(await rowsOf(kit.pool, 'SELECT merchant_id, due_day::text AS due_day, unassigned, escalated, disputes FROM read_models.merchant_inbox_counts ORDER BY 1, 2, 3, 4')).toEqual(live);
    await expectExactCounts();
  });

  it('count undated rows (never overdue) and due instants within a day, through the same statement as the projection’s', async () => {
    const row = (disputeId: string, dueAt: string | null, assigneeId: string | null = null) => ({
      dispute_id: disputeId,
      merchant_id: M,
      consumer_id: 'consumer-1',
      product_name: 'Toaster',
      status: 'IN_MEDIATION',
      turn: 'BOTH',
      due_kind: dueAt ? 'MEDIATION_OUTCOME_DUE' : null,
      due_at: dueAt,
      last_activity_at: '2025-03-10T10:00:00.000Z',
      assignee_id: assigneeId,
      escalation_level: null,
    });
    const write = async (rows: object[], replacing: string[] = []) => {
      const client = await kit.pool.connect();
      try {
        await writeTables(client, 'read_models', [{ table: MERCHANT_INBOX, rows, replacing, tally: MERCHANT_INBOX_TALLY }]);
      } finally {
        client.release();
      }
    };
    await write([row('undated', null), row('afternoon', '2025-03-14T15:30:00.000Z'), row('afternoon-2', '2025-03-14T15:30:00.000Z', 'agent-a')]);
    expect(await inboxCounts('2025-03-14T15:29:59.999Z', {})).toEqual({ totalCount: 7, overdueCount: 3 }); // kept, fresh, taken: due at midnight in Paris the night before
    await expectExactCounts();
    // Moved within the day, to another day, out of the inbox.
    await write([row('afternoon', '2025-03-14T23:00:00.000Z'), row('undated', '2025-03-15T00:00:00.000Z', 'agent-b')], ['afternoon', 'undated', 'afternoon-2']);
    await expectExactCounts();
    await write([], ['afternoon', 'undated']);
    await expectExactCounts();
  });
});
