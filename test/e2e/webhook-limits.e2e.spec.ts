import { Client } from 'pg';
import { MAX_WEBHOOKS_PER_MERCHANT } from '@recours/notifications';
import { apiActors, must, startTestApp, type Account, type TestApp } from '@recours/testing';

type Registered = { registerWebhook: { secret: string; webhook: { id: string; url: string } } };
type FieldAnswer = { field: string; code: string; params: Record<string, unknown>; message: string };

describe("webhooks: one registration per URL, at most MAX_WEBHOOKS_PER_MERCHANT per merchant, even at once (real PostgreSQL)", () => {
  let api: TestApp;
  let shops = 0;
  const merchant = async (): Promise<Account> => apiActors(api).merchant(`HookShop${++shops}`);
  const register = (as: Account, url: string, events?: string[]) =>
    api.gql<Registered>(`mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret webhook { id url } } }`, { input: { url, ...(events && { events }) } }, as.token);
  const refusal = (answer: Awaited<ReturnType<typeof register>>): FieldAnswer => {
    expect(answer.data?.registerWebhook ?? null).toBeNull();
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = answer.errors![0].extensions!.fields as FieldAnswer[];
    expect(fields.map((f) => f.field)).toEqual(['input.url']);
    return fields[0];
  };
  // The sentence as each reader reads it (?locale=), French typeset.
  const wordsOfRefusal = async (as: Account, url: string) => {
    const words: Record<string, string> = {};
    for (const locale of ['en', 'fr']) {
      const answer = await fetch(`${api.url}?locale=${locale}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${as.token}` },
        body: JSON.stringify({ query: `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { secret } }`, variables: { input: { url } } }),
      });
      const body = (await answer.json()) as { errors: Array<{ extensions: { fields: FieldAnswer[] } }> };
      words[locale] = body.errors[0].extensions.fields[0].message;
    }
    return words;
  };
  const stored = async (as: Account) =>
    api.database.query<{ url: string; events: string[] | null; deleted: boolean }>(
      `SELECT url, events, deleted_at IS NOT NULL AS deleted FROM notifications.webhooks WHERE merchant_id = $1 ORDER BY created_at, id`,
      [as.merchantId],
    );
  const active = async (as: Account) => (await stored(as)).filter((row) => !row.deleted);

  beforeAll(async () => {
    api = await startTestApp('webhook_limits');
  });
  afterAll(async () => {
    await api?.close();
  });

  it('a URL the merchant already has, however it is written, is refused on the field in French and English; nothing stored; free again once deleted', async () => {
    const shop = await merchant();
    const first = must(await register(shop, 'https://helpdesk.hook-shop.test/recours'), 'register').registerWebhook;
    // A trailing dot names the same host (a fully qualified name): the same endpoint, its events twice.
    for (const again of ['https://helpdesk.hook-shop.test/recours', ' HTTPS://Helpdesk.HOOK-shop.test:443/recours ', 'https://helpdesk.hook-shop.test./recours']) {
      const problem = refusal(await register(shop, again, ['CLAIM_FILED']));
      expect(problem.code).toBe('ALREADY_REGISTERED');
      expect(await wordsOfRefusal(shop, again)).toEqual({
        en: 'is already registered: it receives your events once, a second registration would receive each one twice',
        fr: 'figure déjà parmi vos webhooks\u202f: vos événements y sont envoyés une fois, une seconde inscription les y enverrait deux fois',
      });
    }
    expect(await stored(shop)).toEqual([{ url: 'https://helpdesk.hook-shop.test/recours', events: null, deleted: false }]);
    // Another merchant may register the same URL (a shared helpdesk), and a different path is another endpoint.
    must(await register(await merchant(), 'https://helpdesk.hook-shop.test/recours'), 'other merchant');
    must(await register(shop, 'https://helpdesk.hook-shop.test/recours/v2'), 'other path');
    must(await api.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: first.webhook.id }, shop.token), 'delete');
    const back = must(await register(shop, 'HTTPS://HELPDESK.hook-shop.test/recours'), 'again after delete').registerWebhook;
    // Kept as the validation reads it: what is compared is what is shown.
    expect(back.webhook.url).toBe('https://helpdesk.hook-shop.test/recours');
  });

  it('a URL already registered with a trailing dot on its host is that same URL', async () => {
    const shop = await merchant();
    must(await register(shop, 'https://helpdesk.hook-shop.test./recours'), 'register');
    expect(refusal(await register(shop, 'https://helpdesk.hook-shop.test/recours')).code).toBe('ALREADY_REGISTERED');
    expect((await stored(shop)).map((row) => row.url)).toEqual(['https://helpdesk.hook-shop.test./recours']);
  });

  it('a URL written with other percent-escapes of the same characters (%68ook is hook, %7e is ~, %2f is %2F) is that same URL; stored as the merchant typed it; an escaped reserved character (%2F, not /) is another URL', async () => {
    const shop = await merchant();
    must(await register(shop, 'https://helpdesk.hook-shop.test/%68ook/%7eteam%2fa'), 'register');
    for (const again of ['https://helpdesk.hook-shop.test/hook/~team%2Fa', 'https://helpdesk.hook-shop.test/%68%6F%6Fk/%7Eteam%2Fa'])
      expect({ again, code: refusal(await register(shop, again)).code }).toEqual({ again, code: 'ALREADY_REGISTERED' });
    expect(await stored(shop)).toEqual([{ url: 'https://helpdesk.hook-shop.test/%68ook/%7eteam%2fa', events: null, deleted: false }]);
    must(await register(shop, 'https://helpdesk.hook-shop.test/hook/~team/a'), 'a path segment more');
    expect(await active(shop)).toHaveLength(2);
  });

  it('a URL short as typed but longer than 2,000 characters as stored (é is kept as %C3%A9) is refused on the field in French and English; nothing stored', async () => {
    const shop = await merchant();
    const url = `https://hooks.hook-shop.test/${'é'.repeat(400)}`;
    expect(url.length).toBeLessThan(2000);
    expect(new URL(url).href.length).toBeGreaterThan(2000);
    expect(refusal(await register(shop, url))).toMatchObject({ code: 'TOO_LONG', params: { max: 2000 } });
    expect(await wordsOfRefusal(shop, url)).toEqual({ en: 'must be at most 2000 characters', fr: 'doit comporter au plus 2\u202f000 caractères' });
    expect(await stored(shop)).toEqual([]);
  });

  it(`the ${MAX_WEBHOOKS_PER_MERCHANT + 1}th is refused on the field, saying the limit and to delete one; nothing stored; a deletion makes room`, async () => {
    const shop = await merchant();
    const ids: string[] = [];
    for (let n = 1; n <= MAX_WEBHOOKS_PER_MERCHANT; n++) ids.push(must(await register(shop, `https://hooks.hook-shop.test/${n}`), `register ${n}`).registerWebhook.webhook.id);
    const problem = refusal(await register(shop, 'https://hooks.hook-shop.test/one-too-many'));
    expect(problem).toMatchObject({ code: 'TOO_MANY_WEBHOOKS', params: { max: MAX_WEBHOOKS_PER_MERCHANT } });
    expect(await wordsOfRefusal(shop, 'https://hooks.hook-shop.test/one-too-many')).toEqual({
      en: `cannot be added: a merchant has at most ${MAX_WEBHOOKS_PER_MERCHANT} webhooks; delete one you no longer use, then add this one`,
      fr: `ne peut pas s’ajouter\u202f: un professionnel a au plus ${MAX_WEBHOOKS_PER_MERCHANT} webhooks\u202f; supprimez-en un dont vous ne vous servez plus, puis ajoutez cette adresse`,
    });
    expect(await active(shop)).toHaveLength(MAX_WEBHOOKS_PER_MERCHANT);
    expect((await stored(shop)).some((row) => row.url.endsWith('one-too-many'))).toBe(false);
    must(await api.gql(`mutation($id: ID!) { deleteWebhook(id: $id) }`, { id: ids[0] }, shop.token), 'delete');
    must(await register(shop, 'https://hooks.hook-shop.test/one-too-many'), 'after a deletion');
    expect(await active(shop)).toHaveLength(MAX_WEBHOOKS_PER_MERCHANT);
  });

  it('registrations at once: the same URL is stored once, and never more than the limit', async () => {
    const shop = await merchant();
    const same = await Promise.all(Array.from({ length: 6 }, () => register(shop, 'https://helpdesk.hook-shop.test/at-once')));
    expect(same.filter((answer) => answer.data?.registerWebhook).length).toBe(1);
    expect(same.filter((answer) => !answer.data?.registerWebhook).map((answer) => refusal(answer).code)).toEqual(Array(5).fill('ALREADY_REGISTERED'));
    expect(await stored(shop)).toHaveLength(1);

    const busy = await merchant();
    const many = await Promise.all(Array.from({ length: MAX_WEBHOOKS_PER_MERCHANT + 5 }, (_, n) => register(busy, `https://hooks.hook-shop.test/at-once/${n}`)));
    expect(many.filter((answer) => answer.data?.registerWebhook).length).toBe(MAX_WEBHOOKS_PER_MERCHANT);
    expect(many.filter((answer) => !answer.data?.registerWebhook).map((answer) => refusal(answer).code)).toEqual(Array(5).fill('TOO_MANY_WEBHOOKS'));
    expect(await stored(busy)).toHaveLength(MAX_WEBHOOKS_PER_MERCHANT);
  });

  it('twins stored before the rule are kept and still listed (which secret her receiver checks is unknown); another copy of one is refused', async () => {
    const shop = await merchant();
    const client = new Client({ connectionString: api.database.url });
    await client.connect();
    try {
      const insert = (url: string, at: string) =>
        client.query(`INSERT INTO notifications.webhooks (id, merchant_id, url, events, secret, created_by, created_at) VALUES (gen_random_uuid(), $1, $2, NULL, 'v1.x', $1, $3)`, [shop.merchantId, url, at]);
      await insert('https://a.hook-shop.test/', '2026-01-01');
      await insert('https://a.hook-shop.test/', '2026-01-02');
    } finally {
      await client.end();
    }
    expect(refusal(await register(shop, 'https://A.hook-shop.test:443/')).code).toBe('ALREADY_REGISTERED');
    expect(await active(shop)).toHaveLength(2);
    const listed = must(await api.gql<{ webhooks: Array<{ url: string }> }>(`{ webhooks { url } }`, {}, shop.token), 'webhooks').webhooks;
    expect(listed.map((hook) => hook.url)).toEqual(['https://a.hook-shop.test/', 'https://a.hook-shop.test/']);
  });
});
