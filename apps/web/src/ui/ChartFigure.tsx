import { Paper, Table, Title } from '@mantine/core';
import { HeadedTable } from './HeadedTable';
import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartRow {
  key: string;
  /** The row's header cell: a month, a ground, an outcome. */
  label: string;
  /** One cell per column, as it reads. */
  cells: ReactNode[];
}

/**
 * A chart and, below it, the same figures as a table: the table is what screen readers and
 * keyboards use (the drawing is hidden from them), and what anyone can copy. The statistics
 * (months) and the activity report (counts by kind) draw theirs through it.
 */
export function ChartFigure({ title, testId, height, chart, caption, rowHeader, columns, rows }: { title: string; testId: string; height: number; chart: ReactElement; caption: ReactNode; rowHeader: string; columns: { key: string; label: string }[]; rows: ChartRow[] }) {
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid={testId}>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <div aria-hidden="true" style={{ width: '100%', height }}>
        <ResponsiveContainer>{chart}</ResponsiveContainer>
      </div>
      <HeadedTable headers={[rowHeader, ...columns.map((column) => column.label)]} caption={caption} minWidth={320} striped>
        {rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row">{row.label}</Table.Th>
            {row.cells.map((cell, i) => (
              <Table.Td key={columns[i]?.key ?? i}>{cell}</Table.Td>
            ))}
          </Table.Tr>
        ))}
      </HeadedTable>
    </Paper>
  );
}
