import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { IncomingMessage } from 'node:http';
import { recordedPath } from '../correlation/recorded-path';

let sdk: NodeSDK | undefined;

/**
 * OpenTelemetry traces over OTLP, only when OTEL_EXPORTER_OTLP_ENDPOINT (or its traces-only
 * variant) is set; otherwise nothing is loaded and every span is a no-op. The SDK reads the rest
 * of its settings from the standard OTEL_* variables (protocol, headers, sampler,
 * resource attributes). Call it before anything else is imported: the instrumentations patch
 * `http` and `pg` as they are loaded.
 *
 * Only incoming and outgoing HTTP and PostgreSQL queries are instrumented automatically;
 * GraphQL operations, commands, appends and projection batches have recours's own spans.
 */
export function startTracing(serviceName: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (sdk || !(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)) return false;
  env.OTEL_SERVICE_NAME ??= serviceName;
  // Metrics go to Prometheus (/metrics) and logs to stdout: OTLP carries the traces only.
  env.OTEL_METRICS_EXPORTER ??= 'none';
  env.OTEL_LOGS_EXPORTER ??= 'none';
  sdk = new NodeSDK({
    instrumentations: [
      new HttpInstrumentation({
        // Probes and scrapes every few seconds would drown the traces that matter.
        ignoreIncomingRequestHook: (req) => /^\/(health|metrics)/.test(req.url ?? ''),
        startIncomingSpanHook: incomingSpanAttributes,
      }),
      // Queries appear inside a request, a command or a batch; the pollers' own queries do not.
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  return true;
}

/**
 * What a server span records of its request, over what the HTTP instrumentation would: who called
 * stays out of the traces, as out of the logs (docs/privacy.md, "Logs"): the client's IP address
 * and its user agent are personal data, of no use to follow a request. The path is the one the log
 * line records (`recordedPath`): no query string (a token, a GraphQL GET's variables), no
 * one-time secret in a segment (an unsubscribe link's token).
 */
export const incomingSpanAttributes = (request: Pick<IncomingMessage, 'url'>) => ({
  'url.path': recordedPath(request.url ?? '/'),
  'url.query': undefined,
  'client.address': undefined,
  'network.peer.address': undefined,
  'network.peer.port': undefined,
  'user_agent.original': undefined,
});

/** Sends the spans still buffered; at shutdown, after the last request. */
export async function stopTracing(): Promise<void> {
  const running = sdk;
  sdk = undefined;
  await running?.shutdown().catch(() => undefined);
}
