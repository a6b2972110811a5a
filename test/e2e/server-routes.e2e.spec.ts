import { startTestApp, type TestApp } from '@recours/testing';
import { NOT_THE_WEB_APP } from '../../apps/api/src/web/web-app.module';

/** The routes Express holds for the application's controllers, as declared (e.g. /files/:id). */
function controllerRoutes(api: TestApp): string[] {
  const express = api.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string } }> } };
  // '{/*splat}' is the web app's own fallback; GraphQL is a middleware, in the list by hand.
  return express.router.stack.flatMap((layer) => (layer.route && layer.route.path !== '{/*splat}' ? [layer.route.path] : []));
}

describe('one list of server routes, which the web app never swallows', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('server_routes');
  });
  afterAll(() => api?.close());

  it('covers every route of every controller of the real application', () => {
    const routes = controllerRoutes(api);
    expect(routes).toEqual(expect.arrayContaining(['/health', '/files', '/files/:id']));
    expect(NOT_THE_WEB_APP.test('/graphql')).toBe(true);
    const concrete = (path: string) => path.replace(/:[^/]+/g, '7b0d6a52-3f0e-4a4e-9d55-1c3f0b1f2a10');
    expect(routes.filter((path) => !NOT_THE_WEB_APP.test(concrete(path)))).toEqual([]);
  });

  it('leaves the app its own pages', () => {
    for (const page of ['/', '/disputes/7b0d6a52-3f0e-4a4e-9d55-1c3f0b1f2a10', '/verify', '/claims/new', '/filesystem']) expect({ page, server: NOT_THE_WEB_APP.test(page) }).toEqual({ page, server: false });
  });
});

/** API probe: a route's parameter the global input pipe refuses (NUL) was a bare 500 in English on every server route. */
describe('a server route’s refused parameter', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('server_route_params');
  });
  afterAll(() => api?.close());

  it('is answered 400 in the reader’s language, naming the parameter, on every route that takes one', async () => {
    const express = api.app.getHttpAdapter().getInstance() as { router: { stack: Array<{ route?: { path: string; methods: Record<string, boolean> } }> } };
    const routes = express.router.stack.flatMap((layer) => (layer.route && /:\w+/.test(layer.route.path) && layer.route.path !== '{/*splat}' ? [layer.route] : []));
    expect(routes.map((r) => r.path)).toEqual(expect.arrayContaining(['/files/:id', '/disputes/:id/case-file.pdf']));
    for (const route of routes) {
      const name = /:(\w+)/.exec(route.path)![1];
      const path = route.path.replace(/:\w+/g, '%00');
      // GET /unsubscribe/:token is the web app's page (it reads no parameter); its POST is the route.
      for (const method of Object.keys(route.methods).filter((m) => (m === 'get' || m === 'post') && !(m === 'get' && route.path === '/unsubscribe/:token'))) {
        const answer = await fetch(`${api.origin}${path}`, { method: method.toUpperCase(), headers: { 'accept-language': 'fr' } });
        const body = (await answer.json()) as { error?: { code: string; message: string; fields?: Array<{ field: string; code: string; message: string }> } };
        expect({ method, path: route.path, status: answer.status, code: body.error?.code, fields: body.error?.fields?.map((f) => [f.field, f.code]) }).toEqual({ method, path: route.path, status: 400, code: 'BAD_USER_INPUT', fields: [[name, 'CONTAINS_NUL']] });
        expect(body.error?.fields?.[0].message).toBe('ne doit pas contenir le caractère NUL (U+0000)');
      }
    }
  });
  it('a parameter that does not decode (a Latin-1 « é », the bytes of half a character) is refused the same way, naming it, where Nest said "Failed to decode param" in English (crash probe)', async () => {
    for (const [path, name] of [
      ['/files/%E9', 'id'],
      ['/disputes/%ED%B0%80/case-file.pdf', 'id'],
      ['/mediation-bodies/caf%E9/activity-report.csv?year=2026', 'bodyId'],
    ] as const) {
      for (const [language, message] of [['fr', 'doit s’écrire en UTF-8 (ce que ne font pas ses octets encodés en pourcentage)'], ['en', 'must be written in UTF-8 (its percent-encoded bytes are not)']] as const) {
        const answer = await fetch(`${api.origin}${path}`, { headers: { 'accept-language': language } });
        const body = (await answer.json()) as { error?: { code: string; fields?: Array<{ field: string; code: string; message: string }> } };
        expect({ path, status: answer.status, code: body.error?.code, fields: body.error?.fields?.map((f) => [f.field, f.code, f.message]) }).toEqual({ path, status: 400, code: 'BAD_USER_INPUT', fields: [[name, 'NOT_UTF8', message]] });
      }
    }
    const unsubscribe = await fetch(`${api.origin}/unsubscribe/%E9`, { method: 'POST', headers: { 'accept-language': 'fr' } });
    expect([unsubscribe.status, ((await unsubscribe.json()) as { error?: { fields?: Array<{ field: string }> } }).error?.fields?.[0]?.field]).toEqual([400, 'token']);
  });
});

/** API probe: Nest answered a path under a server route that no handler takes with "Cannot GET /files/", in English and a shape of its own. */
describe('a path under a server route that no handler answers', () => {
  let api: TestApp;
  beforeAll(async () => {
    api = await startTestApp('server_route_missing');
  });
  afterAll(() => api?.close());

  it('is answered 404 as the server routes answer a missing thing, in the reader’s language', async () => {
    for (const [method, path] of [
      ['GET', '/files/'],
      ['GET', '/open-data/nothing.csv'],
      ['GET', '/disputes/7b0d6a52-3f0e-4a4e-9d55-1c3f0b1f2a10/case-file.xml'],
      ['GET', '/mediation-bodies//activity-report.csv'],
      ['DELETE', '/files/7b0d6a52-3f0e-4a4e-9d55-1c3f0b1f2a10'],
    ] as const) {
      for (const [language, message] of [['fr', 'Page introuvable'], ['en', 'Page not found']] as const) {
        const answer = await fetch(`${api.origin}${path}`, { method, headers: { 'accept-language': language } });
        expect({ method, path, status: answer.status, body: await answer.json() }).toEqual({ method, path, status: 404, body: { error: { code: 'NOT_FOUND', message } } });
      }
    }
  });
});
