import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { apiActors, baselineOf, leavesOf, must, phoneClaim, startTestApp, type Account, type InputLeaf, type InputPath, type TestApp, type WalkIds } from '@recours/testing';

/**
 * The crash probe: every query and mutation of the live schema, as the role that may send it,
 * given what a hostile or clumsy client sends (100k characters, controls, lone surrogates,
 * emoji, impossible dates, instants without offset, numbers out of every range, amounts with
 * many decimals, ids of nothing or of another person's dispute, enums out of range, 10,000
 * items, deep nesting), read by a French reader. Each answer: no 5xx, no
 * INTERNAL_SERVER_ERROR, no stack, no English sentence, a BAD_USER_INPUT names its field, and a
 * refusal stores nothing. schema-walk.e2e.spec.ts walks every role with milder values; this one
 * walks the values.
 */

type Path = InputPath;
type Leaf = InputLeaf;
type FieldAtFault = { field: string; code: string; message: string };
interface Answer {
  status: number;
  data?: unknown;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: FieldAtFault[]; stacktrace?: unknown; [key: string]: unknown } }>;
}

// Words that give an English sentence away in a French message.
const ENGLISH = /\b(the|must|only|this|is|not|before|after|already|with|characters?|cannot|invalid|expected|value)\b/i;
const STACK = /\n\s+at |\bat [\w.<>]+ \(.*:\d+:\d+\)|node_modules|\.ts:\d+/;

interface Context extends WalkIds {
  othersDisputeId: string;
}

const deeplyNested = (depth: number): unknown => {
  let value: unknown = 'fond';
  for (let i = 0; i < depth; i++) value = { niveau: value };
  return value;
};

function hostileValuesOf(type: GraphQLInputType, baseline: unknown, name: string, context: Context): unknown[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [];
  if (isInputObjectType(inner)) return [{ ...(baseline as object), imbriqué: deeplyNested(200) }];
  if (isEnumType(inner)) return ['PAS_UNE_VALEUR', String(inner.getValues()[0].value).toLowerCase()];
  if (!isScalarType(inner)) return [];
  if (inner.name === 'Int') return [2 ** 31, -(2 ** 31) - 1, 1.5, -1, Number.MAX_SAFE_INTEGER + 2];
  if (inner.name === 'Float') return [-1, 1e308, -0, 5e-324];
  if (inner.name === 'Boolean') return ['true'];
  const ids = inner.name === 'ID' || /id$/i.test(name);
  const dates = inner.name === 'DateTime' || /^at$|On$|At$|date|from|to$|until|since/i.test(name);
  const amounts = /amount|price|sum|value/i.test(name);
  return [
    '',
    ' \t\n ',
    'contrôle\u0001\u001b[31m',
    'seule\udc00demie',
    '🔋📱👩‍👩‍👧',
    ...(ids ? [randomUUID(), context.othersDisputeId, 'pas-un-uuid', '1'] : []),
    ...(dates ? ['0000-01-01', '9999-12-31', '2026-02-30', '2026-01-15T10:00:00', '+275760-09-13T00:00:00Z', '2026-13-01'] : []),
    ...(amounts ? ['NaN', 'Infinity', '-1', '1e308', '49.123456789', '99999999999999999999999999.99', '-0.00'] : []),
    deeplyNested(5),
  ];
}

/**
 * The baseline with every leaf of one kind changed at once: the heavy values (100k characters,
 * 10,000 items), sent once per operation rather than once per field, so the probe stays quick.
 */
function everywhere(value: unknown, type: GraphQLInputType, change: (type: GraphQLInputType, value: unknown) => unknown): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (value === null || value === undefined) return value;
  if (isListType(inner)) return change(inner, (value as unknown[]).map((item) => everywhere(item, inner.ofType, change)));
  if (isInputObjectType(inner)) {
    const fields = inner.getFields();
    return Object.fromEntries(Object.entries(value as object).map(([key, item]) => [key, fields[key] ? everywhere(item, fields[key].type, change) : item]));
  }
  return change(inner, value);
}

