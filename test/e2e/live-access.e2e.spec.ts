import { parisDateOf } from '@recours/consumer-law';
import { NotificationFeed, Notifier } from '@recours/notifications';
import { codeOf, must, phoneClaim, untilFeedListened, untilWatching, withCast, type Account } from '@recours/testing';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { Client } from 'pg';
import { DisputeUpdatesHub } from '../../apps/api/src/disputes/live/dispute-updates.hub';
import { dateWords } from '../../libs/notifications/src/messages/wording';
import { RawSocket } from '../reliability/support/socket';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const WATCH = `subscription($id: ID!) { disputeUpdated(id: $id) { id version messages { body } } }`;
const READ = `query($id: ID!) { dispute(id: $id) { id } }`;

/**
 * Access that ends ends on the live socket too: a subscriber who may no longer read a dispute
 * (dispute(id) answers NOT_FOUND, or her token is refused) is sent nothing more of it, whichever
 * way her access ended; and what a party may not read of a dispute never reaches her live.
 */
describe('live updates end with the access they were opened under', () => {
  const cast = withCast('live_access', {
    consumer: ['consumer', 'Claire Live'],
    merchant: ['merchant', 'LiveShop'],
    mediator: ['mediator', 'Sophie Médiatrice'],
    otherMediator: ['mediator', 'Paul Médiateur'],
    association: ['association', 'UFC Live'],
    adviser: ['association', 'CLCV Live'],
    admin: 'admin',
  });
  const sockets: RawSocket[] = [];
  afterAll(() => sockets.forEach((s) => s.close())); // before the app closes

  const open = async (as: Account) => {
    const socket = await RawSocket.connect(cast.api.url, { authorization: `Bearer ${as.token}` });
    sockets.push(socket);
    return socket;
  };
  const run = async (mutation: string, input: Record<string, unknown>, as: Account) => must(await cast.api.gql(`mutation($input: ${mutation[0].toUpperCase()}${mutation.slice(1)}Input!) { ${mutation}(input: $input) { __typename } }`, { input }, as.token), mutation);
  const file = async () => must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, cast.consumer.token), 'file').fileClaim.id;
  const post = (disputeId: string, as: Account, body: string, visibility?: string) => run('postMessage', { disputeId, body, ...(visibility && { visibility }) }, as);
  /** The bodies of the messages each update sent to that subscription carried, update by update. */
  const sent = (socket: RawSocket, id: string) => socket.received(id).next.filter((n) => n.data).map((n) => (n.data as { disputeUpdated: { messages: Array<{ body: string }> } }).disputeUpdated.messages.map((m) => m.body));
  /** A dispute in mediation with `mediator`. */
  const mediated = async (mediator: Account) => {
    const disputeId = await file();
    await run('rejectClaim', { disputeId, reason: 'Batterie endommagée par un choc' }, cast.merchant);
    await run('requestMediation', { disputeId, summary: 'Refus sans examen' }, cast.consumer);
    await run('assignMediator', { disputeId, mediatorId: mediator.id }, cast.admin);
    return disputeId;
  };
  /**
   * Watches until `socket`'s subscription `id` is over; its outcome then, and whether `after`
   * (posted later) reached it. Over, it no longer listens (`stillWatching` others do): nothing in
   * the app can send it `after`, so no pause waits for nothing to come.
   */
  const endedWith = async (socket: RawSocket, id: string, disputeId: string, after: string, stillWatching: number) => {
    expect(await socket.until(() => socket.received(id).completed, 5_000)).toBe(true);
    expect(cast.api.app.get(DisputeUpdatesHub).watchers(disputeId)).toBe(stillWatching);
    await post(disputeId, cast.consumer, after);
    return { outcome: socket.received(id).errors[0]?.extensions?.code, sentAfter: sent(socket, id).some((bodies) => bodies.includes(after)) };
  };

  // (a) A mandate revoked or renounced mid-stream: ways-in.e2e.spec.ts.

  it('(b) an agent the owner removes from the team is sent nothing more of the merchant’s disputes; the owner still is', async () => {
    const disputeId = await file();
    const agent = await cast.actors.agent(cast.merchant, 'Agent Leaving');
    const theirs = await open(agent);
    const owners = await open(cast.merchant);
    theirs.subscribe('watch', WATCH, { id: disputeId });
    owners.subscribe('watch', WATCH, { id: disputeId });
    await untilWatching(cast.api, disputeId, 2);
    expect(await cast.api.gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.id } }, cast.merchant.token)).toMatchObject({ data: { removeMerchantAgent: true } });
    expect(await endedWith(theirs, 'watch', disputeId, 'After the agent left', 1)).toEqual({ outcome: 'UNAUTHENTICATED', sentAfter: false });
    expect(codeOf(await cast.api.gql(READ, { id: disputeId }, agent.token))).toBe('UNAUTHENTICATED');
    expect(await owners.until(() => sent(owners, 'watch').some((b) => b.includes('After the agent left')))).toBe(true);
  });

  it('(b) an account erased (eraseMyAccount, its closure) ends its own live updates at once, its dispute’s and its notifications’', async () => {
    const leaving = await cast.actors.consumer('Zoé Leaving');
    const disputeId = must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, leaving.token), 'file').fileClaim.id;
    const socket = await open(leaving);
    socket.subscribe('watch', WATCH, { id: disputeId });
    socket.subscribe('notifications', `subscription { notificationAdded { id } }`);
    await Promise.all([untilWatching(cast.api, disputeId, 1), untilFeedListened(cast.api, leaving.id, 1)]);
    must(await cast.api.gql(`mutation($input: EraseMyAccountInput!) { eraseMyAccount(input: $input) }`, { input: { password: 'Correct-Horse-42' } }, leaving.token), 'erase');
    expect(await socket.until(() => socket.received('watch').completed && socket.received('notifications').completed, 5_000)).toBe(true);
    // Over, neither listens any more: nothing in the app can send them what comes next.
    expect([cast.api.app.get(DisputeUpdatesHub).watchers(disputeId), cast.api.app.get(NotificationFeed).listening(leaving.id)]).toEqual([0, 0]);
    await post(disputeId, cast.merchant, 'After she left');
    expect([socket.outcome('watch'), socket.outcome('notifications'), JSON.stringify(socket.messages).includes('After she left')]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', false]);
  });

  it('(c) a session ended on its own (revokeSession) ends that session’s live updates, not the other session’s', async () => {
    const disputeId = await file();
    const email = must(await cast.api.gql<{ me: { email: string } }>(`{ me { email } }`, {}, cast.consumer.token), 'me').me.email;
    const login = async () => ({ ...cast.consumer, token: must(await cast.api.gql<{ login: { token: string } }>(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'Correct-Horse-42' } }), 'login').login.token });
    const [phone, laptop] = [await login(), await login()];
    const sessions = must(await cast.api.gql<{ mySessions: Array<{ id: string; current: boolean }> }>(`{ mySessions { id current } }`, {}, phone.token), 'sessions').mySessions;
    const phoneSession = sessions.find((s) => s.current)!.id;
    const [onPhone, onLaptop] = [await open(phone), await open(laptop)];
    onPhone.subscribe('watch', WATCH, { id: disputeId });
    onLaptop.subscribe('watch', WATCH, { id: disputeId });
    await untilWatching(cast.api, disputeId, 2);
    expect(await cast.api.gql(`mutation($input: RevokeSessionInput!) { revokeSession(input: $input) }`, { input: { sessionId: phoneSession } }, laptop.token)).toMatchObject({ data: { revokeSession: true } });
    expect(await endedWith(onPhone, 'watch', disputeId, 'After the phone was signed out', 1)).toEqual({ outcome: 'UNAUTHENTICATED', sentAfter: false });
    expect(await onLaptop.until(() => sent(onLaptop, 'watch').some((b) => b.includes('After the phone was signed out')))).toBe(true);
  });

  it('(d) a mediator whose case is given to another is sent nothing more; the new mediator is', async () => {
    const disputeId = await mediated(cast.mediator);
    const before = await open(cast.mediator);
    before.subscribe('watch', WATCH, { id: disputeId });
    await untilWatching(cast.api, disputeId, 1);
    await run('assignMediator', { disputeId, mediatorId: cast.otherMediator.id }, cast.admin);
    expect(await endedWith(before, 'watch', disputeId, 'After the reassignment', 0)).toEqual({ outcome: 'NOT_FOUND', sentAfter: false });
    expect(codeOf(await cast.api.gql(READ, { id: disputeId }, cast.mediator.token))).toBe('NOT_FOUND');
    const after = await open(cast.otherMediator);
    after.subscribe('watch', WATCH, { id: disputeId });
    await untilWatching(cast.api, disputeId, 1);
    await post(disputeId, cast.consumer, 'To the new mediator');
    expect(await after.until(() => sent(after, 'watch').some((b) => b.includes('To the new mediator')))).toBe(true);
  });

  it('(e) an association the consumer stops sharing her dispute with is sent nothing more', async () => {
    const disputeId = await file();
    await run('shareDisputeForAdvice', { disputeId, associationId: cast.adviser.id }, cast.consumer);
    const socket = await open(cast.adviser);
    socket.subscribe('watch', WATCH, { id: disputeId });
    await untilWatching(cast.api, disputeId, 1);
    await post(disputeId, cast.consumer, 'While shared');
    expect(await socket.until(() => sent(socket, 'watch').some((b) => b.includes('While shared')))).toBe(true);
    await run('stopSharingDisputeForAdvice', { disputeId, associationId: cast.adviser.id }, cast.consumer);
    expect(await endedWith(socket, 'watch', disputeId, 'After the sharing ended', 0)).toEqual({ outcome: 'NOT_FOUND', sentAfter: false });
    expect(codeOf(await cast.api.gql(READ, { id: disputeId }, cast.adviser.token))).toBe('NOT_FOUND');
  });

  it('(workers) what was told to someone while she read a dispute, and not sent yet (her daily digest), is not sent once her access ended; the news that it ended is', async () => {
    const db = new Client({ connectionString: cast.api.database.url });
    await db.connect();
    /** The state of each e-mail to `account` ('KIND STATE', DIGEST for a digest), once the sender is done with them and `kinds` are all there. */
    const emailsTo = async (account: Account, kinds: string[]) => {
      for (let i = 0; i < 200; i++) {
        const { rows } = await db.query<{ kind: string; state: string }>(`SELECT payload->>'kind' AS kind, state FROM notifications.outbox WHERE channel = 'EMAIL' AND recipient = $1 ORDER BY seq`, [account.id]);
        if (kinds.every((kind) => rows.some((r) => r.kind === kind)) && rows.every((r) => r.state !== 'PENDING')) return rows.map((r) => `${r.kind} ${r.state}`);
        await sleep(50);
      }
      const { rows } = await db.query(`SELECT payload->>'kind' AS kind, state, attempts, last_error FROM notifications.outbox WHERE recipient = $1`, [account.id]);
      throw new Error(`the sender did not finish: ${JSON.stringify(rows)}`);
    };
    try {
      const claimant = await cast.actors.consumer('Claire Digest');
      const agent = await cast.actors.agent(cast.merchant, 'Agent Digest');
      for (const reader of [claimant, agent, cast.association]) must(await cast.api.gql(`mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { digest } }`, { input: { digest: 'DAILY' } }, reader.token), 'digest');
      const disputeId = must(await cast.api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(cast.merchant.merchantId as string) }, claimant.token), 'file').fileClaim.id;
      await run('grantRepresentation', { disputeId, associationId: cast.association.id }, claimant);
      await post(disputeId, cast.merchant, 'We are looking into it');
      // Held for each of them: the claim filed and the message for the agent, the mandate and the message for the association, the message for the consumer.
      expect(await emailsTo(agent, ['CLAIM_FILED', 'MESSAGE_POSTED'])).toEqual(['CLAIM_FILED HELD', 'MESSAGE_POSTED HELD']);
      expect(await emailsTo(cast.association, ['MANDATE_GRANTED', 'MESSAGE_POSTED'])).toEqual(['MANDATE_GRANTED HELD', 'MESSAGE_POSTED HELD']);
      expect(await emailsTo(claimant, ['MESSAGE_POSTED'])).toContain('MESSAGE_POSTED HELD');
      expect(await cast.api.gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.id } }, cast.merchant.token)).toMatchObject({ data: { removeMerchantAgent: true } });
      await run('revokeRepresentation', { disputeId }, claimant);
      expect(await emailsTo(cast.association, ['MANDATE_REVOKED'])).toContain('MANDATE_REVOKED HELD');
      await cast.api.app.get(Notifier).digest.gather(new Date(Date.now() + 86_400_000));
      // Tomorrow's digests are due tomorrow: that hour has come.
      await db.query(`UPDATE notifications.outbox SET next_attempt_at = now() WHERE payload->>'kind' = 'DIGEST' AND recipient = ANY($1)`, [[claimant.id, agent.id, cast.association.id]]);
      expect({ agent: await emailsTo(agent, ['DIGEST']), association: await emailsTo(cast.association, ['DIGEST']), claimant: await emailsTo(claimant, ['DIGEST']) }).toEqual({
        // The news that she was removed from the team is sent although she reads none of its disputes; the rest is not.
        agent: ['CLAIM_FILED DIGESTED', 'MESSAGE_POSTED DIGESTED', 'TEAM_ACCESS_ENDED DIGESTED', 'DIGEST SENT'],
        // The news that the mandate ended is sent although it no longer reads the dispute; the rest is not.
        association: ['MANDATE_GRANTED DIGESTED', 'MESSAGE_POSTED DIGESTED', 'MANDATE_REVOKED DIGESTED', 'DIGEST SENT'],
        claimant: expect.arrayContaining(['DIGEST SENT']),
      });
      // The association's digest tells it of the revocation alone: one line, one link to the dispute.
      const { rows } = await db.query<{ id: string }>(`SELECT id::text FROM notifications.outbox WHERE recipient = $1 AND payload->>'kind' = 'DIGEST'`, [cast.association.id]);
      const directory = resolve(process.env.DATA_DIR ?? '.data', 'mail');
      const file = (await readdir(directory)).find((name) => name.endsWith('.eml') && name.includes(rows[0].id));
      const text = (await simpleParser(await readFile(join(directory, file!)))).text ?? '';
      expect(text.split(disputeId).length - 1).toBe(1);
    } finally {
      await db.end();
    }
  }, 60_000);

  /** Her list (each notification as `KIND disputeId`), its unread count and the bell's, as she reads them now. */
  const bell = async (as: Account) => {
    const answer = must(
      await cast.api.gql<{ myNotifications: { unreadCount: number; edges: Array<{ node: { kind: string; disputeId: string; read: boolean } }> } }>(`{ myNotifications(first: 100) { unreadCount edges { node { kind disputeId read } } } }`, {}, as.token),
      'myNotifications',
    );
    // The bell is a read of its own: asked after the list (not beside it, in the same request), it counts at least what the list showed.
    const count = must(await cast.api.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, as.token), 'unreadNotificationCount');
    const edges = answer.myNotifications.edges.map((e) => e.node);
    return { of: (disputeId: string) => edges.filter((n) => n.disputeId === disputeId).map((n) => n.kind), unread: edges.filter((n) => !n.read).length, unreadCount: answer.myNotifications.unreadCount, bell: count.unreadNotificationCount };
  };
  /** Once `kinds` of `disputeId` are in her list (the notifier stores them as it catches up). */
  const listed = async (as: Account, disputeId: string, kinds: string[]) => {
    for (let i = 0; i < 100; i++) {
      const now = await bell(as);
      // Listed, and counted by the same answer (one read of both).
      if (kinds.every((kind) => now.of(disputeId).includes(kind))) return now;
      await sleep(100);
    }
    throw new Error(`${kinds.join(', ')} never listed`);
  };
  /** What a notifier lagging behind the access would store, and tell the API of, as the notifier tells it (pg_notify). */
  const lagging = async (recipient: Account, disputeId: string, kind: string, notify: boolean) => {
    await cast.api.database.query(
      `INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at) VALUES (gen_random_uuid(), $1, gen_random_uuid(), $2, $3, $4, now())`,
      [recipient.id, disputeId, kind, JSON.stringify({ product: 'Samsung Galaxy A54', merchant: 'LiveShop' })],
    );
    if (notify) await cast.api.database.query(`SELECT pg_notify('recours_notification_added', $1)`, [recipient.id]);
  };
  const FEED = `subscription { notificationAdded { kind disputeId } }`;
  const fed = (socket: RawSocket) => socket.received('feed').next.map((n) => n.data as { notificationAdded: { kind: string; disputeId: string } }).map((d) => `${d.notificationAdded.kind} ${d.notificationAdded.disputeId}`);

  it('(b) an agent removed from the team no longer finds the merchant’s disputes in her notifications: her list, her bell, her live feed; the owner still does', async () => {
    const agent = await cast.actors.agent(cast.merchant, 'Agent Bell');
    const disputeId = await file();
    await post(disputeId, cast.consumer, 'For the team');
    expect((await listed(agent, disputeId, ['CLAIM_FILED', 'MESSAGE_POSTED'])).unreadCount).toBeGreaterThanOrEqual(2);
    expect(await cast.api.gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.id } }, cast.merchant.token)).toMatchObject({ data: { removeMerchantAgent: true } });
    // She keeps her account, without the merchant: signed in again, she reads none of its disputes, nor their news.
    const [{ email }] = await cast.api.database.query<{ email: string }>('SELECT email FROM accounts.accounts WHERE id = $1', [agent.id]);
    const again = { ...agent, token: must(await cast.api.gql<{ login: { token: string } }>(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'Correct-Horse-42' } }), 'login').login.token };
    expect(codeOf(await cast.api.gql(READ, { id: disputeId }, again.token))).toBe('NOT_FOUND');
    const now = await bell(again);
    expect([now.of(disputeId), now.unreadCount, now.bell]).toEqual([[], now.unread, now.unread]);
    // A notifier still behind stores one more for her: it does not reach her feed; the owner's does.
    const [hers, owners] = [await open(again), await open(cast.merchant)];
    hers.subscribe('feed', FEED);
    owners.subscribe('feed', FEED);
    await Promise.all([untilFeedListened(cast.api, again.id, 1), untilFeedListened(cast.api, cast.merchant.id, 1)]);
    await lagging(again, disputeId, 'MESSAGE_POSTED', true);
    await lagging(cast.merchant, disputeId, 'MESSAGE_POSTED', true);
    expect(await owners.until(() => fed(owners).includes(`MESSAGE_POSTED ${disputeId}`))).toBe(true);
    // Then news she does read (as her removal's notice, of no dispute): her feed is sent its news in
    // order, so once this has reached her, the lagging one would have before it.
    await cast.api.database.query(
      `INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at) VALUES (gen_random_uuid(), $1, gen_random_uuid(), NULL, 'TEAM_ACCESS_ENDED', $2, now())`,
      [again.id, JSON.stringify({ merchant: 'LiveShop', removedBy: 'Owner', removedById: cast.merchant.id, removedOn: parisDateOf(new Date()) })],
    );
    await cast.api.database.query(`SELECT pg_notify('recours_notification_added', $1)`, [again.id]);
    expect(await hers.until(() => fed(hers).length > 0)).toBe(true);
    expect(fed(hers)).toEqual(['TEAM_ACCESS_ENDED null']);
    const later = await bell(again);
    expect([later.of(disputeId), later.unreadCount, later.bell]).toEqual([[], later.unread, later.unread]);
  });

  it('(a) an association whose mandate the consumer revoked no longer finds that dispute’s news in her notifications, save that its mandate ended', async () => {
    const disputeId = await file();
    await run('grantRepresentation', { disputeId, associationId: cast.association.id }, cast.consumer);
    await post(disputeId, cast.merchant, 'To the association');
    await listed(cast.association, disputeId, ['MANDATE_GRANTED', 'MESSAGE_POSTED']);
    const socket = await open(cast.association);
    socket.subscribe('feed', FEED);
    await untilFeedListened(cast.api, cast.association.id, 1);
    // Stored while it read the dispute, delivered once it no longer does: not sent.
    await lagging(cast.association, disputeId, 'MESSAGE_POSTED', false);
    await run('revokeRepresentation', { disputeId }, cast.consumer);
    expect(await socket.until(() => fed(socket).includes(`MANDATE_REVOKED ${disputeId}`))).toBe(true);
    expect(fed(socket)).toEqual([`MANDATE_REVOKED ${disputeId}`]);
    const now = await bell(cast.association);
    expect([now.of(disputeId), now.unreadCount, now.bell]).toEqual([['MANDATE_REVOKED'], now.unread, now.unread]);
  });

  it('(workers) the news that her own access ended reaches her in the app and by e-mail, in her language, although she no longer reads the dispute: a mediator replaced, an adviser whose sharing stopped, an agent removed from the team; nobody else hears it', async () => {
    const LIST = `{ myNotifications(first: 100) { unreadCount edges { node { kind disputeId title body read } } } }`;
    type Listed = { kind: string; disputeId: string | null; title: string; body: string; read: boolean };
    const list = async (as: Account) => must(await cast.api.gql<{ myNotifications: { unreadCount: number; edges: Array<{ node: Listed }> } }>(LIST, {}, as.token), 'myNotifications').myNotifications;
    /** Her notifications of `kind`, once there is one (the notifier stores them as it catches up), with her counts. */
    const told = async (as: Account, kind: string) => {
      for (let i = 0; i < 150; i++) {
        const answer = await list(as);
        if (answer.edges.some((e) => e.node.kind === kind)) {
          // The list's count is the same answer's; the bell, a read of its own, asked after the list.
          const bell = must(await cast.api.gql<{ unreadNotificationCount: number }>(`{ unreadNotificationCount }`, {}, as.token), 'unreadNotificationCount').unreadNotificationCount;
          const found = answer.edges.map((e) => e.node).filter((n) => n.kind === kind);
          return { found, unreadCount: answer.unreadCount, bell, unread: answer.edges.filter((e) => !e.node.read).length };
        }
        await sleep(100);
      }
      throw new Error(`${kind} never listed`);
    };
    /** The e-mail of `kind` sent to `as`: its subject and text, once the sender sent it. */
    const mailed = async (as: Account, kind: string) => {
      for (let i = 0; i < 150; i++) {
        const rows = await cast.api.database.query<{ id: string; state: string }>(`SELECT id::text, state FROM notifications.outbox WHERE channel = 'EMAIL' AND recipient = $1 AND payload->>'kind' = $2`, [as.id, kind]);
        if (rows[0]?.state === 'SENT') {
          const directory = resolve(process.env.DATA_DIR ?? '.data', 'mail');
          const name = (await readdir(directory)).find((file) => file.endsWith('.eml') && file.includes(rows[0].id));
          const parsed = await simpleParser(await readFile(join(directory, name!)));
          return { subject: parsed.subject ?? '', text: parsed.text ?? '' };
        }
        if (rows[0] && rows[0].state !== 'PENDING') throw new Error(`the ${kind} e-mail is ${rows[0].state}`);
        await sleep(100);
      }
      throw new Error(`no ${kind} e-mail was sent`);
    };
    const inEnglish = async (as: Account) => must(await cast.api.gql(`mutation($input: UpdateMyPreferencesInput!) { updateMyPreferences(input: $input) { locale } }`, { input: { locale: 'en' } }, as.token), 'locale');
    const heardBy = async (kind: string) => (await cast.api.database.query<{ recipient_id: string }>(`SELECT DISTINCT recipient_id::text FROM notifications.notifications WHERE kind = $1`, [kind])).map((r) => r.recipient_id).sort();

    // A mediator the admin replaces (English): told so, although the case is no longer hers.
    const leaving = await cast.actors.mediator('Léa Remplacée');
    await inEnglish(leaving);
    const mediatedCase = await mediated(leaving);
    await run('assignMediator', { disputeId: mediatedCase, mediatorId: cast.otherMediator.id }, cast.admin);
    expect(codeOf(await cast.api.gql(READ, { id: mediatedCase }, leaving.token))).toBe('NOT_FOUND');
    const replaced = await told(leaving, 'MEDIATOR_REPLACED');
    expect(replaced.found).toEqual([{ kind: 'MEDIATOR_REPLACED', disputeId: mediatedCase, title: expect.stringMatching(/^Case given to another mediator: Samsung Galaxy A54 — /), body: 'This case was given to another mediator: you no longer have access to it.', read: false }]);
    expect([replaced.unreadCount, replaced.bell]).toEqual([replaced.unread, replaced.unread]);
    expect(replaced.unread).toBeGreaterThanOrEqual(1);
    const toMediator = await mailed(leaving, 'MEDIATOR_REPLACED');
    expect(toMediator.subject).toMatch(/^Case given to another mediator: Samsung Galaxy A54 — /);
    expect(toMediator.text).toContain('This case was given to another mediator: you no longer have access to it.');

    // An association the consumer stops asking for advice (French): told so, although it no longer reads the case.
    const adviser = await cast.actors.association('CLCV Conseil');
    const advised = await file();
    await run('shareDisputeForAdvice', { disputeId: advised, associationId: adviser.id }, cast.consumer);
    await told(adviser, 'SHARED_FOR_ADVICE');
    await run('stopSharingDisputeForAdvice', { disputeId: advised, associationId: adviser.id }, cast.consumer);
    expect(codeOf(await cast.api.gql(READ, { id: advised }, adviser.token))).toBe('NOT_FOUND');
    const stopped = await told(adviser, 'ADVICE_SHARING_ENDED');
    expect(stopped.found).toEqual([
      { kind: 'ADVICE_SHARING_ENDED', disputeId: advised, title: expect.stringMatching(/^Partage pour avis arrêté\u202f: Samsung Galaxy A54 — /), body: 'Le consommateur a arrêté de partager ce dossier avec vous\u202f: vous ne pouvez plus le lire.', read: false },
    ]);
    expect([stopped.unreadCount, stopped.bell]).toEqual([stopped.unread, stopped.unread]);
    expect((await mailed(adviser, 'ADVICE_SHARING_ENDED')).subject).toMatch(/^Partage pour avis arrêté\u202f: Samsung Galaxy A54 — /);

    // Two agents the owner removes, one reading French, one English: each told, naming the company and its owner, no dispute, no id.
    const [{ name: merchantName }] = await cast.api.database.query<{ name: string }>('SELECT name FROM accounts.merchants WHERE id = $1', [cast.merchant.merchantId]);
    const staying = await cast.actors.agent(cast.merchant, 'Agent Staying');
    const removed = { fr: await cast.actors.agent(cast.merchant, 'Agent Notice FR'), en: await cast.actors.agent(cast.merchant, 'Agent Notice EN') };
    await inEnglish(removed.en);
    const today = { fr: dateWords(parisDateOf(new Date()), 'fr'), en: dateWords(parisDateOf(new Date()), 'en') };
    for (const agent of [removed.fr, removed.en]) {
      expect(await cast.api.gql(`mutation($input: RemoveMerchantAgentInput!) { removeMerchantAgent(input: $input) }`, { input: { agentId: agent.id } }, cast.merchant.token)).toMatchObject({ data: { removeMerchantAgent: true } });
    }
    const signedInAgain = async (agent: Account) => {
      const [{ email }] = await cast.api.database.query<{ email: string }>('SELECT email FROM accounts.accounts WHERE id = $1', [agent.id]);
      return { ...agent, token: must(await cast.api.gql<{ login: { token: string } }>(`mutation($input: LoginInput!) { login(input: $input) { token } }`, { input: { email, password: 'Correct-Horse-42' } }), 'login').login.token };
    };
    const french = await told(await signedInAgain(removed.fr), 'TEAM_ACCESS_ENDED');
    expect(french.found).toEqual([
      { kind: 'TEAM_ACCESS_ENDED', disputeId: null, title: `Accès retiré\u202f: ${merchantName}`, body: `Vous n’avez plus accès aux dossiers de ${merchantName}\u202f: LiveShop a mis fin à votre place dans l’équipe le ${today.fr}.`, read: false },
    ]);
    expect([french.unreadCount, french.bell]).toEqual([french.unread, french.unread]);
    const english = await told(await signedInAgain(removed.en), 'TEAM_ACCESS_ENDED');
    expect(english.found).toEqual([{ kind: 'TEAM_ACCESS_ENDED', disputeId: null, title: `Access ended: ${merchantName}`, body: `You no longer have access to ${merchantName}’s cases: LiveShop removed you from the team on ${today.en}.`, read: false }]);
    const mails = { fr: await mailed(removed.fr, 'TEAM_ACCESS_ENDED'), en: await mailed(removed.en, 'TEAM_ACCESS_ENDED') };
    expect(mails.fr.subject).toBe(`Accès retiré\u202f: ${merchantName}`);
    expect(mails.fr.text).toContain(`Vous n’avez plus accès aux dossiers de ${merchantName}\u202f: LiveShop a mis fin à votre place dans l’équipe le ${today.fr}.`);
    expect(mails.fr.text).toContain('/notifications');
    expect(mails.en.subject).toBe(`Access ended: ${merchantName}`);
    expect(mails.en.text).toContain(`LiveShop removed you from the team on ${today.en}.`);
    for (const mail of [mails.fr, mails.en]) {
      expect(mail.text).not.toContain('/disputes/');
      expect(mail.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
    }

    // Nobody else hears of it: not the owner nor the agent who stays, not the new mediator nor the parties, not the consumer.
    const heard = async (kind: string, where: string, value: unknown) => ({
      inApp: (await cast.api.database.query<{ r: string }>(`SELECT recipient_id::text AS r FROM notifications.notifications WHERE kind = $1 AND ${where.replace('X', 'recipient_id')} ORDER BY 1`, [kind, value])).map((row) => row.r),
      email: (await cast.api.database.query<{ r: string }>(`SELECT recipient::text AS r FROM notifications.outbox WHERE payload->>'kind' = $1 AND ${where.replace('X', 'recipient')} ORDER BY 1`, [kind, value])).map((row) => row.r),
    });
    const team = [cast.merchant.id, staying.id, removed.fr.id, removed.en.id];
    const removedIds = [removed.fr.id, removed.en.id].sort();
    expect(await heard('TEAM_ACCESS_ENDED', 'X = ANY($2::uuid[])', team)).toEqual({ inApp: removedIds, email: removedIds });
    expect(await heard('MEDIATOR_REPLACED', 'dispute_id = $2', mediatedCase)).toEqual({ inApp: [leaving.id], email: [leaving.id] });
    expect(await heard('ADVICE_SHARING_ENDED', 'dispute_id = $2', advised)).toEqual({ inApp: [adviser.id], email: [adviser.id] });
  }, 90_000);

  it('what a party may not read never reaches her live: the other side’s messages to the mediator, whom the consumer asks for advice', async () => {
    const disputeId = await mediated(cast.mediator);
    const [consumerSide, merchantSide, mediatorSide] = [await open(cast.consumer), await open(cast.merchant), await open(cast.mediator)];
    for (const socket of [consumerSide, merchantSide, mediatorSide]) socket.subscribe('watch', WATCH, { id: disputeId });
    await untilWatching(cast.api, disputeId, 3);
    const versions = (socket: RawSocket) => socket.received('watch').next.map((n) => (n.data as { disputeUpdated: { version: number } } | null)?.disputeUpdated.version);
    await post(disputeId, cast.merchant, 'Entre nous : geste commercial possible', 'MERCHANT_AND_MEDIATOR');
    await run('shareDisputeForAdvice', { disputeId, associationId: cast.adviser.id }, cast.consumer);
    await post(disputeId, cast.consumer, 'Entre nous : je veux juste un remboursement', 'CONSUMER_AND_MEDIATOR');
    await post(disputeId, cast.mediator, 'To both parties');
    // The mediator's message is the last change: each side is sent its changes in order, so once it
    // has reached all three, whatever they would have been sent of the earlier ones has been.
    for (const socket of [consumerSide, merchantSide, mediatorSide]) expect(await socket.until(() => sent(socket, 'watch').some((b) => b.includes('To both parties')))).toBe(true);
    const everything = (socket: RawSocket) => JSON.stringify(socket.received('watch').next);
    expect(everything(consumerSide)).not.toContain('geste commercial');
    expect(everything(merchantSide)).not.toContain('juste un remboursement');
    // Nor by an update of its own: the merchant is sent its message and the mediator's, not the
    // sharing nor the consumer's word to the mediator, and its versions count only what it reads.
    expect(sent(merchantSide, 'watch')).toEqual([['Entre nous : geste commercial possible'], ['Entre nous : geste commercial possible', 'To both parties']]);
    const httpVersion = async (as: Account) => must(await cast.api.gql<{ dispute: { version: number } }>(`query($id: ID!) { dispute(id: $id) { version } }`, { id: disputeId }, as.token), 'version').dispute.version;
    expect(versions(merchantSide).at(-1)).toBe(await httpVersion(cast.merchant));
    expect(versions(consumerSide).at(-1)).toBe(await httpVersion(cast.consumer));
    expect(everything(mediatorSide)).toContain('geste commercial');
    expect(everything(mediatorSide)).toContain('juste un remboursement');
  });
});
