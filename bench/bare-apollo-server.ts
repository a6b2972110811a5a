import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import express from 'express';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';

/** The shapes of recours' answers that the benchmarks ask for, as plain strings. */
export const typeDefs = `#graphql
  type Money { amount: String! currency: String! }
  type Product { name: String! brand: String! }
  type DeadlineDue { kind: String! dueAt: String! }
  type DisputeSummary { id: ID! status: String! whoseTurn: String! requestedRemedy: String! product: Product! price: Money! nextDeadline: DeadlineDue lastActivityAt: String! version: Int! }
  type DisputeSummaryEdge { cursor: String! node: DisputeSummary! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type DisputeSummaryConnection { edges: [DisputeSummaryEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Offer { id: ID! remedy: String! status: String! by: String! }
  type TimelineEntry { version: Int! at: String! type: String! text: String! }
  type Deadline { kind: String! dueOn: String! dueAt: String! owedBy: String! }
  type Dispute { id: ID! version: Int! status: String! whoseTurn: String! product: Product! requestedRemedy: String! offers: [Offer!]! timeline: [TimelineEntry!]! deadlines: [Deadline!]! availableActions: [String!]! }
  input PostMessageInput { disputeId: ID! body: String! }
  type Query { myDisputes(first: Int): DisputeSummaryConnection! dispute(id: ID!): Dispute! }
  type Mutation { postMessage(input: PostMessageInput!): Dispute! }
`;

export interface BareServer {
  url: string;
  stop(): Promise<void>;
}

/** The HTTP adapter a bare server runs on: each bench:api variant is compared with the bare server on its own. */
export type HttpAdapterName = 'express' | 'fastify';

type Shapes = { myDisputes: unknown; dispute: unknown; postMessage: unknown };

/**
 * The baseline: a bare @apollo/server on Express (`@as-integrations/express5`) or on Fastify
 * (`@as-integrations/fastify`, Fastify's own JSON parser) answering constant results of the same
 * shape as recours' answers, with no database, no authentication and no resolvers of substance.
 */
export async function startBareServer(shapes: Shapes, adapter: HttpAdapterName = 'express'): Promise<BareServer> {
  const resolvers = { Query: { myDisputes: () => shapes.myDisputes, dispute: () => shapes.dispute }, Mutation: { postMessage: () => shapes.postMessage } };
  const server = new ApolloServer({ typeDefs, resolvers });
  await server.start();
  if (adapter === 'fastify') {
    const app = Fastify();
    app.route({ url: '/graphql', method: ['GET', 'POST', 'OPTIONS'], handler: fastifyApolloHandler(server) }); // as Nest's Apollo driver registers it
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/graphql`,
      stop: async () => {
        await server.stop();
        await app.close();
      },
    };
  }
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(server));
  const http = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      await server.stop();
      await new Promise((r) => http.close(r));
    },
  };
}
