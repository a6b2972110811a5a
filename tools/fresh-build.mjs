// Builds what changed since its last build, and nothing else: `npm start` used to rebuild the
// API and the web app on every start (11-14 s). A build leaves a stamp; a part is rebuilt when a
// file or folder among its sources (a folder's time changes when a file in it is added or
// deleted) is newer than its stamp, or when there is no stamp.
// Usage: node tools/fresh-build.mjs api web
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

const PARTS = {
  api: { script: 'build', sources: ['apps', 'libs', 'bench', '.swcrc', 'package-lock.json'], skip: ['apps/web', 'node_modules', 'dist'], stamp: 'dist/.built' },
  web: { script: 'build:web', sources: ['apps/web', 'schema.gql', 'package-lock.json'], skip: ['apps/web/dist', 'apps/web/src/graphql/generated', 'node_modules'], stamp: 'apps/web/dist/.built' },
};

/** The newest modification time under `path` (files and folders), `skip` left out. */
function newest(path, skip) {
  const relative = path.slice(ROOT.length + 1);
  if (skip.some((s) => relative === s || relative.startsWith(`${s}/`)) || !existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry), skip));
  return latest;
}

for (const name of process.argv.slice(2)) {
  const part = PARTS[name];
  if (!part) throw new Error(`unknown part ${name}: one of ${Object.keys(PARTS).join(', ')}`);
  const stamp = join(ROOT, part.stamp);
  const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changedAt = Math.max(...part.sources.map((source) => newest(join(ROOT, source), part.skip)));
  if (changedAt <= builtAt) {
    process.stdout.write(`${name}: up to date\n`);
    continue;
  }
  process.stdout.write(`${name}: building…\n`);
  const built = spawnSync('npm', ['run', part.script, '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
