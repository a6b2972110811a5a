import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ManualClock } from '@recours/clock';
import { DisputeCommands } from '@recours/dispute-commands';
import { EVENT_STORE, SUBJECT_KEYS, type EventStore, type SubjectKeyRing } from '@recours/event-store';
import { FILE_STORAGE, type FileStorage } from '@recours/file-storage';
import { ALL_PROJECTIONS, ProjectionProgress, RetentionCandidates, rebuildProjections } from '@recours/read-models';
import { multipartBody, must, phoneClaim, samples, startWithCast, type Account, type TestApp } from '@recours/testing';
import { UPLOADS, type Uploads } from '../../apps/api/src/files/uploads';
import { DisputeErasure } from '../../apps/api/src/privacy/retention/dispute-erasure';
import { RetentionFailures } from '../../apps/api/src/privacy/retention/retention-failures';
import { RetentionProcess } from '../../apps/api/src/privacy/retention/retention-process';

type Dispute = {
  id: string;
  problem: { description: string; chronology: Array<{ what: string }> };
  legalHold: { reason: string | null; placedAt: string } | null;
  erasesAt: string | null;
  erasedAt: string | null;
  availableActions: string[];
  timeline: Array<{ type: string; text: string }>;
};
const FIELDS = 'id problem { description chronology { what } } legalHold { reason placedAt } erasesAt erasedAt availableActions timeline { type text }';

