import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiActors, startTestApp, type TestApp } from '@recours/testing';
import { PERSONAL_DATA_IN_FILES, PERSONAL_DATA_IN_TABLES } from '../../apps/api/src/privacy/personal-data-locations';

/*
 * "Personal data is data a person may take back: know where each piece lives." The database an
 * instance really has once every migration ran (and every store made its tables), and the files it
 * writes under DATA_DIR, against the one list of where personal data lives
 * (apps/api/src/privacy/personal-data-locations.ts) and docs/privacy.md: a table or column nobody
 * classified, or a file nobody listed, fails here until its author says whose it is, what erasure
 * does to it and where the archive holds it.
 */
describe('where personal data lives: every table, column and file classified and documented', () => {
  let api: TestApp;
  let dataDir: string;
  const VARIABLES = ['DATA_DIR', 'SMTP_URL', 'JWT_SECRET', 'DATA_KEY', 'ATTEMPT_COUNTERS_KEY'] as const;
  const before = Object.fromEntries(VARIABLES.map((name) => [name, process.env[name]]));
  let privacy: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'recours-locations-'));
    // No secret given and no SMTP server: every file recours would keep under DATA_DIR is made.
    api = await startTestApp('pd_locations', { DATA_DIR: dataDir, SMTP_URL: '', JWT_SECRET: '', DATA_KEY: '', ATTEMPT_COUNTERS_KEY: '' });
    await apiActors(api).consumer('Located Person'); // an address confirmation, copied under mail/
    // The notifier writes it after the sign-up answered, on its own round: waited for (a loaded machine took longer than the specs before).
    for (const until = Date.now() + 60_000; Date.now() < until; await new Promise((resolve) => setTimeout(resolve, 100))) {
      if ((await readdir(join(dataDir, 'mail')).catch(() => [])).length > 0) break;
    }
    privacy = await readFile(join(__dirname, '../../docs/privacy.md'), 'utf8');
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    for (const name of VARIABLES) {
      if (before[name] === undefined) delete process.env[name];
      else process.env[name] = before[name];
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('classifies every column of every table, view and materialized view of the migrated database, and lists none that is gone', async () => {
    const rows = await api.database.query<{ relation: string; column: string }>(
      `SELECT n.nspname || '.' || c.relname AS relation, a.attname AS column
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 1, a.attnum`,
    );
    const found = new Map<string, Set<string>>();
    for (const { relation, column } of rows) found.set(relation, (found.get(relation) ?? new Set()).add(column));
    const unclassified: string[] = [];
    for (const [relation, columns] of found) {
      const location = PERSONAL_DATA_IN_TABLES[relation];
      const listed = new Set([...(location?.personal ?? []), ...(location?.other ?? [])]);
      for (const column of columns) if (!listed.has(column)) unclassified.push(`${relation}.${column}`);
    }
    const gone: string[] = [];
    for (const [relation, location] of Object.entries(PERSONAL_DATA_IN_TABLES)) {
      for (const column of [...location.personal, ...location.other]) if (!found.get(relation)?.has(column)) gone.push(`${relation}.${column}`);
    }
    expect({ unclassified, gone }).toEqual({ unclassified: [], gone: [] });
    // Each column is personal or not, never both.
    for (const [relation, location] of Object.entries(PERSONAL_DATA_IN_TABLES)) expect([relation, location.personal.filter((c) => location.other.includes(c))]).toEqual([relation, []]);
  });

  it('names in docs/privacy.md every table that holds a person’s data', () => {
    const undocumented = Object.entries(PERSONAL_DATA_IN_TABLES)
      .filter(([, location]) => location.personal.length > 0)
      .map(([relation]) => relation)
      .filter((relation) => !privacy.includes(`\`${relation}\``) && !privacy.includes(`\`${relation.split('.')[1]}\``));
    expect(undocumented).toEqual([]);
  });

  it('lists, and names in docs/privacy.md, every file recours writes under DATA_DIR', async () => {
    const written = (await readdir(dataDir, { withFileTypes: true })).map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));
    // The run wrote what it should have: the copies of the e-mails and the generated secrets.
    expect(written).toEqual(expect.arrayContaining(['mail/', 'data-key', 'jwt-secret', 'attempt-counters-key']));
    expect(written.filter((name) => !(name in PERSONAL_DATA_IN_FILES))).toEqual([]);
    expect(Object.keys(PERSONAL_DATA_IN_FILES).filter((name) => !privacy.includes(`\`${name}\``))).toEqual([]);
  });
});
