import { Paper, Table, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';

/**
 * Counts by kind (refusals per ground, mediations per outcome) as bars and, below, the same
 * counts as a table: the table is what screen readers and keyboards use (the drawing is hidden
 * from them), as on /statistics.
 */
export function CountsChart({ title, rows, kindHeader, countHeader, caption }: { title: string; rows: { key: string; label: string; count: number }[]; kindHeader: string; countHeader: string; caption: ReactNode }) {
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid="counts-chart">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <div aria-hidden="true" style={{ width: '100%', height: 40 + rows.length * 36 }}>
        <ResponsiveContainer>
          <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} fontSize={12} />
            <YAxis type="category" dataKey="label" width={260} fontSize={11} />
            <Tooltip formatter={(value) => [String(value), countHeader]} />
            <Bar dataKey="count" fill="#1864ab" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <caption>{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{kindHeader}</Table.Th>
              <Table.Th scope="col">{countHeader}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Th scope="row">{row.label}</Table.Th>
                <Table.Td>{row.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
