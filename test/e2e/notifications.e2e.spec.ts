import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { apiActors, must, phoneClaim, startSmtpInbox, startTestApp, type Account, type SmtpInbox, type TestApp } from '@recours/testing';

describe('notifications: from recorded events to e-mails on a real SMTP server', () => {
  let api: TestApp;
  let inbox: SmtpInbox;
  let consumer: Account;
  let merchant: Account;

  const emailOf = async (account: Account): Promise<string> => {
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      return (await client.query<{ email: string }>('SELECT email FROM accounts.accounts WHERE id = $1', [account.id])).rows[0].email;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    api = await startTestApp('notifications', { SMTP_URL: inbox.url, MAIL_FROM: 'recours <no-reply@recours.test>', PUBLIC_URL: 'https://recours.test' });
    const actors = apiActors(api);
    consumer = await actors.consumer('Claire');
    merchant = await actors.merchant('PhoneShop');
  });
  afterAll(async () => {
    await api?.close();
    await inbox?.close();
  });

  it("a new claim reaches the merchant's agent by e-mail, in French, naming the dispute, with one-click unsubscribe", async () => {
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim').fileClaim;
    // Its first e-mail asked it to confirm its address (sign-up): the claim's is the next one.
    const email = await inbox.waitFor(await emailOf(merchant), (e) => e.subject.startsWith('Nouvelle réclamation'));
    expect(email.subject).toMatch(/^Nouvelle réclamation\u202f: Samsung Galaxy A54 — PhoneShop/);
    expect(email.text).toContain(`https://recours.test/disputes/${filed.id}`);
    expect(email.html).toContain(`https://recours.test/disputes/${filed.id}`);
    const headers = email.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' '); // unfolded
    expect(headers).toMatch(/^List-Unsubscribe: <https:\/\/recours\.test\/unsubscribe\/[\w-]+\.[\w-]+>$/m);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(headers).toMatch(/^Message-ID: <[0-9a-f-]{36}@recours\.test>$/m);
    // The merchant never sees the consumer's address.
    expect(email.raw).not.toContain(await emailOf(consumer));
  });

  it('in the app: a connection newest first in the reader\'s language, an unread count, marked read by its reader only', async () => {
    const filed = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim').fileClaim;
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId: filed.id, reason: 'Outside the warranty' } }, merchant.token), 'rejectClaim');
    const list = async (as: Account, first = 10) => {
      for (const deadline = Date.now() + 15_000; ; ) {
        const answer = must(
          await api.gql<{ myNotifications: { unreadCount: number; edges: Array<{ cursor: string; node: { id: string; kind: string; disputeId: string; title: string; body: string; read: boolean } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }>(
            `query($first: Int) { myNotifications(first: $first) { unreadCount edges { cursor node { id kind disputeId title body read } } pageInfo { hasNextPage endCursor } } }`,
            { first },
            as.token,
          ),
          'myNotifications',
        ).myNotifications;
        // Once listed (an answer counts what it lists: one read of both).
        if (answer.edges.some((e) => e.node.disputeId === filed.id) || Date.now() > deadline) return answer;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const mine = await list(consumer);
    const rejected = mine.edges.find((e) => e.node.disputeId === filed.id)!.node;
    expect(rejected).toMatchObject({ kind: 'CLAIM_REJECTED', read: false });
    expect(rejected.title).toMatch(/^Réclamation refusée\u202f: Samsung Galaxy A54 — PhoneShop [0-9a-f]{8}$/);
    expect(rejected.body).toContain('«\u202fOutside the warranty\u202f»');
    expect(mine.unreadCount).toBeGreaterThanOrEqual(1);

    // Someone else's ids change nothing; the reader's own are marked.
    const theirs = await api.gql<{ markNotificationsRead: { marked: string[] } }>(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }`, { input: { ids: [rejected.id] } }, merchant.token);
    expect(must(theirs, 'mark as merchant').markNotificationsRead.marked).toEqual([]);
    const own = must(await api.gql<{ markNotificationsRead: { marked: string[]; unreadCount: number } }>(`mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }`, { input: { ids: [rejected.id] } }, consumer.token), 'mark').markNotificationsRead;
    expect(own).toEqual({ marked: [rejected.id], unreadCount: mine.unreadCount - 1 });
    expect(must(await api.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, consumer.token), 'count').unreadNotificationCount).toBe(mine.unreadCount - 1);

    // Pages follow one another without overlap.
    const first = await list(merchant, 1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = must(await api.gql<{ myNotifications: { edges: Array<{ node: { id: string } }> } }>(`query($after: String) { myNotifications(first: 1, after: $after) { edges { node { id } } } }`, { after: first.pageInfo.endCursor }, merchant.token), 'page 2').myNotifications;
    expect(second.edges[0].node.id).not.toBe(first.edges[0].node.id);
    const bad = await api.gql(`{ myNotifications(after: "nope") { unreadCount } }`, {}, merchant.token);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
  });

  // Review of the journeys, finding 7: the bell stayed French for a French account read in English, while the rest of the page followed the request.
  it("in the app: the list follows the request's language (argument, then ?locale=, then Accept-Language), else the account's", async () => {
    const titles = async (path: string, headers: Record<string, string>, locale?: string) => {
      const response = await fetch(`${api.origin}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${consumer.token}`, ...headers },
        body: JSON.stringify({ query: `query($locale: Locale) { myNotifications(first: 50, locale: $locale) { edges { node { kind title } } } }`, variables: { locale } }),
      });
      const answer = (await response.json()) as { data: { myNotifications: { edges: Array<{ node: { kind: string; title: string } }> } } };
      return answer.data.myNotifications.edges.filter((e) => e.node.kind === 'CLAIM_REJECTED').map((e) => e.node.title);
    };
    const path = new URL(api.url).pathname;
    // The consumer's account is French (the default); the previous test left her a refusal.
    expect((await titles(path, {}))[0]).toMatch(/^Réclamation refusée\u202f: /);
    expect((await titles(path, { 'accept-language': '*' }))[0]).toMatch(/^Réclamation refusée\u202f: /);
    expect((await titles(path, { 'accept-language': 'en' }))[0]).toMatch(/^Claim refused: /);
    expect((await titles(`${path}?locale=en`, { 'accept-language': 'fr' }))[0]).toMatch(/^Claim refused: /);
    expect((await titles(path, { 'accept-language': 'en' }, 'fr'))[0]).toMatch(/^Réclamation refusée\u202f: /);
  });

  // During a rolling upgrade a newer notifier stores kinds, and parameters, an older API does not know: each is listed, the list never fails.
  it('in the app: a notification this version cannot word reads as news of its dispute, in her language, and the list, the bell and the rest stay', async () => {
    const reader = await apiActors(api).consumer('Nora Upgrade');
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, reader.token), 'fileClaim').fileClaim.id;
    const store = (kind: string, params: Record<string, unknown>, at: string) =>
      api.database.query(
        `INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at, created_at) VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, $3, $4, $5, $5)`,
        [reader.id, disputeId, kind, JSON.stringify(params), at],
      );
    await store('OFFER_MADE', { product: 'Samsung Galaxy A54', merchant: 'PhoneShop', remedy: 'REFUND', amount: '349.00', currency: 'EUR', expiresOn: '2026-12-24' }, '2026-12-01T10:00:00Z');
    await store('PARCEL_COLLECTED_BY_COURIER', { product: 'Samsung Galaxy A54', merchant: 'PhoneShop', courier: 'Colissimo' }, '2026-12-01T11:00:00Z');
    await store('OFFER_ACCEPTED', { product: 'Samsung Galaxy A54', merchant: 'PhoneShop' }, '2026-12-01T12:00:00Z'); // no remedy, no due date
    await store('SOMETHING_NEWER', {}, '2026-12-01T13:00:00Z'); // not even the dispute's names
    const list = async (locale: string) =>
      must(
        await api.gql<{ myNotifications: { unreadCount: number; edges: Array<{ node: { kind: string; disputeId: string; title: string; body: string } }> } }>(
          `query($locale: Locale) { myNotifications(first: 10, locale: $locale) { unreadCount edges { node { kind disputeId title body } } } }`,
          { locale },
          reader.token,
        ),
        'myNotifications',
      ).myNotifications;
    const fr = await list('fr');
    expect(fr.edges.map((e) => [e.node.kind, e.node.title, e.node.body])).toEqual([
      ['OTHER', 'Du nouveau dans l’un de vos dossiers', 'Il s’est passé quelque chose dans l’un de vos dossiers. Ouvrez-le pour voir où il en est.'],
      ['OFFER_ACCEPTED', 'Du nouveau dans votre dossier\u202f: Samsung Galaxy A54 — PhoneShop', 'Il s’est passé quelque chose dans ce dossier. Ouvrez-le pour voir où il en est.'],
      ['OTHER', 'Du nouveau dans votre dossier\u202f: Samsung Galaxy A54 — PhoneShop', 'Il s’est passé quelque chose dans ce dossier. Ouvrez-le pour voir où il en est.'],
      ['OFFER_MADE', 'Nouvelle offre\u202f: Samsung Galaxy A54 — PhoneShop', expect.stringMatching(/^PhoneShop vous propose un remboursement de 349,00\s€\. L’offre est ouverte jusqu’au 24 décembre 2026\.$/)],
    ]);
    expect(fr.edges.every((e) => e.node.disputeId === disputeId)).toBe(true);
    expect(fr.unreadCount).toBe(4);
    const en = await list('en');
    expect(en.edges.slice(0, 3).map((e) => e.node.title)).toEqual(['Something happened in one of your cases', 'Something happened: Samsung Galaxy A54 — PhoneShop', 'Something happened: Samsung Galaxy A54 — PhoneShop']);
    expect(en.edges[1].node.body).toBe('Something happened in this case. Open it to see where it stands.');
    // Never a code nor an id, nor a sentence half written.
    expect(JSON.stringify([fr, en])).not.toMatch(/PARCEL|COURIER|Colissimo|SOMETHING_NEWER|undefined|\(\)/);
    expect(JSON.stringify([fr, en].map((l) => l.edges.map((e) => [e.node.title, e.node.body])))).not.toContain(disputeId);
    expect(must(await api.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, reader.token), 'count').unreadNotificationCount).toBe(4);
  });


  it('in the app: one answer counts the unread notifications it lists, even while others are stored and marked read meanwhile', async () => {
    const reader = await apiActors(api).consumer('Olga Concurrent');
    const disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, reader.token), 'fileClaim').fileClaim.id;
    const STORED = 60; // all on one page of 100: the answer lists every notification it could count
    let storing = true;
    // A notifier storing news of her dispute one after another, and her other tab marking the odd ones read.
    const notifier = new Client({ connectionString: api.database.url });
    await notifier.connect();
    const stored = (async () => {
      for (let i = 0; i < STORED; i++) {
        const { rows: [{ id }] } = await notifier.query<{ id: string }>(
          `INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at) VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, 'MESSAGE_POSTED', $3, now()) RETURNING id::text`,
          [reader.id, disputeId, JSON.stringify({ product: 'Samsung Galaxy A54', merchant: 'PhoneShop' })],
        );
        if (i % 2 === 1) await notifier.query(`UPDATE notifications.notifications SET read_at = now() WHERE id = $1`, [id]);
      }
    })().finally(() => {
      storing = false;
      return notifier.end();
    });
    const answers: Array<{ listed: number; unreadListed: number; unreadCount: number }> = [];
    while (storing) {
      const { unreadCount, edges } = must(
        await api.gql<{ myNotifications: { unreadCount: number; edges: Array<{ node: { read: boolean } }> } }>(`{ myNotifications(first: 100) { unreadCount edges { node { read } } } }`, {}, reader.token),
        'myNotifications',
      ).myNotifications;
      answers.push({ listed: edges.length, unreadListed: edges.filter((e) => !e.node.read).length, unreadCount });
    }
    await stored;
    // Answers read while the notifications changed (not all before, not all after)…
    expect(answers.filter((a) => a.listed > 0 && a.listed < STORED).length).toBeGreaterThan(3);
    // …each counting exactly the unread ones it lists.
    expect(answers.filter((a) => a.unreadCount !== a.unreadListed)).toEqual([]);
  });
  it('in the app: a page looks through three stored pages at most for the notifications she still reads, and the next one starts after the last looked at', async () => {
    const reader = await apiActors(api).consumer('Paula Pages');
    const hers = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, reader.token), 'fileClaim').fileClaim.id;
    // Another's dispute: news of it stored for her (as for an agent no longer on the team) is never listed.
    const notHers = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim').fileClaim.id;
    // Newest first: R1, six she does not read, R2, R3.
    const order = ['R1', ...Array.from({ length: 6 }, () => null), 'R2', 'R3'];
    for (const [i, label] of order.entries()) {
      const at = new Date(Date.UTC(2026, 10, 1, 12, 0, 0) - i * 60_000).toISOString();
      await api.database.query(
        `INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at, created_at) VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, 'MESSAGE_POSTED', $3, $4, $4)`,
        [reader.id, label ? hers : notHers, JSON.stringify({ product: 'Samsung Galaxy A54', merchant: 'PhoneShop', label }), at],
      );
    }
    type Page = { unreadCount: number; edges: Array<{ node: { occurredAt: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    const page = async (after: string | null) =>
      must(
        await api.gql<{ myNotifications: Page }>(`query($after: String) { myNotifications(first: 2, after: $after) { unreadCount edges { node { occurredAt } } pageInfo { hasNextPage endCursor } } }`, { after }, reader.token),
        'page',
      ).myNotifications;
    const minute = (page: Page) => page.edges.map((e) => new Date(e.node.occurredAt).getUTCMinutes());
    // Three stored pages of two: R1, then four she does not read: a page of one, more to come.
    const first = await page(null);
    expect([minute(first), first.pageInfo.hasNextPage, first.unreadCount]).toEqual([[0], true, 3]);
    // After the last looked at (the fifth): two more she does not read, R2 and R3.
    const second = await page(first.pageInfo.endCursor);
    expect([minute(second), second.pageInfo.hasNextPage]).toEqual([[53, 52], false]);
  });

  it("one-click unsubscribe: the e-mail's signed link, POSTed, turns that account's e-mails off; a forged one changes nothing", async () => {
    const before = inbox.received.length;
    must(await api.gql(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim');
    const address = await emailOf(merchant);
    await inbox.waitFor(address, (mail) => inbox.received.indexOf(mail) >= before);
    const mail = inbox.received.filter((m) => m.to === address).at(-1)!;
    const link = /List-Unsubscribe: <([^>]+)>/.exec(mail.raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' '))![1];
    const path = new URL(link).pathname;
    const server = api.url.replace(/\/graphql$/, '');
    expect((await fetch(`${server}${path.slice(0, -3)}xyz`, { method: 'POST', body: 'List-Unsubscribe=One-Click' })).status).toBe(404);
    const answer = await fetch(`${server}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(answer.status).toBe(200);
    expect(must(await api.gql<{ myPreferences: { emailNotifications: boolean } }>('{ myPreferences { emailNotifications digest } }', {}, merchant.token), 'prefs').myPreferences).toEqual({ emailNotifications: false, digest: 'NONE' });
    // The next claim is in the app, not in the mailbox.
    const count = inbox.received.filter((m) => m.to === address).length;
    const next = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim').fileClaim;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      const list = must(await api.gql<{ myNotifications: { edges: Array<{ node: { disputeId: string } }> } }>('{ myNotifications(first: 5) { edges { node { disputeId } } } }', {}, merchant.token), 'list').myNotifications;
      if (list.edges.some((e) => e.node.disputeId === next.id)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    // Its e-mail would be in the outbox, stored with the notification listed (one transaction): there is none to send.
    expect(await api.database.query(`SELECT id FROM notifications.outbox WHERE channel = 'EMAIL' AND recipient = $1 AND dispute_id = $2`, [merchant.id, next.id])).toEqual([]);
    expect(inbox.received.filter((m) => m.to === address)).toHaveLength(count);
    must(await api.gql(`mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { emailNotifications } }`, { input: { emailNotifications: true } }, merchant.token), 'turn back on');
  });

  it("webhooks: the merchant's owner registers (the secret once), a plain agent and other merchants may not, private targets are refused", async () => {
    const actors = apiActors(api);
    const other = await actors.merchant('OtherShop');
    const register = (as: Account, url: string) =>
      api.gql<{ registerWebhook: { secret: string; webhook: { id: string; url: string; events: string[] | null } } }>(
        `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id url events } } }`,
        { input: { url, events: ['CLAIM_FILED'] } },
        as.token,
      );
    const refused = await register(merchant, 'http://127.0.0.1:9/hook');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.url' }] });
    // The spaces pasted around the address are not kept.
    const made = must(await register(merchant, ' https://helpdesk.example.com/recours \t'), 'register').registerWebhook;
    expect(made.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(made.webhook).toMatchObject({ url: 'https://helpdesk.example.com/recours', events: ['CLAIM_FILED'] });
    const listed = must(await api.gql<{ webhooks: Array<Record<string, unknown>> }>('{ webhooks { id url events } }', {}, merchant.token), 'webhooks').webhooks;
    expect(listed).toEqual([{ id: made.webhook.id, url: made.webhook.url, events: ['CLAIM_FILED'] }]);
    expect(JSON.stringify(listed)).not.toContain(made.secret);
    // Kept sealed from the master key: a copy of the database alone cannot sign a delivery (outside review, finding 2).
    const [stored] = await api.database.query<{ secret: string }>('SELECT secret FROM notifications.webhooks WHERE id = $1', [made.webhook.id]);
    expect(stored.secret).toMatch(/^v1\.[0-9a-f]{16}\./);
    expect(stored.secret).not.toContain(made.secret.slice('whsec_'.length));
    // Another merchant neither sees nor deletes it; a consumer may not register.
    expect(must(await api.gql<{ webhooks: unknown[] }>('{ webhooks { id } }', {}, other.token), 'other webhooks').webhooks).toEqual([]);
    expect((await api.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: made.webhook.id }, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql(`query($id: ID!) { webhookDeliveries(webhookId: $id) { id } }`, { id: made.webhook.id }, other.token)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await register(consumer, 'https://helpdesk.example.com/x')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(must(await api.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: made.webhook.id }, merchant.token), 'delete')).toEqual({ deleteWebhook: true });
  });
});

