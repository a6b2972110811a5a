import { must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';

type Passages = {
  dispute: {
    problem: { description: string; language: string | null };
    messages: Array<{ body: string; language: string | null }>;
    offers: Array<{ terms: string; language: string | null }>;
    evidence: Array<{ name: string; language: string | null }>;
  };
};

/**
 * Issue 22 item 10: people's own words are shown as written, in the reader's page; each passage
 * says the language its author writes in, so that a page in another language marks it (HTML lang).
 */
describe('the language of people’s own words', () => {
  let api: TestApp;
  let consumer: Account;
  let merchant: Account;
  let disputeId: string;

  const signUp = async (role: 'CONSUMER' | 'MERCHANT', displayName: string, locale: 'fr' | 'en'): Promise<Account> => {
    const answer = must(
      await api.gql<{ signUp: { token: string; user: { id: string; merchantId: string | null } } }>(`mutation($input: SignUpInput!) { signUp(input: $input) { token user { id merchantId } } }`, {
        input: { role, displayName, locale, email: `${locale}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`, password: 'Correct-Horse-42', ...(role === 'MERCHANT' ? { merchantName: `Gadgets ${Date.now()}` } : {}) },
      }),
      `signUp ${displayName}`,
    );
    return { token: answer.signUp.token, id: answer.signUp.user.id, merchantId: answer.signUp.user.merchantId };
  };

  beforeAll(async () => {
    api = await startTestApp('passage_language');
    consumer = await signUp('CONSUMER', 'Claire Dupont', 'fr');
    merchant = await signUp('MERCHANT', 'John Smith', 'en');
    disputeId = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'file').fileClaim.id;
    must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'We will look into it this week.' } }, merchant.token), 'merchant message');
    must(await api.gql(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Merci, j’attends votre réponse.' } }, consumer.token), 'consumer message');
    must(await api.gql(`mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`, { input: { disputeId, remedy: 'REPAIR', terms: 'Free repair at our service centre' } }, merchant.token), 'offer');
  }, 120_000);
  afterAll(async () => api?.close());

  it('each passage carries its author’s language, whatever the reader’s', async () => {
    const query = `query($id: ID!) { dispute(id: $id) { problem { description language } messages { body language } offers { terms language } evidence { name language } } }`;
    for (const reader of [consumer, merchant]) {
      const { dispute } = must(await api.gql<Passages>(query, { id: disputeId }, reader.token), 'dispute');
      expect(dispute.problem.language).toBe('fr');
      expect(dispute.messages.map((m) => [m.body, m.language])).toEqual([
        ['We will look into it this week.', 'en'],
        ['Merci, j’attends votre réponse.', 'fr'],
      ]);
      expect(dispute.offers.map((o) => [o.terms, o.language])).toEqual([['Free repair at our service centre', 'en']]);
    }
  });

  it('the timeline’s French sentences name the words they quote and their author’s language', async () => {
    const answer = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${consumer.token}`, 'accept-language': 'fr' },
      body: JSON.stringify({ query: `query($id: ID!) { dispute(id: $id) { timeline { type text quoted quotedLanguage } } }`, variables: { id: disputeId } }),
    });
    const { data } = (await answer.json()) as { data: { dispute: { timeline: Array<{ type: string; text: string; quoted: string[]; quotedLanguage: string | null }> } } };
    const quoting = data.dispute.timeline.filter((entry) => entry.quoted.length > 0);
    expect(quoting.map(({ type, quoted, quotedLanguage }) => ({ type, quoted, quotedLanguage }))).toEqual([
      { type: 'MessagePosted', quoted: ['We will look into it this week.'], quotedLanguage: 'en' },
      { type: 'MessagePosted', quoted: ['Merci, j’attends votre réponse.'], quotedLanguage: 'fr' },
      { type: 'OfferMade', quoted: ['Free repair at our service centre'], quotedLanguage: 'en' },
    ]);
    for (const entry of quoting) for (const words of entry.quoted) expect(entry.text).toContain(words);
  });
});
