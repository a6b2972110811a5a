import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findFreePort } from '@recours/database';
import { TEST_DATA_KEY } from '../../support/test-database';

const DIST = resolve(__dirname, '../../../dist/apps');
export const API_MAIN = `${DIST}/api/src/main.js`;
export const PROJECTOR_MAIN = `${DIST}/projector/src/main.js`;
export const NOTIFIER_MAIN = `${DIST}/notifier/src/main.js`;
export const REBUILD_MAIN = `${DIST}/projector/src/rebuild.js`;
export const MIGRATE_MAIN = `${DIST}/api/src/lifecycle/migrate.cli.js`;

export const JWT_SECRET = 'reliability-secret-that-is-long-enough-for-hs256';
export const ADMIN = { email: 'admin@reliability.test', password: 'platform-keeper-42!' };

export function assertBuilt(): void {
  for (const file of [API_MAIN, PROJECTOR_MAIN, REBUILD_MAIN]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm run test:reliability does)`);
  }
}

/** A compiled recours process (API, projector or rebuild) with its output captured. */
export class RecoursProcess {
  private captured = '';
  readonly exited: Promise<number | null>;

  private constructor(
    readonly name: string,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (d: Buffer) => (this.captured += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (this.captured += d.toString()));
    // 'close', not 'exit': at 'exit' the last lines it printed may still be in the pipe, unread.
    this.exited = new Promise((resolveExit) => child.once('close', (code) => resolveExit(code)));
  }

  static start(name: string, main: string, env: Record<string, string | undefined>, args: string[] = []): RecoursProcess {
    const merged: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'info', ...env };
    for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
    delete merged.NODE_OPTIONS; // jest's own flags are not the app's
    const child = spawn(process.execPath, [main, ...args], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
    return new RecoursProcess(name, child);
  }

  get pid(): number {
    return this.child.pid as number;
  }

  get output(): string {
    return this.captured;
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** Waits for a line of output matching `pattern`. */
  async waitForOutput(pattern: RegExp, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!pattern.test(this.captured)) {
      if (!this.running) throw new Error(`${this.name} exited before printing ${pattern}:\n${this.captured}`);
      if (Date.now() > deadline) throw new Error(`${this.name} did not print ${pattern} within ${timeoutMs} ms:\n${this.captured.slice(-4000)}`);
      await sleep(50);
    }
  }

  /** Sends a signal to this process (by its pid, nothing else) and waits for it to exit. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 15_000): Promise<void> {
    if (!this.running) return;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }
}

/** The API process (PROJECTIONS=external and NOTIFIER=external by default), listening on a free port; resolves once /health answers 200. */
export async function startApi(databaseUrl: string, env: Record<string, string | undefined> = {}): Promise<{ process: RecoursProcess; url: string; health: string }> {
  assertBuilt();
  const port = await findFreePort();
  const api = RecoursProcess.start('api', API_MAIN, {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    PROJECTIONS: 'external',
    NOTIFIER: 'external',
    JWT_SECRET,
    DATA_KEY: TEST_DATA_KEY,
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    WEB_DIST_DIR: '/nonexistent',
    // The scenarios here are load, not abuse: they post hundreds of messages on a few disputes.
    // The per-hour message limits are exercised in large-dispute.spec.ts.
    MESSAGE_LIMIT_PER_DISPUTE: '1000000',
    MESSAGE_LIMIT_PER_PARTY: '1000000',
    ...env,
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!api.running) throw new Error(`api exited:\n${api.output}`);
    const up = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline) {
      await api.stop('SIGKILL');
      throw new Error(`api did not start:\n${api.output}`);
    }
    await sleep(100);
  }
  return { process: api, url: `${base}/graphql`, health: `${base}/health` };
}

/** A projector process; resolves once it has started (it may still be standing by). */
export async function startProjector(name: string, databaseUrl: string, env: Record<string, string | undefined> = {}): Promise<RecoursProcess> {
  assertBuilt();
  const projector = RecoursProcess.start(name, PROJECTOR_MAIN, { DATABASE_URL: databaseUrl, DATA_KEY: TEST_DATA_KEY, ...env });
  await projector.waitForOutput(/recours projector is running/);
  return projector;
}

/** A notifier process; resolves once it has started (it may still be standing by). */
export async function startNotifier(name: string, databaseUrl: string, env: Record<string, string | undefined> = {}): Promise<RecoursProcess> {
  assertBuilt();
  const notifier = RecoursProcess.start(name, NOTIFIER_MAIN, { DATABASE_URL: databaseUrl, JWT_SECRET, DATA_KEY: TEST_DATA_KEY, ...env });
  await notifier.waitForOutput(/recours notifier is running/);
  return notifier;
}

/** `npm run projections:rebuild` as a process: replays every event into fresh tables and swaps them in. */
export async function rebuildReadModels(databaseUrl: string): Promise<string> {
  assertBuilt();
  const rebuild = RecoursProcess.start('rebuild', REBUILD_MAIN, { DATABASE_URL: databaseUrl, DATA_KEY: TEST_DATA_KEY });
  const code = await rebuild.exited;
  if (code !== 0) throw new Error(`projections:rebuild failed (${code}):\n${rebuild.output}`);
  return rebuild.output;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
