import { Client } from 'pg';

/** Where a needle was found: the table and the start of the row that holds it. */
export interface Found {
  table: string;
  needle: string;
  row: string;
}

/**
 * Reads every row of every table of every schema of the database (system catalogues aside) and
 * answers where any needle appears, case-insensitively. Each row is read as its text (text,
 * json, jsonb, arrays, numbers, dates; compressed and TOASTed values come back whole), and each
 * bytea column again through `encode(…, 'escape')`, so that text stored as bytes (a file's
 * chunks) is searched as text.
 */
export async function searchDatabase(url: string, needles: readonly string[]): Promise<Found[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: columns } = await client.query<{ table_schema: string; table_name: string; column_name: string; data_type: string }>(
      `SELECT c.table_schema, c.table_name, c.column_name, c.data_type FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.table_schema NOT LIKE 'pg_toast%'
        ORDER BY c.table_schema, c.table_name, c.ordinal_position`,
    );
    const tables = new Map<string, string[]>();
    for (const column of columns) {
      const table = `"${column.table_schema}"."${column.table_name}"`;
      const bytes = column.data_type === 'bytea' ? [`encode("${column.column_name}", 'escape')`] : [];
      tables.set(table, [...(tables.get(table) ?? []), ...bytes]);
    }
    const found: Found[] = [];
    const lowered = needles.map((needle) => needle.toLowerCase());
    for (const [table, bytes] of tables) {
      const { rows } = await client.query<{ text: string }>(`SELECT concat_ws(' ', r::text, ${[...bytes, "''"].join(', ')}) AS text FROM ${table} r`);
      for (const { text } of rows) {
        const lower = text.toLowerCase();
        lowered.forEach((needle, i) => {
          if (lower.includes(needle)) found.push({ table, needle: needles[i], row: text.slice(0, 300) });
        });
      }
    }
    return found;
  } finally {
    await client.end();
  }
}
