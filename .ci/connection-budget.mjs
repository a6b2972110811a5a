// The PostgreSQL connection budget of a rendered deployment: the most connections every recours
// process may hold at once (each pool at its max, during a rolling update with its surge pod, the
// API at the autoscaler's maxReplicas) must fit in the cluster's max_connections, less a reserve
// for the operator's own connections (superuser_reserved_connections, the instance manager,
// monitoring, an administrator's psql). Past it, PostgreSQL refuses new connections ("too many
// clients already") at the busiest moment: when the API has just scaled out.
// Usage: node .ci/connection-budget.mjs rendered.yaml
//
// Each process's connections, by the name they show in pg_stat_activity and their most at once,
// as the code opens them (docs/operations.md, "PostgreSQL connections", measured with the same
// names). A pool added to a process, or a pool's max raised, goes here too.
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const RESERVE = 20;

/** One process's most connections, part by part, under the deployment's settings. */
function ceiling(role, config) {
  const postgresEvents = (config.EVENT_STORE ?? 'postgres') === 'postgres';
  const parts = {};
  const add = (more) => {
    for (const [name, n] of Object.entries(more)) parts[name] = (parts[name] ?? 0) + n;
  };
  // Every process: the health checks' pool and the data subjects' keys (kept in PostgreSQL
  // whichever the event store); the PostgreSQL event store's pool and its appends' listener.
  add({ 'recours-health': 2, 'recours-subject-keys': 4 });
  if (postgresEvents) add({ 'recours-event-store': 10 });
  // The projections' leases (one per projection) and their live tail; the notifier's.
  const projectionRunners = { 'recours-projection:dispute-cases': 1, 'recours-projection:dispute-timeline': 1, 'recours-projection:mediation-activity': 1, 'recours-projection:merchant-scorecard': 1, 'recours-projection-tail': 1 };
  const notifierRunners = { 'recours-notifier:sender': 1, 'recours-projection:notifier': 1, 'recours-projection-tail': 1 };
  // The notifications schema's migrations open 2 at start and close them.
  const notificationPools = { 'recours-notifications': 6, 'recours-notifications-schema': 2 };
  if (role === 'api') {
    add({ 'recours-accounts': 5, 'recours-read-models': 5, 'recours-uploads': 3, 'recours-listening': 1, ...notificationPools });
    if ((config.FILE_STORAGE ?? 'postgres') === 'postgres') add({ 'recours-file-storage': 4 });
    if (config.PROJECTIONS !== 'external') add(projectionRunners);
    if (config.NOTIFIER !== 'external') add(notifierRunners);
  }
  if (role === 'projector') add({ 'recours-read-models': 5, ...projectionRunners, ...(postgresEvents ? { 'recours-listening': 1 } : {}) });
  if (role === 'notifier') add({ ...notificationPools, ...notifierRunners, ...(postgresEvents ? { 'recours-listening': 1 } : {}) });
  return { total: Object.values(parts).reduce((sum, n) => sum + n, 0), parts };
}

const file = process.argv[2];
if (!file) throw new Error('usage: node .ci/connection-budget.mjs rendered.yaml');
const objects = parseAllDocuments(readFileSync(file, 'utf8')).map((document) => document.toJS()).filter(Boolean);
const find = (kind, name) => objects.find((o) => o.kind === kind && o.metadata?.name === name);
const faults = [];
const need = (what, value) => {
  if (value === undefined || value === null || Number.isNaN(value)) faults.push(`not found in ${file}: ${what}`);
  return value;
};

const config = need('ConfigMap recours-config', find('ConfigMap', 'recours-config')?.data) ?? {};
const cluster = find('Cluster', 'recours-db');
const maxConnections = need('Cluster recours-db spec.postgresql.parameters.max_connections', Number(cluster?.spec?.postgresql?.parameters?.max_connections));
const surge = (deployment) => Number(deployment?.spec?.strategy?.rollingUpdate?.maxSurge ?? 1);

const api = find('Deployment', 'recours-api');
const processes = [
  { role: 'api', count: need('HorizontalPodAutoscaler recours-api maxReplicas', find('HorizontalPodAutoscaler', 'recours-api')?.spec?.maxReplicas) + surge(api) },
  ...['projector', 'notifier'].map((role) => {
    const deployment = find('Deployment', `recours-${role}`);
    return { role, count: need(`Deployment recours-${role} replicas`, deployment?.spec?.replicas) + surge(deployment) };
  }),
];

let total = RESERVE;
for (const { role, count } of processes) {
  const { total: each, parts } = ceiling(role, config);
  total += count * each;
  console.log(`   ${role}: ${count} processes (replicas at most, with the rolling update's surge) × ${each} connections = ${count * each} (${Object.entries(parts).map(([name, n]) => `${name} ${n}`).join(', ')})`);
}
console.log(`   total ${total} with ${RESERVE} kept for the operator; max_connections ${maxConnections}`);
if (total > maxConnections) faults.push(`recours may open ${total} connections to PostgreSQL (reserve included) and max_connections is ${maxConnections}: raise it, or lower the replicas or the pools`);
if (faults.length > 0) {
  for (const fault of faults) console.error(`FAIL ${fault}`);
  process.exit(1);
}