const HEAVY: Array<[string, (type: GraphQLInputType, value: unknown) => unknown]> = [
  ['every text 100,000 characters long', (type, value) => (isScalarType(type) && (type.name === 'String' || type.name === 'ID') ? 'é'.repeat(100_000) : value)],
  ['every list 10,000 items long', (type, value) => (isListType(type) ? Array.from({ length: 10_000 }, () => (value as unknown[])[0]) : value)],
  ['every text emoji and whitespace', (type, value) => (isScalarType(type) && type.name === 'String' ? ' 🔋\u00a0👩‍👩‍👧 ' : value)],
  ['every number at its extreme', (type, value) => (isScalarType(type) && type.name === 'Int' ? 2147483647 : isScalarType(type) && type.name === 'Float' ? 1.7976931348623157e308 : value)],
];

function withValueAt(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> | undefined {
  const copy = structuredClone(root);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (next === undefined || next === null || typeof next !== 'object') return undefined;
    parent = next as Record<string | number, unknown>;
  }
  parent[path[path.length - 1]] = value;
  return copy;
}

const selectionOf = (field: GraphQLField<unknown, unknown>) => (isObjectType(getNamedType(field.type)) ? ' { __typename }' : '');

function documentOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${operation}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selectionOf(field)} }`;
}

const shown = (value: unknown) =>
  typeof value === 'string' && value.length > 40 ? `"${value.slice(0, 8)}…" (${value.length} chars)` : Array.isArray(value) ? `[${value.length} items]` : JSON.stringify(value)?.slice(0, 60);

/** Mutations that end the prober's sessions when they succeed: sent last. */
const ENDS_SESSIONS = new Set(['changePassword', 'signOut', 'eraseMyAccount', 'eraseDataSubject', 'revokeSession', 'revokeOtherSessions', 'disableTwoFactor', 'enrolTwoFactor', 'confirmTwoFactor']);

/**
 * CRASH_PROBE=full sends every hostile value to every field (about 3,300 requests, 4 minutes on
 * a quiet machine). By default each field gets one value of its kind, in turn, so that every kind
 * of value still reaches some field of each kind, and every operation the heavy ones: under a minute.
 */
const FULL = process.env.CRASH_PROBE === 'full';
let turn = 0;
const inTurn = <T>(values: T[]): T[] => (FULL || values.length === 0 ? values : [values[turn++ % values.length]!]);

jest.setTimeout(FULL ? 900_000 : 240_000);

describe('crash probe: hostile values on every operation, read in French', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  let context: Context;
  const roles: Array<{ role: string; account: Account | null }> = [];
  const problems: string[] = [];
  const timings: string[] = [];
  let sent = 0;

  const send = async (document: string, variables: unknown, token?: string, extraHeaders: Record<string, string> = {}): Promise<Answer> => {
    sent++;
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'fr-FR,fr;q=0.9', 'x-forwarded-for': '203.0.113.9', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extraHeaders },
      body: JSON.stringify({ query: document, variables }),
    });
    const text = await response.text();
    try {
      return { status: response.status, ...(JSON.parse(text) as object) };
    } catch {
      return { status: response.status, errors: [{ message: text.slice(0, 200) }] };
    }
  };

  /** What is wrong with an answer, for a French reader. */
  const faultsOf = (answer: Answer): string[] => {
    const faults: string[] = [];
    if (answer.status >= 500) faults.push(`HTTP ${answer.status}`);
    for (const error of answer.errors ?? []) {
      const code = error.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || !code) faults.push(`${code ?? 'no code'}: ${error.message.slice(0, 160)}`);
      if (error.extensions?.stacktrace || STACK.test(error.message)) faults.push(`stack: ${error.message.slice(0, 160)}`);
      const fields = error.extensions?.fields ?? [];
      if (code === 'BAD_USER_INPUT' && fields.length === 0) faults.push(`BAD_USER_INPUT naming no field: ${error.message.slice(0, 160)}`);
      for (const field of fields) if (ENGLISH.test(field.message)) faults.push(`English for ${field.field} (${field.code}): ${field.message.slice(0, 160)}`);
      if (code !== 'BAD_USER_INPUT' && ENGLISH.test(error.message)) faults.push(`English (${code}): ${error.message.slice(0, 160)}`);
    }
    return faults;
  };

  /** What a refusal must leave as it was: the event stream, and what the accounts' side stores outside it. */
  const STORED = ['accounts.accounts', 'accounts.association_profiles', 'accounts.email_confirmations', 'accounts.erasures', 'accounts.mediation_bodies', 'accounts.mediation_body_mediators', 'accounts.mediator_absences', 'accounts.mediator_conflicts', 'accounts.merchant_invitations', 'accounts.merchants', 'accounts.reply_templates', 'accounts.two_factor', 'evidence.uploads', 'notifications.webhooks', 'notifications.preferences'];
  const storedState = async () =>
    (
      await api.database.query<{ state: string }>(
        `SELECT concat_ws('|', (SELECT max(global_position)::text FROM event_store.events), ${STORED.map((table) => `(SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM ${table} t)`).join(', ')}) AS state`,
      )
    )[0].state;

  beforeAll(async () => {
    api = await startTestApp('crash_probe', { LOGIN_LIMIT_PER_ACCOUNT: '100000', LOGIN_LIMIT_PER_ADDRESS: '100000', SIGNUP_LIMIT_PER_ADDRESS: '100000', RESET_LIMIT_PER_ADDRESS: '100000', CONFIRMATION_LIMIT_PER_ADDRESS: '100000', CONFIRMATION_LIMIT_PER_ACCOUNT: '100000', MESSAGE_LIMIT_PER_PARTY: '100000', MESSAGE_LIMIT_PER_DISPUTE: '100000', MERCHANT_INVITATION_LIMIT_PER_DAY: '100000', DOCUMENT_DOWNLOAD_LIMIT_PER_HOUR: '100000' });
    const actors = apiActors(api);
    const consumer = await actors.consumer('Sonde');
    const other = await actors.consumer('Autre');
    const merchant = await actors.merchant('Boutique sondée');
    const mediator = await actors.mediator();
    const association = await actors.association();
    const admin = await actors.admin();
    const FILE = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`;
    const dispute = must(await api.gql<{ fileClaim: { id: string } }>(FILE, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim').fileClaim;
    const others = must(await api.gql<{ fileClaim: { id: string } }>(FILE, { input: phoneClaim(merchant.merchantId as string) }, other.token), 'fileClaim').fileClaim;
    const offered = must(
      await api.gql<{ makeOffer: { offers: Array<{ id: string }> } }>(
        `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offers { id } } }`,
        { input: { disputeId: dispute.id, remedy: 'REPAIR', daysToCarryOut: 10, terms: 'Nous la réparons sous dix jours.' } },
        merchant.token,
      ),
      'makeOffer',
    ).makeOffer;
    context = { disputeId: dispute.id, othersDisputeId: others.id, offerId: offered.offers[0].id, merchantId: merchant.merchantId as string, mediatorId: mediator.id, associationId: association.id, consumerId: consumer.id };
    roles.push({ role: 'consumer', account: consumer }, { role: 'merchant', account: merchant }, { role: 'mediator', account: mediator }, { role: 'association', account: association }, { role: 'admin', account: admin }, { role: 'anonymous', account: null });
    schema = api.app.get(GraphQLSchemaHost).schema;
  }, 180_000);
  // Each test reports its own problems (the log after all of them lists every one).
  const reported: string[] = [];
  beforeEach(() => {
    reported.push(...problems);
    problems.length = 0;
  });
  afterAll(async () => {
    reported.push(...problems);
    console.log(`crash probe: ${sent} requests\n${reported.join('\n')}\n${timings.join('\n')}`);
    await api?.close();
  });

  /** The first role that gets past authentication and the role check with the baseline. */
  const roleFor = async (document: string, baseline: Record<string, unknown>) => {
    for (const candidate of roles) {
      const answer = await send(document, baseline, candidate.account?.token);
      const code = answer.errors?.[0]?.extensions?.code;
      if (code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED') return { candidate, answer };
    }
    return { candidate: roles[0], answer: undefined };
  };

  it('the same mutation twice at once: no crash, and one command id stores one write', async () => {
    const [consumer, merchant] = [roles[0].account!, roles[1].account!];
    const FILE = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`;
    const twice = async (document: string, variables: Record<string, unknown>, token: string) => {
      const answers = await Promise.all([send(document, variables, token), send(document, variables, token)]);
      answers.forEach((a) => faultsOf(a).forEach((fault) => problems.push(`twice ${document.slice(9, 40)}: ${fault}`)));
      return answers;
    };
    const eventsOf = async (disputeId: string) => Number((await api.database.query<{ n: string }>(`SELECT count(*) AS n FROM event_store.events WHERE stream_id = $1`, [`dispute-${disputeId}`]))[0].n);
    const commandId = randomUUID();
    const filed = await twice(FILE, { input: { ...phoneClaim(context.merchantId), commandId } }, consumer.token);
    const ids = new Set(filed.flatMap((a) => ((a.data as { fileClaim?: { id: string } } | null)?.fileClaim ? [(a.data as { fileClaim: { id: string } }).fileClaim.id] : [])));
    expect(ids.size).toBe(1);
    const [disputeId] = [...ids];
    const afterFiling = await eventsOf(disputeId);
    await twice(`mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'Deux fois le même message', commandId: randomUUID() } }, consumer.token);
    expect(await eventsOf(disputeId)).toBe(afterFiling + 1);
    const offered = await twice(`mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offers { id } } }`, { input: { disputeId, remedy: 'REPAIR', daysToCarryOut: 10 } }, merchant.token);
    const offerId = offered.map((a) => (a.data as { makeOffer?: { offers: Array<{ id: string }> } } | null)?.makeOffer?.offers[0]?.id).find(Boolean)!;
    await twice(`mutation($input: AcceptOfferInput!) { acceptOffer(input: $input) { id } }`, { input: { disputeId, offerId } }, consumer.token);
    await twice(`mutation($input: WithdrawClaimInput!) { withdrawClaim(input: $input) { id } }`, { input: { disputeId, reason: 'Réglé entre-temps' } }, consumer.token);
    const email = `twice-${randomUUID().slice(0, 8)}@example.test`;
    await twice(`mutation($input: SignUpInput!) { signUp(input: $input) { token } }`, { input: { email, password: 'Correct-Horse-42', displayName: 'Deux Fois', role: 'CONSUMER' } }, '');
    expect((await api.database.query(`SELECT 1 FROM accounts.accounts WHERE email = $1`, [email])).length).toBe(1);
    await twice(`mutation($input: SaveReplyTemplateInput!) { saveReplyTemplate(input: $input) { id } }`, { input: { title: 'Modèle', body: 'Bonjour, nous revenons vers vous.' } }, merchant.token);
    expect(problems).toEqual([]);
  });

  it('the server routes (documents, uploads, exports): malformed parameters and odd files are refused in French, never a 5xx', async () => {
    const [consumer, merchant, mediator, association] = roles.map((r) => r.account!);
    const get = async (path: string, token?: string) => {
      sent++;
      const response = await fetch(`${api.origin}${path}`, { headers: { 'accept-language': 'fr', ...(token ? { authorization: `Bearer ${token}` } : {}) } });
      return { status: response.status, type: response.headers.get('content-type') ?? '', text: response.status >= 400 ? await response.text() : (await response.arrayBuffer(), '') };
    };
    const check = (what: string, answer: { status: number; type: string; text: string }) => {
      if (answer.status >= 500) problems.push(`${what}: HTTP ${answer.status} ${answer.text.slice(0, 160)}`);
      if (answer.status >= 400) {
        if (!answer.type.includes('json')) problems.push(`${what}: ${answer.status} not JSON (${answer.type}) ${answer.text.slice(0, 120)}`);
        const message = (() => {
          try {
            return (JSON.parse(answer.text) as { error?: { message?: string } }).error?.message ?? '';
          } catch {
            return answer.text;
          }
        })();
        if (ENGLISH.test(message) || STACK.test(message) || message === '') problems.push(`${what}: ${answer.status} « ${message.slice(0, 160)} »`);
      }
    };
    const ids = ['pas-un-uuid', randomUUID(), context.othersDisputeId, 'é'.repeat(500), '%E9', '%F0%9F%94%8B', '%ED%B0%80', '..%2F..%2Fetc%2Fpasswd', '0'.repeat(36)];
    const queries = ['', '?locale=xx', '?locale=fr&locale=en', '?locale[x]=fr', `?locale=${'e'.repeat(2_000)}`, '?locale=%ED%B0%80'];
    for (const id of ids) {
      for (const document of ['formal-notice.pdf', 'case-file.json', 'case-file.pdf']) {
        for (const query of queries) check(`GET /disputes/${id.slice(0, 20)}/${document}${query.slice(0, 30)}`, await get(`/disputes/${id}/${document}${query}`, consumer.token));
      }
      check(`GET /files/${id.slice(0, 20)}`, await get(`/files/${id}`, consumer.token));
      // Her own dispute, read in a language asked oddly: the document is made (or refused in words), never a fault.
      const own = `/disputes/${context.disputeId}/${id === ids[0] ? 'formal-notice.pdf' : 'case-file.json'}`;
      check(`GET ${own}${queries[ids.indexOf(id) % queries.length]}`, await get(`${own}${queries[ids.indexOf(id) % queries.length]}`, consumer.token));
      for (const year of ['', '?year=NaN', '?year=-1', '?year=0000', '?year=99999', '?year=2026&year=2025', '?year=1e3']) check(`GET /mediation-bodies/${id.slice(0, 20)}/activity-report.csv${year}`, await get(`/mediation-bodies/${id}/activity-report.csv${year}`, mediator.token));
      check(`POST /unsubscribe/${id.slice(0, 20)}`, await (async () => {
        const response = await fetch(`${api.origin}/unsubscribe/${id}`, { method: 'POST', headers: { 'accept-language': 'fr' } });
        return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
      })());
    }
    for (const minMembers of ['', '?minMembers=NaN', '?minMembers=-1', '?minMembers=Infinity', '?minMembers=99999999999', '?minMembers=1&minMembers=2', '?minMembers=0x10']) check(`GET /association/systemic-problems.csv${minMembers}`, await get(`/association/systemic-problems.csv${minMembers}`, association.token));
    for (const path of ['/open-data/merchant-statistics.csv?x=%ED%B0%80', '/open-data/merchant-statistics.json?locale[]=fr', '/open-data/overall-statistics.csv?year=NaN']) check(`GET ${path}`, await get(path));
    // Past Node's header limit: refused by its parser before any route, in words all the same (unread-requests.ts).
    check('GET /files/ with a 20 kB address', await get(`/files/${'e'.repeat(20_000)}`, consumer.token));

    // Uploads: odd names and types, empty and over-large files, bodies that are no multipart.
    const upload = async (what: string, body: RequestInit['body'], headers: Record<string, string> = {}, token = consumer.token) => {
      sent++;
      const response = await fetch(`${api.origin}/files`, { method: 'POST', headers: { 'accept-language': 'fr', authorization: `Bearer ${token}`, ...headers }, body });
      const answer = { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
      check(`POST /files (${what})`, answer);
      return answer;
    };
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const form = (name: string, content: Buffer, type: string) => {
      const data = new FormData();
      data.append('file', new Blob([content], { type }), name);
      return data;
    };
    const uploadsBefore = await storedState();
    for (const [what, name, content, type] of [
      ['empty file', 'vide.pdf', Buffer.alloc(0), 'application/pdf'],
      ['executable', 'facture.pdf.exe', Buffer.from('MZ\u0090\u0000'), 'application/x-msdownload'],
      ['a PDF claimed as an image', 'photo.jpg', pdf, 'image/jpeg'],
      ['HTML', 'page.html', Buffer.from('<script>alert(1)</script>'), 'text/html'],
      ['SVG', 'image.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'],
    ] as const) {
      const answer = await upload(what, form(name, content, type));
      if (answer.status < 400) problems.push(`POST /files (${what}): accepted ${answer.status}`);
    }
    expect(await storedState()).toBe(uploadsBefore);
    for (const [what, name] of [
      ['a path in the name', '../../etc/passwd.pdf'],
      ['controls in the name', 'fac\u0001ture\u202Efdp.exe.pdf'],
      ['emoji in the name', '🔋 facture 👩‍👩‍👧.pdf'],
      ['a 5,000-character name', `${'é'.repeat(5_000)}.pdf`],
      ['no name', ''],
      ['a name of dots', '...'],
    ] as const) {
      const answer = await upload(what, form(name, pdf, 'application/pdf'));
      if (answer.status < 400) {
        const stored = (JSON.parse(answer.text) as { name: string }).name;
        if (/[\u0000-\u001f\u202a-\u202e/\\]/.test(stored) || stored.length > 255) problems.push(`POST /files (${what}): stored the name « ${stored.slice(0, 60)} »`);
      }
    }
    await upload('no body', undefined, { 'content-type': 'multipart/form-data; boundary=x' });
    await upload('no boundary', 'abc', { 'content-type': 'multipart/form-data' });
    await upload('JSON', '{"file":"x"}', { 'content-type': 'application/json' });
    await upload('a field but no file', (() => { const data = new FormData(); data.append('note', 'rien'); return data; })());
    await upload('two files', (() => { const data = form('a.pdf', pdf, 'application/pdf'); data.append('file', new Blob([pdf], { type: 'application/pdf' }), 'b.pdf'); return data; })());
    await upload('a content-length beyond any limit', 'x', { 'content-type': 'multipart/form-data; boundary=x', 'content-length': '1' }).catch(() => undefined);
    await upload('a multipart cut short', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4', { 'content-type': 'multipart/form-data; boundary=x' });
    await upload('two files, cut short in the second', '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="b.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF', { 'content-type': 'multipart/form-data; boundary=x' });
    await upload('as a mediator', form('a.pdf', pdf, 'application/pdf'), {}, mediator.token);
    await upload('gzip', 'x', { 'content-type': 'multipart/form-data; boundary=x', 'content-encoding': 'gzip' });
    void merchant;
    expect(problems).toEqual([]);
  });

  for (const operation of ['query', 'mutation'] as const) {
    it(`every ${operation}: no crash, French words, the field named, nothing stored on refusal`, async () => {
      const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
      const fields = Object.values(root?.getFields() ?? {}).sort((a, b) => Number(ENDS_SESSIONS.has(a.name)) - Number(ENDS_SESSIONS.has(b.name)));
      for (const field of fields) {
        const started = Date.now();
        const document = documentOf(operation, field);
        const baseline: Record<string, unknown> = {};
        for (const arg of field.args) baseline[arg.name] = baselineOf(arg.type, arg.name, context, 'probe');
        const { candidate, answer } = await roleFor(document, baseline);
        for (const fault of answer ? faultsOf(answer) : []) problems.push(`${field.name} as ${candidate.role}, baseline: ${fault}`);
        const variants: Array<{ variant: string; variables: Record<string, unknown> }> = [];
        for (const [variant, change] of FULL ? HEAVY : HEAVY.slice(0, 2)) {
          const variables = Object.fromEntries(field.args.map((arg) => [arg.name, everywhere(baseline[arg.name], arg.type, change)]));
          if (JSON.stringify(variables) !== JSON.stringify(baseline)) variants.push({ variant, variables });
        }
        for (const arg of field.args) {
          for (const leaf of leavesOf(arg.type, [arg.name])) {
            const leafBaseline = leaf.path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], baseline);
            const name = String([...leaf.path].reverse().find((key) => typeof key === 'string'));
            for (const value of inTurn(hostileValuesOf(leaf.type, leafBaseline, name, context))) {
              const variables = withValueAt(baseline, leaf.path, value);
              if (variables) variants.push({ variant: `${leaf.path.join('.')} = ${shown(value)}`, variables });
            }
          }
        }
        for (let start = 0; start < variants.length; start += 8) {
          const batch = variants.slice(start, start + 8);
          const before = operation === 'mutation' ? await storedState() : null;
          const answers = await Promise.all(batch.map(({ variables }) => send(document, variables, candidate.account?.token)));
          answers.forEach((a, i) => faultsOf(a).forEach((fault) => problems.push(`${field.name} as ${candidate.role}, ${batch[i].variant}: ${fault}`)));
          if (operation === 'mutation' && answers.every((a) => a.errors?.length)) {
            const after = await storedState();
            if (after !== before) {
              const changed = [...STORED.map((t) => t), 'event_store.events'].filter((_, i) => after.split('|')[(i + 1) % (STORED.length + 1)] !== before!.split('|')[(i + 1) % (STORED.length + 1)]);
              problems.push(`${field.name} as ${candidate.role}: refused [${batch.map((b) => b.variant).join(' | ')}] yet ${changed.join(', ')} changed`);
            }
          }
        }
        timings.push(`${field.name}: ${variants.length} in ${Date.now() - started} ms`);
      }
      expect(problems).toEqual([]);
    });
  }
});
