import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { ALL_PROJECTIONS, rebuildProjections } from '@recours/read-models';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { Notifier, UnsubscribeTokens } from '@recours/notifications';
import { apiActors, codeOf, fieldsOf, multipartBody, must, phoneClaim, samples, searchDatabase, startTestApp, type Account, type TestApp } from '@recours/testing';
import { Client } from 'pg';
import { Secret, TOTP } from 'otpauth';
import { AttemptCounters } from '../../apps/api/src/security/attempt-counters';

/*
 * Issue 17 item 2: erasure. A consumer with a name, an address, a phone number and words of her
 * own (claim, chronology, messages, a file and its name); a merchant with its own words. Once she
 * is erased, no column of any table of the database holds any of hers; the merchant's words
 * still read, the dispute still verifies, a rebuild keeps her erased, her old token is refused.
 */
const NAME = 'Zéphyrine Quillebœuf';
const PASSWORD = 'Correct-Horse-42';
// Hers, each distinctive enough to be found only where her data is.
const HERS = ['Quilleb', 'phyrine', 'zephyrine.quilleboeuf', '06 71 82 93 04', 'rue des Acacias', 'xylophonique', 'Xylocarpe', 'ZQX-991-SERIAL', 'QB-7788-ZQ', 'ornithorynque'];
// The merchant's, which must stay.
const SHOPS = ['Tamarillo replacement stock', 'Pangolin warranty terms'];
// The admin's reason for a legal hold on her dispute: the admin's alone, never in a merchant's webhook body.
const HOLD_REASON = 'Assignation Cormoran devant le tribunal judiciaire';

