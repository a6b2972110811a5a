/**
 * `npm run bench:smoke`: every benchmark once at a tiny size, so that CI notices a benchmark that
 * no longer runs (two did, unnoticed, until someone needed their figures). It checks that each
 * one exits cleanly and prints its `bench=<name> …` lines; the figures of runs this small mean
 * nothing and are not judged.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';

/** A benchmark still running after this is stopped (its whole process group) and counted failed. */
const TIMEOUT_SECONDS = Number(process.env.BENCH_SMOKE_TIMEOUT_S ?? 300);

const TINY: Record<string, Record<string, string>> = {
  'event-store': { BENCH_SECONDS: '1' },
  'event-ids': { BENCH_LOG_EVENTS: '5000', BENCH_APPENDS: '200', BENCH_ROUNDS: '1' },
  projections: { BENCH_DISPUTES: '200', BENCH_ROUNDS: '1' },
  notifications: { BENCH_EVENTS: '100', BENCH_WAIT_SECONDS: '60' },
  api: { BENCH_DISPUTES: '100', BENCH_SECONDS: '1', BENCH_WARM_UP_SECONDS: '0' },
  scale: { BENCH_SCALE_EVENTS: '2000,4000', BENCH_SECONDS: '1', BENCH_WARM_UP_SECONDS: '0' },
  'search-index': { BENCH_WRITES: '300', BENCH_ROUNDS: '1' },
  'live-writes': { BENCH_BATCHES: '5', BENCH_ROUNDS: '2' },
};

async function run(name: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[]; stderr: string; seconds: number; timedOut: boolean }> {
  const started = Date.now();
  // Its own process group, so that a benchmark that hangs is stopped with its children (the
  // rebuild, the notifier) rather than left behind.
  const child = spawn(process.execPath, [join(__dirname, `${name}.bench.js`)], { env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  let timedOut = false;
  const stopGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    stopGroup('SIGTERM');
    setTimeout(() => stopGroup('SIGKILL'), 10_000).unref();
  }, TIMEOUT_SECONDS * 1000);
  // 'close', not 'exit': the output may still be arriving when the process has exited.
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  const lines = stdout.split('\n').filter((line) => line.startsWith(`bench=${name} `));
  return { code, lines, stderr, seconds: (Date.now() - started) / 1000, timedOut };
}

/** The benchmarks' throwaway databases on the server (a benchmark stopped by force cannot drop its own). */
async function benchDatabases(): Promise<string[]> {
  const client = new Client({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE 'recours\\_bench\\_%'`);
    return rows.map((row) => row.datname);
  } finally {
    await client.end();
  }
}

async function dropDatabases(names: string[]): Promise<void> {
  const client = new Client({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await client.connect();
  try {
    for (const name of names) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const only = process.env.BENCH_SMOKE?.split(',');
  const failed: string[] = [];
  for (const [name, env] of Object.entries(TINY)) {
    if (only && !only.includes(name)) continue;
    const before = new Set(await benchDatabases());
    const result = await run(name, env);
    const ok = result.code === 0 && result.lines.length > 0;
    const why = result.timedOut ? `, stopped after ${TIMEOUT_SECONDS} s` : result.code === 0 ? '' : `, exit ${result.code}`;
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} bench:${name} (${result.seconds.toFixed(0)} s, ${result.lines.length} lines${why})\n`);
    if (!ok) {
      failed.push(name);
      process.stdout.write(`${result.stderr.split('\n').slice(-30).join('\n')}\n`);
      await dropDatabases((await benchDatabases()).filter((database) => !before.has(database)));
    }
  }
  if (failed.length > 0) {
    process.stdout.write(`benchmarks that did not run: ${failed.join(', ')}\n`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
