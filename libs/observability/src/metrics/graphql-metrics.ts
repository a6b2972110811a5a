import type { ApolloServerPlugin } from '@apollo/server';
import { trace } from '@opentelemetry/api';
import { requestDurations } from './buckets';

export const graphqlOperationDuration = requestDurations(
  'recours_graphql_operation_duration_seconds',
  'GraphQL operations over HTTP, by operation name, type (query, mutation) and outcome (ok, error): from parsing to the response.',
  ['operation', 'type', 'outcome'],
);

/** Operation names come from clients: past this many distinct ones, new names count as "other". */
const MAX_OPERATION_NAMES = 200;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const seen = new Set<string>();

function boundedName(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!NAME.test(name)) return 'other';
  if (seen.has(name)) return name;
  if (seen.size >= MAX_OPERATION_NAMES) return 'other';
  seen.add(name);
  return name;
}

/**
 * Apollo plugin: times each operation by its name, and names the request's trace span after it
 * (`mutation fileClaim`), so traces and the latency histogram speak of operations, not of
 * "POST /graphql". Documents that do not parse or validate count as "invalid".
 */
export function graphqlOperationMetrics(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const stop = graphqlOperationDuration.startTimer();
      let operation = 'invalid';
      let type = 'unknown';
      return {
        async didResolveOperation(context) {
          operation = boundedName(context.operationName ?? context.operation?.name?.value);
          type = context.operation?.operation ?? 'unknown';
          const span = trace.getActiveSpan();
          span?.setAttributes({ 'graphql.operation.name': operation, 'graphql.operation.type': type });
          span?.updateName(`${type} ${operation}`);
        },
        async willSendResponse(context) {
          stop({ operation, type, outcome: context.errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}
