import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { buildSchema, GraphQLError, type GraphQLFieldResolver, type GraphQLFormattedError, type GraphQLObjectType, type GraphQLScalarType } from 'graphql';
import { compiledDocuments, compiledGateway } from './compiled-operations';

/**
 * The compiled executor answers what graphql-js answers: each operation is sent to an Apollo
 * Server executing with graphql-js and, three times (seen, then compiled, then from the cache),
 * to one executing through `compiledGateway`; bodies (after the same error plugin and
 * formatter as recours') and HTTP statuses must be identical.
 */
describe('operations compiled by graphql-jit answer as graphql-js does', () => {
  const schema = buildSchema(`
    scalar DateTime
    enum Status { OPEN CLOSED }
    type Money { amount: String! currency: String! }
    type Row { id: ID! status: Status! at: DateTime! price: Money! note: String merchant: Merchant }
    type Merchant { name: String! }
    input Page { first: Int! status: Status }
    type Query {
      rows(page: Page!): [Row!]!
      refused: Row
      broken: Row
      nullWhereNot: Row!
      partial: [Row]
      badEnum: Row
    }
    type Mutation { rename(id: ID!, name: String!): Row }
  `);
  const row = (n: number) => ({ id: `r${n}`, status: n % 2 ? 'OPEN' : 'CLOSED', at: new Date(Date.UTC(2026, 0, n + 1)), price: { amount: `${n}.00`, currency: 'EUR' }, note: null, merchantId: `m${n}` });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const resolve = (type: string, name: string, resolver: GraphQLFieldResolver<any, unknown, any>) => {
    (schema.getType(type) as GraphQLObjectType).getFields()[name].resolve = resolver;
  };
  (schema.getType('DateTime') as GraphQLScalarType).serialize = (value) => (value as Date).toISOString();
  resolve('Query', 'rows', async (_: unknown, { page }: { page: { first: number; status?: string } }) =>
    Array.from({ length: page.first }, (_, n) => row(n)).filter((r) => !page.status || r.status === page.status),
  );
  resolve('Query', 'refused', () => {
    throw new GraphQLError('Dispute not found', { extensions: { code: 'NOT_FOUND', phrase: { en: 'Dispute not found', fr: 'Litige introuvable' } } });
  });
  resolve('Query', 'broken', async () => {
    throw new Error('connection reset by peer');
  });
  resolve('Query', 'nullWhereNot', () => null);
  resolve('Query', 'partial', () => [row(1), { ...row(2), price: null }]);
  resolve('Query', 'badEnum', () => ({ ...row(3), status: 'LOST' }));
  resolve('Row', 'merchant', async (parent: { merchantId: string }) => ({ name: `Merchant ${parent.merchantId}` }));
  resolve('Mutation', 'rename', (_: unknown, { id, name }: { id: string; name: string }) => ({ ...row(1), id, note: name }));

  // As localize-errors.ts does: errors are written in the reader's language before formatting.
  const localize: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const phrase = error.extensions?.phrase as { fr: string } | undefined;
            if (phrase) error.message = phrase.fr;
          }
        },
      };
    },
  };
  // As format-error.ts does: a client's error keeps its message and code, anything else is hidden.
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = (error as { originalError?: unknown }).originalError;
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR') return { ...formatted, message: 'Internal server error', extensions: { code, was: original instanceof Error ? original.message : null } };
    return { ...formatted, extensions: { code } };
  };
  const options = { plugins: [localize], formatError, includeStacktraceInErrorResponses: false };
  const byGraphqlJs = new ApolloServer({ schema, ...options });
  const compiled = new ApolloServer({ gateway: compiledGateway(schema), ...options });
  beforeAll(async () => {
    await byGraphqlJs.start();
    await compiled.start();
  });
  afterAll(async () => {
    await byGraphqlJs.stop();
    await compiled.stop();
  });

  const answer = async (server: ApolloServer, query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    return { status: response.http.status ?? 200, body: JSON.parse(JSON.stringify(response.body)) as unknown };
  };

  it.each([
    ['a list of rows with enums, a custom scalar, nested objects and a field resolver', `query($first: Int!) { rows(page: { first: $first }) { id status at price { amount currency } note merchant { name } } }`, { first: 5 }],
    ['an input object with an enum variable', `query($status: Status) { rows(page: { first: 4, status: $status }) { id status } }`, { status: 'OPEN' }],
    ["a resolver's refusal, with its code and its phrase localized", `{ refused { id } rows(page: { first: 1 }) { id } }`, undefined],
    ['an internal fault, hidden', `{ broken { id } }`, undefined],
    ['null where not nullable: data null', `{ nullWhereNot { id } }`, undefined],
    ['null bubbling to the nearest nullable row', `{ partial { id price { amount } } }`, undefined],
    ['an enum value the schema does not have', `{ badEnum { id status } }`, undefined],
    ['a variable of the wrong type: BAD_USER_INPUT, 400', `query($first: Int!) { rows(page: { first: $first }) { id } }`, { first: 'twenty' }],
    ['a variable missing', `query($first: Int!) { rows(page: { first: $first }) { id } }`, {}],
    ['an enum variable the schema does not have', `query($status: Status) { rows(page: { first: 2, status: $status }) { id } }`, { status: 'LOST' }],
    ['a mutation with arguments', `mutation($id: ID!, $name: String!) { rename(id: $id, name: $name) { id note } }`, { id: 'r9', name: 'Nouveau' }],
    ['aliases and fragments', `{ a: rows(page: { first: 2 }) { ...R } b: refused { id } } fragment R on Row { id at }`, undefined],
  ])('%s', async (_what, query, variables) => {
    const expected = await answer(byGraphqlJs, query, variables);
    for (let time = 0; time < 3; time++) expect(await answer(compiled, query, variables)).toEqual(expected);
  });

  it('compiles a document the second time it is seen, and keeps no more documents than its bound', async () => {
    const bounded = compiledDocuments(3);
    const server = new ApolloServer({ gateway: compiledGateway(schema, bounded) });
    await server.start();
    try {
      const compiledCount = () => [...bounded.values()].filter((d) => d.compiled).length;
      await answer(server, `{ rows(page: { first: 1 }) { id } }`);
      expect(compiledCount()).toBe(0);
      await answer(server, `{ rows(page: { first: 1 }) { id } }`);
      expect(compiledCount()).toBe(1);
      for (let n = 2; n < 12; n++) await answer(server, `{ rows(page: { first: ${n} }) { id } }`);
      expect(bounded.size).toBe(3);
    } finally {
      await server.stop();
    }
  });
});