describe('notifications without SMTP_URL: the e-mails a newcomer reads at /dev/mail', () => {
  let api: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'recours-mail-'));
    api = await startTestApp('dev_mail', { SMTP_URL: '', DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await api?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes each e-mail as an .eml file under DATA_DIR/mail and lists it for the web app', async () => {
    const actors = apiActors(api);
    const consumer = await actors.consumer('Claire');
    const merchant = await actors.merchant('PhoneShop');
    must(await api.gql(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim');
    const server = api.url.replace(/\/graphql$/, '');
    // The sign-ups' address confirmations are in the mailbox too: the claim's e-mail is the one looked for.
    const isClaim = (m: { subject: string }) => m.subject.startsWith('Nouvelle réclamation');
    let list: Array<{ id: string; subject: string }> = [];
    for (const deadline = Date.now() + 15_000; !list.some(isClaim) && Date.now() < deadline; ) {
      list = (await (await fetch(`${server}/dev-mail/messages`)).json()) as typeof list;
      if (!list.some(isClaim)) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const claim = list.find(isClaim);
    expect(claim?.subject).toMatch(/^Nouvelle réclamation\u202f: Samsung Galaxy A54 — PhoneShop/);
    expect(list.filter((m) => m.subject.startsWith('recours\u202f: confirmez votre adresse')).length).toBeGreaterThanOrEqual(2);
    const message = (await (await fetch(`${server}/dev-mail/messages/${claim!.id}`)).json()) as { text: string; html: string };
    expect(message.text).toContain('/disputes/');
    expect(message.html).toContain('<html lang="fr">');
    expect((await fetch(`${server}/dev-mail/messages/..%2Fjwt-secret`)).status).toBe(404);
    // Relayed by a proxy, the request comes from elsewhere: the reset and invitation links stay here.
    for (const relayed of [{ 'x-forwarded-for': '203.0.113.9' }, { forwarded: 'for=203.0.113.9' }] as Array<Record<string, string>>) {
      expect((await fetch(`${server}/dev-mail/messages`, { headers: relayed })).status).toBe(404);
      expect((await fetch(`${server}/dev-mail/messages/${claim!.id}`, { headers: relayed })).status).toBe(404);
    }
  });
});