describe('erasure (eraseMyAccount, eraseDataSubject)', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;
  let fileId: string;
  let associationFileId: string;
  let email: string;
  // The development copies of the e-mails (no SMTP_URL): a directory of this file's own.
  let dataDir: string;
  const [dataDirBefore, smtpBefore] = [process.env.DATA_DIR, process.env.SMTP_URL];
  /** The .eml copies naming her (address or name), read decoded. */
  const copiesNamingHer = async () => {
    const directory = join(dataDir, 'mail');
    const found: string[] = [];
    for (const name of (await readdir(directory).catch(() => [] as string[])).filter((file) => file.endsWith('.eml'))) {
      const raw = await readFile(join(directory, name)).catch(() => null);
      if (!raw) continue;
      const mail = await simpleParser(raw);
      const whole = `${raw.toString('utf8')}\n${mail.headerLines.map((h) => h.line).join('\n')}\n${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`.toLowerCase();
      if (whole.includes(email.toLowerCase()) || whole.includes(NAME.toLowerCase())) found.push(name);
    }
    return found;
  };

  const gqlIn = async <T,>(language: 'fr' | 'en', query: string, variables: Record<string, unknown>, as: Account) => {
    const response = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language, authorization: `Bearer ${as.token}` }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: T; errors?: Array<{ extensions?: Record<string, unknown> }> };
  };
  const until = async (check: () => Promise<boolean>, what: string, ms = 30_000) => {
    for (const started = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 200))) {
      if (Date.now() - started > ms) throw new Error(`still not ${what}`);
    }
  };
  const dispute = (language: 'fr' | 'en') =>
    gqlIn<{ dispute: { problem: { description: string }; product: { serialNumber: string | null }; messages: Array<{ body: string }>; evidence: Array<{ name: string }>; rejectionReason: string | null; consumer: { displayName: string } | null; timeline: Array<{ text: string; quoted: string[] }> } }>(
      language,
      `query($id: ID!) { dispute(id: $id) { problem { description } product { serialNumber } messages { body } evidence { name } rejectionReason consumer { displayName } timeline { text quoted } } }`,
      { id: disputeId },
      merchant,
    );

  const calendarOf = (as: Account) => gqlIn<{ dispute: { rights: { calendar: { place: string; source: string } } } }>('en', `query($id: ID!) { dispute(id: $id) { rights { calendar { place source } } } }`, { id: disputeId }, as);

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'recours-erasure-'));
    api = await startTestApp('erasure', { DATA_DIR: dataDir, SMTP_URL: '' });
    const actors = apiActors(api);
    email = `zephyrine.quilleboeuf-${Date.now()}@example.test`;
    const signedUp = must(
      await api.gql<{ signUp: { token: string; user: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`, { input: { email, password: PASSWORD, displayName: NAME, role: 'CONSUMER' } }),
      'signUp',
    ).signUp;
    consumer = { token: signedUp.token, id: signedUp.user.id, merchantId: null };
    merchant = await actors.merchant('Erasure Shop');
    // Its webhook: each event's body waits in the outbox, and an erasure writes it again.
    must(await api.gql(`mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`, { input: { url: 'https://hooks.erasure-shop.test/recours' } }, merchant.token), 'registerWebhook');

    // Her letter, a file whose bytes and name are hers.
    const letter = Buffer.from(`Lettre de ${NAME}, 14 rue des Acacias, 69003 Lyon, 06 71 82 93 04.\nLe téléphone xylophonique ne charge plus.\n`);
    const { body, contentType } = multipartBody([{ field: 'file', filename: 'quillebœuf-ornithorynque.txt', content: letter }]);
    const base = api.url.replace(/\/graphql$/, '');
    const uploaded = (await (await fetch(`${base}/files`, { method: 'POST', headers: { 'content-type': contentType, authorization: `Bearer ${consumer.token}` }, body })).json()) as { id: string; sha256: string };
    fileId = uploaded.id;
    const claim = phoneClaim(merchant.merchantId as string, {
      product: { name: 'Galaxy A54', category: 'smartphone', brand: 'Samsung', model: 'SM-A546B', serialNumber: 'ZQX-991-SERIAL', condition: 'NEW' },
      purchase: { purchasedOn: '2025-03-10', deliveredOn: '2025-03-12', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR', orderReference: 'QB-7788-ZQ' },
      problem: {
        description: `Je suis ${NAME}, 14 rue des Acacias à Lyon (06 71 82 93 04) : mon téléphone xylophonique s’éteint à 40 %.`,
        firstNoticedOn: '2025-11-02',
        chronology: [{ on: '2025-11-02', what: 'Xylocarpe: first shutdown at 40%' }],
      },
      evidence: [{ kind: 'OTHER', name: 'quillebœuf-ornithorynque.txt', sha256: uploaded.sha256, fileId: uploaded.id }],
      // Where she lives: sealed in her claim with her words, gone with them.
      consumerPostcode: '67000',
    });
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: claim }, consumer.token), 'fileClaim').fileClaim.id;
    const POST = `mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`;
    must(await api.gql(POST, { input: { disputeId, body: `${SHOPS[0]}: we can swap it next week.` } }, merchant.token), 'merchant message');
    must(await api.gql(POST, { input: { disputeId, body: `Merci, ici ${NAME} : l’ornithorynque de la boutique m’a dit autre chose.` } }, consumer.token), 'consumer message');
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId, reason: `${SHOPS[1]} exclude swelling.` } }, merchant.token), 'reject');
    // Her association, acting for her, attaches a note about her: her dispute's evidence, in her name.
    const association = await actors.association('UFC Erasure');
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { mandate { grantedAt } } }`, { input: { disputeId, associationId: association.id } }, consumer.token), 'grant');
    await until(async () => (await dispute('en')).data?.dispute.problem !== undefined, 'filed');
    const note = multipartBody([{ field: 'file', filename: 'note-association.txt', content: Buffer.from(`Note pour ${NAME}, rue des Acacias.\n`) }]);
    const noted = (await (await fetch(`${base}/files`, { method: 'POST', headers: { 'content-type': note.contentType, authorization: `Bearer ${association.token}` }, body: note.body })).json()) as { id: string; sha256: string };
    associationFileId = noted.id;
    must(await api.gql(`mutation($input: AttachEvidenceInput!) { attachEvidence(input: $input) { id } }`, { input: { disputeId, kind: 'OTHER', name: 'note-association.txt', sha256: noted.sha256, fileId: noted.id } }, association.token), 'association attaches');
    // A company she invites: the row says who typed which address.
    must(await api.gql(`mutation($input: InviteMerchantInput!) { inviteMerchant(input: $input) { id } }`, { input: { name: 'Quincaillerie Zostère', email: 'zostere.contact@quincaillerie-zostere.test', locale: 'fr' } }, consumer.token), 'invite');
    // The admin keeps the dispute for a litigation: the reason is the admin's alone.
    must(await api.gql(`mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { id } }`, { input: { disputeId, reason: HOLD_REASON } }, (await actors.admin()).token), 'placeLegalHold');
    // A wrong password typed with her address: a sign-in counter keyed by it.
    await api.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'not-her-password' } });
    // Every read model holds the dispute and its last event: her words are copied everywhere by now.
    await until(async () => ((await dispute('en')).data?.dispute.timeline.length ?? 0) >= 4, 'projected');
    await until(async () => (await searchDatabase(api.database.url, [SHOPS[1]])).some((f) => f.table.includes('notifications')), 'notified');
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    for (const [name, before] of [['DATA_DIR', dataDirBefore], ['SMTP_URL', smtpBefore]] as const) {
      if (before === undefined) delete process.env[name];
      else process.env[name] = before;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('finds her words in clear in many tables before, so that the search below can be trusted', async () => {
    expect((await calendarOf(consumer)).data?.dispute.rights.calendar).toEqual({ place: 'ALSACE_MOSELLE', source: 'POSTCODE' });
    const found = await searchDatabase(api.database.url, HERS);
    const tables = new Set(found.map((f) => f.table));
    for (const table of ['"accounts"."accounts"', '"read_models"."dispute_summaries"', '"read_models"."dispute_search"', '"read_models"."merchant_claims"', '"read_models"."dispute_timeline"', '"evidence"."uploads"']) expect(tables).toContain(table);
    // The event log and her files' bytes never hold them in clear: sealed with her key; the sign-in counters keep a keyed hash of her address.
    expect(tables).not.toContain('"event_store"."events"');
    expect(tables).not.toContain('"accounts"."attempt_counters"');
    // The note her association attached for her opens for the merchant, until she is erased.
    expect((await fetch(`${api.url.replace(/\/graphql$/, '')}/files/${associationFileId}`, { headers: { authorization: `Bearer ${merchant.token}` } })).status).toBe(200);
    expect((await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.attempt_counters`))[0].n).toBeGreaterThan(0);
    // Her wrong password counted against her address: the counter erasure must find and drop.
    expect([...(await api.app.get(AttemptCounters).read([`login:account:${email}`])).keys()]).toEqual([`login:account:${email}`]);
    expect((await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.merchant_invitations WHERE invited_by = $1`, [consumer.id]))[0].n).toBe(1);
    expect(tables).not.toContain('"files"."chunks"');
    // A development setup's copy of the e-mails (her address confirmation at least) names her.
    await until(async () => (await copiesNamingHer()).length > 0, 'mailed');
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const ERASE_ME = `mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`;
    const wrong = await api.gql(ERASE_ME, { input: { password: 'not-her-password' } }, consumer.token);
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(wrong)).toEqual(['input.password']);
    expect(codeOf(await api.gql(ERASE_ME, { input: { password: PASSWORD } }))).toBe('UNAUTHENTICATED');
    const ERASE = `mutation($input: EraseDataSubjectInput!) { eraseDataSubject(input: $input) }`;
    expect(codeOf(await api.gql(ERASE, { input: { accountId: consumer.id, reason: 'Letter of 1 December' } }, merchant.token))).toBe('FORBIDDEN');
    const admin = await apiActors(api).admin();
    const blank = await api.gql(ERASE, { input: { accountId: consumer.id, reason: '   ' } }, admin.token);
    expect(fieldsOf(blank)).toEqual(['input.reason']);
    const unknown = await api.gql(ERASE, { input: { accountId: '00000000-0000-4000-8000-000000000000', reason: 'Letter of 1 December' } }, admin.token);
    expect(fieldsOf(unknown)).toEqual(['input.accountId']);
    expect(fieldsOf(await api.gql(ERASE, { input: { accountId: 'not-an-id', reason: 'Letter' } }, admin.token))).toEqual(['input.accountId']);
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      expect((await db.query('SELECT count(*)::int AS n FROM accounts.erasures')).rows[0].n).toBe(0);
    } finally {
      await db.end();
    }
    expect((await api.gql<{ me: { id: string } }>(`{ me { id } }`, {}, consumer.token)).data?.me.id).toBe(consumer.id);
  });

  it('erases her: no table of the database holds her name, address or words; her file is gone', async () => {
    expect(must(await api.gql<{ eraseMyAccount: boolean }>(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: PASSWORD } }, consumer.token), 'erase').eraseMyAccount).toBe(true);
    // The read models drop their copies when they reach the erasure: within moments.
    await until(async () => (await searchDatabase(api.database.url, [...HERS, NAME, email])).length === 0, 'erased everywhere').catch(() => undefined);
    expect(await searchDatabase(api.database.url, [...HERS, NAME, email])).toEqual([]);
    const base = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/files/${fileId}`, { headers: { authorization: `Bearer ${merchant.token}` } })).status).toBe(404);
    // Her sign-in counter went with her account (LoginLimits.forget, in the erasure's first step).
    expect(await api.app.get(AttemptCounters).read([`login:account:${email}`])).toEqual(new Map());
    expect((await fetch(`${base}/files/${associationFileId}`, { headers: { authorization: `Bearer ${merchant.token}` } })).status).toBe(404);
    // The company she invited stays; who typed which address does not.
    expect((await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.merchant_invitations WHERE invited_by = $1`, [consumer.id]))[0].n).toBe(0);
    expect((await api.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM accounts.merchants WHERE name = 'Quincaillerie Zostère'`))[0].n).toBe(1);
    // The development copies of the e-mails to her or naming her are gone with her.
    expect(await copiesNamingHer()).toEqual([]);
  }, 60_000);

  it('writes the webhook bodies again without her words, and still without what only the admin reads (a legal hold’s reason)', async () => {
    const bodies = await api.database.query<{ body: string }>(`SELECT payload ->> 'body' AS body FROM notifications.outbox WHERE channel = 'WEBHOOK' AND dispute_id = $1`, [disputeId]);
    const types = bodies.map((row) => JSON.parse(row.body) as { type: string; data: Record<string, unknown> });
    expect(types.map((t) => t.type)).toEqual(expect.arrayContaining(['CLAIM_FILED', 'MESSAGE_POSTED', 'LEGAL_HOLD_PLACED']));
    expect(types.find((t) => t.type === 'LEGAL_HOLD_PLACED')!.data).not.toHaveProperty('reason');
    expect((await searchDatabase(api.database.url, [HOLD_REASON])).map((f) => f.table)).not.toContain('"notifications"."outbox"');
  });

  it('forgets where she lives: her postcode reads as not known, and her dispute’s rights count metropolitan days', async () => {
    expect((await calendarOf(merchant)).data?.dispute.rights.calendar).toEqual({ place: 'METROPOLITAN_FRANCE', source: 'DEFAULT' });
  });

  it('keeps the dispute whole for the merchant: its own words read, hers read as erased in the reader’s language', async () => {
    for (const [language, erased, person] of [['en', 'erased', 'a person whose data was erased'], ['fr', 'effacé', 'une personne dont les données ont été effacées']] as const) {
      const { dispute: seen } = (await dispute(language)).data!;
      expect(seen.problem.description).toBe(erased);
      expect(seen.product.serialNumber).toBe(erased);
      // The association's own words (the note's name) stay; the note's bytes are gone with her.
      expect(seen.evidence.map((e) => e.name)).toEqual([erased, 'note-association.txt']);
      expect(seen.messages.map((m) => m.body)).toEqual([`${SHOPS[0]}: we can swap it next week.`, erased]);
      expect(seen.rejectionReason).toBe(`${SHOPS[1]} exclude swelling.`);
      expect(seen.consumer?.displayName).toBe(person);
      expect(seen.timeline.flatMap((entry) => entry.quoted)).toEqual(expect.arrayContaining([`${SHOPS[1]} exclude swelling.`]));
      expect(JSON.stringify(seen)).not.toMatch(/Quilleb|xylophon|⟦/);
    }
    const verified = must(await api.gql<{ verifyDispute: { valid: boolean; brokenAtVersion: number | null } }>(`query($id: ID!) { verifyDispute(id: $id) { valid brokenAtVersion } }`, { id: disputeId }, merchant.token), 'verify');
    expect(verified.verifyDispute).toEqual({ valid: true, brokenAtVersion: null });
  });

  it('refuses her token issued before', async () => {
    expect(codeOf(await api.gql(`{ me { id } }`, {}, consumer.token))).toBe('UNAUTHENTICATED');
    expect(codeOf(await api.gql(`{ myNotifications { edges { cursor } } }`, {}, consumer.token))).toBe('UNAUTHENTICATED');
  });

  it('stores nothing for her when an old e-mail’s unsubscribe link is POSTed: the link names nobody now', async () => {
    const base = api.url.replace(/\/graphql$/, '');
    const answer = await fetch(`${base}/unsubscribe/${api.app.get(UnsubscribeTokens).sign(consumer.id)}`, { method: 'POST', headers: { 'accept-language': 'fr' }, body: 'List-Unsubscribe=One-Click' });
    expect(answer.status).toBe(404);
    expect(await answer.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'Lien de désinscription introuvable' } });
    expect(await api.database.query(`SELECT account_id FROM notifications.preferences WHERE account_id = $1`, [consumer.id])).toEqual([]);
  });

  it('keeps her erased through a rebuild of every read model', async () => {
    const store = api.app.get<EventStore>(EVENT_STORE);
    await rebuildProjections({ store, connectionString: api.database.url, projections: ALL_PROJECTIONS });
    expect(await searchDatabase(api.database.url, [...HERS, NAME, email])).toEqual([]);
    expect((await dispute('en')).data?.dispute.problem.description).toBe('erased');
    expect((await searchDatabase(api.database.url, SHOPS)).map((f) => f.table)).toEqual(expect.arrayContaining(['"read_models"."dispute_summaries"', '"read_models"."dispute_timeline"']));
  }, 60_000);

  it('lets the admin erase a person on her request, keeping the reason, who and when', async () => {
    const admin = await apiActors(api).admin();
    const agent = await apiActors(api).agent(merchant, 'Ophélie Grandvaux');
    must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Grandvaux: checked the stock myself' } }, agent.token), 'agent message');
    await until(async () => (await searchDatabase(api.database.url, ['Grandvaux: checked'])).some((f) => f.table.includes('dispute_timeline')), 'agent projected');
    expect(must(await api.gql<{ eraseDataSubject: boolean }>(`mutation($input: EraseDataSubjectInput!) { eraseDataSubject(input: $input) }`, { input: { accountId: agent.id, reason: 'Request by letter of 1 December 2026' } }, admin.token), 'erase agent').eraseDataSubject).toBe(true);
    await until(async () => (await searchDatabase(api.database.url, ['Grandvaux'])).length === 0, 'agent erased').catch(() => undefined);
    expect(await searchDatabase(api.database.url, ['Grandvaux', 'Ophélie'])).toEqual([]);
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT requested_by::text, reason, completed_at IS NOT NULL AS done FROM accounts.erasures WHERE account_id = $1`, [agent.id]);
      expect(rows).toEqual([{ requested_by: admin.id, reason: 'Request by letter of 1 December 2026', done: true }]);
    } finally {
      await db.end();
    }
    // The merchant's own words, and the owner's account, untouched.
    expect((await dispute('en')).data?.dispute.messages.map((m) => m.body)).toEqual([`${SHOPS[0]}: we can swap it next week.`, 'erased', 'erased']);
    expect(codeOf(await api.gql(`{ me { id } }`, {}, merchant.token))).toBe('OK');
  }, 60_000);

  it('keeps no erased words in a daily digest: the digest gathered before the erasure is made again', async () => {
    const actors = apiActors(api);
    const reader = await actors.consumer('Digest Reader');
    must(await api.gql(`mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { digest } }`, { input: { digest: 'DAILY' } }, reader.token), 'digest');
    const agent = await actors.agent(merchant, 'Philibert Mandragore');
    const id = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, reader.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId: id, reason: 'Mandragore says: dropped in water' } }, agent.token), 'reject');
    await until(async () => (await searchDatabase(api.database.url, ['Mandragore says'])).some((f) => f.table === '"notifications"."outbox"'), 'held');
    // Tomorrow's digest hour has passed: the held rejection goes into her digest.
    expect(await api.app.get(Notifier).digest.gather(new Date(Date.now() + 86_400_000))).toBeGreaterThanOrEqual(1);
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      const { rows } = await db.query(`SELECT payload::text FROM notifications.outbox WHERE recipient = $1 AND payload->>'kind' = 'DIGEST'`, [reader.id]);
      expect(rows.map((r) => r.payload).join()).toContain('Mandragore says');
    } finally {
      await db.end();
    }
    must(await api.gql(`mutation($input: EraseDataSubjectInput!) { eraseDataSubject(input: $input) }`, { input: { accountId: agent.id, reason: 'Letter of 2 December' } }, (await actors.admin()).token), 'erase');
    await until(async () => (await searchDatabase(api.database.url, ['Mandragore'])).length === 0, 'digest rewritten').catch(() => undefined);
    expect(await searchDatabase(api.database.url, ['Mandragore'])).toEqual([]);
  }, 60_000);

  it('counts wrong two-step codes within the sign-in limits: a stolen session with her password cannot guess the code', async () => {
    const victim = await apiActors(api).consumer('Victime');
    const { secret } = must(await api.gql<{ enrolTwoFactor: { secret: string } }>(`mutation { enrolTwoFactor { secret } }`, {}, victim.token), 'enrol').enrolTwoFactor;
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() - 30_000 });
    must(await api.gql(`mutation($input: ConfirmTwoFactorInput!) { confirmTwoFactor(input: $input) { recoveryCodes } }`, { input: { code } }, victim.token), 'confirm');
    const ERASE_ME = `mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`;
    const answers: string[] = [];
    for (let i = 0; i < 12; i++) answers.push(String(codeOf(await api.gql(ERASE_ME, { input: { password: PASSWORD, code: String(100000 + i) } }, victim.token))));
    // The sign-in budget per account and address (10), then refused.
    expect(answers.slice(0, 10)).toEqual(Array(10).fill('BAD_USER_INPUT'));
    expect(answers.slice(10)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(codeOf(await api.gql(`{ me { id } }`, {}, victim.token))).toBe('OK');
  });

  // Last: a sign-in attempt counts against the address typed (accounts.attempt_counters, for its window).
  it('signs nobody in with her old address and password, and the counter it makes does not hold the address', async () => {
    expect(codeOf(await api.gql(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: PASSWORD } }))).toBe('UNAUTHENTICATED');
    expect(await searchDatabase(api.database.url, [email])).toEqual([]);
  });
});
