// Validates rendered Kubernetes manifests offline: each object against its kind's OpenAPI schema
// (kubernetes-models and @kubernetes-models/* carry them), and each recours container's command
// against the build. Usage: node .ci/validate-manifests.mjs rendered.yaml... [--not-built-yet rendered.yaml...]
// (the files after --not-built-yet may name commands the build does not produce yet: reported,
// not faults). Exits 1 on any fault.
import { existsSync, readFileSync } from 'node:fs';
import { parseAllDocuments } from 'yaml';

/** Where the schema of each API group lives. */
const MODELS = {
  'monitoring.coreos.com': '@kubernetes-models/prometheus-operator',
  'cert-manager.io': '@kubernetes-models/cert-manager',
};
/** Kinds no offline schema covers: said so, not silently passed. */
const UNCHECKED = new Map([['postgresql.cnpg.io/v1 Cluster', 'CloudNativePG publishes no schema package on npm: checked by its operator at apply time only']]);

const faults = [];
const checked = new Map();
const unchecked = new Map();
const commands = [];

const args = process.argv.slice(2);
const split = args.indexOf('--not-built-yet');
const files = split < 0 ? args.map((f) => [f, false]) : [...args.slice(0, split).map((f) => [f, false]), ...args.slice(split + 1).map((f) => [f, true])];

for (const [file, notBuiltYet] of files) {
  for (const document of parseAllDocuments(readFileSync(file, 'utf8'))) {
    const object = document.toJS();
    if (!object) continue;
    const { apiVersion, kind } = object;
    const name = `${kind}/${object.metadata?.name} (${file})`;
    const key = `${apiVersion} ${kind}`;
    if (UNCHECKED.has(key)) {
      unchecked.set(key, (unchecked.get(key) ?? 0) + 1);
      continue;
    }
    const group = apiVersion.includes('/') ? apiVersion.split('/')[0] : '';
    const module = MODELS[group] ? `${MODELS[group]}/${apiVersion}` : `kubernetes-models/${apiVersion}`;
    let Model;
    try {
      Model = (await import(module))[kind];
    } catch {
      Model = undefined;
    }
    if (!Model) {
      faults.push(`${name}: no schema for ${key}; add it to MODELS or, with a reason, to UNCHECKED`);
      continue;
    }
    try {
      new Model(object).validate();
      checked.set(key, (checked.get(key) ?? 0) + 1);
    } catch (error) {
      faults.push(`${name}: ${error.message}`);
    }
    for (const container of [...(object.spec?.template?.spec?.initContainers ?? []), ...(object.spec?.template?.spec?.containers ?? [])]) {
      const main = container.command?.find((part) => part.startsWith('dist/'));
      if (!main) continue;
      if (existsSync(main)) commands.push(`${main}: in dist`);
      else if (notBuiltYet) commands.push(`${main}: not in this build yet (${name})`);
      else faults.push(`${name}: container ${container.name} runs ${main}, which the build does not produce`);
    }
  }
}

console.log('checked against their schema:');
for (const [key, n] of checked) console.log(`  ${key} × ${n}`);
console.log('container commands:');
for (const line of commands) console.log(`  ${line}`);
console.log('not checked (no offline schema):');
for (const [key, n] of unchecked) console.log(`  ${key} × ${n}: ${UNCHECKED.get(key)}`);
if (faults.length) {
  console.error(`\n${faults.length} fault(s):\n${faults.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
