// One process's most connections to PostgreSQL, by application_name, from
// infra/postgres-connections.json: used by .ci/connection-budget.mjs (the deployment's sum) and
// test/reliability/connection-budget.spec.ts (running processes against it).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const table = JSON.parse(readFileSync(join(__dirname, '../infra/postgres-connections.json'), 'utf8'));

/** The settings the table's conditions name, with the processes' defaults. */
function settingsOf(env) {
  return {
    EVENT_STORE: env.EVENT_STORE ?? 'postgres',
    FILE_STORAGE: env.FILE_STORAGE ?? 'postgres',
    PROJECTIONS: env.PROJECTIONS === 'external' ? 'external' : 'in-process',
    NOTIFIER: env.NOTIFIER === 'external' ? 'external' : 'in-process',
  };
}

/** @returns {{ total: number, parts: Record<string, number> }} */
function connectionCeiling(role, env) {
  const settings = settingsOf(env);
  const parts = {};
  for (const { name, most, in: where } of table.connections) {
    const when = where[role];
    if (!when || !Object.entries(when).every(([key, value]) => settings[key] === value)) continue;
    parts[name] = (parts[name] ?? 0) + most;
  }
  return { total: Object.values(parts).reduce((sum, n) => sum + n, 0), parts };
}

module.exports = { connectionCeiling, reserve: table.reserve };
