import { multipartBody, phoneClaim, searchDatabase, startSmtpInbox, type SmtpInbox } from '@recours/testing';
import { Client } from 'pg';
import { reportFigures, Tally } from './support/figures';
import { gql, outcomeOf, type HttpAnswer } from './support/http';
import { apiActorsOverHttp, type HttpAccount } from './support/http-actors';
import { PrivatePostgres } from './support/private-postgres';
import { ADMIN, RecoursProcess, sleep, startApi, startNotifier, startProjector } from './support/processes';
import { compareWithRebuild, countEvents, query, streamOf, waitForProjections } from './support/read-models';

/**
 * Issue 17 item 7: erasure under way while the system works. The API (PROJECTIONS=external), a
 * projector and a notifier run as processes. Each scenario has a consumer of its own, with a name,
 * an address and words found nowhere else; she is erased
 *   (a) while a stream of commands runs on other disputes and on hers (the merchant answering her),
 *   (b) racing her own commands and the merchant's on the same dispute,
 *   (c) with the API SIGKILLed midway (twice: before her key is destroyed, and after her file is
 *       deleted but before the read models were told): the next API process finishes it.
 * Afterwards: no table of the database holds her name, address or words (the whole-database
 * search of the e2e), no read model shows them, every acknowledged command of the others is in
 * the store and the read models, each dispute's chain verifies, and the read models equal a
 * rebuild from the events.
 */
const POST = `mutation($i: PostMessageInput!) { postMessage(input: $i) { version } }`;
const ERASE_ME = `mutation($i: EraseMyAccountInput!) { eraseMyAccount(input: $i) }`;
const ERASE = `mutation($i: EraseDataSubjectInput!) { eraseDataSubject(input: $i) }`;
const PASSWORD = 'Correct-Horse-42';
const STREAM_MS = 3_000;

/** A consumer whose every word is her own: `tag` makes them unique to one scenario. */
function person(tag: string) {
  const name = `Anémone Varlopeuse${tag}`;
  const email = `anemone.varlopeuse${tag.toLowerCase()}-${Date.now()}@example.test`;
  const words = { street: `${tag} impasse des Zinnias`, phone: `06 ${tag.length}9 48 27 13`, serial: `VRL-${tag}-SERIAL`, order: `VRL-ORDER-${tag}`, story: `chalumeau${tag}`, message: `bergamote${tag}` };
  return { name, email, words, needles: [name, email, `Varlopeuse${tag}`, ...Object.values(words)] };
}
type Person = ReturnType<typeof person> & { account: HttpAccount; disputeId: string };

