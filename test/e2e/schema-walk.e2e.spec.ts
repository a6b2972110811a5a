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
 * Walks the live schema and sends every query and mutation, as each role and anonymously,
 * values a client may send that pass GraphQL's own type checks but not the resolvers' hopes:
 * null where nullable, empty, huge, malformed (not a UUID, not a date, a cursor that decodes to
 * something else, NUL, a lone surrogate), out-of-range numbers, empty and long lists. Any answer
 * may be a refusal; none may be INTERNAL_SERVER_ERROR or an HTTP 5xx.
 */

type Path = InputPath;
type Leaf = InputLeaf;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const HOSTILE_TEXT = [
  '',
  ' ',
  'x'.repeat(20_000),
  '-'.repeat(36),
  '00000000-0000-0000-0000-000000000000',
  'nul\u0000and\ud800',
  '2026-02-30',
  base64url(['nope', 'x']),
];
/** Mutations that may end the caller's own sessions when they succeed (the erasures end the walker's accounts for good). */
const ENDS_SESSIONS = new Set(['changePassword', 'signOut', 'eraseMyAccount', 'eraseDataSubject']);
const HOSTILE_INT = [-1, 0, 2_147_483_647, -2_147_483_648];
const HOSTILE_FLOAT = [-1, 0, 1.7976931348623157e308];

type Context = WalkIds;

/** Values of this type that GraphQL accepts and a resolver might not. */
function hostileValuesOf(type: GraphQLInputType, baseline: unknown): unknown[] {
  const values: unknown[] = isNonNullType(type) ? [] : [null];
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) values.push([], Array.from({ length: 500 }, () => (Array.isArray(baseline) ? baseline[0] : baseline)));
  else if (isInputObjectType(inner)) values.push({});
  else if (isEnumType(inner)) values.push(...inner.getValues().map((v) => v.value));
  else if (isScalarType(inner)) {
    if (inner.name === 'Int') values.push(...HOSTILE_INT);
    else if (inner.name === 'Float') values.push(...HOSTILE_FLOAT);
    else if (inner.name === 'Boolean') values.push(true, false);
    else values.push(...HOSTILE_TEXT);
  }
  return values;
}

function withValueAt(root: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> | undefined {
  const copy = structuredClone(root);
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    let next = parent[key];
    if (next === undefined || next === null) return undefined; // left out of the baseline: nothing below to vary
    if (typeof next !== 'object') return undefined;
    parent = next as Record<string | number, unknown>;
  }
  parent[path[path.length - 1]] = value;
  return copy;
}

function selectionOf(field: GraphQLField<unknown, unknown>): string {
  return isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
}

function documentOf(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${operation}${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selectionOf(field)} }`;
}

interface Attempt {
  operation: string;
  document: string;
  variables: Record<string, unknown>;
  variant: string;
}

function attemptsFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, context: Context): Attempt[] {
  const document = documentOf(operation, field);
  const baseline: Record<string, unknown> = {};
  for (const arg of field.args) baseline[arg.name] = baselineOf(arg.type, arg.name, context);
  const attempts: Attempt[] = [{ operation: field.name, document, variables: baseline, variant: 'baseline' }];
  for (const arg of field.args) {
    for (const leaf of leavesOf(arg.type, [arg.name])) {
      const leafBaseline = leaf.path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], baseline);
      for (const value of hostileValuesOf(leaf.type, leafBaseline)) {
        const variables = withValueAt(baseline, leaf.path, value);
        if (!variables) continue;
        const shown = typeof value === 'string' && value.length > 40 ? `"${value.slice(0, 12)}…" (${value.length} chars)` : Array.isArray(value) ? `[${value.length} items]` : JSON.stringify(value);
        attempts.push({ operation: field.name, document, variables, variant: `${leaf.path.join('.')} = ${shown}` });
      }
    }
  }
  return attempts;
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(run));
}

// About 5 minutes on a quiet machine (login and createAccount hash passwords); a loaded one needs room.
jest.setTimeout(1_500_000);

describe('schema walk: no argument value answers INTERNAL_SERVER_ERROR, for any role', () => {
  let api: TestApp;
  let schema: GraphQLSchema;
  let context: Context;
  const roles: Array<{ role: string; account: Account | null }> = [];
  let attempted = 0;
  const timings: string[] = [];
  const outcomes = new Map<string, number>();

  beforeAll(async () => {
    api = await startTestApp('schema-walk', { LOGIN_LIMIT_PER_ACCOUNT: '100000', LOGIN_LIMIT_PER_ADDRESS: '100000' });
    const actors = apiActors(api);
    const consumer = await actors.consumer('Walker');
    const merchant = await actors.merchant('Walked shop');
    const mediator = await actors.mediator();
    const association = await actors.association();
    const admin = await actors.admin();
    const dispute = must(await api.gql<{ fileClaim: { id: string } }>(`mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`, { input: phoneClaim(merchant.merchantId as string) }, consumer.token), 'fileClaim').fileClaim;
    const offered = must(
      await api.gql<{ makeOffer: { offers: Array<{ id: string }> } }>(
        `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { offers { id } } }`,
        { input: { disputeId: dispute.id, remedy: 'REPAIR', daysToCarryOut: 10, terms: 'We repair it within ten days.' } },
        merchant.token,
      ),
      'makeOffer',
    ).makeOffer;
    context = { disputeId: dispute.id, offerId: offered.offers[0].id, merchantId: merchant.merchantId as string, mediatorId: mediator.id, associationId: association.id, consumerId: consumer.id };
    roles.push({ role: 'anonymous', account: null }, { role: 'consumer', account: consumer }, { role: 'merchant', account: merchant }, { role: 'mediator', account: mediator }, { role: 'association', account: association }, { role: 'admin', account: admin });
    schema = api.app.get(GraphQLSchemaHost).schema; // the live schema, as the server executes it
  });
  afterAll(async () => {
    console.log(`schema walk: ${attempted} requests over ${roles.length} roles; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}\n${timings.join('\n')}`);
    await api?.close();
  });

  for (const operation of ['query', 'mutation'] as const) {
    it(`every ${operation}, every argument, as each role and anonymously`, async () => {
      const root = operation === 'query' ? schema.getQueryType() : schema.getMutationType();
      // A walk of changePassword may choose a new password for the walker, which ends its
      // sessions: walked last, so that every other operation is walked with live tokens.
      const fields = Object.values(root?.getFields() ?? {}).sort((a, b) => Number(ENDS_SESSIONS.has(a.name)) - Number(ENDS_SESSIONS.has(b.name)));
      expect(fields.length).toBeGreaterThan(5);
      const failures: string[] = [];
      for (const field of fields) {
        const attempts = attemptsFor(operation, field, context);
        const started = Date.now();
        for (const { role, account } of roles) {
          await inBatches(attempts, 8, async (attempt) => {
            attempted++;
            const answer = await api.gql(attempt.document, attempt.variables, account?.token);
            const internal = answer.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR');
            const outcome = answer.errors ? String(answer.errors[0].extensions?.code ?? answer.status) : 'answered';
            outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
            if (answer.status >= 500 || internal) failures.push(`${attempt.operation} as ${role}, ${attempt.variant}: ${answer.status} ${internal?.message ?? ''}`);
          });
        }
        timings.push(`${field.name}: ${attempts.length}x${roles.length} in ${Date.now() - started} ms`);
      }
      expect(failures).toEqual([]);
    });
  }
});
