/**
 * `npm run bench:smoke`: every benchmark once at a tiny size, so that CI notices a benchmark that
 * no longer runs (two did, unnoticed, until someone needed their figures). It checks that each
 * one exits cleanly and prints its `bench=<name> …` lines; the figures of runs this small mean
 * nothing and are not judged.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const TINY: Record<string, Record<string, string>> = {
  'event-store': { BENCH_SECONDS: '1' },
  projections: { BENCH_DISPUTES: '200', BENCH_ROUNDS: '1' },
  notifications: { BENCH_EVENTS: '100' },
  api: { BENCH_DISPUTES: '100', BENCH_SECONDS: '1', BENCH_WARM_UP_SECONDS: '0' },
  scale: { BENCH_SCALE_EVENTS: '2000,4000', BENCH_SECONDS: '1', BENCH_WARM_UP_SECONDS: '0' },
};

async function run(name: string, env: Record<string, string>): Promise<{ code: number | null; lines: string[]; stderr: string; seconds: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [join(__dirname, `${name}.bench.js`)], { env: { ...process.env, NODE_ENV: 'production', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const lines = stdout.split('\n').filter((line) => line.startsWith(`bench=${name} `));
  return { code, lines, stderr, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const only = process.env.BENCH_SMOKE?.split(',');
  const failed: string[] = [];
  for (const [name, env] of Object.entries(TINY)) {
    if (only && !only.includes(name)) continue;
    const result = await run(name, env);
    const ok = result.code === 0 && result.lines.length > 0;
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} bench:${name} (${result.seconds.toFixed(0)} s, ${result.lines.length} lines${result.code === 0 ? '' : `, exit ${result.code}`})\n`);
    if (!ok) {
      failed.push(name);
      process.stdout.write(`${result.stderr.split('\n').slice(-30).join('\n')}\n`);
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
