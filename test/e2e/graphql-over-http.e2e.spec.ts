import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '@recours/testing';

/**
 * The GraphQL-over-HTTP conformance audit of graphql-http, against the running server. Every
 * MUST audit is its own test; SHOULD and MAY audits are reported, not enforced.
 */
describe('GraphQL over HTTP conformance (graphql-http serverAudits)', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('http_audit');
  });
  afterAll(() => api.close());

  const audits = serverAudits({ url: () => api.url, fetchFn: fetch });

  it.each(audits.filter((a) => a.name.startsWith('MUST')).map((a) => [a.name, a] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    if (result.status !== 'ok') throw new Error(`${result.name}: ${result.reason}`);
  });

  it('reports the SHOULD and MAY audits', async () => {
    const results = await Promise.all(audits.filter((a) => !a.name.startsWith('MUST')).map((a) => a.fn()));
    const failed = results.filter((r) => r.status !== 'ok').map((r) => `${r.name}${'reason' in r ? `: ${r.reason}` : ''}`);
    console.log(`graphql-http SHOULD/MAY audits: ${results.length - failed.length}/${results.length} passed${failed.length ? `\n  ${failed.join('\n  ')}` : ''}`);
    expect(results.length).toBeGreaterThan(0);
  });
});
