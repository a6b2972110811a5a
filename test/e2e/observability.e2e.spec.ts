import { Draining, ObservabilityModule } from '@recours/observability';
import { Projector } from '@recours/read-models';
import { apiActors, phoneClaim, scrape, startTestApp, valueOf, type Account, type TestApp } from '@recours/testing';

/**
 * The API's /metrics (on METRICS_PORT, behind METRICS_TOKEN) and its health endpoints, on the
 * real application and database: every series named in issue 20 moves when the thing it
 * measures happens.
 */
const TOKEN = 'a-scrape-token-for-the-tests';

describe('API metrics and health', () => {
  let api: TestApp;
  let metricsUrl: string;
  let base: string;
  let consumer: Account;
  let merchant: Account;

  beforeAll(async () => {
    api = await startTestApp('observability', { METRICS_PORT: '0', METRICS_TOKEN: TOKEN, PROJECTIONS_MAX_LAG: '1' });
    metricsUrl = `http://127.0.0.1:${api.app.get(ObservabilityModule).metricsPort}/metrics`;
    base = api.url.replace(/\/graphql$/, '');
    const actors = apiActors(api);
    consumer = await actors.consumer();
    merchant = await actors.merchant();
  });

  afterAll(async () => api?.close());

  const metrics = async () => (await scrape(metricsUrl, TOKEN)).samples;

  it('refuses a scrape without the bearer token, or with another', async () => {
    expect((await scrape(metricsUrl)).status).toBe(401);
    expect((await scrape(metricsUrl, 'not-the-token-at-all')).status).toBe(401);
    expect((await scrape(metricsUrl, TOKEN)).status).toBe(200);
  });

  it('counts commands by command and code, times appends, operations and routes', async () => {
    const before = await metrics();
    const filed = await api.gql<{ fileClaim: { id: string } }>(`mutation FileClaim($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.merchantId!) }, consumer.token);
    const disputeId = filed.data!.fileClaim.id;
    const refused = await api.gql(`mutation Escalate($i: EscalateInput!) { escalate(input: $i) { id } }`, { i: { disputeId } }, consumer.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'DOMAIN_RULE', rule: 'ESCALATION_TOO_EARLY' });
    const after = await metrics();

    const moved = (name: string, labels: Record<string, string>) => (valueOf(after, name, labels) ?? 0) - (valueOf(before, name, labels) ?? 0);
    expect(moved('recours_commands_total', { command: 'FileClaim', code: 'OK' })).toBe(1);
    expect(moved('recours_commands_total', { command: 'EscalateInternally', code: 'ESCALATION_TOO_EARLY' })).toBe(1);
    expect(moved('recours_command_duration_seconds_count', { command: 'FileClaim' })).toBe(1);
    expect(moved('recours_event_store_append_duration_seconds_count', { store: 'postgres', outcome: 'ok' })).toBe(1);
    expect(moved('recours_event_store_appended_events_total', { store: 'postgres' })).toBe(1);
    expect(moved('recours_graphql_operation_duration_seconds_count', { operation: 'FileClaim', type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(moved('recours_graphql_operation_duration_seconds_count', { operation: 'Escalate', type: 'mutation', outcome: 'error' })).toBe(1);
    expect(moved('recours_http_request_duration_seconds_count', { method: 'POST', route: '/graphql', status_code: '200' })).toBe(2);
  });

  it('reports each PostgreSQL pool, and the process metrics', async () => {
    const samples = await metrics();
    for (const pool of ['health', 'event-store', 'subject-keys', 'read-models', 'accounts', 'notifications', 'file-storage', 'uploads']) {
      expect(valueOf(samples, 'recours_pg_pool_max_connections', { pool })).toBeGreaterThan(0);
      expect(valueOf(samples, 'recours_pg_pool_connections', { pool, state: 'total' })).toBeGreaterThanOrEqual(0);
    }
    expect(valueOf(samples, 'recours_pg_pool_connections', { pool: 'event-store', state: 'total' })).toBeGreaterThan(0);
    // The process's one LISTEN connection (token revocations, appends) is up, none is down.
    expect(valueOf(samples, 'recours_pg_listening_connections', { state: 'up' })).toBe(1);
    expect(valueOf(samples, 'recours_pg_listening_connections', { state: 'down' })).toBe(0);
    expect(valueOf(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(valueOf(samples, 'nodejs_eventloop_lag_p99_seconds')).toBeDefined();
    expect(valueOf(samples, 'recours_build_info', { service: 'api', node: process.version })).toBe(1);
  });

  it('answers /health/live and /health/ready; ready names migrations, database, event store and projections', async () => {
    expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { info: unknown }).info).toMatchObject({ migrations: { status: 'up' }, database: { status: 'up' }, eventStore: { status: 'up' }, projections: { status: 'up' } });
  });

  it('reports projection lag in events and seconds, and readiness falls when a projection is past its bound', async () => {
    const projector = api.app.get(Projector);
    expect(valueOf(await metrics(), 'recours_projection_leading', { projection: 'dispute-cases' })).toBe(1);
    await projector.stop();
    const filed = await api.gql<{ fileClaim: { id: string } }>(`mutation($i: FileClaimInput!) { fileClaim(input: $i) { id } }`, { i: phoneClaim(merchant.merchantId!) }, consumer.token);
    expect(filed.errors).toBeUndefined();

    const samples = await metrics();
    expect(valueOf(samples, 'recours_projection_lag_events', { projection: 'dispute-cases' })).toBe(1);
    expect(valueOf(samples, 'recours_projection_lag_seconds', { projection: 'dispute-cases' })).toBeGreaterThan(0);
    expect(valueOf(samples, 'recours_projection_leading', { projection: 'dispute-cases' })).toBe(0);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { error: Record<string, { message?: string }> }).error.projections.message).toMatch(/behind by 1 events or more: dispute-cases/);
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
  });

  it('answers not ready once shutting down, while still live', async () => {
    api.app.get(Draining).start();
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { error: Record<string, { message?: string }> }).error).toEqual({ shutdown: { status: 'down', message: 'shutting down: finishing what is in flight' } });
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
  });
});