describe('retention: disputes erased RETENTION_YEARS after they ended, after notice; legal holds (controllable clock, real PostgreSQL)', () => {
  const clock = new ManualClock(new Date('2026-01-05T09:00:00Z'));
  let api: TestApp;
  let claire: Account;
  let shop: Account;
  let admin: Account;
  let job: RetentionProcess;

  const sql = async <T extends Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> => {
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      return (await client.query<T>(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  const caughtUp = async () => {
    const [{ head }] = await sql<{ head: string }>(`SELECT max(global_position)::text AS head FROM event_store.events`);
    await api.app.get(ProjectionProgress).waitForPosition(BigInt(head), 10_000);
  };
  /** Lets the projections catch up (the job reads the disputes' ended dates from them), then runs one round. */
  const round = async () => {
    await caughtUp();
    return job.runOnce();
  };
  const read = async (id: string, as: Account) => must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${FIELDS} } }`, { id }, as.token), 'dispute').dispute;
  const mutate = (name: string, input: Record<string, unknown>, as: Account) =>
    api.gql<Record<string, { id: string }>>(`mutation($input: ${name[0].toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) { id } }`, { input }, as.token);
  /** A dispute of Claire's against PhoneShop, with her own words marked so they can be found, closed at once. */
  const closedDispute = async (marker: string, withFile = false) => {
    let evidence: unknown[] = [];
    if (withFile) {
      const { body, contentType } = multipartBody([{ field: 'file', filename: `facture ${marker}.pdf`, content: samples.pdf() }]);
      const uploaded = (await (await fetch(`${api.url.replace(/\/graphql$/, '')}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${claire.token}` }, body })).json()) as { id: string; sha256: string };
      evidence = [{ kind: 'INVOICE', name: `facture ${marker}.pdf`, sha256: uploaded.sha256, fileId: uploaded.id }];
    }
    const claim = phoneClaim(shop.merchantId as string, {
      problem: { description: `La batterie gonfle, écrit Claire (${marker}).`, firstNoticedOn: '2025-11-02', chronology: [{ on: '2025-11-02', what: `Arrêt à 40 % (${marker})` }] },
      evidence,
    });
    const filed = must(await mutate('fileClaim', claim, claire), 'fileClaim').fileClaim;
    must(await mutate('closeDispute', { disputeId: filed.id, outcome: 'RESOLVED' }, claire), 'closeDispute');
    return filed.id;
  };
  const words = (dispute: Dispute) => JSON.stringify([dispute.problem, dispute.timeline.map((t) => t.text)]);

  beforeAll(async () => {
    ({ api, claire, shop, admin } = await startWithCast('retention', { claire: ['consumer', 'Claire'], shop: ['merchant', 'PhoneShop'], admin: 'admin' }, { RETENTION_INTERVAL_MS: '3600000', RETENTION_YEARS: '5', RETENTION_NOTICE_DAYS: '30' }, { clock }));
    job = api.app.get(RetentionProcess);
  });
  afterAll(() => api?.close());

  it('a dispute closed five years and a day ago is noticed, then erased; one under a legal hold, and one closed four years ago, are not', async () => {
    const [old, held, recent] = [`ancien-${randomUUID()}`, `conserve-${randomUUID()}`, `recent-${randomUUID()}`];
    clock.set('2026-01-05T09:00:00Z');
    const oldId = await closedDispute(old, true);
    const heldId = await closedDispute(held);
    must(await mutate('placeLegalHold', { disputeId: heldId, reason: 'Assignation devant le tribunal judiciaire de Lyon' }, admin), 'placeLegalHold');
    // Bad input: the field is named, nothing stored.
    const blank = await mutate('placeLegalHold', { disputeId: oldId, reason: '' }, admin);
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect((await mutate('placeLegalHold', { disputeId: oldId, reason: 'Pour voir' }, claire)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    clock.set('2027-01-05T09:00:00Z');
    const recentId = await closedDispute(recent);
    const [file] = await sql<{ id: string }>(`SELECT id FROM evidence.uploads WHERE dispute_id = $1`, [oldId]);
    expect(file).toBeDefined();

    const asAdmin = await read(heldId, admin);
    expect(asAdmin.legalHold).toEqual({ reason: 'Assignation devant le tribunal judiciaire de Lyon', placedAt: '2026-01-05T09:00:00.000Z' });
    expect(asAdmin.availableActions).toContain('liftLegalHold');
    expect(asAdmin.timeline.map((t) => t.type)).toContain('LegalHoldPlaced');
    // The parties see that it is kept for litigation, never the admin's reason, in the timeline neither.
    const asParty = await read(heldId, claire);
    expect(asParty.legalHold).toEqual({ reason: null, placedAt: '2026-01-05T09:00:00.000Z' });
    expect(JSON.stringify(asParty.timeline)).toContain('legal hold');
    expect(JSON.stringify([asParty.timeline, asAdmin.timeline])).not.toContain('tribunal judiciaire');

    // Five years and a day after: the parties of the old dispute are told, with 30 days' notice.
    clock.set('2031-01-06T09:00:00Z');
    expect(await round()).toEqual({ noticed: 1, erased: 0, skipped: 0, failed: 0 });
    expect(await round()).toMatchObject({ noticed: 0, erased: 0, failed: 0 });
    const noticed = await read(oldId, claire);
    expect(noticed.erasesAt).toBe('2031-02-05T23:00:00.000Z'); // 30 days in Paris, to midnight in Paris
    expect(noticed.timeline.map((t) => t.type)).toContain('ErasureNoticeGiven');
    for (let tries = 0; ; tries++) {
      const told = await sql<{ recipient_id: string }>(`SELECT recipient_id FROM notifications.notifications WHERE dispute_id = $1 AND kind = 'ERASURE_NOTICE'`, [oldId]);
      if (told.length >= 2 || tries > 100) {
        expect(told.map((r) => r.recipient_id).sort()).toEqual(expect.arrayContaining([claire.id]));
        expect(told.length).toBeGreaterThanOrEqual(2); // Claire and PhoneShop's agent
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await read(heldId, admin)).erasesAt).toBeNull();
    expect((await read(recentId, claire)).erasesAt).toBeNull();

    // Not before the day the notice named.
    clock.set('2031-02-05T22:59:00Z'); // 23:59 on 5 February in Paris
    expect(await round()).toMatchObject({ erased: 0, failed: 0 });
    clock.set('2031-02-06T09:00:00Z');
    expect(await round()).toEqual({ noticed: 0, erased: 1, skipped: 0, failed: 0 });

    const erased = await read(oldId, claire);
    expect(erased.erasedAt).toBe('2031-02-06T09:00:00.000Z');
    expect(words(erased)).not.toContain(old);
    expect(erased.problem.description).toMatch(/^(erased|effacé)$/);
    expect(erased.timeline.map((t) => t.type).slice(-2)).toEqual(['DisputeErased', 'DisputeErasureCompleted']);
    expect(erased.availableActions).toEqual([]);
    expect((await mutate('postMessage', { disputeId: oldId, body: 'Encore là ?' }, claire)).errors?.[0].extensions).toMatchObject({ rule: 'DISPUTE_ERASED' });
    // Its keys destroyed, its file deleted (bytes and catalogue), its chain still whole.
    expect(await sql(`SELECT subject FROM keys.subject_keys WHERE scope = $1 AND wrapped IS NOT NULL`, [oldId])).toEqual([]);
    expect(await sql(`SELECT id FROM evidence.uploads WHERE id = $1`, [file.id])).toEqual([]);
    expect((await fetch(`${api.url.replace(/\/graphql$/, '')}/files/${file.id}`, { headers: { authorization: `Bearer ${claire.token}` } })).status).toBe(404);
    const verified = must(await api.gql<{ verifyDispute: { valid: boolean } }>(`query($id: ID!) { verifyDispute(id: $id) { valid } }`, { id: oldId }, claire.token), 'verify');
    expect(verified.verifyDispute.valid).toBe(true);
    // Her other disputes are hers still, readable; the held one is kept.
    expect((await read(recentId, claire)).problem.description).toContain(recent);
    expect((await read(heldId, claire)).problem.description).toContain(held);
    expect(await round()).toMatchObject({ noticed: 0, erased: 0, failed: 0 });
    // The read models' copies are written again from the events: the words are gone from them too.
    await caughtUp();
    const [live] = await sql<{ t: string }>(`SELECT state::text || ' ' || coalesce((SELECT string_agg(summary, ' ') FROM read_models.dispute_timeline WHERE dispute_id = $1), '') AS t FROM read_models.dispute_summaries WHERE dispute_id = $1`, [oldId]);
    expect(live.t).not.toContain(old);
    expect(live.t).toContain('Galaxy A54'); // the row is there, rewritten

    // A rebuild of the read models from the events keeps it erased.
    await caughtUp();
    await rebuildProjections({ store: api.app.get<EventStore>(EVENT_STORE), connectionString: api.database.url, projections: ALL_PROJECTIONS });
    const rows = await sql<{ t: string }>(`SELECT state::text AS t FROM read_models.dispute_summaries WHERE dispute_id = $1`, [oldId]);
    expect(rows[0].t).not.toContain(old);
    const timeline = await sql<{ t: string }>(`SELECT string_agg(t::text, ' ') AS t FROM read_models.dispute_timeline t WHERE dispute_id = $1`, [oldId]);
    expect(timeline[0].t).not.toContain(old);
    expect(words(await read(oldId, claire))).not.toContain(old);
    expect((await read(recentId, claire)).problem.description).toContain(recent);

    // Once the litigation ends and the hold is lifted, the held dispute's parties are told in turn.
    must(await mutate('liftLegalHold', { disputeId: heldId, reason: 'Jugement définitif' }, admin), 'liftLegalHold');
    expect(await round()).toMatchObject({ noticed: 1, erased: 0, failed: 0 });
  });

  it('disputes it cannot erase, more than a round takes, are recorded and retried last: a later dispute is still erased', async () => {
    // After the first test: its held dispute is noticed, its recent one not yet.
    clock.set('2031-03-01T09:00:00Z');
    const stuck = new Set([await closedDispute(`bloque-1-${randomUUID()}`), await closedDispute(`bloque-2-${randomUUID()}`), await closedDispute(`bloque-3-${randomUUID()}`)]);
    clock.set('2031-03-02T09:00:00Z');
    const later = `plus-tard-${randomUUID()}`;
    const laterId = await closedDispute(later);
    // Their erasure refuses to complete (words still open: dispute-erasure.spec.ts); the others' is the real one.
    const real = new DisputeErasure(api.app.get<SubjectKeyRing>(SUBJECT_KEYS), api.app.get<Uploads>(UPLOADS), api.app.get<FileStorage>(FILE_STORAGE), api.app.get<EventStore>(EVENT_STORE));
    const erasure = { carryOut: (dispute: Parameters<DisputeErasure['carryOut']>[0], at: Date) => (stuck.has(dispute.disputeId) ? Promise.reject(new Error('words still open')) : real.carryOut(dispute, at)) };
    const errors: Array<Record<string, unknown>> = [];
    const logger = { log: () => undefined, warn: () => undefined, error: (message: Record<string, unknown>) => void errors.push(message) };
    // Two a round, fewer than the three stuck before the later one (the job takes 200).
    const small = new RetentionProcess(api.app.get(DisputeCommands), api.app.get<EventStore>(EVENT_STORE), api.app.get(RetentionCandidates), api.app.get(RetentionFailures), erasure, { years: 5, noticeDays: 30 }, () => clock.now(), logger, 2);
    const smallRound = async () => {
      await caughtUp();
      await small.runOnce();
      await caughtUp(); // what it recorded, read back
    };

    clock.set('2036-03-03T09:00:00Z');
    for (let i = 0; i < 4; i++) await smallRound(); // the notices, two a round
    expect((await read(laterId, claire)).erasesAt).toBe('2036-04-02T22:00:00.000Z'); // midnight in Paris, summer time
    clock.set('2036-04-05T09:00:00Z');
    for (let i = 0; i < 4 && (await read(laterId, claire)).erasedAt === null; i++) await smallRound();

    const erased = await read(laterId, claire);
    expect(erased.erasedAt).toBe('2036-04-05T09:00:00.000Z');
    expect(words(erased)).not.toContain(later);
    // The stuck ones are recorded, and each named in an error for the operator; their erasure is not recorded as completed.
    const failures = await sql<{ dispute_id: string; failures: number }>(`SELECT dispute_id, failures FROM accounts.retention_failures`);
    expect(failures.map((f) => f.dispute_id).sort()).toEqual([...stuck].sort());
    expect(new Set(errors.map((e) => e.disputeId))).toEqual(stuck);
    expect(errors.every((e) => e.msg === 'retention blocked on a dispute')).toBe(true);
    for (const id of stuck) expect((await read(id, claire)).timeline.map((t) => t.type)).not.toContain('DisputeErasureCompleted');

    // Once the cause is mended, a retry erases them and their record goes.
    stuck.clear();
    for (let i = 0; i < 3; i++) await smallRound();
    expect(await sql(`SELECT dispute_id FROM accounts.retention_failures`)).toEqual([]);
  });
});
