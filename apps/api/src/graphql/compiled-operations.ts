import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import { execute, GraphQLError, printSchema, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

type Gateway = ApolloServerOptionsWithGateway<object>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** Which executor answers operations over HTTP (GRAPHQL_EXECUTOR): graphql-jit's compiled functions, or graphql-js's own. */
export type GraphqlExecutor = 'graphql-jit' | 'graphql-js';

export function graphqlExecutorFrom(env: NodeJS.ProcessEnv): GraphqlExecutor {
  const chosen = env.GRAPHQL_EXECUTOR ?? 'graphql-jit';
  if (chosen !== 'graphql-jit' && chosen !== 'graphql-js') throw new Error(`GRAPHQL_EXECUTOR must be graphql-jit or graphql-js, not ${JSON.stringify(chosen)}`);
  return chosen;
}

interface Seen {
  uses: number;
  /** null: graphql-jit could not compile it; graphql-js executes it every time. */
  compiled?: CompiledQuery | null;
}

/** The documents seen, by Apollo's hash of their text and the operation's name, least recently used dropped first. */
export type CompiledDocuments = LRUCache<string, Seen>;

export const compiledDocuments = (maxDocuments = 500): CompiledDocuments => new LRUCache<string, Seen>({ max: maxDocuments });

/**
 * Executes operations with functions graphql-jit compiles per document: graphql-js builds, for
 * every field of every row, a path, a resolve-info object and a call to the default resolver;
 * a compiled operation reads the fields it names directly (issue 21: most of a list's cost).
 *
 * - A document is compiled the second time it is seen (a client's operations come back; a
 *   one-off document, or a flood of distinct ones, costs no compilation), and kept in a bounded
 *   LRU (`compiledDocuments`).
 * - Variables that do not coerce are answered by graphql-js itself, which no resolver has
 *   reached then: its errors name the variable's node, which Apollo answers BAD_USER_INPUT with
 *   a 400, word for word as without compilation.
 * - graphql-jit's errors are remade as graphql-js would locate them (a GraphQLError carrying the
 *   thrown error's extensions, its message writable for localize-errors), so that formatting,
 *   localization and logging see what they saw before.
 * - Subscriptions over HTTP stay with graphql-js (the socket's are LiveSocket's, graphql-js too).
 */
export function compiledOperations(schema: GraphQLSchema, seen: CompiledDocuments = compiledDocuments()): Executor {
  const compiledFor = (key: string, document: DocumentNode, operationName: string | undefined): CompiledQuery | null => {
    const entry = seen.get(key);
    if (!entry) {
      seen.set(key, { uses: 1 });
      return null;
    }
    if (entry.compiled === undefined) {
      const compiled = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
      entry.compiled = isCompiledQuery(compiled) ? compiled : null;
    }
    entry.uses++;
    return entry.compiled;
  };
  return async (request) => {
    const { document, operation, context } = request;
    // The name the client asked for: Apollo's `request.operationName` is the name of the operation
    // it resolved, null when none was (an unknown name ran the document's only operation).
    const operationName = request.request.operationName ?? undefined;
    const variables = request.request.variables;
    const byGraphqlJs = () => execute({ schema, document, operationName, contextValue: context, variableValues: variables }) as Promise<ExecutionResult> | ExecutionResult;
    // No operation resolved (several and no name, or a name not in the document): graphql-js answers why.
    if (!operation) return byGraphqlJs();
    const compiled = operation.operation === 'subscription' ? null : compiledFor(`${request.queryHash}:${operationName ?? ''}`, document, operationName);
    if (!compiled) return byGraphqlJs();
    const result = await compiled.query(undefined, context, variables);
    // Without `data`, only the variables were refused: graphql-js answers that (no resolver ran).
    if (!('data' in result)) return byGraphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(locatedAsGraphqlJs) } : result;
  };
}

/**
 * The error graphql-js's locatedError would have made of what was thrown. graphql-jit's own
 * (null where not nullable, a value its type cannot serialize) carry nothing thrown; graphql-js's
 * carry the error it threw, which format-error.ts logs: an Error with the same message.
 */
function locatedAsGraphqlJs(error: GraphQLError): GraphQLError {
  const thrown = error.originalError;
  if (thrown instanceof GraphQLError && Array.isArray(thrown.path)) return thrown;
  const located = new GraphQLError(error.message, { path: error.path, originalError: thrown ?? new Error(error.message) });
  if (error.locations) (located as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return located;
}

/**
 * Apollo Server 5 takes no executor but a gateway's: this one serves the schema Nest built,
 * unchanged, with `compiledOperations` as its executor.
 */
export function compiledGateway(schema: GraphQLSchema, documents?: CompiledDocuments): Gateway {
  const executor = compiledOperations(schema, documents);
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    async stop() {},
  };
}

export interface RecoursApolloConfig extends ApolloDriverConfig {
  graphqlExecutor: GraphqlExecutor;
}

/** Nest's Apollo driver, handing Apollo Server the compiled executor unless graphql-js is chosen. */
@Injectable()
export class RecoursApolloDriver extends ApolloDriver {
  override registerServer({ graphqlExecutor, ...options }: RecoursApolloConfig): Promise<void> {
    if (graphqlExecutor === 'graphql-js' || !options.schema) return super.registerServer(options);
    return super.registerServer({ ...options, gateway: compiledGateway(options.schema) } as ApolloDriverConfig);
  }
}
