import { Paper, Table, Title } from '@mantine/core';
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';

export interface Series {
  key: string;
  label: string;
  /** How a value reads in the table and the tooltip. */
  format(value: number | null): string;
}

/**
 * A chart of months and, below it, the same figures as a table: the table is what screen
 * readers and keyboards use (the drawing is hidden from them), and what anyone can copy.
 */
export function MonthlyChart<Row extends { month: string }>({ title, rows, monthHeader, monthLabel, series, kind, percent, max, caption }: { title: string; rows: Row[]; monthHeader: string; monthLabel(month: string): string; series: Series[]; kind: 'bar' | 'line'; percent?: boolean; /** The top of the scale (a rating's 5); shares run to 100 %. */ max?: number; caption: ReactNode }) {
  const data = rows.map((row) => ({ ...row, label: monthLabel(row.month) }));
  const colours = ['#1864ab', '#2b8a3e', '#e67700', '#862e9c'];
  const axis = { x: <XAxis dataKey="label" fontSize={12} />, y: <YAxis fontSize={12} allowDecimals={false} domain={percent ? [0, 1] : max ? [0, max] : undefined} tickFormatter={percent ? (v: number) => `${Math.round(v * 100)} %` : undefined} /> };
  const tooltip = <Tooltip formatter={(value, name) => [series.find((s) => s.key === name)?.format(Number(value)) ?? String(value), series.find((s) => s.key === name)?.label ?? String(name)]} />;
  return (
    <Paper withBorder p="md" component="figure" m={0} data-testid="monthly-chart">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <div aria-hidden="true" style={{ width: '100%', height: 240 }}>
        <ResponsiveContainer>
          {kind === 'bar' ? (
            <BarChart data={data} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              {axis.x}
              {axis.y}
              {tooltip}
              {series.map((s, i) => (
                <Bar key={s.key} dataKey={s.key} fill={colours[i % colours.length]} isAnimationActive={false} />
              ))}
            </BarChart>
          ) : (
            <LineChart data={data} accessibilityLayer={false}>
              <CartesianGrid strokeDasharray="3 3" />
              {axis.x}
              {axis.y}
              {tooltip}
              {series.map((s, i) => (
                <Line key={s.key} dataKey={s.key} stroke={colours[i % colours.length]} strokeWidth={2} connectNulls isAnimationActive={false} />
              ))}
            </LineChart>
          )}
        </ResponsiveContainer>
      </div>
      <Table.ScrollContainer minWidth={320}>
        <Table striped>
          <caption>{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{monthHeader}</Table.Th>
              {series.map((s) => (
                <Table.Th key={s.key} scope="col">
                  {s.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((row) => (
              <Table.Tr key={row.month}>
                <Table.Th scope="row">{row.label}</Table.Th>
                {series.map((s) => (
                  <Table.Td key={s.key}>{s.format((row as unknown as Record<string, number | null>)[s.key])}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
