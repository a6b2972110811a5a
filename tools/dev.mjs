// `npm run dev`: the API and the web app rebuilt as their files change, the API restarted on
// each rebuild. Three processes, their lines prefixed; Ctrl-C stops them all.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

// A first build of whatever is stale, so the API starts on compiled code.
const first = spawnSync(process.execPath, [join(ROOT, 'tools', 'fresh-build.mjs'), 'api', 'web'], { cwd: ROOT, stdio: 'inherit' });
if (first.status !== 0) process.exit(first.status ?? 1);

const children = [];
function run(label, command, args, env = {}) {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, out) => {
    let rest = '';
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop();
      for (const line of lines) out.write(`[${label}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      process.stderr.write(`[${label}] stopped (${signal ?? code}); stopping the others\n`);
      stop(code ?? 1);
    }
  });
  children.push(child);
}

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 200).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

run('swc', bin('swc'), ['apps', 'libs', 'bench', '-d', 'dist', '--config-file', '.swcrc', '--ignore', '**/*.spec.ts,apps/web/**', '--quiet', '--watch']);
run('web', bin('vite'), ['build', '--config', 'apps/web/vite.config.mts', '--watch', '--logLevel', 'warn']);
// node --watch restarts the API when a compiled file it loaded changes.
run('api', process.execPath, ['--watch', '--watch-preserve-output', join(ROOT, 'dist/apps/api/src/main.js')]);
