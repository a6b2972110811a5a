import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { AccountsService } from '../../apps/api/src/accounts/accounts.service';
import { ACCOUNT_CHANGES_CHANNEL } from '../../apps/api/src/accounts/token-versions';
import { NotificationsAssociationNamedById176900000029760 } from '../../libs/notifications/src/schema/migrations/176900000029760-association-named-by-id';
import { apiActors, codeOf, fieldsOf, mailedToken, must, phoneClaim, searchDatabase, startTestApp, type Account, type TestApp } from '@recours/testing';

/*
 * GDPR art. 16: a person corrects her own name (updateMyProfile). Checked as sign-up checks it;
 * shown at once on her disputes' timelines, in every API process (the names each remembers are
 * dropped on the accounts' channel), in search and in case files; the names she gave up are kept
 * for her erasure to find the e-mails naming her by them, and go with her. Her e-mail address
 * too (requestEmailChange): a link to the new address switches it, the old one is told.
 */
const UPDATE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { id displayName } }`;
const PASSWORD = 'Correct-Horse-42';

describe('updateMyProfile: a person renames herself', () => {
  let api: TestApp;
  /** A second API process on the same database: it remembers names between requests too. */
  let other: TestApp;
  let dataDir: string;
  const [dataDirBefore, smtpBefore] = [process.env.DATA_DIR, process.env.SMTP_URL];

  const gqlIn = async <T,>(on: TestApp, language: 'fr' | 'en', query: string, variables: Record<string, unknown>, as?: Account) => {
    const response = await fetch(on.url, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': language, ...(as ? { authorization: `Bearer ${as.token}` } : {}) }, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as { data?: T; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  };
  const timelineIn = async (on: TestApp, disputeId: string, as: Account) =>
    must(await on.gql<{ dispute: { timeline: Array<{ text: string }> } }>(`query($id: ID!) { dispute(id: $id) { timeline(locale: en) { text } } }`, { id: disputeId }, as.token), 'timeline').dispute.timeline.map((entry) => entry.text);
  const until = async (check: () => Promise<boolean>, what: string, ms = 15_000) => {
    for (const started = Date.now(); !(await check()); await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() - started > ms) throw new Error(`still not ${what}`);
    }
  };
  /** The development copies of the e-mails (no SMTP_URL) whose text holds `words`, read decoded. */
  const copiesNaming = async (words: string) => {
    const directory = join(dataDir, 'mail');
    const found: string[] = [];
    for (const name of (await readdir(directory).catch(() => [] as string[])).filter((file) => file.endsWith('.eml'))) {
      const raw = await readFile(join(directory, name)).catch(() => null);
      if (!raw) continue;
      const mail = await simpleParser(raw);
      const whole = `${raw.toString('utf8')}\n${mail.headerLines.map((h) => h.line).join('\n')}\n${mail.text ?? ''}\n${typeof mail.html === 'string' ? mail.html : ''}`.toLowerCase();
      if (whole.includes(words.toLowerCase())) found.push(name);
    }
    return found;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'recours-rectification-'));
    api = await startTestApp('rectification', { DATA_DIR: dataDir, SMTP_URL: '' });
    other = await startTestApp('rectification_other', { DATA_DIR: dataDir, SMTP_URL: '' }, { database: api.database });
  }, 120_000);
  afterAll(async () => {
    await other?.app.close();
    await api?.close();
    for (const [name, before] of [['DATA_DIR', dataDirBefore], ['SMTP_URL', smtpBefore]] as const) {
      if (before === undefined) delete process.env[name];
      else process.env[name] = before;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a blank or too long name on the field, in French and English, and stores nothing', async () => {
    const claire = await apiActors(api).consumer('Claire Avant');
    for (const displayName of ['   ', '\u200b\u00a0', 'x'.repeat(121), '']) {
      const refused = await gqlIn(api, 'fr', UPDATE, { input: { displayName } }, claire);
      expect([codeOf(refused), fieldsOf(refused)]).toEqual(['BAD_USER_INPUT', ['input.displayName']]);
    }
    const french = await gqlIn(api, 'fr', UPDATE, { input: { displayName: '   ' } }, claire);
    const english = await gqlIn(api, 'en', UPDATE, { input: { displayName: 'x'.repeat(121) } }, claire);
    const messageOf = (answer: typeof french) => (answer.errors?.[0].extensions?.fields as Array<{ message: string }>)[0].message;
    expect(messageOf(french)).toMatch(/vide|blanc|rien/i);
    expect(messageOf(english)).toMatch(/120/);
    // Sign-up refuses the same names on the same rule.
    const signUp = await gqlIn(api, 'en', `mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: `blank-${Date.now()}@example.test`, password: PASSWORD, displayName: '   ', role: 'CONSUMER' } });
    expect(fieldsOf(signUp)).toEqual(['input.displayName']);
    expect(codeOf(await api.gql(UPDATE, { input: { displayName: 'Nobody' } }))).toBe('UNAUTHENTICATED');
    expect(must(await api.gql<{ me: { displayName: string } }>(`{ me { displayName } }`, {}, claire.token), 'me').me.displayName).toBe('Claire Avant');
    expect(await api.database.query(`SELECT * FROM accounts.previous_names WHERE account_id = $1`, [claire.id])).toEqual([]);
  });

  it('shows the new name at once on her dispute’s timeline, in this process and in another that remembered the old one, and in search', async () => {
    const actors = apiActors(api);
    const claire = await actors.consumer('Claire Ancienne');
    const shop = await actors.merchant('Rename Shop');
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(shop.merchantId as string) }, claire.token), 'fileClaim').fileClaim.id;
    await api.projectionsCaughtUp();
    // Both processes read (and remember) her name as it was.
    for (const on of [api, other]) expect((await timelineIn(on, disputeId, shop))[0]).toMatch(/^Claire Ancienne /);

    const renamed = must(await api.gql<{ updateMyProfile: { id: string; displayName: string } }>(UPDATE, { input: { displayName: '  Claire Nouvelle ' } }, claire.token), 'rename');
    expect(renamed.updateMyProfile).toEqual({ id: claire.id, displayName: 'Claire Nouvelle' });
    expect((await timelineIn(api, disputeId, shop))[0]).toMatch(/^Claire Nouvelle /);
    // The other process heard of it on the accounts' channel: well before its names' backstop (a minute).
    await until(async () => (await timelineIn(other, disputeId, shop))[0].startsWith('Claire Nouvelle '), 'renamed in the other process', 5_000);
    expect(must(await other.gql<{ me: { displayName: string } }>(`{ me { displayName } }`, {}, claire.token), 'me').me.displayName).toBe('Claire Nouvelle');
    // Her case file, as her merchant downloads it.
    const file = (await (await fetch(`${api.origin}/disputes/${disputeId}/case-file.json?locale=en`, { headers: { authorization: `Bearer ${shop.token}` } })).json()) as { dispute: { timeline: Array<{ text: string }> } };
    expect(file.dispute.timeline[0].text).toMatch(/^Claire Nouvelle /);
    expect(JSON.stringify(file)).not.toContain('Claire Ancienne');
    // Search finds her by her new name, and shows it.
    const admin = await actors.admin();
    const search = async (query: string) =>
      must(await api.gql<{ searchDisputes: { edges: Array<{ node: { id: string; consumerName: string | null } }> } }>(`query($q: String!) { searchDisputes(query: $q) { edges { node { id consumerName } } } }`, { q: query }, admin.token), 'search').searchDisputes.edges.map((e) => e.node);
    expect(await search('Nouvelle')).toEqual([{ id: disputeId, consumerName: 'Claire Nouvelle' }]);
    expect(await search('Ancienne')).toEqual([]);
    // Her archive lists the name she gave up.
    const archive = JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, claire.token), 'myData').myData) as { account: { displayName: string; previousNames: Array<{ displayName: string }> } };
    expect(archive.account.displayName).toBe('Claire Nouvelle');
    expect(archive.account.previousNames.map((n) => n.displayName)).toEqual(['Claire Ancienne']);
  });

  it('counts her renames: past the day’s budget (NAME_CHANGE_LIMIT_PER_DAY, 10) a rename is refused in words and her name and earlier names stay as they were', async () => {
    const rita = await apiActors(api).consumer('Rita 0');
    for (let n = 1; n <= 10; n++) must(await api.gql(UPDATE, { input: { displayName: `Rita ${n}` } }, rita.token), `rename ${n}`);
    const refused = await gqlIn(api, 'fr', UPDATE, { input: { displayName: 'Rita 11' } }, rita);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0].message).toMatch(/^Vous avez changé de nom plusieurs fois aujourd’hui\u202f; vous pourrez le changer à nouveau dans \d+ heures?$/);
    expect(must(await api.gql<{ me: { displayName: string } }>(`{ me { displayName } }`, {}, rita.token), 'me').me.displayName).toBe('Rita 10');
    expect(await api.database.query(`SELECT count(*)::int AS n FROM accounts.previous_names WHERE account_id = $1`, [rita.id])).toEqual([{ n: 10 }]);
  });

  it('the name she has already (spaces around it aside) is answered as done: nothing counted, kept nor announced', async () => {
    const sam = await apiActors(api).consumer('Sam Avant');
    must(await api.gql(UPDATE, { input: { displayName: 'Sam Même' } }, sam.token), 'rename');
    const earlierNames = async () => api.database.query(`SELECT display_name, replaced_at FROM accounts.previous_names WHERE account_id = $1`, [sam.id]);
    const before = await earlierNames();
    // What every process hears on the accounts' channel when a name changes.
    const listener = new Client({ connectionString: api.database.url });
    await listener.connect();
    const heard: string[] = [];
    listener.on('notification', (message) => {
      if (message.payload === sam.id) heard.push(message.payload);
    });
    await listener.query(`LISTEN ${ACCOUNT_CHANGES_CHANNEL}`);
    try {
      // More times than the day's budget allows renames.
      for (let n = 0; n < 12; n++) {
        const same = must(await api.gql<{ updateMyProfile: { displayName: string } }>(UPDATE, { input: { displayName: n % 2 ? ' Sam Même  ' : 'Sam Même' } }, sam.token), `same name ${n}`);
        expect(same.updateMyProfile.displayName).toBe('Sam Même');
      }
      expect(await earlierNames()).toEqual(before);
      // Her day's budget is whole: nine more renames go through (ten with the first), the next does not; only they were announced.
      for (let n = 1; n <= 9; n++) must(await api.gql(UPDATE, { input: { displayName: `Sam ${n}` } }, sam.token), `rename ${n}`);
      expect(codeOf(await api.gql(UPDATE, { input: { displayName: 'Sam 10' } }, sam.token))).toBe('RATE_LIMITED');
      await until(async () => heard.length >= 9, 'announced nine times');
      // NOTIFY keeps the commits' order: any the same names had sent would have come before these nine.
      expect(heard).toHaveLength(9);
    } finally {
      await listener.end();
    }
  });

  it('the notice to an agent she removed from her team names her by her new name once she renames herself', async () => {
    const actors = apiActors(api);
    const owner = await actors.merchant('Quincaillerie Renommée');
    must(await api.gql(UPDATE, { input: { displayName: 'Octavie Avant' } }, owner.token), 'rename');
    const agent = await actors.agent(owner, 'Agent Retiré');
    must(await api.gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.id } }, owner.token), 'removeMerchantAgent');
    // Her sessions ended with her place in the team: she signs in again, as a former agent.
    const [{ email }] = await api.database.query<{ email: string }>(`SELECT email FROM accounts.accounts WHERE id = $1`, [agent.id]);
    const token = must(await api.gql<{ login: { token: string } }>(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: PASSWORD } }), 'login').login.token;
    const noticeOf = async () =>
      must(await api.gql<{ myNotifications: { edges: Array<{ node: { kind: string; body: string } }> } }>(`{ myNotifications(first: 20, locale: en) { edges { node { kind body } } } }`, {}, token), 'notices').myNotifications.edges
        .filter((e) => e.node.kind === 'TEAM_ACCESS_ENDED')
        .map((e) => e.node.body);
    expect((await noticeOf()).join()).toContain('Octavie Avant removed you');
    must(await api.gql(UPDATE, { input: { displayName: 'Octavie Après' } }, owner.token), 'rename');
    const [body] = await noticeOf();
    expect(body).toContain('Octavie Après removed you');
    expect(body).not.toContain('Avant');
  });

  describe('the notice of a mandate’s end (MANDATE_ENDED) names the association as the directory does now', () => {
    /** A mandate the consumer gave an association, then revoked: its merchant is told. */
    const mandateEnded = async (associationName: string) => {
      const actors = apiActors(api);
      const association = await actors.association(associationName);
      const consumer = await actors.consumer('Claire Mandante');
      const shop = await actors.merchant('Boutique Mandat');
      const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(shop.merchantId as string) }, consumer.token), 'fileClaim').fileClaim.id;
      must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId, associationId: association.id } }, consumer.token), 'grant');
      must(await api.gql(`mutation($input: RevokeRepresentationInput!) { revokeRepresentation(input: $input) { id } }`, { input: { disputeId } }, consumer.token), 'revoke');
      const noticeOf = async () =>
        must(await api.gql<{ myNotifications: { edges: Array<{ node: { kind: string; body: string; disputeId: string | null } }> } }>(`{ myNotifications(first: 50, locale: en) { edges { node { kind body disputeId } } } }`, {}, shop.token), 'notices').myNotifications.edges
          .filter((e) => e.node.kind === 'MANDATE_ENDED' && e.node.disputeId === disputeId)
          .map((e) => e.node.body)
          .join();
      await until(async () => (await noticeOf()).includes(associationName), 'told the merchant');
      return { association, disputeId, noticeOf };
    };

    it('its account’s new name when it has no profile, then its profile’s', async () => {
      const { association, noticeOf } = await mandateEnded('Association Avant');
      // It has no directory profile: the directory, and the notice, show its account's name.
      must(await api.gql(UPDATE, { input: { displayName: 'Association Après' } }, association.token), 'rename');
      expect(await noticeOf()).toContain('ended the mandate: Association Après no longer represents them');
      expect(await noticeOf()).not.toContain('Avant');
      // Its profile's name shows from then on, in the directory and in the notice; a later rename of its account changes neither.
      must(await api.gql(`mutation($input: UpdateAssociationProfileInput!) { updateAssociationProfile(input: $input) { name } }`, { input: { name: 'UFC Profil' } }, association.token), 'profile');
      expect(await noticeOf()).toContain('the association UFC Profil no longer represents them');
      must(await api.gql(UPDATE, { input: { displayName: 'Association Compte' } }, association.token), 'rename');
      expect(await noticeOf()).toContain('the association UFC Profil no longer represents them');
      expect(must(await api.gql<{ association: { name: string } }>(`query($id: ID!) { association(id: $id) { name } }`, { id: association.id }), 'association').association.name).toBe('UFC Profil');
    });

    it('two changes of its profile at once: neither undoes the other, and the notice names the name kept', async () => {
      const PROFILE = `mutation($input: UpdateAssociationProfileInput!) { updateAssociationProfile(input: $input) { name } }`;
      const { association, noticeOf } = await mandateEnded('Association Course');
      must(await api.gql(PROFILE, { input: { name: 'Course Une' } }, association.token), 'profile');
      // Both changes arrive while its rows are busy (another statement holds them): each then reads, and writes, in turn.
      const busy = new Client({ connectionString: api.database.url });
      await busy.connect();
      try {
        await busy.query('BEGIN');
        await busy.query(`SELECT 1 FROM accounts.accounts WHERE id = $1 FOR UPDATE`, [association.id]);
        await busy.query(`SELECT 1 FROM accounts.association_profiles WHERE account_id = $1 FOR UPDATE`, [association.id]);
        const renamed = api.gql(PROFILE, { input: { name: 'Course Deux' } }, association.token);
        const described = api.gql(PROFILE, { input: { description: 'Litiges de voyage' } }, association.token);
        await new Promise((resolve) => setTimeout(resolve, 800));
        await busy.query('COMMIT');
        must(await renamed, 'rename');
        must(await described, 'describe');
      } finally {
        await busy.end();
      }
      const shown = must(await api.gql<{ association: { name: string; description: string } }>(`query($id: ID!) { association(id: $id) { name description } }`, { id: association.id }), 'association').association;
      expect(shown).toEqual({ name: 'Course Deux', description: 'Litiges de voyage' });
      expect(await noticeOf()).toContain('the association Course Deux no longer represents them');
    }, 60_000);

    it('the association’s erasure takes its name out of the notices that copied it, as out of the directory', async () => {
      const { association, noticeOf } = await mandateEnded('Association Zéphyrine');
      const admin = await apiActors(api).admin();
      must(await api.gql(`mutation($input: EraseDataSubjectInput!) { eraseDataSubject(input: $input) }`, { input: { accountId: association.id, reason: 'Letter of 3 December' } }, admin.token), 'erase');
      await until(async () => !(await noticeOf()).includes('Zéphyrine'), 'erased from the notice').catch(() => undefined);
      expect(await noticeOf()).toContain('ended the mandate: the association no longer represents them');
      expect(await searchDatabase(api.database.url, ['Zéphyrine'])).toEqual([]);
    }, 60_000);

    it('a notice stored before it kept the association’s id takes it from its event, with the name shown now, and follows the renames after', async () => {
      const { association, disputeId, noticeOf } = await mandateEnded('Association Ancienne');
      // As the notifier stored it before: the name alone, since given up (a rename then did not reach it).
      await api.database.query(`UPDATE accounts.accounts SET display_name = 'Association Renommée' WHERE id = $1`, [association.id]);
      await api.database.query(`UPDATE notifications.notifications SET params = params - 'associationId' WHERE dispute_id = $1 AND kind = 'MANDATE_ENDED'`, [disputeId]);
      expect(await noticeOf()).toContain('Association Ancienne');
      const runner = { query: (sql: string) => api.database.query(sql) } as unknown as import('typeorm').QueryRunner;
      await new NotificationsAssociationNamedById176900000029760().up(runner);
      expect(await noticeOf()).toContain('ended the mandate: Association Renommée no longer represents them');
      must(await api.gql(UPDATE, { input: { displayName: 'Association Suivante' } }, association.token), 'rename');
      expect(await noticeOf()).toContain('ended the mandate: Association Suivante no longer represents them');
      // Twice changes nothing more.
      await new NotificationsAssociationNamedById176900000029760().up(runner);
      expect(await noticeOf()).toContain('Association Suivante');
    });
  });

  it('her erasure after a rename leaves no earlier name: not in the database, not in the copies of the e-mails naming her', async () => {
    const actors = apiActors(api);
    // An owner who removes an agent from her team: the agent's notice (and its e-mail) names the owner.
    const email = `ottoline-${Date.now()}@example.test`;
    const signedUp = must(
      await api.gql<{ signUp: { token: string; user: { id: string; merchantId: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id merchantId } } }`, {
        input: { email, password: PASSWORD, displayName: 'Ottoline Brumaire', role: 'MERCHANT', merchantName: 'Mercerie du Port' },
      }),
      'signUp',
    ).signUp;
    const owner: Account = { token: signedUp.token, id: signedUp.user.id, merchantId: signedUp.user.merchantId };
    const agent = await actors.agent(owner, 'Agent Team');
    must(await api.gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.id } }, owner.token), 'removeMerchantAgent');
    // The agent's e-mail names her by the name she had then, not by her address.
    const notToHer = async () => {
      const hers = new Set(await copiesNaming(email));
      return (await copiesNaming('Ottoline Brumaire')).filter((name) => !hers.has(name));
    };
    await until(async () => (await notToHer()).length > 0, 'mailed to the agent', 30_000);
    must(await api.gql(UPDATE, { input: { displayName: 'Ottoline Quenouille' } }, owner.token), 'rename');
    expect((await api.database.query<{ display_name: string }>(`SELECT display_name FROM accounts.previous_names WHERE account_id = $1`, [owner.id])).map((r) => r.display_name)).toEqual(['Ottoline Brumaire']);
    expect(must(await api.gql<{ eraseMyAccount: boolean }>(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: PASSWORD } }, owner.token), 'erase').eraseMyAccount).toBe(true);
    expect(await copiesNaming('Brumaire')).toEqual([]);
    expect(await copiesNaming('Quenouille')).toEqual([]);
    await until(async () => (await searchDatabase(api.database.url, ['Brumaire', 'Quenouille'])).length === 0, 'erased everywhere').catch(() => undefined);
    expect(await searchDatabase(api.database.url, ['Brumaire', 'Quenouille'])).toEqual([]);
  }, 90_000);

  describe('requestEmailChange', () => {
    const REQUEST = `mutation($input: RequestEmailChangeInput!) { requestEmailChange(input: $input) }`;
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;
    /** The account e-mails queued to an address, by kind. */
    const mailedTo = async (address: string) =>
      (await api.database.query<{ kind: string }>(`SELECT payload ->> 'email' AS kind FROM notifications.outbox WHERE channel = 'EMAIL' AND payload -> 'to' ->> 'address' = lower($1) ORDER BY seq`, [address])).map((r) => r.kind);
    const signUp = async (name: string, displayName = name) => {
      const email = `${name.toLowerCase()}-${Date.now()}@example.test`;
      const answer = must(await api.gql<{ signUp: { token: string; user: { id: string } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id } } }`, { input: { email, password: PASSWORD, displayName, role: 'CONSUMER' } }), 'signUp').signUp;
      return { email, account: { token: answer.token, id: answer.user.id, merchantId: null } as Account };
    };

    it('refuses a wrong password on the field, and sends nothing', async () => {
      const { email, account } = await signUp('Wrongpass');
      const newEmail = `wrongpass-new-${Date.now()}@example.test`;
      const refused = await api.gql(REQUEST, { input: { newEmail, currentPassword: 'Not-Her-Password-9' } }, account.token);
      expect([codeOf(refused), fieldsOf(refused)]).toEqual(['BAD_USER_INPUT', ['input.currentPassword']]);
      expect(fieldsOf(await api.gql(REQUEST, { input: { newEmail: 'not an address', currentPassword: PASSWORD } }, account.token))).toEqual(['input.newEmail']);
      // Short enough as typed (232 characters), too long with its domain in ASCII (260): refused as sign-up refuses it.
      const tooLongForMail = `${'a'.repeat(64)}@${Array(4).fill('жa'.repeat(20)).join('.')}.example`;
      const tooLong = await api.gql(REQUEST, { input: { newEmail: tooLongForMail, currentPassword: PASSWORD } }, account.token);
      expect(tooLong.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.newEmail', code: 'EMAIL_TOO_LONG_FOR_MAIL' })]);
      expect(await mailedTo(newEmail)).toEqual([]);
      expect(await mailedTo(email)).toEqual(['VERIFY_EMAIL']);
      expect(await api.database.query(`SELECT 1 FROM accounts.email_confirmations WHERE account_id = $1 AND purpose = 'CHANGE_EMAIL'`, [account.id])).toEqual([]);
    });

    it('sends a link to the new address and a notice to the old one; the link switches the address and ends every session; her erasure then finds the old one', async () => {
      // A name too short for erasure to look for (under 3 characters): her copies are found by her addresses alone.
      const { email, account } = await signUp('Switcher', 'Zo');
      const newEmail = `  Switcher-New-${Date.now()}@Example.TEST `;
      const spelt = newEmail.trim().toLowerCase();
      expect(must(await api.gql<{ requestEmailChange: boolean }>(REQUEST, { input: { newEmail, currentPassword: PASSWORD } }, account.token), 'request').requestEmailChange).toBe(true);
      expect(await mailedTo(spelt)).toEqual(['CHANGE_EMAIL']);
      expect(await mailedTo(email)).toEqual(['VERIFY_EMAIL', 'EMAIL_CHANGE_NOTICE']);
      // Nothing changes until the link is used.
      expect(must(await api.gql<{ me: { email: string } }>(`{ me { email } }`, {}, account.token), 'me').me.email).toBe(email);
      const token = await mailedToken(api.database.url, spelt, 'CHANGE_EMAIL');
      const confirmed = await gqlIn<{ confirmEmail: { message: string; addressChanged: boolean; user: { id: string } } }>(api, 'fr', `mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { message addressChanged user { id } } }`, { input: { token } });
      expect(confirmed.errors).toBeUndefined();
      expect(confirmed.data!.confirmEmail).toEqual({ message: 'Votre compte utilise désormais cette adresse\u202f: reconnectez-vous avec elle.', addressChanged: true, user: { id: account.id } });
      // Every session ended, as with a new password; she signs in with the new address, not the old one.
      expect(codeOf(await api.gql(`{ me { id } }`, {}, account.token))).toBe('UNAUTHENTICATED');
      expect(codeOf(await api.gql(LOGIN, { input: { email, password: PASSWORD } }))).toBe('UNAUTHENTICATED');
      const fresh = must(await api.gql<{ login: { token: string } }>(LOGIN, { input: { email: spelt, password: PASSWORD } }), 'login').login.token;
      expect(must(await api.gql<{ me: { email: string; emailVerified: boolean } }>(`{ me { email emailVerified } }`, {}, fresh), 'me').me).toEqual({ email: spelt, emailVerified: true });
      // The link served once.
      expect(fieldsOf(await api.gql(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { message } }`, { input: { token } }))).toEqual(['input.token']);
      const archive = JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, fresh), 'myData').myData) as { account: { previousEmails: Array<{ email: string }> } };
      expect(archive.account.previousEmails.map((e) => e.email)).toEqual([email]);
      // The e-mails of the change, both hers: the link (by its row) and the notice (by her account).
      expect((archive as unknown as { emails: Array<{ purpose: string }> }).emails.map((e) => e.purpose).sort()).toEqual(['CHANGE_EMAIL', 'EMAIL_CHANGE_NOTICE', 'VERIFY_EMAIL']);
      // Her erasure finds what names her old address: the copies of the e-mails sent there.
      await until(async () => (await copiesNaming(email)).length >= 2, 'mailed to the old address', 30_000);
      must(await api.gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: PASSWORD } }, fresh), 'erase');
      expect(await copiesNaming(email)).toEqual([]);
      expect(await copiesNaming(spelt)).toEqual([]);
      expect(await searchDatabase(api.database.url, [email, spelt])).toEqual([]);
    }, 90_000);

    it('the link to a new address says what it is for in its query, for the page to offer what applies if it fails; the API goes by the token alone', async () => {
      const { email, account } = await signUp('Purposed');
      const newEmail = `purposed-new-${Date.now()}@example.test`;
      must(await api.gql(REQUEST, { input: { newEmail, currentPassword: PASSWORD } }, account.token), 'request');
      const token = (await mailedToken(api.database.url, newEmail, 'CHANGE_EMAIL')) as string;
      const signUpToken = (await mailedToken(api.database.url, email, 'VERIFY_EMAIL')) as string;
      /** The links of the copy of the e-mail carrying `token`, as its reader clicks them. */
      const linksMailedWith = async (linkToken: string) => {
        await until(async () => (await copiesNaming(linkToken)).length > 0, 'mailed');
        const [name] = await copiesNaming(linkToken);
        const mail = await simpleParser(await readFile(join(dataDir, 'mail', name)));
        return [...new Set((mail.text ?? '').match(/https?:\/\/\S+/g))].filter((link) => link.includes(linkToken));
      };
      const [link] = await linksMailedWith(token);
      expect(new URL(link).pathname + new URL(link).search + new URL(link).hash).toBe(`/confirm-email?purpose=change-email#token=${token}`);
      // The sign-up's link says nothing: a confirmation of one's address, as every link mailed before.
      const [signUpLink] = await linksMailedWith(signUpToken);
      expect(new URL(signUpLink).search).toBe('');
      // The purpose cannot reach the API: confirmEmail takes the token alone, and goes by its own purpose.
      const told = await api.gql(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { addressChanged } }`, { input: { token: signUpToken, purpose: 'CHANGE_EMAIL' } });
      expect([codeOf(told), fieldsOf(told)]).toEqual(['BAD_USER_INPUT', ['input.purpose']]);
      expect(await api.database.query(`SELECT email_verified_at IS NOT NULL AS confirmed FROM accounts.accounts WHERE id = $1`, [account.id])).toEqual([{ confirmed: false }]);
      expect(must(await api.gql<{ confirmEmail: { addressChanged: boolean } }>(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { addressChanged } }`, { input: { token: signUpToken } }), 'confirm').confirmEmail.addressChanged).toBe(false);
      // Used once, the new address's link is refused on its token, as any link that no longer works (the page then offers to ask again).
      expect(must(await api.gql<{ confirmEmail: { addressChanged: boolean } }>(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { addressChanged } }`, { input: { token } }), 'confirm').confirmEmail.addressChanged).toBe(true);
      const again = await api.gql(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { addressChanged } }`, { input: { token } });
      expect([codeOf(again), fieldsOf(again)]).toEqual(['BAD_USER_INPUT', ['input.token']]);
    }, 60_000);

    it('answers alike for an address that has an account, which gets no link; a new password voids a link asked before', async () => {
      const taken = await signUp('Holder');
      const { email, account } = await signUp('Asker');
      expect(must(await api.gql<{ requestEmailChange: boolean }>(REQUEST, { input: { newEmail: taken.email, currentPassword: PASSWORD } }, account.token), 'request').requestEmailChange).toBe(true);
      expect(await mailedTo(taken.email)).toEqual(['VERIFY_EMAIL']);
      expect(await mailedTo(email)).toEqual(['VERIFY_EMAIL', 'EMAIL_CHANGE_NOTICE']);
      // Nothing of the other person's address is kept with the asker: no link to it, nothing in the holder's archive.
      expect(await api.database.query(`SELECT 1 FROM accounts.email_confirmations WHERE purpose = 'CHANGE_EMAIL' AND email = $1`, [taken.email])).toEqual([]);
      // A link asked with the former password stops working once she chooses a new one.
      const newEmail = `asker-new-${Date.now()}@example.test`;
      must(await api.gql(REQUEST, { input: { newEmail, currentPassword: PASSWORD } }, account.token), 'request');
      const token = await mailedToken(api.database.url, newEmail, 'CHANGE_EMAIL');
      must(await api.gql(`mutation($input: ChangePasswordInput!) { changePassword(input: $input) { token } }`, { input: { currentPassword: PASSWORD, newPassword: 'Copper-Kettle-Drift-8' } }, account.token), 'changePassword');
      const voided = await api.gql(`mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { message } }`, { input: { token } });
      expect([codeOf(voided), fieldsOf(voided)]).toEqual(['BAD_USER_INPUT', ['input.token']]);
      expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Copper-Kettle-Drift-8' } }))).toBe('OK');
    });

    const CONFIRM = `mutation($input: ConfirmEmailInput!) { confirmEmail(input: $input) { addressChanged } }`;
    const meOf = async (token: string) => must(await api.gql<{ me: { email: string; emailVerified: boolean } }>(`{ me { email emailVerified } }`, {}, token), 'me').me;

    it('answers ALREADY_REGISTERED on the link when another account takes the address while it is being switched, and keeps her address', async () => {
      const { email, account } = await signUp('Racer');
      const rival = await signUp('Rival');
      const wanted = `raced-${Date.now()}@example.test`;
      must(await api.gql(REQUEST, { input: { newEmail: wanted, currentPassword: PASSWORD } }, account.token), 'request');
      const token = await mailedToken(api.database.url, wanted, 'CHANGE_EMAIL');
      // The rival's switch to the same address, not committed yet: her link's look finds the address free, then its write waits on the unique index.
      const rivalSwitch = new Client({ connectionString: api.database.url });
      await rivalSwitch.connect();
      try {
        await rivalSwitch.query('BEGIN');
        await rivalSwitch.query(`UPDATE accounts.accounts SET email = $2 WHERE id = $1`, [rival.account.id, wanted]);
        const answer = api.gql(CONFIRM, { input: { token } });
        await until(async () => (await rivalSwitch.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`)).rows.length > 0, 'waiting on the rival’s switch');
        await rivalSwitch.query('COMMIT');
        const refused = await answer;
        const codes = (refused.errors?.[0].extensions?.fields as Array<{ code: string }> | undefined)?.map((field) => field.code);
        expect([codeOf(refused), fieldsOf(refused), codes]).toEqual(['BAD_USER_INPUT', ['input.token'], ['ALREADY_REGISTERED']]);
      } finally {
        await rivalSwitch.end();
      }
      expect(await meOf(account.token)).toEqual({ email, emailVerified: false });
      expect(await api.database.query(`SELECT email FROM accounts.previous_emails WHERE account_id = $1`, [account.id])).toEqual([]);
    });

    it('two accounts ask for one new address: the first link used switches it, the second answers in words that her account keeps its address', async () => {
      const first = await signUp('FirstAsker');
      const second = await signUp('SecondAsker');
      const wanted = `wanted-${Date.now()}@example.test`;
      must(await api.gql(REQUEST, { input: { newEmail: wanted, currentPassword: PASSWORD } }, first.account.token), 'request');
      const firstLink = await mailedToken(api.database.url, wanted, 'CHANGE_EMAIL');
      must(await api.gql(REQUEST, { input: { newEmail: wanted, currentPassword: PASSWORD } }, second.account.token), 'request');
      const secondLink = await mailedToken(api.database.url, wanted, 'CHANGE_EMAIL');
      expect(must(await api.gql<{ confirmEmail: { addressChanged: boolean } }>(CONFIRM, { input: { token: secondLink } }), 'confirm').confirmEmail.addressChanged).toBe(true);
      for (const [language, words] of [['fr', 'concerne une adresse qui a un compte depuis son envoi\u202f: votre compte garde l’adresse qu’il avait'], ['en', 'is for an address that has had an account since it was sent: your account keeps the address it had']] as const) {
        const refused = await gqlIn(api, language, CONFIRM, { input: { token: firstLink } });
        const fields = refused.errors?.[0].extensions?.fields as Array<{ field: string; code: string; message: string }> | undefined;
        expect(fields).toEqual([expect.objectContaining({ field: 'input.token', code: 'ALREADY_REGISTERED', message: words })]);
      }
      expect(must(await api.gql<{ me: { email: string } }>(`{ me { email } }`, {}, first.account.token), 'me').me.email).toBe(first.email);
    });

    it('an address given up makes no admin at the next start (ADMIN_EMAIL): the environment’s password does not come back', async () => {
      const { email, account } = await signUp('Formeradmin');
      const newEmail = `formeradmin-new-${Date.now()}@example.test`;
      must(await api.gql(REQUEST, { input: { newEmail, currentPassword: PASSWORD } }, account.token), 'request');
      must(await api.gql(CONFIRM, { input: { token: await mailedToken(api.database.url, newEmail, 'CHANGE_EMAIL') } }), 'confirm');
      expect(await api.app.get(AccountsService).ensureAdmin(email, 'Environment-Password-1')).toBe('given up');
      expect(await api.database.query(`SELECT id FROM accounts.accounts WHERE email = $1`, [email])).toEqual([]);
      expect(codeOf(await api.gql(LOGIN, { input: { email, password: 'Environment-Password-1' } }))).toBe('UNAUTHENTICATED');
    });

    it('counts the links by the address they go to too: many accounts do not mail one address more than a few an hour', async () => {
      const target = `someone-else-${Date.now()}@example.test`;
      const askers = [];
      for (let n = 0; n < 4; n++) askers.push((await signUp(`Spammer${n}`)).account);
      for (const asker of askers.slice(0, 3)) must(await api.gql(REQUEST, { input: { newEmail: target, currentPassword: PASSWORD } }, asker.token), 'request');
      const refused = await gqlIn(api, 'fr', REQUEST, { input: { newEmail: target.toUpperCase(), currentPassword: PASSWORD } }, askers[3]);
      expect(codeOf(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0].message).toMatch(/^Plusieurs e-mails de confirmation ont été envoyés dans l’heure/);
      expect(await mailedTo(target)).toEqual(['CHANGE_EMAIL', 'CHANGE_EMAIL', 'CHANGE_EMAIL']);
    });

    it('an address she gave up, another’s now: her erasure leaves that person’s links and e-mails, and her archive does not list hers', async () => {
      // She signs up with someone else's address (never confirmed), then moves to her own.
      const vera = `vera-${Date.now()}@example.test`;
      const usurper = must(await api.gql<{ signUp: { token: string } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: vera, password: PASSWORD, displayName: 'Ulrich Usurpateur', role: 'CONSUMER' } }), 'signUp').signUp.token;
      const own = `ulrich-${Date.now()}@example.test`;
      must(await api.gql(REQUEST, { input: { newEmail: own, currentPassword: PASSWORD } }, usurper), 'request');
      expect(must(await api.gql<{ confirmEmail: { addressChanged: boolean } }>(CONFIRM, { input: { token: await mailedToken(api.database.url, own, 'CHANGE_EMAIL') } }), 'confirm').confirmEmail.addressChanged).toBe(true);
      const fresh = must(await api.gql<{ login: { token: string } }>(LOGIN, { input: { email: own, password: PASSWORD } }), 'login').login.token;
      // The address's owner signs up with it.
      const owner = must(await api.gql<{ signUp: { token: string } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email: vera, password: PASSWORD, displayName: 'Vera Veritable', role: 'CONSUMER' } }), 'signUp').signUp.token;
      // She has her confirmation sent again up to the hour's budget (3, one spent by the change asked from the address): the address's counter is hers now.
      const RESEND = `mutation { resendEmailConfirmation }`;
      for (let n = 0; n < 2; n++) must(await api.gql(RESEND, {}, owner), 'resend');
      expect(codeOf(await api.gql(RESEND, {}, owner))).toBe('RATE_LIMITED');
      const link = await mailedToken(api.database.url, vera, 'VERIFY_EMAIL');
      // Her archive lists her own links only, not the one made for the account that had the address before.
      const archive = JSON.parse(must(await api.gql<{ myData: string }>(`{ myData }`, {}, owner), 'myData').myData) as { emailLinks: Array<{ purpose: string }>; emails: Array<{ purpose: string }> };
      expect([archive.emailLinks.length, archive.emails.length]).toEqual([3, 3]);
      must(await api.gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: PASSWORD } }, fresh), 'erase');
      // Hers (the sign-up link and the notice) went; the owner's links, their e-mails and her counter stay, and work.
      expect(await mailedTo(vera)).toEqual(['VERIFY_EMAIL', 'VERIFY_EMAIL', 'VERIFY_EMAIL']);
      expect(codeOf(await api.gql(RESEND, {}, owner))).toBe('RATE_LIMITED');
      must(await api.gql(CONFIRM, { input: { token: link } }), 'confirm');
      expect(await meOf(owner)).toEqual({ email: vera, emailVerified: true });
    }, 60_000);
  });
});
