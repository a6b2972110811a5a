// The smoke run of the image's build output on given Node.js binaries: for each, the migrate
// command (the Deployments' init container) runs, then the API and a projector start from the image's folder with the image's environment (HOST kept on loopback),
// on a fresh database; /health/live, /health/ready and /metrics answer; one journey runs through
// the API (sign-ups, a claim filed, acknowledged, read back as the merchant sees it in the inbox);
// the notifier, a third process (production refuses one without SMTP_URL), e-mails the merchant
// through a real SMTP server on loopback; SIGTERM stops all three cleanly. Prints one line per binary and exits 1 if any failed.
// Usage: node .ci/lts-smoke.mjs WORK/image.json NODE_BIN_DIR...
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';

const [imageFile, ...nodeDirs] = process.argv.slice(2);
const image = JSON.parse(readFileSync(imageFile, 'utf8'));
const adminUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const TOKEN = 'smoke-metrics-token-0123456789';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const freePort = () => new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); }); });

async function sql(text) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try { await client.query(text); } finally { await client.end(); }
}

function start(name, node, main, env) {
  const child = spawn(join(node, 'node'), [main], { cwd: image.dir, env: { PATH: process.env.PATH, ...image.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  return { name, child, exited, output: () => output };
}

async function until(what, check, timeoutMs = 90_000) {
  for (const deadline = Date.now() + timeoutMs; ; await sleep(250)) {
    try { if (await check()) return; } catch { /* not yet */ }
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
  }
}

async function gql(url, query, variables, token) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 40)}…: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A real SMTP server on loopback that keeps the recipients of what it accepts. */
async function smtpInbox() {
  const recipients = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        recipients.push(...session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
        callback();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, recipients, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function journey(url, inbox) {
  const signUp = async (role, name) => {
    const email = `${name}-${Date.now()}@example.test`;
    const answer = (await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { token user { merchantId } } }', { i: { email, password: 'Correct-Horse-42', displayName: name, role, ...(role === 'MERCHANT' ? { merchantName: `${name} shop` } : {}) } })).signUp;
    return { ...answer, email };
  };
  const consumer = await signUp('CONSUMER', 'smoke');
  const merchant = await signUp('MERCHANT', 'smokeshop');
  const claim = {
    merchantId: merchant.user.merchantId,
    product: { name: 'Galaxy A54', category: 'smartphone', brand: 'Samsung', condition: 'NEW' },
    purchase: { purchasedOn: '2025-03-10', deliveredOn: '2025-03-12', price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
    problem: { description: 'The battery swells and the back cover lifts.', firstNoticedOn: '2025-11-02', chronology: [{ on: '2025-11-02', what: 'Shut down at 40%' }] },
    requestedRemedy: 'REPLACEMENT',
    evidence: [{ kind: 'INVOICE', name: 'facture.pdf', sha256: 'a'.repeat(64) }],
  };
  const filed = (await gql(url, 'mutation($i: FileClaimInput!) { fileClaim(input: $i) { id version } }', { i: claim }, consumer.token)).fileClaim;
  await gql(url, 'mutation($i: AcknowledgeClaimInput!) { acknowledgeClaim(input: $i) { id } }', { i: { disputeId: filed.id, note: 'We are looking into it.' } }, merchant.token);
  const read = (await gql(url, 'query($id: ID!) { dispute(id: $id) { version } }', { id: filed.id }, consumer.token)).dispute;
  if (read.version !== filed.version + 1) throw new Error(`the dispute is at version ${read.version} after the acknowledgement, not ${filed.version + 1}`);
  // The inbox is a read model: the projector process put the claim there.
  await until('the claim in the merchant inbox', async () => {
    const merchantInbox = (await gql(url, '{ merchantInbox { edges { node { id productName } } } }', {}, merchant.token)).merchantInbox;
    return merchantInbox.edges.some((e) => e.node.id === filed.id);
  }, 30_000);
  await until('the new claim e-mailed to the merchant by the notifier', async () => inbox.recipients.includes(merchant.email.toLowerCase()), 60_000);
  return 'claim filed, acknowledged, read back, projected into the merchant inbox, and e-mailed to the merchant';
}

async function smoke(nodeDir) {
  const version = (await new Promise((resolve) => { const c = spawn(join(nodeDir, 'node'), ['--version']); let v = ''; c.stdout.on('data', (d) => (v += d)); c.on('exit', () => resolve(v.trim())); }));
  const database = `recours_smoke_${version.replace(/\W/g, '_')}_${process.pid}`;
  await sql(`DROP DATABASE IF EXISTS ${database}`);
  await sql(`CREATE DATABASE ${database}`);
  const [port, apiMetrics, projectorMetrics, notifierMetrics] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const inbox = await smtpInbox();
  const env = {
    DATABASE_URL: adminUrl.replace(/\/[^/]*$/, `/${database}`), HOST: '127.0.0.1', PORT: String(port), METRICS_TOKEN: TOKEN, PUBLIC_URL: `http://127.0.0.1:${port}`,
    JWT_SECRET: 'smoke-secret-that-is-long-enough-for-hs256-signing', DATA_KEY: 'smoke-master-key-that-is-long-enough-for-production', ADMIN_EMAIL: 'admin@smoke.test', ADMIN_PASSWORD: 'platform-keeper-42!', PROJECTIONS: 'external', NOTIFIER: 'external', LOG_LEVEL: 'warn',
  };
  // The init container of every Deployment (infra/k8s) first: every schema migrated, then exit 0.
  const migrate = start('migrate', nodeDir, 'dist/apps/api/src/lifecycle/migrate.cli.js', env);
  const migrated = await migrate.exited;
  if (migrated !== 0) return { version, ok: false, detail: `the migrate command exited with ${migrated}\n${migrate.output().slice(-3000)}` };
  const api = start('api', nodeDir, image.cmd[1], { ...env, METRICS_PORT: String(apiMetrics) });
  const projector = start('projector', nodeDir, 'dist/apps/projector/src/main.js', { ...env, METRICS_PORT: String(projectorMetrics) });
  const notifier = start('notifier', nodeDir, 'dist/apps/notifier/src/main.js', { ...env, METRICS_PORT: String(notifierMetrics), SMTP_URL: inbox.url });
  const processes = [api, projector, notifier];
  const base = `http://127.0.0.1:${port}`;
  try {
    await until('API ready', async () => (await fetch(`${base}/health/ready`)).ok);
    await until('projector ready', async () => (await fetch(`http://127.0.0.1:${projectorMetrics}/health/ready`)).ok);
    if (!(await fetch(`${base}/health/live`)).ok) throw new Error('/health/live is not 200');
    const web = await fetch(`${base}/`);
    if (!web.ok || !(await web.text()).includes('<div id="root">')) throw new Error('the web app is not served under /');
    const steps = await journey(`${base}/graphql`, inbox);
    const metrics = await (await fetch(`http://127.0.0.1:${apiMetrics}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
    for (const series of ['recours_commands_total{command="FileClaim",code="OK"} 1', `recours_build_info{service="api",version=`, `node="${version}"`]) {
      if (!metrics.includes(series)) throw new Error(`/metrics lacks ${series}`);
    }
    for (const p of processes) p.child.kill('SIGTERM');
    const codes = await Promise.all(processes.map((p) => p.exited));
    if (codes.some((code) => code !== 0)) throw new Error(`exit codes after SIGTERM: ${processes.map((p, i) => `${p.name} ${codes[i]}`).join(', ')}`);
    return { version, ok: true, detail: `${steps}; health, metrics and the web app answered; all three stopped cleanly on SIGTERM` };
  } catch (error) {
    return { version, ok: false, detail: `${error.message}\n--- api ---\n${api.output().slice(-3000)}\n--- projector ---\n${projector.output().slice(-2000)}\n--- notifier ---\n${notifier.output().slice(-2000)}` };
  } finally {
    for (const p of processes) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
    await Promise.all(processes.map((p) => p.exited));
    await inbox.close();
    await sql(`DROP DATABASE IF EXISTS ${database}`).catch(() => undefined);
  }
}

let failed = 0;
for (const dir of nodeDirs) {
  const result = await smoke(dir);
  if (!result.ok) failed++;
  console.log(`${result.ok ? 'PASS' : 'FAIL'} node ${result.version}: ${result.detail}`);
}
process.exit(failed ? 1 : 0);
