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
