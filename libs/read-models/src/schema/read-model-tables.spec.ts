import { createHash } from 'node:crypto';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import { startTestKit, type TestKit } from '../testing/test-kit';
import { quoteSchema } from './read-models-schema';
import { READ_MODEL_TABLES } from './read-model-tables';

let kit: TestKit;

beforeAll(async () => {
  kit = await startTestKit('read_model_tables');
});

afterAll(async () => kit?.close());

/** Each column as the catalog has it: name, type, nullability. */
async function catalogColumns(table: string): Promise<{ name: string; type: string; nullable: boolean }[]> {
  const { rows } = await kit.pool.query(
    `SELECT column_name AS name, udt_name AS type, is_nullable = 'YES' AS nullable FROM information_schema.columns
      WHERE table_schema = 'read_models' AND table_name = $1 AND is_generated = 'NEVER' ORDER BY ordinal_position`, // generated columns are neither written nor mapped
    [table],
  );
  return rows;
}

/** Everything about a schema's tables that a query or a write depends on, with the schema's name taken out. */
async function shapeOf(schema: string): Promise<unknown> {
  const { rows: columns } = await kit.pool.query(
    `SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
            pg_get_expr(d.adbin, d.adrelid) AS default, a.attcompression AS compression
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
      WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> 'migrations' AND a.attnum > 0 AND NOT a.attisdropped
      ORDER BY c.relname, a.attnum`,
    [schema],
  );
  const { rows: tables } = await kit.pool.query(
    `SELECT c.relname AS table, c.reloptions AS options FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname <> 'migrations' ORDER BY c.relname`,
    [schema],
  );
  const { rows: indexes } = await kit.pool.query(
    `SELECT indexname AS name, replace(indexdef, $2, 'SCHEMA.') AS definition FROM pg_indexes WHERE schemaname = $1 AND tablename <> 'migrations' ORDER BY indexname`,
    [schema, `${schema}.`],
  );
  return { tables, columns, indexes };
}

/** The DDL without its storage parameters: ` WITH (fillfactor = 70)` and the like, on tables and indexes. */
const withoutStorage = (ddl: string): string => ddl.replace(/ WITH \([a-z_]+ = [^)]*\)/g, '');

describe('read-model tables', () => {
  it('the migrations, run in order, leave exactly the tables the projections describe (columns, types, nullability, defaults, keys, indexes, storage)', async () => {
    // A change to a description without its migration (or the other way round) fails here.
    await kit.pool.query('CREATE SCHEMA described');
    for (const table of READ_MODEL_TABLES) await kit.pool.query(table.ddl('described'));
    expect(await shapeOf('read_models')).toEqual(await shapeOf('described'));
    await kit.pool.query(`DROP SCHEMA ${quoteSchema('described')} CASCADE`);
  });

  it('the search indexes keep their GIN pending lists to 256 kB, not PostgreSQL’s 4 MB (live tables, as migrated)', async () => {
    const { rows } = await kit.pool.query(
      `SELECT i.relname AS index, i.reloptions AS options FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_am am ON am.oid = i.relam
        WHERE x.indrelid = 'read_models.dispute_search'::regclass AND am.amname = 'gin' ORDER BY i.relname`,
    );
    // The keys' trigram index exists only where pg_trgm could be created; the words index always.
    expect(rows.map((r) => r.index)).toContain('dispute_search_words');
    for (const row of rows) expect({ index: row.index, options: row.options }).toEqual({ index: row.index, options: ['gin_pending_list_limit=256'] });
  });

  it('the migrations create every described table, and nothing else but their own bookkeeping', async () => {
    const { rows } = await kit.pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'read_models' ORDER BY table_name`);
    expect(rows.map((r) => r.table_name)).toEqual([...READ_MODEL_TABLES.map((t) => t.name), 'migrations'].sort());
  });

  it.each(READ_MODEL_TABLES.map((t) => [t.name, t] as const))('%s: the batched writes list every column, cast to its type', async (name, table) => {
    const columns = await catalogColumns(name);
    const UDT: Record<string, string> = { integer: 'int4', smallint: 'int2', boolean: 'bool', 'text[]': '_text' };
    expect(Object.entries(table.columns).map(([column, type]) => [column, UDT[type] ?? type])).toEqual(columns.map((c) => [c.name, c.type]));
  });

  it('the TypeORM entities the queries read through map every column, with its type and nullability', async () => {
    const UDT: Record<string, string> = { text: 'text', integer: 'int4', smallint: 'int2', numeric: 'numeric', boolean: 'bool', date: 'date', timestamptz: 'timestamptz', json: 'json', jsonb: 'jsonb', 'text[]': '_text' };
    expect(kit.dataSource.entityMetadatas.map((e) => e.tableName).sort()).toEqual(READ_MODEL_TABLES.map((t) => t.name).sort());
    for (const entity of kit.dataSource.entityMetadatas) {
      const mapped = entity.columns.map((c) => ({ name: c.databaseName, type: UDT[String(c.type) + (c.isArray ? '[]' : '')], nullable: c.isNullable }));
      expect({ table: entity.tableName, columns: [...mapped].sort((a, b) => a.name.localeCompare(b.name)) }).toEqual({
        table: entity.tableName,
        columns: [...(await catalogColumns(entity.tableName))].sort((a, b) => a.name.localeCompare(b.name)),
      });
    }
  });

  it('each projection’s version is raised with any change to its tables’ shape', () => {
    // When this fails: raise the projection's version (the leading runner rebuilds its tables at
    // its next start), add the migration that brings the live tables to the new shape (the first
    // test above checks it), then record the new shape here. Storage parameters (`WITH (…)` of a
    // table or an index) are not shape: they change nothing a projection writes or a query reads,
    // so their migration alone brings the live tables along, with no rebuild.
    const shapes = Object.fromEntries(
      ALL_PROJECTIONS.map((p) => [p.name, { version: p.version, shape: createHash('sha256').update(p.tables.map((t) => withoutStorage(t.ddl('s'))).join('\n')).digest('hex').slice(0, 16) }]),
    );
    expect(shapes).toEqual({
      'dispute-cases': { version: 18, shape: 'd85b7bee136d9fa2' },
      'dispute-timeline': { version: 13, shape: '65bcc99187a33e86' },
      'merchant-scorecard': { version: 4, shape: '02a3924b0d501439' },
      'mediation-activity': { version: 2, shape: 'e168b411fc10f9a1' },
    });
  });
});
