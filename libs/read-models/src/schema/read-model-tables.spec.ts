import { startTestKit, type TestKit } from '../testing/test-kit';
import { ALL_PROJECTIONS } from '../projections/all-projections';
import type { TableOfColumns } from '../projections/write-rows';
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
      WHERE table_schema = 'read_models' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return rows;
}

/** The catalog's name for a type the writers cast to. */
const UDT: Record<string, string> = {
  text: 'text', integer: 'int4', smallint: 'int2', numeric: 'numeric', boolean: 'bool', date: 'date',
  timestamptz: 'timestamptz', json: 'json', jsonb: 'jsonb', 'text[]': '_text',
};

describe('read-model tables', () => {
  it('are all created by the migration, in the read_models schema', async () => {
    const { rows } = await kit.pool.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'read_models' ORDER BY table_name`);
    expect(rows.map((r) => r.table_name)).toEqual([...READ_MODEL_TABLES.map((t) => t.name), 'migrations'].sort());
  });

  it.each(ALL_PROJECTIONS.flatMap((p) => p.tables.map((t) => [t.name, t as TableOfColumns] as const)))('%s: the batched writes list every column with its type', async (name, table) => {
    const columns = await catalogColumns(name);
    expect(Object.entries(table.columns).map(([column, type]) => [column, UDT[type]])).toEqual(columns.map((c) => [c.name, c.type]));
  });

  it('match the TypeORM entities the queries read through: every column, type and nullability', async () => {
    for (const entity of kit.dataSource.entityMetadatas) {
      const columns = await catalogColumns(entity.tableName);
      const mapped = entity.columns.map((c) => ({
        name: c.databaseName,
        type: String(c.type) + (c.isArray ? '[]' : ''),
        nullable: c.isNullable,
      }));
      const expected = columns.map((c) => ({ name: c.name, type: Object.keys(UDT).find((t) => UDT[t] === c.type)!, nullable: c.nullable }));
      expect({ table: entity.tableName, columns: [...mapped].sort((a, b) => a.name.localeCompare(b.name)) }).toEqual({
        table: entity.tableName,
        columns: [...expected].sort((a, b) => a.name.localeCompare(b.name)),
      });
    }
  });
});
