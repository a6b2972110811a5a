import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { ReactNode } from 'react';
import { ChartFigure } from '../../ui/ChartFigure';
import { useI18n } from '../../i18n/I18nProvider';

/** Counts by kind (refusals per ground, mediations per outcome) as bars and, below, the same counts as a table, as on /statistics. */
export function CountsChart({ title, rows, kindHeader, countHeader, caption }: { title: string; rows: { key: string; label: string; count: number }[]; kindHeader: string; countHeader: string; caption: ReactNode }) {
  const { number } = useI18n();
  const chart = (
    <BarChart data={rows} layout="vertical" accessibilityLayer={false} margin={{ left: 16 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis type="number" allowDecimals={false} fontSize={12} tickFormatter={(v: number) => number(v, 0)} />
      <YAxis type="category" dataKey="label" width={260} fontSize={11} />
      <Tooltip formatter={(value) => [number(Number(value), 0), countHeader]} />
      <Bar dataKey="count" fill="#1864ab" isAnimationActive={false} />
    </BarChart>
  );
  return (
    <ChartFigure
      title={title}
      testId="counts-chart"
      height={40 + rows.length * 36}
      chart={chart}
      caption={caption}
      rowHeader={kindHeader}
      columns={[{ key: 'count', label: countHeader }]}
      rows={rows.map((row) => ({ key: row.key, label: row.label, cells: [number(row.count, 0)] }))}
    />
  );
}
