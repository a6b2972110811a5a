// The PostgreSQL connection budget of a rendered deployment: the most connections every recours
// process may hold at once (each pool at its max, during a rolling update with its surge pod, the
// API at the autoscaler's maxReplicas) must fit in the cluster's max_connections, less a reserve
// for the operator's own connections (superuser_reserved_connections, the instance manager,
// monitoring, an administrator's psql). Past it, PostgreSQL refuses new connections ("too many
// clients already") at the busiest moment: when the API has just scaled out.
// Each process's connections come from infra/postgres-connections.json, which
// test/reliability/connection-budget.spec.ts checks against running processes.
// Usage: node .ci/connection-budget.mjs rendered.yaml
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import ceilings from './connection-ceiling.cjs';

const { connectionCeiling: ceiling, reserve } = ceilings;

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
const maxConnections = need('Cluster recours-db spec.postgresql.parameters.max_connections', Number(find('Cluster', 'recours-db')?.spec?.postgresql?.parameters?.max_connections));
const surge = (deployment) => Number(deployment?.spec?.strategy?.rollingUpdate?.maxSurge ?? 1);
const processes = [
  { role: 'api', count: need('HorizontalPodAutoscaler recours-api maxReplicas', find('HorizontalPodAutoscaler', 'recours-api')?.spec?.maxReplicas) + surge(find('Deployment', 'recours-api')) },
  ...['projector', 'notifier'].map((role) => {
    const deployment = find('Deployment', `recours-${role}`);
    return { role, count: need(`Deployment recours-${role} replicas`, deployment?.spec?.replicas) + surge(deployment) };
  }),
];

let total = reserve;
for (const { role, count } of processes) {
  const { total: each, parts } = ceiling(role, config);
  total += count * each;
  console.log(`   ${role}: ${count} processes (replicas at most, with the rolling update's surge) × ${each} connections = ${count * each} (${Object.entries(parts).map(([name, n]) => `${name} ${n}`).join(', ')})`);
}
console.log(`   total ${total} with ${reserve} kept for the operator; max_connections ${maxConnections}`);
if (total > maxConnections) faults.push(`recours may open ${total} connections to PostgreSQL (reserve included) and max_connections is ${maxConnections}: raise it, or lower the replicas or the pools`);
if (faults.length > 0) {
  for (const fault of faults) console.error(`FAIL ${fault}`);
  process.exit(1);
}
