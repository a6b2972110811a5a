import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiActorsOverHttp } from '../reliability/support/http-actors';
import { RecoursProcess, startApi, startProjector } from '../reliability/support/processes';
import { query } from '../reliability/support/read-models';
import { createTestDatabase, phoneClaim, type TestDatabase } from '@recours/testing';

/** A span as OTLP/HTTP JSON carries it. */
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: Array<{ key: string; value: { stringValue?: string; intValue?: string; arrayValue?: { values: Array<{ stringValue?: string }> } } }>;
  links?: Array<{ traceId: string; spanId: string; attributes?: OtlpSpan['attributes'] }>;
  service: string;
}

/** A stand-in OpenTelemetry collector: receives OTLP/HTTP JSON on /v1/traces and keeps the spans. */
class Collector {
  readonly spans: OtlpSpan[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (req.url === '/v1/traces') {
          const payload = JSON.parse(body) as { resourceSpans: Array<{ resource: { attributes: OtlpSpan['attributes'] }; scopeSpans: Array<{ spans: OtlpSpan[] }> }> };
          for (const resource of payload.resourceSpans) {
            const service = attribute(resource.resource.attributes, 'service.name') ?? '?';
            for (const scope of resource.scopeSpans) for (const span of scope.spans) this.spans.push({ ...span, service });
          }
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  async until<T>(find: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
    for (const deadline = Date.now() + timeoutMs; ; ) {
      const found = find();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`no ${what} among ${this.spans.length} spans: ${[...new Set(this.spans.map((s) => `${s.service}:${s.name}`))].join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** Waits until the process has printed the log line of the request sent with this correlation id (`msg` starting so): it is written once the answer has left, and the pipe brings it later still. */
const loggedRequest = (process: RecoursProcess, correlationId: string, msg: string) =>
  process.waitForOutput(new RegExp(`^(?=.*"msg":"${msg})(?=.*"correlationId":"${correlationId}").*$`, 'm'), 10_000);

function attribute(attributes: OtlpSpan['attributes'], key: string): string | undefined {
  const value = attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? value?.intValue ?? value?.arrayValue?.values.map((v) => v.stringValue).join(',');
}

/**
 * Traces across processes, as they run in production: the compiled API and projector export
 * OTLP to a collector when OTEL_EXPORTER_OTLP_ENDPOINT is set. One request's trace runs from
 * the HTTP server span through the GraphQL operation, the command and the append (and its SQL);
 * the projector's batch span links to it through the trace context and correlation id stored
 * in the event's metadata; the API's log lines carry the trace and correlation ids.
 */
describe('traces over OTLP', () => {
  let database: TestDatabase;
  const collector = new Collector();
  let api: Awaited<ReturnType<typeof startApi>>;
  let projector: RecoursProcess | undefined;

  afterAll(async () => {
    await projector?.stop();
    await api?.process.stop();
    await collector.stop();
    await database?.drop();
  });

  beforeAll(async () => {
    database = await createTestDatabase('tracing');
    const endpoint = await collector.start();
    const otel = { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' };
    api = await startApi(database.url, { PROJECTIONS: 'external', ...otel });
    projector = await startProjector('projector', database.url, otel);
  }, 120_000);

  it('follows a command from the request through the append to the projection, by trace and correlation id', async () => {

    const actors = apiActorsOverHttp(api.url);
    const consumer = await actors.signUp('CONSUMER', 'traced');
    const merchant = await actors.signUp('MERCHANT', 'tracedshop');
    const correlationId = 'trace-test-0001-correlation';
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${consumer.token}`, 'x-correlation-id': correlationId, 'user-agent': 'Traced-Browser/9.1 (privacy probe)', 'x-forwarded-for': '198.51.100.23' },
      body: JSON.stringify({ query: 'mutation FileClaim($i: FileClaimInput!) { fileClaim(input: $i) { id } }', variables: { i: phoneClaim(merchant.merchantId!) } }),
    });
    expect(response.headers.get('x-correlation-id')).toBe(correlationId);
    const disputeId = ((await response.json()) as { data: { fileClaim: { id: string } } }).data.fileClaim.id;

    // The API's spans: the server span named after the operation, the command, the append, its SQL.
    const command = await collector.until(() => collector.spans.find((s) => s.name === 'command FileClaim'), 'command span');
    expect(command.service).toBe('recours-api');
    expect(attribute(command.attributes, 'recours.correlation_id')).toBe(correlationId);
    expect(attribute(command.attributes, 'recours.command.code')).toBe('OK');
    const trace = collector.spans.filter((s) => s.traceId === command.traceId);
    const server = await collector.until(() => collector.spans.find((s) => s.traceId === command.traceId && s.name === 'mutation FileClaim'), 'server span named after the operation');
    expect(server.kind).toBe(2); // SERVER
    expect(server.parentSpanId ?? '').toBe('');
    // Who called is not recorded: neither the client's address (nor the proxy's) nor its user agent.
    expect(attribute(server.attributes, 'http.request.method')).toBe('POST');
    expect((server.attributes ?? []).map((a) => a.key)).not.toEqual(expect.arrayContaining(['client.address']));
    for (const key of ['client.address', 'network.peer.address', 'user_agent.original']) expect([key, attribute(server.attributes, key)]).toEqual([key, undefined]);
    expect(JSON.stringify(collector.spans)).not.toMatch(/Traced-Browser|198\.51\.100\.23/);
    const append = await collector.until(() => collector.spans.find((s) => s.traceId === command.traceId && s.name === 'event-store append'), 'append span');
    expect(append.parentSpanId).toBe(command.spanId);
    const ancestors = (span: OtlpSpan): string[] => {
      const parent = collector.spans.find((s) => s.spanId === span.parentSpanId);
      return parent ? [parent.name, ...ancestors(parent)] : [];
    };
    expect(ancestors(command)).toContain('mutation FileClaim');
    const insert = await collector.until(() => collector.spans.find((s) => s.parentSpanId === append.spanId && /INSERT/i.test(attribute(s.attributes, 'db.statement') ?? attribute(s.attributes, 'db.query.text') ?? '')), 'SQL span under the append');
    expect(insert.service).toBe('recours-api');
    expect(trace.length).toBeGreaterThan(3);

    // The event carries the correlation id and the trace context.
    const [event] = await query<{ metadata: Record<string, string> }>(database.url, `SELECT metadata FROM event_store.events WHERE stream_id = $1`, [`dispute-${disputeId}`]);
    expect(event.metadata.correlationId).toBe(correlationId);
    expect(event.metadata.traceparent).toMatch(new RegExp(`^00-${command.traceId}-[0-9a-f]{16}-01$`));

    // The projector's batch span, in its own trace, links back to the request's.
    const batch = await collector.until(
      () => collector.spans.find((s) => s.service === 'recours-projector' && s.name === 'projection dispute-cases' && s.links?.some((l) => l.traceId === command.traceId)),
      'projection span linked to the request',
    );
    expect(batch.traceId).not.toBe(command.traceId);
    expect(attribute(batch.attributes, 'recours.correlation_ids')).toContain(correlationId);
    expect(attribute(batch.links!.find((l) => l.traceId === command.traceId)!.attributes, 'recours.correlation_id')).toBe(correlationId);

    // The API's log lines for the request carry both ids.
    // One line per request, "POST /graphql 200 12 ms" (issue 22 item 9), carrying both ids.
    await loggedRequest(api.process, correlationId, 'POST /graphql 200 ');
    const line = api.process.output.split('\n').find((l) => l.includes('"msg":"POST /graphql 200 ') && l.includes(correlationId));
    expect(line).toBeDefined();
    expect(JSON.parse(line!)).toMatchObject({ correlationId, trace_id: command.traceId });
  }, 120_000);

  it('records no one-time secret of a request: an unsubscribe link\'s token in the path, a token in the query string', async () => {
    const secret = `unsubscribe-secret-${Date.now()}-never-recorded`;
    const querySecret = `query-secret-${Date.now()}-never-recorded`;
    const base = api.url.replace(/\/graphql$/, '');
    const unsubscribed = await fetch(`${base}/unsubscribe/${secret}`, { method: 'POST', headers: { 'x-correlation-id': 'trace-test-unsubscribe' } });
    expect(unsubscribed.status).toBe(404); // a forged token: what matters is where its path went
    await fetch(`${base}/UNSUBSCRIBE/${secret}?again=1`, { method: 'POST', headers: { 'x-correlation-id': 'trace-test-unsubscribe-capitals' } });
    await fetch(`${api.url}?token=${querySecret}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-correlation-id': 'trace-test-query-secret' }, body: '{"query":"query SecretProbe { __typename }"}' });

    const span = await collector.until(() => collector.spans.find((s) => attribute(s.attributes, 'url.path')?.toLowerCase().startsWith('/unsubscribe/')), 'server span of the unsubscribe link');
    expect(attribute(span.attributes, 'url.path')).toBe('/unsubscribe/:token');
    await collector.until(() => collector.spans.find((s) => attribute(s.attributes, 'url.path') === '/UNSUBSCRIBE/:token'), 'server span of the link in capitals');
    const probe = await collector.until(() => collector.spans.find((s) => s.name === 'query SecretProbe'), 'server span of the query');
    expect([attribute(probe.attributes, 'url.path'), attribute(probe.attributes, 'url.query')]).toEqual(['/graphql', undefined]);
    expect(JSON.stringify(collector.spans)).not.toContain(secret);
    expect(JSON.stringify(collector.spans)).not.toContain(querySecret);
    // Each request's line is there before the output is searched for what it must not hold.
    await loggedRequest(api.process, 'trace-test-unsubscribe', 'POST /unsubscribe/:token 404 ');
    await loggedRequest(api.process, 'trace-test-unsubscribe-capitals', 'POST ');
    await loggedRequest(api.process, 'trace-test-query-secret', 'POST /graphql 200 ');
    const output = api.process.output;
    expect(output).toContain('"msg":"POST /unsubscribe/:token 404 ');
    expect(output).not.toContain(secret);
    expect(output).not.toContain(querySecret);
  }, 60_000);
});
