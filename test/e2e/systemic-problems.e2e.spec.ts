import { Client } from 'pg';
import { Clock } from '@recours/clock';
import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { DisputeAccessLog } from '../../apps/api/src/privacy/dispute-access-log';

// A dozen accounts and claims through the API before the first test: slow on a loaded machine.
jest.setTimeout(180_000);

const PROBLEMS = `query($minMembers: Int) { systemicProblems(minMembers: $minMembers) {
  accentsIgnored trigramsUsed
  problems { groupId merchantId merchant { name } category defect members claims merchantMembers months { month claims members } disputeIds } } }`;
type Problems = {
  systemicProblems: {
    accentsIgnored: boolean;
    trigramsUsed: boolean;
    problems: Array<{ groupId: string; merchantId: string; merchant: { name: string }; category: string; defect: string; members: number; claims: number; merchantMembers: number; months: Array<{ month: string; claims: number; members: number }>; disputeIds: string[] }>;
  };
};

/** The real time, or shifted by `offset` ms: a test moves to 23:30 UTC (already tomorrow in Paris) while time still runs. */
class ShiftedClock extends Clock {
  offset = 0;
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

describe('systemic problems: an association’s members’ claims grouped by merchant, category and defect', () => {
  const clock = new ShiftedClock();
  let api: TestApp;
  let base: string;
  let ufc: Account;
  let clcv: Account;
  let shop: Account;
  let battery: string[];
  let screen: string;
  let clcvBattery: string;

  const file = async (as: Account, merchant: Account, description: string, category = 'Smartphone') =>
    must(
      await api.gql<{ fileClaim: { id: string } }>(
        `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`,
        { input: phoneClaim(merchant.merchantId as string, { product: { ...phoneClaim('').product, category }, problem: { ...phoneClaim('').problem, description } }) },
        as.token,
      ),
      'fileClaim',
    ).fileClaim.id;
  const mandate = async (disputeId: string, consumer: Account, association: Account) =>
    must(await api.gql(`mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`, { input: { disputeId, associationId: association.id } }, consumer.token), 'grantRepresentation');

  beforeAll(async () => {
    api = await startTestApp('systemic_problems', {}, { clock });
    base = api.url.replace(/\/graphql$/, '');
    const actors = apiActors(api);
    [ufc, clcv] = [await actors.association('UFC Test'), await actors.association('CLCV Test')];
    shop = await actors.merchant('Battery Phones');
    const otherShop = await actors.merchant('Other Phones');
    const [anne, bruno, chloe, dora] = [await actors.consumer('Anne'), await actors.consumer('Bruno'), await actors.consumer('Chloé'), await actors.consumer('Dora')];
    // Three UFC members, one battery defect told three ways, against one merchant.
    battery = [
      await file(anne, shop, 'La batterie ne tient plus la charge après deux mois'),
      await file(bruno, shop, 'Batterie qui se décharge très vite, ne tient pas la charge', ' smartphone'),
      await file(chloe, shop, 'LA BATTERIE NE TIENT PLUS LA CHARGE, le telephone s’eteint tout seul'),
    ];
    for (const [i, who] of [anne, bruno, chloe].entries()) await mandate(battery[i], who, ufc);
    // Another defect of the same phone, and the same defect against another merchant: other groups.
    screen = await file(anne, shop, 'L’écran est fissuré depuis la livraison');
    await mandate(screen, anne, ufc);
    await mandate(await file(bruno, otherShop, 'La batterie ne tient plus la charge'), bruno, ufc);
    // CLCV's member, same defect, same merchant: CLCV's alone. Dora alone mandates nobody.
    clcvBattery = await file(dora, shop, 'La batterie ne tient plus la charge du tout');
    await mandate(clcvBattery, dora, clcv);
    await file(dora, shop, 'La batterie ne tient plus la charge, encore');
  });
  afterAll(() => api?.close());

  it('groups similar defects of several members against one merchant, most members first, by month', async () => {
    const { systemicProblems } = must(await api.gql<Problems>(PROBLEMS, {}, ufc.token), 'systemicProblems');
    expect(systemicProblems).toMatchObject({ accentsIgnored: true, trigramsUsed: true });
    const [first, ...rest] = systemicProblems.problems;
    expect(first).toMatchObject({ merchantId: shop.merchantId, category: 'Smartphone', defect: 'La batterie ne tient plus la charge après deux mois', members: 3, claims: 3, merchantMembers: 3 });
    expect(first.merchant.name).toMatch(/^Battery Phones /);
    expect([...first.disputeIds].sort()).toEqual([...battery].sort());
    expect(first.months).toEqual([{ month: expect.stringMatching(/^\d{4}-\d{2}$/), claims: 3, members: 3 }]);
    expect(rest.map((p) => [p.disputeIds.length, p.members])).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(rest.flatMap((p) => p.disputeIds)).toContain(screen);
    expect(must(await api.gql<Problems>(PROBLEMS, { minMembers: 2 }, ufc.token), 'at least 2').systemicProblems.problems.map((p) => p.members)).toEqual([3]);
  });

  it('shows another association only its own members’ claims, none of the first one’s', async () => {
    const { problems } = must(await api.gql<Problems>(PROBLEMS, {}, clcv.token), 'systemicProblems').systemicProblems;
    expect(problems.map((p) => p.disputeIds)).toEqual([[clcvBattery]]);
    expect(problems.flatMap((p) => p.disputeIds).filter((id) => battery.includes(id) || id === screen)).toEqual([]);
  });

  it('is for associations only, and names a bad minMembers', async () => {
    const consumer = await apiActors(api).consumer('Eve');
    expect((await api.gql(PROBLEMS, {}, consumer.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(PROBLEMS, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const bad = (await api.gql(PROBLEMS, { minMembers: 0 }, ufc.token)).errors?.[0];
    expect(bad?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'minMembers', code: 'NOT_IN_RANGE' }] });
  });

  it('exports the same groups as CSV, one row per group and month, with the association’s token only', async () => {
    const answer = await fetch(`${base}/association/systemic-problems.csv`, { headers: { authorization: `Bearer ${ufc.token}` } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename="?systemic-problems-\d{4}-\d{2}-\d{2}\.csv"?$/);
    const bytes = Buffer.from(await answer.arrayBuffer());
    // A byte-order mark (which fetch's text() drops), so that spreadsheets read the accents.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...lines] = bytes.subarray(3).toString('utf8').trim().split('\n');
    // Headers in the reader's language (English when she names none); no id in any cell.
    expect(header).toBe('Group,Merchant,Category,Defect (first description),Members concerned,Claims,Members against this merchant (all problems),First claim filed on,Last claim filed on,Month,Claims that month,Members that month');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^1,[^,]+,Smartphone,La batterie ne tient plus la charge après deux mois,3,3,3,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2},\d{4}-\d{2},\d+,\d+$/);
    expect(lines.join('\n')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/);
    const french = await (await fetch(`${base}/association/systemic-problems.csv`, { headers: { authorization: `Bearer ${ufc.token}`, 'accept-language': 'fr' } })).text();
    expect(french.split('\n')[0]).toMatch(/^Groupe;Professionnel;Catégorie;Défaut \(première description\);/);
    // CLCV's member's claim (which the CSV names by its defect, not its id) is not UFC's to see.
    expect(lines.join('\n')).not.toContain('la charge du tout');

    const clcvCsv = await (await fetch(`${base}/association/systemic-problems.csv`, { headers: { authorization: `Bearer ${clcv.token}` } })).text();
    expect(clcvCsv.trim().split('\n')).toHaveLength(2);
    expect(clcvCsv).toContain(',La batterie ne tient plus la charge du tout,');
    expect(clcvCsv).not.toContain(clcvBattery);
    expect((await fetch(`${base}/association/systemic-problems.csv`)).status).toBe(401);
    expect((await fetch(`${base}/association/systemic-problems.csv`, { headers: { authorization: `Bearer ${shop.token}` } })).status).toBe(403);
    expect((await fetch(`${base}/association/systemic-problems.csv?minMembers=abc`, { headers: { authorization: `Bearer ${ufc.token}` } })).status).toBe(400);
    expect((await (await fetch(`${base}/association/systemic-problems.csv?minMembers=2`, { headers: { authorization: `Bearer ${ufc.token}` } })).text()).trim().split('\n')).toHaveLength(2);
  });

  it('refuses the CSV in the reader’s language, with the status of each refusal, and a fault is not a refusal', async () => {
    const csv = async (headers: Record<string, string>, query = '') => {
      const answer = await fetch(`${base}/association/systemic-problems.csv${query}`, { headers });
      return { status: answer.status, error: ((await answer.json()) as { error: { code: string; message: string; fields?: Array<{ field: string; code: string; message: string }> } }).error };
    };
    // The same words as the GraphQL field's refusals, French or English as asked.
    const graphqlForbidden = async (language: string) =>
      (await (await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${shop.token}`, 'accept-language': language }, body: JSON.stringify({ query: PROBLEMS }) })).json()) as { errors: Array<{ message: string }> };
    const anonymousFr = await csv({ 'accept-language': 'fr-FR,fr;q=0.9' });
    const anonymousEn = await csv({ 'accept-language': 'en' });
    expect(anonymousFr).toEqual({ status: 401, error: { code: 'UNAUTHENTICATED', message: 'Connectez-vous pour faire cela' } });
    expect(anonymousEn).toEqual({ status: 401, error: { code: 'UNAUTHENTICATED', message: 'Sign in to do this' } });
    const merchantFr = await csv({ authorization: `Bearer ${shop.token}`, 'accept-language': 'fr' });
    expect(merchantFr).toMatchObject({ status: 403, error: { code: 'FORBIDDEN' } });
    expect(merchantFr.error.message).toBe((await graphqlForbidden('fr')).errors[0].message);
    expect((await csv({ authorization: `Bearer ${shop.token}` })).error.message).toBe((await graphqlForbidden('en')).errors[0].message);
    expect(merchantFr.error.message).not.toBe((await graphqlForbidden('en')).errors[0].message);
    // A forged token: UNAUTHENTICATED, in French.
    expect(await csv({ authorization: 'Bearer not-a-token', 'accept-language': 'fr' })).toMatchObject({ status: 401, error: { code: 'UNAUTHENTICATED', message: expect.not.stringMatching(/\b(the|token|sign)\b/i) } });
    // A bad minMembers names the field, in French.
    const bad = await csv({ authorization: `Bearer ${ufc.token}`, 'accept-language': 'fr' }, '?minMembers=0');
    expect(bad).toMatchObject({ status: 400, error: { code: 'BAD_USER_INPUT', fields: [{ field: 'minMembers', code: 'NOT_IN_RANGE' }] } });
    expect(bad.error.fields![0].message).toMatch(/^doit être un nombre entier de 1 à/);

    // A fault that is nobody's refusal (the read model unreadable) is a 500 without its details, not a 401.
    const db = new Client({ connectionString: api.database.url });
    await db.connect();
    try {
      await db.query('ALTER TABLE read_models.association_cases RENAME TO association_cases_away');
      const fault = await csv({ authorization: `Bearer ${ufc.token}`, 'accept-language': 'fr' });
      // In her language too: the formatter's own words are said in French to a French reader.
      expect(fault).toEqual({ status: 500, error: { code: 'INTERNAL_SERVER_ERROR', message: 'Erreur interne du serveur' } });
    } finally {
      await db.query('ALTER TABLE read_models.association_cases_away RENAME TO association_cases');
      await db.end();
    }
  });

  it('is a read of each dispute it lists, in the access log the consumer reads, as a search hit is (GraphQL and CSV alike)', async () => {
    const log = api.app.get(DisputeAccessLog);
    const readers = async (disputeId: string) => (await log.entries(disputeId)).filter((e) => e.kind === 'DISPUTE_READ').map((e) => `${e.role}:${e.accountId}`);
    for (const association of [ufc, clcv]) must(await api.gql<Problems>(PROBLEMS, {}, association.token), 'systemicProblems');
    // Nothing in this file opens these disputes as an association: only the systemic problems list them.
    for (const id of [...battery, screen]) expect(await readers(id)).toEqual([`ASSOCIATION:${ufc.id}`]);
    expect(await readers(clcvBattery)).toEqual([`ASSOCIATION:${clcv.id}`]);
    // The CSV alone, for a new association's member: logged too.
    const [ada, adaShop] = [await apiActors(api).consumer('Ada'), await apiActors(api).merchant('Ada Phones')];
    const csvOnly = await apiActors(api).association('Association CSV');
    const adaDispute = await file(ada, adaShop, 'La batterie ne tient plus la charge');
    await mandate(adaDispute, ada, csvOnly);
    await api.projectionsCaughtUp();
    expect((await fetch(`${base}/association/systemic-problems.csv`, { headers: { authorization: `Bearer ${csvOnly.token}` } })).status).toBe(200);
    expect(await readers(adaDispute)).toEqual([`ASSOCIATION:${csvOnly.id}`]);
  });

  // Last: the read it makes is logged on another day, which the access-log test above would see.
  it('names the file after the day in Paris, not the UTC one: at 23:30 UTC it is already the next day there (UTC+1 or +2)', async () => {
    const now = new Date();
    const lateInUtc = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 30);
    clock.offset = lateInUtc + (lateInUtc < now.getTime() ? 86_400_000 : 0) - now.getTime();
    try {
      const answer = await fetch(`${base}/association/systemic-problems.csv`, { headers: { authorization: `Bearer ${ufc.token}` } });
      expect(answer.status).toBe(200);
      const utcDay = clock.now().toISOString().slice(0, 10);
      const parisDay = new Date(Date.parse(`${utcDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      expect(answer.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="?systemic-problems-${parisDay}\\.csv"?$`));
    } finally {
      clock.offset = 0;
    }
  });
});
