import { must, phoneClaim, withCast, untilWatching, type Account } from '@recours/testing';
import { RawSocket } from '../reliability/support/socket';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An association renounces its mandate (C. civ. art. 2007): the consumer reads why; the merchant,
 * the mediator and the admin read that the association no longer represents her, and never why
 * (a reason such as « dossier infondé » would harm her if the merchant read it). The merchant and
 * the mediator are told so (MANDATE_ENDED), as they are when the consumer revokes the mandate.
 */
describe('a renounced mandate, as each party reads it', () => {
  const cast = withCast('mandate_renounced', {
    consumer: ['consumer', 'Claire Martin'],
    merchant: ['merchant', 'PhoneShop'],
    mediator: ['mediator', 'Sophie Médiatrice'],
    association: ['association', 'UFC-Que Choisir Nantes'],
    admin: 'admin',
  });
  /** The association's reason: owed to the consumer alone. */
  const WHY = 'Dossier infondé : le dommage vient d’un chargeur tiers, nous ne le défendrons pas.';
  const SECRET = ['infondé', 'chargeur tiers', 'ne le défendrons pas'];
  const WEBHOOK = 'https://helpdesk.example.com/recours/mandates';
  let disputeId: string;
  /** A second dispute, whose mandate the consumer revokes. */
  let revokedId: string;
  /** The merchant's live view of the dispute, watched from before the renunciation. */
  let watching: RawSocket;
  afterAll(() => watching?.close()); // in case its test failed before closing it

  const post = (query: string, variables: Record<string, unknown>, as: Account, locale: string) =>
    fetch(cast.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': locale, authorization: `Bearer ${as.token}` },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.text());
  type Dispute = { version: number; mandate: { association: { name: string } } | null; timeline: Array<{ type: string; text: string }> };
  const DISPUTE = `query($id: ID!) { dispute(id: $id) { id version status whoseTurn availableActions lastActivityAt mandate { grantedAt association { name } } messages { body } deadlines { kind dueOn owedBy } timeline { version at type text quoted quotedLanguage } } }`;
  /** The dispute as this party reads it, whole, as the JSON it is sent: what the test searches for the reason. */
  const read = async (as: Account, locale: string) => {
    const text = await post(DISPUTE, { id: disputeId }, as, locale);
    const answer = JSON.parse(text) as { data?: { dispute: Dispute }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    return { text, dispute: answer.data!.dispute };
  };

  beforeAll(async () => {
    const { api, consumer, merchant, mediator, association, admin } = cast;
    // The merchant's owner listens for every change to its disputes.
    must(await api.gql(`mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`, { input: { url: WEBHOOK } }, merchant.token), 'webhook');
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId, associationId: association.id } }, consumer.token), 'grant');
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Batterie endommagée par un choc' } }, merchant.token), 'reject');
    must(await api.gql(`mutation($input: RequestMediationInput!) { requestMediation(input: $input) { id } }`, { input: { disputeId, summary: 'Refus sans examen' } }, association.token), 'mediation');
    must(await api.gql(`mutation($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`, { input: { disputeId, mediatorId: mediator.id } }, admin.token), 'assign');
    for (const party of [merchant, mediator, admin]) expect((await read(party, 'fr')).dispute.mandate?.association.name).toBe('UFC-Que Choisir Nantes');
    watching = await RawSocket.connect(api.url, { authorization: `Bearer ${merchant.token}`, locale: 'fr' });
    watching.subscribe('merchant', `subscription($id: ID!) { disputeUpdated(id: $id) { version mandate { grantedAt } timeline { type text quoted } } }`, { id: disputeId });
    await untilWatching(api, disputeId, 1);
    must(await api.gql(`mutation($input: RenounceRepresentationInput!) { renounceRepresentation(input: $input) { version } }`, { input: { disputeId, reason: WHY } }, association.token), 'renounce');
  }, 120_000);

  type Notice = { kind: string; disputeId: string; title: string; body: string };
  /**
   * This party's notifications of `kind` about `dispute`, in `locale`, once the notifier has written
   * them (none: after 5 s); `wait` false: as they are now (the notifier writes an event's
   * notifications together, so once one party's is read, the others' are there too).
   */
  const noticesOf = async (as: Account, locale: string, dispute: string, kind: string, wait = true) => {
    const mine = async () => {
      const answer = JSON.parse(await post(`{ myNotifications(first: 100) { edges { node { kind disputeId title body } } } }`, {}, as, locale)) as { data: { myNotifications: { edges: Array<{ node: Notice }> } } };
      return answer.data.myNotifications.edges.map((e) => e.node).filter((n) => n.disputeId === dispute && n.kind === kind);
    };
    let found = await mine();
    for (let i = 0; wait && i < 100 && found.length === 0; i++) found = (await sleep(50), await mine());
    return found;
  };

  /** A notification's title names the dispute by its product and merchant (whose name the cast makes its own). */
  const FR_TITLE = expect.stringMatching(/^Le client n’est plus représenté\u202f: Samsung Galaxy A54 — PhoneShop/);
  const EN_TITLE = expect.stringMatching(/^Customer no longer represented: Samsung Galaxy A54 — PhoneShop/);
  const ENDED_FR = 'L’association UFC-Que Choisir Nantes a mis fin à son mandat\u202f: elle ne représente plus le consommateur dans ce litige.';
  const ENDED_EN = 'The association UFC-Que Choisir Nantes ended its mandate: it no longer represents the consumer in this dispute.';

  it('the merchant, the mediator and the admin read that the association no longer represents the consumer, in French and English, and nothing of why', async () => {
    for (const party of ['merchant', 'mediator', 'admin'] as const) {
      for (const [locale, sentence] of [['fr', ENDED_FR], ['en', ENDED_EN]] as const) {
        const { text, dispute } = await read(cast[party], locale);
        expect({ party, mandate: dispute.mandate }).toEqual({ party, mandate: null });
        expect({ party, last: dispute.timeline.at(-1) }).toMatchObject({ party, last: { type: 'RepresentationEnded', text: sentence } });
        expect(dispute.timeline.map((t) => t.type)).not.toContain('RepresentationRenounced');
        for (const words of SECRET) expect({ party, locale, found: text.includes(words) }).toEqual({ party, locale, found: false });
      }
    }
  });

  it('the consumer reads both: why the association renounced, and what the others were told', async () => {
    const { dispute } = await read(cast.consumer, 'fr');
    expect(dispute.mandate).toBeNull();
    expect(dispute.timeline.slice(-2).map((t) => [t.type, t.text])).toEqual([
      ['RepresentationRenounced', `L’association UFC-Que Choisir Nantes a renoncé au mandat\u202f: «\u202f${WHY}\u202f»`],
      ['RepresentationEnded', ENDED_FR],
    ]);
  });

  it('the merchant watching the dispute live is sent the change: the mandate gone, the line saying so, not the reason', async () => {
    await watching.until(() => watching.received('merchant').next.length > 0);
    const sent = watching.received('merchant').next;
    const last = (sent.at(-1) as unknown as { data: { disputeUpdated: { mandate: unknown; timeline: Array<{ type: string; text: string }> } } }).data.disputeUpdated;
    expect(last.mandate).toBeNull();
    expect(last.timeline.at(-1)).toMatchObject({ type: 'RepresentationEnded', text: ENDED_FR });
    for (const words of SECRET) expect(JSON.stringify(sent)).not.toContain(words);
    watching.close();
  });

  it('nothing else the merchant or the mediator is sent carries the reason: their lists, notifications, case file and the merchant’s webhooks', async () => {
    const { api, merchant, mediator } = cast;
    const lists: Array<[Account, string]> = [
      [merchant, `{ merchantInbox(first: 100) { edges { node { id status whoseTurn lastActivityAt productName escalated } } } }`],
      [mediator, `{ mediatorCaseload(first: 100) { edges { node { id status admissibilityDueAt outcomeDueAt } } } }`],
      [merchant, `{ myNotifications(first: 100) { edges { node { kind disputeId title body } } } }`],
      [mediator, `{ myNotifications(first: 100) { edges { node { kind disputeId title body } } } }`],
    ];
    for (const [as, query] of lists) {
      const text = await post(query, {}, as, 'fr');
      expect(JSON.parse(text).errors).toBeUndefined();
      for (const words of SECRET) expect(text).not.toContain(words);
    }
    for (const as of [merchant, mediator]) {
      const file = await fetch(`${api.url.replace(/\/graphql$/, '')}/disputes/${disputeId}/case-file.json`, { headers: { authorization: `Bearer ${as.token}`, 'accept-language': 'fr' } });
      expect(file.status).toBe(200);
      const body = await file.text();
      expect(body).toContain('a mis fin à son mandat');
      for (const words of SECRET) expect(body).not.toContain(words);
    }
    // The merchant's webhook is sent the end of the mandate (REPRESENTATION_ENDED), never the renunciation.
    const hooks = async () => api.database.query<{ body: string }>(`SELECT payload->>'body' AS body FROM notifications.outbox WHERE channel = 'WEBHOOK' AND dispute_id = $1`, [disputeId]);
    let sent = await hooks();
    for (let i = 0; i < 100 && !sent.some((s) => s.body.includes('REPRESENTATION_ENDED')); i++) sent = (await sleep(50), await hooks());
    const types = sent.map((s) => (JSON.parse(s.body) as { type: string }).type);
    expect(types).toContain('REPRESENTATION_ENDED');
    expect(types).not.toContain('REPRESENTATION_RENOUNCED');
    const ended = JSON.parse(sent.find((s) => s.body.includes('REPRESENTATION_ENDED'))!.body) as { data: Record<string, unknown> };
    expect(ended.data).toMatchObject({ associationId: cast.association.id });
    for (const words of SECRET) expect(JSON.stringify(sent)).not.toContain(words);
  });

  it('the merchant and the mediator are told (MANDATE_ENDED), in French and English, that the association ended its mandate and to whom they write now, never why; the consumer’s side is not told it', async () => {
    const { api, consumer, merchant, mediator } = cast;
    const told = {
      merchant: {
        fr: { title: FR_TITLE, body: 'L’association UFC-Que Choisir Nantes a mis fin à son mandat\u202f: elle ne représente plus le client dans ce dossier. Adressez-vous désormais directement au client.' },
        en: { title: EN_TITLE, body: 'The association UFC-Que Choisir Nantes ended its mandate: it no longer represents the customer in this case. From now on, address the customer directly.' },
      },
      mediator: {
        fr: { title: FR_TITLE, body: 'L’association UFC-Que Choisir Nantes a mis fin à son mandat\u202f: elle ne représente plus le client dans ce dossier. Le client prend désormais part lui-même à la médiation, ou peut confier un mandat à une autre association.' },
        en: { title: EN_TITLE, body: 'The association UFC-Que Choisir Nantes ended its mandate: it no longer represents the customer in this case. The customer now takes part in the mediation themselves, or may give another association a mandate.' },
      },
    };
    for (const party of ['merchant', 'mediator'] as const) {
      for (const locale of ['fr', 'en'] as const) {
        expect({ party, locale, heard: await noticesOf(cast[party], locale, disputeId, 'MANDATE_ENDED') }).toEqual({ party, locale, heard: [{ kind: 'MANDATE_ENDED', disputeId, ...told[party][locale] }] });
      }
    }
    expect(await noticesOf(consumer, 'fr', disputeId, 'MANDATE_RENOUNCED')).toHaveLength(1);
    expect(await noticesOf(consumer, 'fr', disputeId, 'MANDATE_ENDED', false)).toEqual([]);
    // Their e-mails say the same, and carry nothing of the reason either.
    const mails = await api.database.query<{ recipient: string; payload: string }>(
      `SELECT recipient::text, payload::text FROM notifications.outbox WHERE channel = 'EMAIL' AND dispute_id = $1 AND payload->>'kind' = 'MANDATE_ENDED'`,
      [disputeId],
    );
    expect(mails.map((m) => m.recipient).sort()).toEqual([merchant.id, mediator.id].sort());
    for (const words of SECRET) expect(JSON.stringify(mails)).not.toContain(words);
  });

  it('a mandate the consumer revokes: the association is told MANDATE_REVOKED; the merchant and the mediator MANDATE_ENDED, that the consumer ended it', async () => {
    const { api, consumer, merchant, mediator, association, admin } = cast;
    revokedId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId: revokedId, associationId: association.id } }, consumer.token), 'grant');
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId: revokedId, reason: 'Batterie endommagée par un choc' } }, merchant.token), 'reject');
    must(await api.gql(`mutation($input: RequestMediationInput!) { requestMediation(input: $input) { id } }`, { input: { disputeId: revokedId, summary: 'Refus sans examen' } }, association.token), 'mediation');
    must(await api.gql(`mutation($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`, { input: { disputeId: revokedId, mediatorId: mediator.id } }, admin.token), 'assign');
    must(await api.gql(`mutation($input: RevokeRepresentationInput!) { revokeRepresentation(input: $input) { id } }`, { input: { disputeId: revokedId } }, consumer.token), 'revoke');

    expect(await noticesOf(merchant, 'fr', revokedId, 'MANDATE_ENDED')).toEqual([
      {
        kind: 'MANDATE_ENDED',
        disputeId: revokedId,
        title: FR_TITLE,
        body: 'Le client a mis fin au mandat\u202f: l’association UFC-Que Choisir Nantes ne le représente plus dans ce dossier. Adressez-vous désormais directement au client.',
      },
    ]);
    expect(await noticesOf(mediator, 'en', revokedId, 'MANDATE_ENDED')).toEqual([
      {
        kind: 'MANDATE_ENDED',
        disputeId: revokedId,
        title: EN_TITLE,
        body: 'The customer ended the mandate: the association UFC-Que Choisir Nantes no longer represents them in this case. The customer now takes part in the mediation themselves, or may give another association a mandate.',
      },
    ]);
    // The association hears of the revocation as before, and once; the consumer, who revoked it, of neither.
    expect((await noticesOf(association, 'fr', revokedId, 'MANDATE_REVOKED')).map((n) => n.kind)).toEqual(['MANDATE_REVOKED']);
    expect(await noticesOf(association, 'fr', revokedId, 'MANDATE_ENDED', false)).toEqual([]);
    expect(await noticesOf(consumer, 'fr', revokedId, 'MANDATE_ENDED', false)).toEqual([]);
    expect(await noticesOf(consumer, 'fr', revokedId, 'MANDATE_REVOKED', false)).toEqual([]);
  });

  it('the schema says which webhook types are never sent (the consumer side’s own), without removing them', async () => {
    const text = await post(`{ __type(name: "WebhookEventType") { enumValues(includeDeprecated: true) { name isDeprecated deprecationReason } } }`, {}, cast.merchant, 'en');
    const values = (JSON.parse(text) as { data: { __type: { enumValues: Array<{ name: string; isDeprecated: boolean; deprecationReason: string | null }> } } }).data.__type.enumValues;
    const deprecated = values.filter((v) => v.isDeprecated).map((v) => v.name).sort();
    expect(deprecated).toEqual(['REPRESENTATION_RENOUNCED', 'SHARED_FOR_ADVICE', 'SHARING_FOR_ADVICE_ENDED']);
    expect(values.find((v) => v.name === 'REPRESENTATION_RENOUNCED')?.deprecationReason).toMatch(/Never sent/);
    expect(values.map((v) => v.name)).toEqual(expect.arrayContaining(['REPRESENTATION_ENDED', 'CLAIM_FILED']));
  });

  it('the notifications made again when the consumer is erased still name the association and speak to their reader; each kind an event told keeps its own parameters', async () => {
    const { api, consumer, merchant, mediator, association, admin } = cast;
    must(await api.gql(`mutation($input: EraseDataSubjectInput!) { eraseDataSubject(input: $input) }`, { input: { accountId: consumer.id, reason: 'Demande par courrier' } }, admin.token), 'erase');
    // The notifier writes her disputes' notifications again when its checkpoint passes her erasure (PersonalDataErased).
    const [{ erasure }] = await api.database.query<{ erasure: string }>(`SELECT max(global_position)::text AS erasure FROM event_store.events WHERE type = 'PersonalDataErased' AND stream_id LIKE '%' || $1`, [consumer.id]);
    const passed = async () =>
      (await api.database.query<{ yes: boolean }>(`SELECT coalesce(position >= $1::numeric, false) AS yes FROM notifications.projection_checkpoints WHERE projection = 'notifier'`, [erasure]))[0]?.yes === true;
    for (let i = 0; i < 200 && !(await passed()); i++) await sleep(50);
    expect({ erasure, passed: await passed() }).toEqual({ erasure: expect.stringMatching(/^\d+$/), passed: true });
    expect((await noticesOf(merchant, 'fr', revokedId, 'MANDATE_ENDED', false)).map((n) => n.body)).toEqual([
      'Le client a mis fin au mandat\u202f: l’association UFC-Que Choisir Nantes ne le représente plus dans ce dossier. Adressez-vous désormais directement au client.',
    ]);
    expect((await noticesOf(mediator, 'en', disputeId, 'MANDATE_ENDED', false)).map((n) => n.body)).toEqual([
      'The association UFC-Que Choisir Nantes ended its mandate: it no longer represents the customer in this case. The customer now takes part in the mediation themselves, or may give another association a mandate.',
    ]);
    const rows = await api.database.query<{ recipient: string; kind: string; params: Record<string, unknown> }>(
      `SELECT recipient_id::text AS recipient, kind, params FROM notifications.notifications WHERE dispute_id = $1 AND kind IN ('MANDATE_REVOKED', 'MANDATE_ENDED')`,
      [revokedId],
    );
    expect(rows.find((r) => r.recipient === association.id)).toMatchObject({ kind: 'MANDATE_REVOKED' });
    expect(rows.find((r) => r.recipient === association.id)!.params).not.toHaveProperty('endedBy');
    expect(rows.find((r) => r.recipient === mediator.id)).toMatchObject({ kind: 'MANDATE_ENDED', params: { endedBy: 'CONSUMER', association: 'UFC-Que Choisir Nantes', reader: 'MEDIATOR' } });
    const mails = await api.database.query<{ params: Record<string, unknown> }>(
      `SELECT payload->'params' AS params FROM notifications.outbox WHERE channel = 'EMAIL' AND dispute_id = $1 AND recipient::text = $2 AND payload->>'kind' = 'MANDATE_ENDED'`,
      [revokedId, merchant.id],
    );
    expect(mails.map((m) => m.params)).toEqual([expect.objectContaining({ endedBy: 'CONSUMER', association: 'UFC-Que Choisir Nantes', reader: 'MERCHANT' })]);
  });
});
