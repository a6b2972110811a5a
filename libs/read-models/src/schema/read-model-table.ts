import { EntitySchema, type EntitySchemaColumnOptions } from 'typeorm';
import type { ReadModelTable } from '../runner/projection';
import { quoteSchema, READ_MODELS_SCHEMA } from './read-models-schema';

/**
 * A read-model table described once. From the description come the DDL (the migrations'
 * reference, and what a rebuild creates in its shadow schema), the column list and casts of
 * the batched writes, and the TypeORM entity the queries read through. A column is its SQL
 * type, with `?` when it may be null.
 */
export type SqlType = 'text' | 'integer' | 'smallint' | 'boolean' | 'date' | 'timestamptz' | 'json' | 'jsonb' | 'text[]' | `numeric(${number},${number})`;
export type ColumnType = SqlType | `${SqlType}?` | { type: SqlType; default: string };

export interface TableDescription<Columns extends Record<string, ColumnType>> {
  name: string;
  columns: Columns;
  primaryKey: readonly (keyof Columns & string)[];
  /** Index name → its column list, e.g. `(merchant_id, due_at)`, and an optional `WHERE …`. */
  indexes?: Readonly<Record<string, string>>;
  /** Storage parameters (`WITH (…)`), e.g. `fillfactor = 70`. */
  storage?: string;
  /** Statements run after CREATE TABLE, given the qualified table name. */
  after?: (table: string) => string;
  /** Columns the entity never selects (a projection's own folding state). */
  unselected?: readonly (keyof Columns & string)[];
  /**
   * Columns PostgreSQL computes from the others and stores (`GENERATED ALWAYS AS (…) STORED`):
   * column → its SQL type and expression. Never written by the projections, never mapped on the
   * entity; for what is costly to compute at each read, such as a search document.
   */
  generated?: Readonly<Record<string, { type: string; as: string }>>;
}

/** The described table: what the runner, the writers and TypeORM each need from it. */
export interface DescribedTable<Row extends object = object> extends ReadModelTable {
  readonly description: TableDescription<Record<string, ColumnType>>;
  /** Column → the type its values are cast to when written (no typmod, no nullability). */
  readonly columns: Readonly<Record<string, string>>;
  readonly entity: EntitySchema<Row>;
}

export function readModelTable<const Columns extends Record<string, ColumnType>>(description: TableDescription<Columns>): DescribedTable<TableRow<Columns>> {
  const plain = description as unknown as TableDescription<Record<string, ColumnType>>;
  const columns = Object.fromEntries(Object.entries(description.columns).map(([name, column]) => [name, castType(column)]));
  return {
    name: description.name,
    description: plain,
    columns,
    ddl: (schema) => ddlOf(plain, schema),
    entity: entityOf(description),
  };
}

const typeOf = (column: ColumnType): SqlType => (typeof column === 'object' ? column.type : (column.replace(/\?$/, '') as SqlType));
const nullable = (column: ColumnType): boolean => typeof column === 'string' && column.endsWith('?');
const castType = (column: ColumnType): string => typeOf(column).replace(/\(.*\)$/, '');

function ddlOf(description: TableDescription<Record<string, ColumnType>>, schema: string): string {
  const table = `${quoteSchema(schema)}.${description.name}`;
  const lines = Object.entries(description.columns).map(([name, column]) => {
    const fallback = typeof column === 'object' ? ` DEFAULT ${column.default}` : '';
    return `  ${name} ${typeOf(column)}${nullable(column) ? '' : ' NOT NULL'}${fallback}`;
  });
  for (const [name, { type, as }] of Object.entries(description.generated ?? {})) lines.push(`  ${name} ${type} GENERATED ALWAYS AS (${as}) STORED`);
  lines.push(`  PRIMARY KEY (${description.primaryKey.join(', ')})`);
  const statements = [`CREATE TABLE ${table} (\n${lines.join(',\n')}\n)${description.storage ? ` WITH (${description.storage})` : ''};`];
  if (description.after) statements.push(description.after(table));
  for (const [index, definition] of Object.entries(description.indexes ?? {})) {
    const [columnList, where] = definition.split(/\s+(?=WHERE\s)/);
    statements.push(`CREATE INDEX ${index} ON ${table} ${columnList}${where ? ` ${where}` : ''};`);
  }
  return statements.join('\n');
}

function entityOf<Columns extends Record<string, ColumnType>>(description: TableDescription<Columns>): EntitySchema<TableRow<Columns>> {
  const columns: Record<string, EntitySchemaColumnOptions> = {};
  for (const [name, column] of Object.entries(description.columns)) {
    const type = typeOf(column);
    const numeric = /^numeric\((\d+),(\d+)\)$/.exec(type);
    columns[camelCase(name)] = {
      name,
      type: (numeric ? 'numeric' : type.replace(/\[\]$/, '')) as EntitySchemaColumnOptions['type'],
      ...(numeric && { precision: Number(numeric[1]), scale: Number(numeric[2]) }),
      ...(type.endsWith('[]') && { array: true }),
      nullable: nullable(column),
      primary: description.primaryKey.includes(name as keyof Columns & string),
      ...(typeof column === 'object' && { default: () => column.default }),
      ...(description.unselected?.includes(name as keyof Columns & string) && { select: false }),
    };
  }
  return new EntitySchema<TableRow<Columns>>({ name: description.name, tableName: description.name, schema: READ_MODELS_SCHEMA, columns: columns as never });
}

const camelCase = (name: string): string => name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type ValueOf<T extends SqlType> = T extends 'text' | 'date' | `numeric(${string})`
  ? string
  : T extends 'integer' | 'smallint'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'timestamptz'
        ? Date
        : T extends 'jsonb'
          ? Record<string, unknown>
          : T extends 'text[]'
            ? string[]
            : unknown;
type ColumnValue<C extends ColumnType> = C extends { type: infer T extends SqlType } ? ValueOf<T> : C extends `${infer T extends SqlType}?` ? ValueOf<T> | null : C extends SqlType ? ValueOf<C> : never;

/** A row as the queries read it through TypeORM: camelCase properties (dates as 'YYYY-MM-DD', numerics as strings). */
export type TableRow<Columns extends Record<string, ColumnType>> = { [K in keyof Columns & string as CamelCase<K>]: ColumnValue<Columns[K]> };
/** The row type of a described table. */
export type RowOf<T> = T extends DescribedTable<infer Row> ? Row : never;
