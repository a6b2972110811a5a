import type { Client, ClientBase } from 'pg';

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/** A statement as the code sent it, and what PostgreSQL's plan of it reads: the relations read whole, the indexes read (in the plan's order). */
export interface PlannedStatement {
  sql: string;
  seqScans: string[];
  indexes: string[];
}

/**
 * How PostgreSQL plans a statement with its own values (EXPLAIN plans, runs nothing): the specs
 * that say a person's action reads by index capture the statements the code sends and plan each.
 */
export async function planOf(client: Client | ClientBase, sql: string, parameters: unknown[] = []): Promise<PlannedStatement> {
  const { rows } = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, parameters);
  const nodes = nodesOf(rows[0]['QUERY PLAN'][0].Plan);
  return {
    sql,
    seqScans: nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name'] as string),
    indexes: nodes.flatMap((node) => (node['Index Name'] ? [node['Index Name']] : [])),
  };
}
