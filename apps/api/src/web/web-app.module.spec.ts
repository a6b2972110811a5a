import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebAppModule } from './web-app.module';
import { webDistDir } from './web-dist';

@Controller()
class ApiStandIn {
  @Get('health')
  health() {
    return { status: 'ok' };
  }
}

// NestFactory, not Test.createTestingModule: serve-static picks its loader from the HTTP adapter,
// which a testing module compiled without an application does not have yet.
@Module({ imports: [WebAppModule], controllers: [ApiStandIn] })
class AppStandIn {}

describe('WebAppModule', () => {
  let app: INestApplication;
  let base: string;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'recours-web-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    process.env.WEB_DIST_DIR = dist;
    app = await NestFactory.create(AppStandIn, { logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(async () => {
    await app.close();
    delete process.env.WEB_DIST_DIR;
    rmSync(dist, { recursive: true, force: true });
  });

  it('answers the app at / and at any route of the app (a reload or a shared link)', async () => {
    for (const path of ['/', '/disputes/7b0d6a52-3f0e-4a4e-9d55-1c3f0b1f2a10', '/merchants?search=phone']) {
      const answer = await fetch(base + path);
      expect(answer.status).toBe(200);
      expect(answer.headers.get('content-type')).toMatch(/text\/html/);
      expect(await answer.text()).toContain('<div id="root">');
    }
  });

  it('serves hashed assets with a long cache, and a missing asset as 404 rather than the page', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('never shadows the API: /health answers itself and /graphql paths are left to GraphQL', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok' });
    const graphql = await fetch(`${base}/graphql`);
    expect(graphql.status).toBe(404);
    expect(await graphql.text()).not.toContain('<div id="root">');
  });

  it('finds apps/web/dist of the checkout it runs from, or WEB_DIST_DIR', () => {
    expect(webDistDir({}, __dirname)).toBe(join(__dirname, '..', '..', '..', 'web', 'dist'));
    expect(webDistDir({ WEB_DIST_DIR: '/srv/web' }, __dirname)).toBe('/srv/web');
  });
});
