import { MetricsServer, metricsServerOptionsFrom } from './metrics-server';
import { notificationFailed, watchNotifierQueue } from './notifier-metrics';

/** A real server on a free port, asked over real HTTP. */
describe('MetricsServer', () => {
  const token = 'sixteen-chars-at-least';
  let server: MetricsServer;
  let base: string;

  beforeAll(async () => {
    server = new MetricsServer({
      port: 0,
      host: '127.0.0.1',
      token,
      probes: { live: async () => ({ status: 200, body: { status: 'ok' } }), ready: async () => ({ status: 503, body: { status: 'error' } }) },
    });
    base = `http://127.0.0.1:${await server.start()}`;
  });

  afterAll(async () => server.stop());

  it('answers /metrics only to a scrape with the bearer token', async () => {
    const without = await fetch(`${base}/metrics`);
    expect(without.status).toBe(401);
    expect(without.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: token } })).status).toBe(401);
    const scrape = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } });
    expect(scrape.status).toBe(200);
    expect(scrape.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await scrape.text()).toContain('# TYPE recours_notifications_total counter');
  });

  it('reads the scheme whatever its case (RFC 9110 §11.1), as the API does; the token still exactly', async () => {
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `bearer ${token}` } })).status).toBe(200);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `BEARER ${token}` } })).status).toBe(200);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `bearer ${token.toUpperCase()}` } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `bearer${token}` } })).status).toBe(401);
  });

  it('serves the health probes without a token, and nothing else', async () => {
    expect(await (await fetch(`${base}/health/live`)).json()).toEqual({ status: 'ok' });
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    expect((await fetch(`${base}/elsewhere`)).status).toBe(404);
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('is the registration point of the notifier: its queue depth by queue, and its failures', async () => {
    const stop = watchNotifierQueue('email', { depth: async () => 7 });
    notificationFailed('email');
    const text = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
    stop();
    expect(text).toContain('recours_notifier_queue_depth{queue="email"} 7');
    expect(text).toContain('recours_notifications_total{channel="email",outcome="failed"} 1');
    const after = await (await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(after).not.toContain('recours_notifier_queue_depth{queue="email"}');
  });
});

describe('metricsServerOptionsFrom', () => {
  it('is off without METRICS_PORT, and reads the port, the host and the token', () => {
    expect(metricsServerOptionsFrom({})).toBeUndefined();
    expect(metricsServerOptionsFrom({ METRICS_PORT: '9464', HOST: '0.0.0.0', METRICS_TOKEN: 'a-token-of-sixteen+' })).toEqual({ port: 9464, host: '0.0.0.0', token: 'a-token-of-sixteen+' });
    expect(metricsServerOptionsFrom({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.1', METRICS_TOKEN: '' })).toEqual({ port: 9464, host: '10.0.0.1', token: undefined });
  });

  it('refuses a port that is not one, and a short token, naming the variable', () => {
    expect(() => metricsServerOptionsFrom({ METRICS_PORT: 'nine' })).toThrow('METRICS_PORT must be a port number (0 to 65535), not "nine"');
    expect(() => metricsServerOptionsFrom({ METRICS_PORT: '70000' })).toThrow('METRICS_PORT');
    expect(() => metricsServerOptionsFrom({ METRICS_PORT: '9464', METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters long');
  });
});
