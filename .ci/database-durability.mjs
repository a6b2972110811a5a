// What the rendered deployment's PostgreSQL acknowledges must survive a failover: the
// CloudNativePG Cluster waits for at least one standby before a commit returns (quorum
// synchronous replication), keeps waiting when none answers rather than going on unreplicated
// (dataDurability required), has a standby to spare so that losing one does not stop writes,
// and never lets the server report commits before they are durable (synchronous_commit).
// recours itself turns the wait off, transaction by transaction, only for what it can compute
// again (docs/operations.md, "PostgreSQL durability").
// Usage: node .ci/database-durability.mjs rendered.yaml
import { readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

const file = process.argv[2];
if (!file) throw new Error('usage: node .ci/database-durability.mjs rendered.yaml');
const clusters = parseAllDocuments(readFileSync(file, 'utf8'))
  .map((document) => document.toJS())
  .filter((o) => o?.kind === 'Cluster' && String(o.apiVersion).startsWith('postgresql.cnpg.io/'));
const faults = [];
if (clusters.length === 0) faults.push(`no CloudNativePG Cluster in ${file}`);
for (const cluster of clusters) {
  const name = cluster.metadata?.name;
  const instances = Number(cluster.spec?.instances ?? 1);
  const synchronous = cluster.spec?.postgresql?.synchronous;
  const parameters = cluster.spec?.postgresql?.parameters ?? {};
  if (!synchronous) faults.push(`${name}: spec.postgresql.synchronous is missing: a failover may lose acknowledged commits`);
  else {
    const number = Number(synchronous.number);
    if (!['any', 'first'].includes(synchronous.method)) faults.push(`${name}: synchronous.method ${JSON.stringify(synchronous.method)}, not any or first`);
    if (!(number >= 1)) faults.push(`${name}: synchronous.number ${JSON.stringify(synchronous.number)}, not at least 1`);
    if ((synchronous.dataDurability ?? 'required') !== 'required') faults.push(`${name}: synchronous.dataDurability ${synchronous.dataDurability}: commits would go on unreplicated when the standbys are away`);
    if (instances < number + 2) faults.push(`${name}: ${instances} instances for ${number} synchronous standby(s): losing one standby would stop every write (want at least ${number + 2})`);
    console.log(`   ${name}: ${instances} instances, a commit waits for ${synchronous.method} ${number} standby(s), data durability ${synchronous.dataDurability ?? 'required'}`);
  }
  const serverWide = parameters.synchronous_commit;
  if (serverWide !== undefined && !['on', 'remote_apply', 'remote_write'].includes(String(serverWide))) faults.push(`${name}: synchronous_commit ${serverWide} for the whole server: acknowledged commits could be lost at a crash`);
}
if (faults.length > 0) {
  for (const fault of faults) console.error(`   ${fault}`);
  process.exit(1);
}
