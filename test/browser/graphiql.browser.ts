import { expect, test } from '@playwright/test';
import { startServer, type RunningServer } from './support/server';

// GraphiQL is a development tool (off in production, where the suite's shared server runs): this
// file starts its own server in development mode.
let server: RunningServer;
test.beforeAll(async () => {
  server = await startServer({ NODE_ENV: 'development' });
});
test.afterAll(() => server?.stop());

test('GraphiQL at /graphql loads from the server itself, with no other host reachable, and runs a query', async ({ page }) => {
  const origin = new URL(server.url).origin;
  const elsewhere: string[] = [];
  // As offline or behind a strict network: any request to another host fails, and is noted.
  await page.route(
    (url) => url.origin !== origin && url.protocol.startsWith('http'),
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  await page.goto(`${server.url}/graphql`);
  await expect(page.locator('.graphiql-container')).toBeVisible();
  await page.locator('.graphiql-query-editor .CodeMirror').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('{ merchants(first: 1) { __typename } }');
  const answered = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('merchants'));
  await page.getByRole('button', { name: /Execute query/ }).click();
  expect((await answered).status()).toBe(200);
  await expect(page.locator('.graphiql-response')).toContainText('"merchants"');
  expect(elsewhere).toEqual([]);
});
