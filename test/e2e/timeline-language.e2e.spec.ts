import { must, phoneClaim, startWithCast, type Account, type TestApp } from '@recours/testing';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
type Timeline = { dispute: { timeline: Array<{ type: string; text: string }> } };

/** Issue 14: the timeline reads in the reader's language and names people, never their ids. */
describe('the timeline in the reader’s language', () => {
  let api: TestApp;
  let base: string;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;

  const timeline = async (query: string, headers: Record<string, string>) => {
    const answer = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${consumer.token}`, ...headers }, body: JSON.stringify({ query, variables: { id: disputeId } }) });
    const body = (await answer.json()) as { data: Timeline; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data.dispute.timeline;
  };

  beforeAll(async () => {
    let mediator: Account, admin: Account;
    ({ api, consumer, merchant, mediator, admin } = await startWithCast('timeline_language', {
      consumer: ['consumer', 'Claire Dupont'],
      merchant: ['merchant', 'Jean Vendeur'],
      mediator: ['mediator', 'Sophie Médiatrice'],
      admin: 'admin',
    }));
    base = api.url.replace(/\/graphql$/, '');
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: RejectClaimInput!) { rejectClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Dommage causé par un chargeur tiers' } }, merchant.token), 'reject');
    must(await api.gql(`mutation($input: RequestMediationInput!) { requestMediation(input: $input) { id } }`, { input: { disputeId, summary: 'Refus sans examen' } }, consumer.token), 'mediation');
    must(await api.gql(`mutation($input: AssignMediatorInput!) { assignMediator(input: $input) { id } }`, { input: { disputeId, mediatorId: mediator.id } }, admin.token), 'assign');
  }, 120_000); // an application start, five accounts and four commands: slow on a busy machine
  afterAll(async () => api?.close());

  it('with Accept-Language: fr, reads in French, naming the consumer, the merchant’s agent and the mediator, and shows no id', async () => {
    const entries = await timeline('query($id: ID!) { dispute(id: $id) { timeline { type text } } }', { 'accept-language': 'fr-FR,fr;q=0.9' });
    expect(entries.map((e) => e.type)).toEqual(['ClaimFiled', 'ClaimRejected', 'MediationRequested', 'MediatorAssigned']);
    const [filed, rejected, requested, assigned] = entries.map((e) => e.text);
    expect(filed).toMatch(/^Claire Dupont \(côté consommateur\) a déposé une réclamation pour le produit Samsung Galaxy A54/);
    expect(rejected).toMatch(/^Jean Vendeur \(Jean Vendeur .+\) a refusé la réclamation\u202f: «\u202fDommage causé par un chargeur tiers\u202f»\.$/);
    expect(requested).toMatch(/^Claire Dupont \(côté consommateur\) a demandé une médiation/);
    expect(assigned).toBe('La plateforme a désigné le médiateur Sophie Médiatrice.');
    for (const text of entries.map((e) => e.text)) expect(text).not.toMatch(UUID);
  });

  it('the field’s locale argument wins over Accept-Language; a client naming none reads English', async () => {
    const english = await timeline('query($id: ID!) { dispute(id: $id) { timeline(locale: en) { text } } }', { 'accept-language': 'fr' });
    expect(english[1].text).toMatch(/^Jean Vendeur \(Jean Vendeur .+\) rejected the claim: Dommage causé par un chargeur tiers\.$/);
    const none = await timeline('query($id: ID!) { dispute(id: $id) { timeline { text } } }', {});
    expect(none[3].text).toBe('The platform assigned mediator Sophie Médiatrice.');
  });

  it('the case file carries the timeline in the language asked for', async () => {
    const answer = await fetch(`${base}/disputes/${disputeId}/case-file.json?locale=fr`, { headers: { authorization: `Bearer ${consumer.token}` } });
    expect(answer.status).toBe(200);
    const file = (await answer.json()) as { dispute: { timeline: Array<{ text: string }> } };
    expect(file.dispute.timeline.map((e) => e.text)).toEqual((await timeline('query($id: ID!) { dispute(id: $id) { timeline(locale: fr) { text } } }', {})).map((e) => e.text));
    expect(file.dispute.timeline[3].text).toBe('La plateforme a désigné le médiateur Sophie Médiatrice.');
  });
});
