import { createHash } from 'node:crypto';
import { timeOrderedId } from '@recours/database';
import { DisputeCommands } from '@recours/dispute-commands';
import { apiActors, must, phoneClaim, startWithParties, type Account, type TestApp } from '@recours/testing';

type Dispute = { id: string; version: number; status: string; offers: Array<{ id: string; status: string }>; messages: Array<{ body: string; onBehalfOf: string | null }> };
const FIELDS = `id version status offers { id status } messages { body onBehalfOf }`;

describe('dispute guards: versions, retries, parties and mandates', () => {
  let api: TestApp;
  let actors: ReturnType<typeof apiActors>;
  let consumer: Account;
  let merchant: Account;

  const run = (name: string, input: Record<string, unknown>, as: Account | null, inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`) =>
    api.gql<Record<string, Dispute>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${FIELDS} } }`, { input }, as?.token);
  const file = async () => must(await run('fileClaim', phoneClaim(merchant.merchantId as string), consumer), 'fileClaim').fileClaim;
  const countEvents = async (disputeId?: string) => {
    const { Client } = await import('pg');
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM event_store.events WHERE $1::text IS NULL OR stream_id = $1', [disputeId ? `dispute-${disputeId}` : null]);
    await client.end();
    return rows[0].n as number;
  };

  beforeAll(async () => {
    ({ api, actors, consumer, merchant } = await startWithParties('guards'));
  });
  afterAll(() => api.close());

  it('a stale expectedVersion is refused with CONFLICT and the current version, and nothing is written, when what came since changes the answer: the offer she accepts was replaced', async () => {
    const dispute = await file();
    const offered = must(await run('makeOffer', { disputeId: dispute.id, remedy: 'REPAIR', terms: 'Repair within a week' }, merchant), 'makeOffer').makeOffer;
    must(await run('makeOffer', { disputeId: dispute.id, remedy: 'REPLACEMENT', terms: 'A new phone' }, merchant), 'new offer');
    const stale = await run('acceptOffer', { disputeId: dispute.id, offerId: offered.offers[0].id, expectedVersion: offered.version }, consumer, 'OfferAnswerInput');
    // The new offer superseded hers: two events she reads since the version she sent.
    expect(stale.errors?.[0].extensions).toEqual({ code: 'CONFLICT', currentVersion: offered.version + 2 });
    expect(stale.errors?.[0].message).toBe(`The dispute changed since version ${offered.version}; it is now at version ${offered.version + 2}`);
    expect(await countEvents(dispute.id)).toBe(4);
  });

  it('a stale expectedVersion is accepted when what came since does not change what the command decides: a message while she accepts the offer', async () => {
    const dispute = await file();
    const offered = must(await run('makeOffer', { disputeId: dispute.id, remedy: 'REPAIR', terms: 'Repair within a week' }, merchant), 'makeOffer').makeOffer;
    must(await run('postMessage', { disputeId: dispute.id, body: 'Our technician can come on Thursday' }, merchant), 'message');
    const accepted = must(await run('acceptOffer', { disputeId: dispute.id, offerId: offered.offers[0].id, expectedVersion: offered.version }, consumer, 'OfferAnswerInput'), 'acceptOffer').acceptOffer;
    expect(accepted.version).toBe(offered.version + 2);
    expect(accepted.offers.map((o) => o.status)).toEqual(['ACCEPTED']);
    expect(await countEvents(dispute.id)).toBe(4);
  });

  it('a retried commandId answers the first result and appends nothing', async () => {
    const dispute = await file();
    const first = must(await run('postMessage', { disputeId: dispute.id, body: 'Sent once', commandId: 'msg-1' }, consumer), 'first').postMessage;
    const retry = must(await run('postMessage', { disputeId: dispute.id, body: 'Sent once', commandId: 'msg-1', expectedVersion: 0 }, consumer), 'retry').postMessage;
    expect(retry.version).toBe(first.version);
    expect(retry.messages.map((m) => m.body)).toEqual(['Sent once']);
    expect(await countEvents(dispute.id)).toBe(2);

    const claim = { ...phoneClaim(merchant.merchantId as string), commandId: 'file-once' };
    const filedOnce = must(await run('fileClaim', claim, consumer), 'file').fileClaim;
    const filedAgain = must(await run('fileClaim', claim, consumer), 'file again').fileClaim;
    expect(filedAgain.id).toBe(filedOnce.id);
    expect(await countEvents(filedOnce.id)).toBe(1);
  });

  it('a filing with a time-ordered key gets a time-ordered id, and a retry finds the dispute a process of the earlier release filed under the earlier id', async () => {
    const key = timeOrderedId();
    const filed = must(await run('fileClaim', { ...phoneClaim(merchant.merchantId as string), commandId: key }, consumer), 'file').fileClaim;
    expect(filed.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(filed.id.slice(0, 13)).toBe(key.slice(0, 13));

    // A process of the earlier release derived every keyed id of random look; it filed this one.
    const earlierKey = timeOrderedId();
    const hex = createHash('sha256').update(`recours:file-claim:${consumer.id}:${earlierKey}`).digest('hex');
    const earlierId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    await api.app.get(DisputeCommands).handle({ kind: 'CONSUMER', id: consumer.id }, new Date(), { type: 'FileClaim', disputeId: earlierId, ...phoneClaim(merchant.merchantId as string), evidence: [] } as never, { commandId: earlierKey });
    const events = await countEvents();
    const retried = must(await run('fileClaim', { ...phoneClaim(merchant.merchantId as string), commandId: earlierKey }, consumer), 'retry').fileClaim;
    expect(retried.id).toBe(earlierId);
    expect(await countEvents()).toBe(events);
  });

  it('every other role is refused on a dispute that is not theirs, exactly as if it did not exist', async () => {
    const dispute = await file();
    const otherConsumer = await actors.consumer('Bob');
    const otherMerchant = await actors.merchant('OtherShop');
    const mediator = await actors.mediator();
    const association = await actors.association();
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const outsider of [otherConsumer, otherMerchant, mediator, association]) {
      const read = await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: dispute.id }, outsider.token);
      const readMissing = await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: missing }, outsider.token);
      expect(read.errors?.[0]).toEqual(readMissing.errors?.[0]);
      expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const write = await run('postMessage', { disputeId: dispute.id, body: 'Let me in' }, outsider);
      expect(write.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(write.errors?.[0].message).toBe(readMissing.errors?.[0].message);
    }
    const anonymous = await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: dispute.id });
    expect(anonymous.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const anonymousWrite = await run('postMessage', { disputeId: dispute.id, body: 'Let me in' }, null);
    expect(anonymousWrite.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await countEvents(dispute.id)).toBe(1);
  });

  it('a party acting out of its role gets FORBIDDEN; out of turn, a DOMAIN_RULE', async () => {
    const dispute = await file();
    const consumerRejects = await run('rejectClaim', { disputeId: dispute.id, reason: 'I reject my own claim' }, consumer);
    expect(consumerRejects.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const merchantWithdraws = await run('withdrawClaim', { disputeId: dispute.id }, merchant);
    expect(merchantWithdraws.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const consumerEscalatesTooEarly = await run('escalate', { disputeId: dispute.id }, consumer);
    expect(consumerEscalatesTooEarly.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'ESCALATION_TOO_EARLY' });
  });

  it('an association acts under a mandate, on the consumer’s behalf, and is refused after revocation', async () => {
    const association = await actors.association('Association Consommateurs Lyon');
    const dispute = await file();
    const before = await run('postMessage', { disputeId: dispute.id, body: 'We represent the consumer' }, association);
    expect(before.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    must(await run('grantRepresentation', { disputeId: dispute.id, associationId: association.id }, consumer), 'grant');
    const acted = must(await run('postMessage', { disputeId: dispute.id, body: 'We represent the consumer' }, association), 'act').postMessage;
    expect(acted.messages).toEqual([{ body: 'We represent the consumer', onBehalfOf: consumer.id }]);

    must(await run('revokeRepresentation', { disputeId: dispute.id }, consumer), 'revoke');
    const after = await run('postMessage', { disputeId: dispute.id, body: 'Still here?' }, association);
    expect(after.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const read = await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: dispute.id }, association.token);
    expect(read.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const eventsBefore = await countEvents();
    const cases: Array<[Record<string, unknown>, string]> = [
      [phoneClaim(merchant.merchantId as string, { purchase: { ...phoneClaim('x').purchase, purchasedOn: '2025-02-30' } }), 'input.purchase.purchasedOn'],
      [phoneClaim(merchant.merchantId as string, { purchase: { ...phoneClaim('x').purchase, price: { amount: '-10', currency: 'EUR' } } }), 'input.purchase.price.amount'],
      [phoneClaim(merchant.merchantId as string, { purchase: { ...phoneClaim('x').purchase, price: { amount: '1e9', currency: 'EUR' } } }), 'input.purchase.price.amount'],
      [phoneClaim(merchant.merchantId as string, { product: { ...phoneClaim('x').product, name: '' } }), 'input.product.name'],
      [phoneClaim('not-a-uuid'), 'input.merchantId'],
    ];
    for (const [input, field] of cases) {
      const answer = await run('fileClaim', input, consumer);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((answer.errors?.[0].extensions?.fields as Array<{ field: string }>).map((f) => f.field)).toContain(field);
    }
    const unknownEnum = await run('fileClaim', phoneClaim(merchant.merchantId as string, { requestedRemedy: 'MONEY_BACK_TWICE' }), consumer);
    expect(unknownEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countEvents()).toBe(eventsBefore);
  });

  // Review of the journeys, finding 9: "" was reported twice, in the message and in extensions.fields.
  it('reports a blank text field once', async () => {
    const answer = await run('fileClaim', phoneClaim(merchant.merchantId as string, { product: { ...phoneClaim('x').product, name: '' } }), consumer);
    expect(answer.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'input.product.name', code: 'BLANK' })]);
    // Said once, in words: the path is for clients (extensions.fields), never in the person's message.
    expect(answer.errors?.[0].message).not.toMatch(/input\./);
    expect(answer.errors?.[0].message.match(/blank/g)).toHaveLength(1);
  });

  // Review of the journeys, finding 2: a claim against the all-zero id or a consumer's account was stored, awaiting nobody's answer.
  it('refuses a claim against a merchant that is not in the directory on input.merchantId, in French and English, and stores nothing', async () => {
    const eventsBefore = await countEvents();
    for (const merchantId of ['00000000-0000-0000-0000-000000000000', consumer.id, merchant.id]) {
      const answer = await run('fileClaim', phoneClaim(merchantId), consumer);
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.merchantId', message: 'is not a merchant' }] });
      const french = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${consumer.token}` },
        body: JSON.stringify({ query: 'mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }', variables: { input: phoneClaim(merchantId) } }),
      });
      const frAnswer = (await french.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
      expect(frAnswer.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.merchantId', message: 'n’est pas un professionnel' }] });
    }
    expect(await countEvents()).toBe(eventsBefore);
    // The merchant of the directory still gets its claim.
    expect((await file()).status).toBe('AWAITING_MERCHANT');
  });

  describe('versions counted over what each reader may read', () => {
    type Read = { dispute: { version: number; timeline: Array<{ version: number; type: string }> } };
    const read = async (id: string, as: Account) => must(await api.gql<Read>(`query($id: ID!) { dispute(id: $id) { version timeline { version type } } }`, { id }, as.token), 'read').dispute;
    const send = async (name: string, input: Record<string, unknown>, as: Account, inputType?: string) => must(await run(name, input, as, inputType), name)[name]!;
    const note = (disputeId: string, body: string) => api.gql(`mutation($input: AddInternalNoteInput!) { addInternalNote(input: $input) { version } }`, { input: { disputeId, body } }, merchant.token);

    /** A dispute in mediation: the mediator reads it, and each side may write to it alone. */
    async function inMediation(mediator: Account) {
      const admin = await actors.admin();
      const dispute = await file();
      await send('rejectClaim', { disputeId: dispute.id, reason: 'Damage caused by a third-party charger' }, merchant);
      await send('escalate', { disputeId: dispute.id, reason: 'I only used the original charger' }, consumer);
      await send('rejectClaim', { disputeId: dispute.id, reason: 'The supervisor confirms the refusal' }, merchant);
      await send('requestMediation', { disputeId: dispute.id, summary: 'Battery swelling within the legal guarantee' }, consumer);
      await send('assignMediator', { disputeId: dispute.id, mediatorId: mediator.id }, admin);
      await send('decideAdmissibility', { disputeId: dispute.id, admissible: true, reason: 'The merchant refused in writing twice' }, mediator);
      return dispute.id;
    }

    it('a word to the mediator alone moves neither the merchant’s version nor its timeline’s numbers; the merchant’s command with the version it saw succeeds, and is still refused after a shared event that changes its answer', async () => {
      const mediator = await actors.mediator();
      const id = await inMediation(mediator);
      const [byMerchant, byMediator, byConsumer] = [await read(id, merchant), await read(id, mediator), await read(id, consumer)];
      // Nothing kept from anyone yet: the three count alike, as the stream does.
      expect(byMediator.version).toBe(byMerchant.version);
      expect(byConsumer.version).toBe(byMerchant.version);

      await send('postMessage', { disputeId: id, body: 'Between us: I still have the receipt', visibility: 'CONSUMER_AND_MEDIATOR', expectedVersion: byConsumer.version }, consumer);
      await send('postMessage', { disputeId: id, body: 'Note to self', visibility: 'MEDIATOR_ONLY' }, mediator);
      expect((await read(id, merchant)).version).toBe(byMerchant.version);
      expect((await read(id, mediator)).version).toBe(byMediator.version + 2);
      expect((await read(id, consumer)).version).toBe(byConsumer.version + 1);

      // The merchant answers with the version it read: nothing it may read came since.
      const answered = await send('postMessage', { disputeId: id, body: 'We stand by our refusal', expectedVersion: byMerchant.version }, merchant);
      expect(answered.version).toBe(byMerchant.version + 1);
      const timeline = (await read(id, merchant)).timeline;
      expect(timeline.map((entry) => entry.version)).toEqual(timeline.map((_, i) => i));
      expect(timeline.at(-1)?.version).toBe(answered.version);

      // A shared event since the version it sent that changes its answer (the claim withdrawn: no more messages): CONFLICT, told in the merchant's count.
      await send('withdrawClaim', { disputeId: id, reason: 'Settled with the shop directly' }, consumer);
      const stale = await run('postMessage', { disputeId: id, body: 'Written on an old screen', expectedVersion: answered.version }, merchant);
      expect(stale.errors?.[0].extensions).toEqual({ code: 'CONFLICT', currentVersion: answered.version + 1 });
      expect(stale.errors?.[0].message).toBe(`The dispute changed since version ${answered.version}; it is now at version ${answered.version + 1}`);
      expect((await read(id, merchant)).version).toBe(answered.version + 1);
    });

    it('the merchant team’s note is not in the consumer’s version, in her dispute or in her list, nor the mediator’s; her command with the version she saw succeeds', async () => {
      const mediator = await actors.mediator();
      const id = await inMediation(mediator);
      const [before, byMediator] = [await read(id, consumer), await read(id, mediator)];
      const noted = await note(id, 'Goodwill possible if she insists');
      expect(noted.errors).toBeUndefined();
      expect((await read(id, consumer)).version).toBe(before.version);
      expect((await read(id, mediator)).version).toBe(byMediator.version);
      expect((await read(id, merchant)).version).toBe(before.version + 1);
      const LIST = `query { myDisputes(first: 100) { edges { node { id version } } } }`;
      const listed = must(await api.gql<{ myDisputes: { edges: Array<{ node: { id: string; version: number } }> } }>(LIST, {}, consumer.token), 'myDisputes');
      expect(listed.myDisputes.edges.find((edge) => edge.node.id === id)?.node.version).toBe(before.version);
      const answered = await send('postMessage', { disputeId: id, body: 'Any news?', expectedVersion: before.version }, consumer);
      expect(answered.version).toBe(before.version + 1);
    });
  });
});
