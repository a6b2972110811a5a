// Replays infra/docker/Dockerfile without a Docker engine: each stage in a folder of its own
// under WORK, RUN steps in bash with the Node.js of the FROM line first on PATH, COPY from the
// build context (less .dockerignore) or from an earlier stage. USER is recorded, not applied (CI
// runs as root). Writes WORK/image.json: the last stage's folder, environment and command.
// Usage: node .ci/dockerfile-replay.mjs WORK NODE_BIN_DIR
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const [work, nodeBin] = process.argv.slice(2).map((p) => resolve(p));
const context = resolve('.');
const ignored = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const isIgnored = (path) => {
  const rel = relative(context, path);
  return ignored.some((pattern) => rel === pattern || rel.startsWith(`${pattern}/`));
};

// Instructions, with continuation lines joined.
const lines = readFileSync('infra/docker/Dockerfile', 'utf8').replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const stages = new Map();
let stage;
for (const line of lines) {
  const [instruction, ...rest] = line.split(/\s+/);
  const args = rest.join(' ');
  switch (instruction.toUpperCase()) {
    case 'FROM': {
      const [image, , alias] = args.split(/\s+/);
      const root = join(work, alias ?? `stage-${stages.size}`);
      mkdirSync(root, { recursive: true });
      stage = { image, root, cwd: root, env: {}, user: 'root', cmd: undefined };
      stages.set(alias ?? `stage-${stages.size}`, stage);
      console.log(`FROM ${image}: in ${root} with ${execFileSync(join(nodeBin, 'node'), ['--version']).toString().trim()}`);
      break;
    }
    case 'WORKDIR':
      stage.cwd = join(stage.root, args);
      mkdirSync(stage.cwd, { recursive: true });
      break;
    case 'ENV':
      for (const [, key, value] of args.matchAll(/(\w+)=("[^"]*"|\S+)/g)) stage.env[key] = value.replace(/^"|"$/g, '');
      break;
    case 'COPY': {
      const from = /^--from=(\S+)\s+/.exec(args);
      const parts = args.replace(/^--from=\S+\s+/, '').split(/\s+/);
      const destination = parts.pop();
      const target = destination.startsWith('/') ? join(stage.root, destination) : join(stage.cwd, destination);
      for (const source of parts) {
        const origin = from ? join(stages.get(from[1]).root, source) : join(context, source);
        if (!existsSync(origin)) throw new Error(`COPY ${source}: not found (${origin})`);
        // Docker's rule: a directory's contents go into the destination; a file goes into a
        // destination ending in '/', or becomes the destination.
        const isDirectory = statSync(origin).isDirectory();
        const into = isDirectory || !destination.endsWith('/') ? target : join(target, basename(source));
        mkdirSync(isDirectory ? into : dirname(into), { recursive: true });
        cpSync(origin, into, { recursive: true, filter: (path) => from !== null || !isIgnored(path) });
      }
      console.log(`COPY ${args}`);
      break;
    }
    case 'RUN': {
      console.log(`RUN ${args}`);
      execFileSync('bash', ['-euo', 'pipefail', '-c', args], { cwd: stage.cwd, stdio: 'inherit', env: { ...process.env, ...stage.env, PATH: `${nodeBin}:${process.env.PATH}` } });
      break;
    }
    case 'USER':
      stage.user = args;
      break;
    case 'CMD':
      stage.cmd = JSON.parse(args);
      break;
    case 'EXPOSE':
      stage.expose = args.split(/\s+/).map(Number);
      break;
    default:
      throw new Error(`${instruction}: this replay does not know the instruction; teach it, or keep the Dockerfile to FROM/WORKDIR/ENV/COPY/RUN/USER/EXPOSE/CMD`);
  }
}
const image = { from: stage.image, dir: stage.cwd, env: stage.env, user: stage.user, expose: stage.expose, cmd: stage.cmd };
writeFileSync(join(work, 'image.json'), `${JSON.stringify(image, null, 2)}\n`);
console.log(`image: ${JSON.stringify(image)}`);
