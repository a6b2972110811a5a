import { apiActors, must, phoneClaim, startWithParties, type Account, type TestApp } from '@recours/testing';

const DISPUTE = `id version status whoseTurn availableActions offers { id remedy status by } timeline { type text } closure { outcome nextSteps { kind text } } feedback { rating }`;
type Dispute = {
  id: string;
  version: number;
  status: string;
  whoseTurn: string;
  availableActions: string[];
  offers: Array<{ id: string; remedy: string; status: string; by: string }>;
  timeline: Array<{ type: string; text: string }>;
  closure: { outcome: string; nextSteps: Array<{ kind: string; text: string }> } | null;
  feedback: { rating: number } | null;
};

describe('dispute journeys through the GraphQL API', () => {
  let api: TestApp;
  let actors: ReturnType<typeof apiActors>;
  let consumer: Account;
  let merchant: Account;

  const mutate = async (name: string, input: Record<string, unknown>, as: Account, inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`): Promise<Dispute> => {
    const answer = await api.gql<Record<string, Dispute>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${DISPUTE} } }`, { input }, as.token);
    return must(answer, name)[name];
  };
  const tryMutate = (name: string, input: Record<string, unknown>, as: Account | null, inputType = `${name[0].toUpperCase()}${name.slice(1)}Input`) =>
    api.gql<Record<string, Dispute>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { id } }`, { input }, as?.token);

  beforeAll(async () => {
    ({ api, actors, consumer, merchant } = await startWithParties('journeys'));
  });
  afterAll(() => api.close());

  it('claim → offer → accept → remedy fulfilled → feedback', async () => {
    const filed = await mutate('fileClaim', phoneClaim(merchant.merchantId as string), consumer);
    expect(filed).toMatchObject({ version: 0, status: 'AWAITING_MERCHANT', whoseTurn: 'MERCHANT' });
    expect(filed.availableActions).toEqual(expect.arrayContaining(['withdrawClaim', 'postMessage']));
    expect(filed.availableActions).not.toContain('acceptOffer');

    const offered = await mutate('makeOffer', { disputeId: filed.id, remedy: 'REPLACEMENT', daysToCarryOut: 15, terms: 'Same model, new, shipped free of charge' }, merchant);
    expect(offered.offers).toEqual([{ id: expect.any(String), remedy: 'REPLACEMENT', status: 'LIVE', by: 'MERCHANT' }]);
    expect(offered.status).toBe('AWAITING_CONSUMER');

    const asConsumer = must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${DISPUTE} } }`, { id: filed.id }, consumer.token), 'dispute').dispute;
    expect(asConsumer.availableActions).toEqual(expect.arrayContaining(['acceptOffer', 'rejectOffer', 'makeOffer']));

    // Journeys review, finding 14: an offer not on the dispute is named on its field, as a malformed id is, with the rule clients know.
    const unknown = await tryMutate('acceptOffer', { disputeId: filed.id, offerId: '00000000-0000-0000-0000-000000000000' }, consumer, 'OfferAnswerInput');
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'DOMAIN_RULE',
      rule: 'OFFER_NOT_FOUND',
      fields: [{ field: 'input.offerId', code: 'OFFER_NOT_FOUND', message: 'there is no such offer on this dispute' }],
    });

    const accepted = await mutate('acceptOffer', { disputeId: filed.id, offerId: offered.offers[0].id }, consumer, 'OfferAnswerInput');
    expect(accepted.status).toBe('AGREED');
    expect(accepted.offers[0].status).toBe('ACCEPTED');

    const fulfilled = await mutate('confirmRemedy', { disputeId: filed.id, fulfilled: true, note: 'New phone received' }, consumer);
    expect(fulfilled.status).toBe('RESOLVED');
    expect(fulfilled.availableActions).toEqual(['leaveFeedback']);

    // Her address not confirmed yet: a rating would weigh on the merchant's public average by
    // that confirmation, which the merchant would then read from it (docs/privacy.md, "Public figures").
    const RATE = `mutation($input: LeaveFeedbackInput!) { leaveFeedback(input: $input) { id } }`;
    const inLanguage = async (language: string) => {
      const response = await fetch(api.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language, authorization: `Bearer ${consumer.token}` },
        body: JSON.stringify({ query: RATE, variables: { input: { disputeId: filed.id, rating: 5, comment: 'Quick and fair' } } }),
      });
      return (await response.json()) as { data?: { leaveFeedback: unknown } | null; errors?: Array<{ message: string; extensions: Record<string, unknown> }> };
    };
    const [fr, en] = [await inLanguage('fr'), await inLanguage('en')];
    for (const answer of [fr, en]) {
      expect(answer.data?.leaveFeedback ?? null).toBeNull();
      expect(answer.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'ADDRESS_NOT_CONFIRMED' });
    }
    expect(en.errors?.[0].message).toMatch(/^a rating needs a confirmed e-mail address: open the link of the confirmation e-mail .*sent again/);
    expect(fr.errors?.[0].message).toMatch(/^une note demande une adresse e-mail confirmée\u202f: ouvrez le lien de l’e-mail de confirmation .*renvoyé/);
    // Nothing stored: the same version, no feedback, no event.
    const unrated = must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${DISPUTE} } }`, { id: filed.id }, consumer.token), 'dispute').dispute;
    expect(unrated).toMatchObject({ version: fulfilled.version, feedback: null, availableActions: ['leaveFeedback'] });
    expect(unrated.timeline.map((t) => t.type)).not.toContain('FeedbackGiven');
    await actors.confirmAddress(consumer);

    const rated = await mutate('leaveFeedback', { disputeId: filed.id, rating: 5, comment: 'Quick and fair' }, consumer);
    expect(rated.feedback).toEqual({ rating: 5 });
    expect(rated.timeline.map((t) => t.type)).toEqual(['ClaimFiled', 'OfferMade', 'OfferAccepted', 'RemedyFulfilled', 'DisputeClosed', 'FeedbackGiven']);
    const again = await tryMutate('leaveFeedback', { disputeId: filed.id, rating: 1 }, consumer);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'FEEDBACK_ALREADY_GIVEN' });
  });

  it('ids typed in capitals in a mutation’s input name the same dispute and offer: the commands succeed and are recorded on that dispute, not another', async () => {
    const mine = await mutate('fileClaim', phoneClaim(merchant.merchantId as string), consumer);
    const other = await mutate('fileClaim', phoneClaim(merchant.merchantId as string), consumer);
    const CAPITALS = mine.id.toUpperCase();
    expect(CAPITALS).not.toBe(mine.id);

    const told = await mutate('postMessage', { disputeId: CAPITALS, body: 'Message sent with the id in capitals', commandId: `Capitals-${CAPITALS}` }, consumer);
    expect({ id: told.id, version: told.version }).toEqual({ id: mine.id, version: mine.version + 1 });
    const offered = await mutate('makeOffer', { disputeId: CAPITALS, remedy: 'REPAIR', daysToCarryOut: 10 }, merchant);
    expect(offered.id).toBe(mine.id);
    const accepted = await mutate('acceptOffer', { disputeId: CAPITALS, offerId: offered.offers[0]!.id.toUpperCase() }, consumer, 'OfferAnswerInput');
    expect({ id: accepted.id, status: accepted.status, offers: accepted.offers.map((o) => o.status) }).toEqual({ id: mine.id, status: 'AGREED', offers: ['ACCEPTED'] });

    const read = async (id: string) => must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${DISPUTE} } }`, { id }, consumer.token), 'dispute').dispute;
    const [onMine, onOther] = [await read(mine.id), await read(other.id)];
    expect(onMine.version).toBe(mine.version + 3);
    expect(onMine.timeline.map((e) => e.type)).toEqual(['ClaimFiled', 'MessagePosted', 'OfferMade', 'OfferAccepted']);
    expect({ version: onOther.version, timeline: onOther.timeline.map((e) => e.type) }).toEqual({ version: other.version, timeline: other.timeline.map((e) => e.type) });
  });

  it('claim → rejected → escalate → mediation → settlement accepted', async () => {
    const mediator = await actors.mediator();
    const admin = await actors.admin();
    const filed = await mutate('fileClaim', phoneClaim(merchant.merchantId as string), consumer);
    const tooEarly = await tryMutate('requestMediation', { disputeId: filed.id }, consumer);
    expect(tooEarly.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'MEDIATION_TOO_EARLY' });

    const rejected = await mutate('rejectClaim', { disputeId: filed.id, reason: 'Damage caused by a third-party charger' }, merchant);
    expect(rejected.status).toBe('REJECTED');
    const escalated = await mutate('escalate', { disputeId: filed.id, reason: 'I only used the original charger' }, consumer);
    expect(escalated.status).toBe('ESCALATED');
    await mutate('rejectClaim', { disputeId: filed.id, reason: 'The supervisor confirms the refusal' }, merchant);
    const requested = await mutate('requestMediation', { disputeId: filed.id, summary: 'Battery swelling within the legal guarantee' }, consumer);
    expect(requested.status).toBe('MEDIATION_REQUESTED');

    // The mediator cannot see the case before it is assigned to it.
    const hidden = await api.gql(`query($id: ID!) { dispute(id: $id) { id } }`, { id: filed.id }, mediator.token);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    await mutate('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
    const admissible = await mutate('decideAdmissibility', { disputeId: filed.id, admissible: true, reason: 'The merchant refused in writing twice' }, mediator);
    expect(admissible.status).toBe('IN_MEDIATION');
    const proposal = must(
      await api.gql<{ proposeSettlement: { mediation: { settlements: Array<{ id: string }> } } }>(
        `mutation($input: ProposeSettlementInput!) { proposeSettlement(input: $input) { mediation { settlements { id } } } }`,
        { input: { disputeId: filed.id, remedy: 'REPAIR', daysToCarryOut: 20, terms: 'Battery replaced free of charge, shipping paid by the merchant' } },
        mediator.token,
      ),
      'proposeSettlement',
    );
    const settlementId = proposal.proposeSettlement.mediation.settlements[0].id;
    const unknown = await tryMutate('acceptSettlement', { disputeId: filed.id, settlementId: '00000000-0000-0000-0000-000000000000' }, consumer, 'SettlementAnswerInput');
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'DOMAIN_RULE',
      rule: 'SETTLEMENT_NOT_FOUND',
      fields: [{ field: 'input.settlementId', code: 'SETTLEMENT_NOT_FOUND', message: 'there is no such settlement in this mediation' }],
    });
    await mutate('acceptSettlement', { disputeId: filed.id, settlementId }, consumer, 'SettlementAnswerInput');
    const agreed = await mutate('acceptSettlement', { disputeId: filed.id, settlementId }, merchant, 'SettlementAnswerInput');
    expect(agreed.status).toBe('AGREED');
  });

  it('claim → counter-offer → offer rejected → mediation → admissibility → settlement rejected → unresolved with next steps', async () => {
    const mediator = await actors.mediator();
    const admin = await actors.admin();
    const filed = await mutate('fileClaim', phoneClaim(merchant.merchantId as string, { requestedRemedy: 'REFUND' }), consumer);
    const offered = await mutate('makeOffer', { disputeId: filed.id, remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair at our service centre' }, merchant);
    const countered = await mutate('makeOffer', { disputeId: filed.id, remedy: 'REPLACEMENT', daysToCarryOut: 10, terms: 'A new phone instead' }, consumer);
    expect(countered.offers.map((o) => o.by)).toEqual(['MERCHANT', 'CONSUMER']);
    const counterId = countered.offers.find((o) => o.by === 'CONSUMER')?.id as string;
    await mutate('rejectOffer', { disputeId: filed.id, offerId: counterId, reason: 'Replacement is disproportionate' }, merchant);
    await mutate('rejectOffer', { disputeId: filed.id, offerId: offered.offers[0].id, reason: 'A third repair is not acceptable' }, consumer);
    await mutate('requestMediation', { disputeId: filed.id }, consumer);
    await mutate('assignMediator', { disputeId: filed.id, mediatorId: mediator.id }, admin);
    await mutate('decideAdmissibility', { disputeId: filed.id, admissible: true, reason: 'Complete file' }, mediator);
    const proposed = must(
      await api.gql<{ proposeSettlement: { mediation: { settlements: Array<{ id: string }> } } }>(
        `mutation($input: ProposeSettlementInput!) { proposeSettlement(input: $input) { mediation { settlements { id } } } }`,
        { input: { disputeId: filed.id, remedy: 'PRICE_REDUCTION', amount: { amount: '120.00', currency: 'EUR' }, terms: 'A partial refund of 120 EUR' } },
        mediator.token,
      ),
      'proposeSettlement',
    );
    const settlementId = proposed.proposeSettlement.mediation.settlements[0].id;
    await mutate('rejectSettlement', { disputeId: filed.id, settlementId, reason: 'Too little for a phone that does not work' }, consumer, 'RejectSettlementInput');
    const closed = await mutate(
      'closeDispute',
      { disputeId: filed.id, outcome: 'UNRESOLVED', nextSteps: [{ kind: 'SMALL_CLAIMS', text: 'Claims up to EUR 5,000: tribunal judiciaire, simplified procedure' }] },
      mediator,
    );
    expect(closed.status).toBe('UNRESOLVED');
    expect(closed.closure?.nextSteps).toEqual([{ kind: 'SMALL_CLAIMS', text: 'Claims up to EUR 5,000: tribunal judiciaire, simplified procedure' }]);
  });
});