describe('erasure while the system works', () => {
  let pg: PrivatePostgres;
  const database = { url: '' };
  let api: Awaited<ReturnType<typeof startApi>>;
  const apis: RecoursProcess[] = [];
  let projector: RecoursProcess;
  let notifier: RecoursProcess;
  let inbox: SmtpInbox;
  let merchant: HttpAccount;
  let admin: string;
  // What the others said and were told was stored: all of it must be there at the end.
  const othersAcknowledged: Array<{ disputeId: string; body: string }> = [];
  const others: Array<{ account: HttpAccount; disputeId: string }> = [];
  const erased: Person[] = [];

  const actors = () => apiActorsOverHttp(api.url);
  const fileClaim = async (as: HttpAccount, overrides: Record<string, unknown> = {}) => {
    const filed = await gql<{ fileClaim: { id: string } }>(api.url, `mutation($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.merchantId!, overrides) }, { token: as.token });
    if (!filed.data) throw new Error(`fileClaim: ${JSON.stringify(filed.errors)}`);
    return filed.data.fileClaim.id;
  };
  const post = (as: HttpAccount, disputeId: string, body: string, commandId: string) => gql(api.url, POST, { i: { disputeId, body, commandId } }, { token: as.token, timeoutMs: 30_000 });
  /**
   * As a real client: a command without expectedVersion answered CONFLICT (its retry budget spent
   * behind many writers of one stream) or UNAVAILABLE is sent again with the same commandId.
   */
  const postUntilAnswered = async (as: HttpAccount, disputeId: string, body: string, commandId: string, resent: Tally) => {
    for (let attempt = 1; ; attempt++) {
      const answer = await post(as, disputeId, body, commandId);
      if (!['CONFLICT', 'UNAVAILABLE', 'TIMEOUT'].includes(outcomeOf(answer)) || attempt === 5) return answer;
      resent.add(outcomeOf(answer));
    }
  };

  /** She signs up, files a claim in her words (and a letter of hers when `withFile`), and writes once. */
  async function her(tag: string, withFile = false): Promise<Person> {
    const p = person(tag);
    const account = await actors().signUp('CONSUMER', p.name, p.email);
    const evidence: Array<Record<string, unknown>> = [{ kind: 'INVOICE', name: 'facture.pdf', sha256: 'a'.repeat(64) }];
    if (withFile) {
      const letter = Buffer.from(`Lettre de ${p.name}, ${p.words.street}, ${p.words.phone}: le ${p.words.story} ne charge plus.\n`);
      const { body, contentType } = multipartBody([{ field: 'file', filename: `lettre-${p.words.story}.txt`, content: letter }]);
      const uploaded = (await (await fetch(api.url.replace(/\/graphql$/, '/files'), { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${account.token}` }, body })).json()) as { id: string; sha256: string };
      if (!uploaded.sha256) throw new Error(`upload: ${JSON.stringify(uploaded)}`);
      evidence.push({ kind: 'OTHER', name: `lettre-${p.words.story}.txt`, sha256: uploaded.sha256, fileId: uploaded.id });
    }
    const disputeId = await fileClaim(account, {
      product: { name: 'Galaxy A54', category: 'smartphone', brand: 'Samsung', model: 'SM-A546B', serialNumber: p.words.serial, condition: 'NEW' },
      purchase: { purchasedOn: '2025-03-10', deliveredOn: '2025-03-12', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR', orderReference: p.words.order },
      problem: { description: `Je suis ${p.name}, ${p.words.street} (${p.words.phone}) : mon ${p.words.story} s’éteint à 40 %.`, firstNoticedOn: '2025-11-02', chronology: [{ on: '2025-11-02', what: `${p.words.story}: first shutdown` }] },
      evidence,
    });
    const first = await post(account, disputeId, `Ici ${p.name} : ${p.words.message}.`, `her-${tag}-first`);
    expect(outcomeOf(first)).toBe('OK');
    return { ...p, account, disputeId };
  }

  /** What the merchant reads of a dispute: the erased parts must read "erased", its own words whole. */
  const disputeSeenByMerchant = async (disputeId: string) =>
    (
      await gql<{ dispute: { problem: { description: string }; product: { serialNumber: string | null }; messages: Array<{ body: string }>; consumer: { displayName: string } | null } }>(
        api.url,
        `query($id: ID!) { dispute(id: $id) { problem { description } product { serialNumber } messages { body } consumer { displayName } } }`,
        { id: disputeId },
        { token: merchant.token, headers: { 'accept-language': 'en' } },
      )
    ).data!.dispute;
  const verifies = async (disputeId: string) =>
    (await gql<{ verifyDispute: { valid: boolean; brokenAtVersion: number | null } }>(api.url, `query($id: ID!) { verifyDispute(id: $id) { valid brokenAtVersion } }`, { id: disputeId }, { token: merchant.token })).data?.verifyDispute;

  /** Events of this dispute posted with these command ids, counted per command id. */
  async function storedPerCommand(disputeId: string): Promise<Map<string, number>> {
    const counts = new Map<string, number>();
    for (const event of await streamOf(database.url, disputeId)) if (event.commandId) counts.set(event.commandId, (counts.get(event.commandId) ?? 0) + 1);
    return counts;
  }

  /** Milliseconds until every projection has applied her PersonalDataErased (from `since`). */
  async function projectedErasure(accountId: string, since: number): Promise<number> {
    const [event] = await query<{ position: string }>(database.url, `SELECT global_position::text AS position FROM event_store.events WHERE stream_id = $1 AND type = 'PersonalDataErased'`, [`account-${accountId}`]);
    expect(event).toBeDefined();
    for (const deadline = Date.now() + 60_000; ; await sleep(50)) {
      const [lowest] = await query<{ position: string | null }>(database.url, `SELECT min(position)::text AS position FROM read_models.projection_checkpoints`);
      if (lowest.position !== null && BigInt(lowest.position) >= BigInt(event.position)) return Date.now() - since;
      if (Date.now() > deadline) throw new Error('the projections did not reach the erasure');
    }
  }

  /** Her erasure is complete: nothing of hers anywhere, her dispute reads erased to the merchant, it verifies. */
  async function expectErased(p: Person): Promise<void> {
    await waitForProjections(database.url);
    expect(await searchDatabase(database.url, p.needles)).toEqual([]);
    const seen = await disputeSeenByMerchant(p.disputeId);
    expect(seen.problem.description).toBe('erased');
    expect(seen.product.serialNumber).toBe('erased');
    expect(seen.consumer?.displayName).toBe('a person whose data was erased');
    expect(JSON.stringify(seen)).not.toMatch(/Varlopeuse|chalumeau|bergamote/);
    expect(await verifies(p.disputeId)).toEqual({ valid: true, brokenAtVersion: null });
    const [closed] = await query<{ done: boolean }>(database.url, `SELECT completed_at IS NOT NULL AS done FROM accounts.erasures WHERE account_id = $1`, [p.account.id]);
    expect(closed).toEqual({ done: true });
    erased.push(p);
  }

  beforeAll(async () => {
    // A server of its own: four processes, a SIGKILL and a rebuild need more connections than a shared server may have free.
    pg = await PrivatePostgres.create();
    database.url = pg.url();
    const env = { DEADLINES_INTERVAL_MS: '3600000', ERASURE_RESUME_INTERVAL_MS: '3600000' }; // a restart resumes; no timer does it behind the test's back
    api = await startApi(database.url, { PROJECTIONS: 'external', ...env });
    apis.push(api.process);
    projector = await startProjector('projector', database.url, env);
    inbox = await startSmtpInbox();
    notifier = await startNotifier('notifier', database.url, { SMTP_URL: inbox.url, MAIL_FROM: 'recours <no-reply@erasure.test>' });
    merchant = await actors().signUp('MERCHANT', 'erasureshop');
    for (let i = 0; i < 3; i++) {
      const account = await actors().signUp('CONSUMER', `other-consumer-${i}`);
      others.push({ account, disputeId: await fileClaim(account) });
    }
    const login = await gql<{ login: { token: string } }>(api.url, `mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: ADMIN });
    admin = login.data!.login.token;
  }, 120_000);

  afterAll(async () => {
    for (const a of apis) await a.stop('SIGKILL');
    await projector?.stop('SIGKILL');
    await notifier?.stop('SIGKILL');
    await inbox?.close();
    await pg?.destroy();
  });

  it('(a) erases her while the projections run under a stream of commands on other disputes and on hers', async () => {
    const p = await her('Alpha');
    const codes = new Tally();
    const hersAcknowledged: string[] = [];
    const merchantOnHers: string[] = [];
    let erasedAt = Number.POSITIVE_INFINITY;
    const hersAfter: string[] = [];
    let running = true;
    const loop = async (name: string, work: (n: number) => Promise<void>) => {
      for (let n = 0; running; n++) {
        await work(n);
        await sleep(60);
      }
    };
    const stream = Promise.all([
      ...others.map((other, i) =>
        loop(`other-${i}`, async (n) => {
          const [as, who] = n % 2 === 0 ? [other.account, 'consumer'] : [merchant, 'merchant'];
          const body = `a: ${who} ${i}-${n} about the swollen battery`;
          const answer = await post(as, other.disputeId, body, `a-other-${i}-${n}`);
          codes.add(`others ${outcomeOf(answer)}`);
          if (outcomeOf(answer) === 'OK') othersAcknowledged.push({ disputeId: other.disputeId, body });
        }),
      ),
      loop('merchant on hers', async (n) => {
        const body = `a: the shop answers ${n}`;
        const answer = await post(merchant, p.disputeId, body, `a-merchant-${n}`);
        codes.add(`merchant on hers ${outcomeOf(answer)}`);
        if (outcomeOf(answer) === 'OK') merchantOnHers.push(body);
      }),
      loop('hers', async (n) => {
        const sentAt = Date.now();
        const answer = await post(p.account, p.disputeId, `${p.words.message} ${n}`, `a-her-${n}`);
        codes.add(`hers ${outcomeOf(answer)}`);
        if (outcomeOf(answer) === 'OK') hersAcknowledged.push(`a-her-${n}`);
        if (sentAt > erasedAt) hersAfter.push(outcomeOf(answer));
      }),
    ]);

    await sleep(STREAM_MS);
    const eventsBefore = await countEvents(database.url);
    const started = Date.now();
    const answer = await gql<{ eraseDataSubject: boolean }>(api.url, ERASE, { i: { accountId: p.account.id, reason: 'Her letter of 2 December' } }, { token: admin });
    const erasureMs = Date.now() - started;
    erasedAt = Date.now();
    expect(answer.data?.eraseDataSubject).toBe(true);
    const eventsDuring = (await countEvents(database.url)) - eventsBefore;
    const projectedMs = await projectedErasure(p.account.id, erasedAt);
    await sleep(STREAM_MS);
    running = false;
    await stream;

    // Her commands sent after the erasure answered were all refused; none of hers is half-applied.
    expect(hersAfter.length).toBeGreaterThan(0);
    expect(new Set(hersAfter)).toEqual(new Set(['UNAUTHENTICATED']));
    const stored = await storedPerCommand(p.disputeId);
    expect([...stored].filter(([id]) => id.startsWith('a-her-')).sort()).toEqual(hersAcknowledged.map((id) => [id, 1] as [string, number]).sort());
    for (const [code, n] of Object.entries(codes.counts)) if (!['others OK', 'merchant on hers OK', 'hers OK', 'hers UNAUTHENTICATED'].includes(code)) throw new Error(`${n} answered ${code}`);

    await expectErased(p);
    // Her words read erased, the merchant's whole, in the order they were posted.
    const messages = (await disputeSeenByMerchant(p.disputeId)).messages.map((m) => m.body);
    expect(messages.filter((m) => m === 'erased')).toHaveLength(1 + hersAcknowledged.length);
    expect(messages.filter((m) => m !== 'erased')).toEqual(merchantOnHers);
    reportFigures('erasure under a stream of commands (a)', {
      'erasure answered in (ms)': erasureMs,
      'events appended by everyone while it ran': eventsDuring,
      'erasure answered → every projection applied it (ms)': projectedMs,
      'her commands acknowledged before / refused after': `${hersAcknowledged.length} / ${hersAfter.length}`,
      'commands by party and answer': codes.counts,
    });
  }, 120_000);

  it('(b) erases her racing her own commands and the other party’s on the same dispute: hers refused once erased, none half-applied', async () => {
    const p = await her('Beta');
    const WAVE = 12;
    const codes = new Tally();
    const resent = new Tally();
    const hersAcknowledged: string[] = [];
    const merchantAcknowledged: string[] = [];
    let erasureAnswered = Number.POSITIVE_INFINITY;
    const lateHers: string[] = [];
    const eventsBefore = await countEvents(database.url);
    // Both parties' commands spread over the erasure's time, the erasure sent among them.
    const spread = (i: number) => sleep(i * 12);
    const started = Date.now();
    const [erasure] = await Promise.all([
      (async () => {
        await sleep(WAVE * 4);
        const answer = await gql<{ eraseMyAccount: boolean }>(api.url, ERASE_ME, { i: { password: PASSWORD } }, { token: p.account.token });
        erasureAnswered = Date.now();
        return { answer, ms: erasureAnswered - started - WAVE * 4 };
      })(),
      ...Array.from({ length: WAVE }, async (_, i) => {
        await spread(i);
        const sentAt = Date.now();
        const answer = await postUntilAnswered(p.account, p.disputeId, `${p.words.message} race ${i}`, `b-her-${i}`, resent);
        codes.add(`hers ${outcomeOf(answer)}`);
        if (outcomeOf(answer) === 'OK') hersAcknowledged.push(`b-her-${i}`);
        if (sentAt > erasureAnswered) lateHers.push(outcomeOf(answer));
      }),
      ...Array.from({ length: WAVE }, async (_, i) => {
        await spread(i);
        const answer: HttpAnswer = await postUntilAnswered(merchant, p.disputeId, `b: the shop replies ${i}`, `b-merchant-${i}`, resent);
        codes.add(`merchant ${outcomeOf(answer)}`);
        if (outcomeOf(answer) === 'OK') merchantAcknowledged.push(`b-merchant-${i}`);
      }),
    ]);
    expect(erasure.answer.data?.eraseMyAccount).toBe(true);
    // After the erasure answered, her token opens nothing.
    for (let i = 0; i < 4; i++) lateHers.push(outcomeOf(await post(p.account, p.disputeId, `${p.words.message} late ${i}`, `b-her-late-${i}`)));
    expect(new Set(lateHers)).toEqual(new Set(['UNAUTHENTICATED']));
    // The other party is never refused; hers are acknowledged, or refused as erased.
    for (const [code, n] of Object.entries(codes.counts)) if (!['hers OK', 'hers UNAUTHENTICATED', 'merchant OK'].includes(code)) throw new Error(`${n} answered ${code}`);
    expect(merchantAcknowledged).toHaveLength(WAVE);

    // Every acknowledged command is in the stream exactly once, every refused one is not; the stream is gapless.
    const stream = await streamOf(database.url, p.disputeId);
    expect(stream.map((e) => e.version)).toEqual(stream.map((_, i) => i));
    const stored = await storedPerCommand(p.disputeId);
    const raced = [...stored].filter(([id]) => id.startsWith('b-')).sort();
    expect(raced).toEqual([...hersAcknowledged, ...merchantAcknowledged].map((id) => [id, 1] as [string, number]).sort());

    await expectErased(p);
    const messages = (await disputeSeenByMerchant(p.disputeId)).messages.map((m) => m.body);
    expect(messages.filter((m) => m === 'erased')).toHaveLength(1 + hersAcknowledged.length);
    expect(messages.filter((m) => m !== 'erased').sort()).toEqual(merchantAcknowledged.map((id) => `b: the shop replies ${id.slice('b-merchant-'.length)}`).sort());
    reportFigures('erasure racing commands on the same dispute (b)', {
      'erasure answered in (ms)': erasure.ms,
      'her commands acknowledged / refused as erased / sent after the erasure answered (all refused)': `${hersAcknowledged.length} / ${codes.get('hers UNAUTHENTICATED')} / ${lateHers.length}`,
      'answers by party and code': codes.counts,
      'sent again with the same commandId (answered CONFLICT or UNAVAILABLE first)': resent.counts,
      'the merchant’s commands acknowledged': `${merchantAcknowledged.length} / ${WAVE}`,
      'events appended during the race': (await countEvents(database.url)) - eventsBefore,
    });
  }, 120_000);

  /**
   * The API is SIGKILLed with her erasure stopped at a step: a test session holds a lock that
   * step waits for (no hook in the code). The next API process finishes it when it starts.
   */
  async function crashMidway(tag: string, blocker: (p: Person, session: Client) => Promise<void>, midway: (p: Person) => Promise<void>) {
    const p = await her(tag, true);
    await waitForProjections(database.url);
    expect((await searchDatabase(database.url, p.needles)).map((f) => f.table)).toEqual(expect.arrayContaining(['"read_models"."dispute_summaries"', '"evidence"."uploads"']));
    const session = new Client({ connectionString: database.url, application_name: 'recours-reliability-blocker' });
    await session.connect();
    try {
      await blocker(p, session);
      const pending = gql(api.url, ERASE_ME, { i: { password: PASSWORD } }, { token: p.account.token, timeoutMs: 60_000 });
      // Until the erasure is recorded and waits on the lock held above.
      for (const deadline = Date.now() + 20_000; ; await sleep(20)) {
        const [waiting] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND pid <> pg_backend_pid()`);
        const [recorded] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM accounts.erasures WHERE account_id = $1`, [p.account.id]);
        if (waiting.n > 0 && recorded.n === 1) break;
        if (Date.now() > deadline) throw new Error('the erasure did not reach the blocked step');
      }
      const killed = api.process;
      await killed.stop('SIGKILL');
      expect(outcomeOf(await pending)).toMatch(/^NETWORK:/);
      // Its connection waiting on the lock goes as a crashed process's does.
      await query(database.url, `SELECT pg_terminate_backend(pid) FROM pg_locks WHERE NOT granted AND locktype IN ('advisory', 'transactionid', 'tuple') AND pid <> pg_backend_pid()`);
      const [state] = await query<{ done: boolean; closed: boolean }>(
        database.url,
        `SELECT e.completed_at IS NOT NULL AS done, a.erased_at IS NOT NULL AS closed FROM accounts.erasures e JOIN accounts.accounts a ON a.id = e.account_id WHERE e.account_id = $1`,
        [p.account.id],
      );
      expect(state).toEqual({ done: false, closed: true });
      await midway(p);
    } finally {
      await session.end();
    }
    const restarted = Date.now();
    api = await startApi(database.url, { PROJECTIONS: 'external', DEADLINES_INTERVAL_MS: '3600000', ERASURE_RESUME_INTERVAL_MS: '3600000' });
    apis.push(api.process);
    const startupMs = Date.now() - restarted;
    for (const deadline = Date.now() + 30_000; ; await sleep(50)) {
      const [state] = await query<{ done: boolean }>(database.url, `SELECT completed_at IS NOT NULL AS done FROM accounts.erasures WHERE account_id = $1`, [p.account.id]);
      // The process logs once the erasure is finished: its line may reach us a moment after the row.
      if (state.done && /finished 1 pending erasure/.test(api.process.output)) break;
      if (Date.now() > deadline) throw new Error(`the restarted API did not finish the erasure:\n${api.process.output.slice(-3000)}`);
    }
    const resumedMs = Date.now() - restarted;
    expect(api.process.output).toMatch(/finished 1 pending erasure/);
    await expectErased(p);
    const [files] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM evidence.uploads WHERE owner_id = $1`, [p.account.id]);
    expect(files.n).toBe(0);
    expect(outcomeOf(await post(p.account, p.disputeId, 'after the restart', `${tag}-after`))).toBe('UNAUTHENTICATED');
    return `${resumedMs} (the process answering after ${startupMs})`;
  }

  it('(c) finishes an erasure whose API was SIGKILLed midway, at the next start', async () => {
    // 1. Killed after her account was closed, before her key was destroyed: her words still open.
    const beforeKey = await crashMidway(
      'Gamma',
      async (p, session) => {
        await session.query(`SELECT pg_advisory_lock_shared(hashtextextended('recours.subject-keys.' || $1, 0))`, [p.account.id]);
      },
      async (p) => {
        const [keys] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM keys.subject_keys WHERE data_subject = $1 AND wrapped IS NOT NULL`, [p.account.id]);
        expect(keys.n).toBeGreaterThan(0);
        expect((await searchDatabase(database.url, p.needles)).length).toBeGreaterThan(0);
      },
    );
    // 2. Killed after her key was destroyed and her file's bytes deleted, before the read models were told: they still hold her words.
    const beforeProjections = await crashMidway(
      'Delta',
      async (p, session) => {
        await session.query('BEGIN');
        await session.query(`SELECT 1 FROM evidence.uploads WHERE owner_id = $1 FOR UPDATE`, [p.account.id]);
      },
      async (p) => {
        const [keys] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM keys.subject_keys WHERE data_subject = $1 AND wrapped IS NOT NULL`, [p.account.id]);
        expect(keys.n).toBe(0);
        const [told] = await query<{ n: number }>(database.url, `SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1 AND type = 'PersonalDataErased'`, [`account-${p.account.id}`]);
        expect(told.n).toBe(0);
        expect((await searchDatabase(database.url, p.needles)).map((f) => f.table)).toContain('"read_models"."dispute_summaries"');
      },
    );
    reportFigures('erasure interrupted by a SIGKILL (c)', {
      'new API process started → erasure finished, killed before her key was destroyed (ms)': beforeKey,
      'new API process started → erasure finished, killed before the read models were told (ms)': beforeProjections,
    });
  }, 150_000);

  it('loses nothing of the others: every acknowledged command stored and projected, chains valid, read models equal a rebuild', async () => {
    await waitForProjections(database.url);
    const timeline = (await query<{ summary: string }>(database.url, `SELECT summary FROM read_models.dispute_timeline WHERE event_type = 'MessagePosted'`)).map((r) => r.summary).join('\n');
    expect(othersAcknowledged.length).toBeGreaterThan(0);
    expect(othersAcknowledged.filter(({ body }) => !timeline.includes(`“${body}”`))).toEqual([]);
    for (const other of others) {
      const stored = await storedPerCommand(other.disputeId);
      expect([...stored.values()].every((n) => n === 1)).toBe(true);
      expect(await verifies(other.disputeId)).toEqual({ valid: true, brokenAtVersion: null });
    }
    expect(othersAcknowledged.length).toBe([...(await Promise.all(others.map((o) => storedPerCommand(o.disputeId))))].reduce((n, m) => n + [...m.keys()].filter((id) => id.startsWith('a-other-')).length, 0));
    const started = Date.now();
    const comparison = await compareWithRebuild(database.url);
    expect(comparison.differences).toEqual([]);
    // The rebuild reads them erased too.
    expect(await searchDatabase(database.url, erased.flatMap((p) => p.needles))).toEqual([]);
    reportFigures('erasure: nothing else lost', {
      'people erased': erased.length,
      'the others’ acknowledged messages, all stored once and projected': othersAcknowledged.length,
      'events in the store': await countEvents(database.url),
      'read-model rows equal to a rebuild': comparison.rows,
      'rebuild and comparison (ms)': Date.now() - started,
    });
  }, 120_000);
});
