import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import { ChartFigure } from '../../ui/ChartFigure';

export interface Series {
  key: string;
  label: string;
  /** How a value reads in the table and the tooltip. */
  format(value: number | null): string;
}

/**
 * A chart of months (bars or lines, one per series) and, below it, the same figures as a table.
 */
export function MonthlyChart<Row extends { month: string }>({ title, rows, monthHeader, monthLabel, series, kind, percent, max, caption }: { title: string; rows: Row[]; monthHeader: string; monthLabel(month: string): string; series: Series[]; kind: 'bar' | 'line'; percent?: boolean; /** The top of the scale (a rating's 5); shares run to 100 %. */ max?: number; caption: ReactNode }) {
  const data = rows.map((row) => ({ ...row, label: monthLabel(row.month) }));
  const colours = ['#1864ab', '#2b8a3e', '#e67700', '#862e9c'];
  const colour = (i: number) => colours[i % colours.length];
  // One drawing for both kinds: a ComposedChart draws bars or lines by the marks it holds.
  const chart = (
    <ComposedChart data={data} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" fontSize={12} />
      <YAxis fontSize={12} allowDecimals={false} domain={percent ? [0, 1] : max ? [0, max] : undefined} tickFormatter={percent ? (v: number) => `${Math.round(v * 100)} %` : undefined} />
      <Tooltip formatter={(value, name) => [series.find((s) => s.key === name)?.format(Number(value)) ?? String(value), series.find((s) => s.key === name)?.label ?? String(name)]} />
      {series.map((s, i) =>
        kind === 'bar' ? (
          <Bar key={s.key} dataKey={s.key} fill={colour(i)} isAnimationActive={false} />
        ) : (
          <Line key={s.key} dataKey={s.key} stroke={colour(i)} strokeWidth={2} connectNulls isAnimationActive={false} />
        ),
      )}
    </ComposedChart>
  );
  return (
    <ChartFigure
      title={title}
      testId="monthly-chart"
      height={240}
      chart={chart}
      caption={caption}
      rowHeader={monthHeader}
      columns={series}
      rows={data.map((row) => ({ key: row.month, label: row.label, cells: series.map((s) => s.format((row as unknown as Record<string, number | null>)[s.key])) }))}
    />
  );
}
