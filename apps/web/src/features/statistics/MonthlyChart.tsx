import { Bar, CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useMemo, type ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { ChartFigure } from '../../ui/ChartFigure';

export interface Series {
  key: string;
  label: string;
  /** How a value reads in the table and the tooltip. */
  format(value: number | null): string;
}

/**
 * A chart of months (bars or lines, one per series) and, below it, the same figures as a table.
 * Each month (YYYY-MM) reads the reader's way, without its year when the rows are the months of
 * one year (`oneYear`: the title names it).
 */
export function MonthlyChart<Row extends { month: string }>({ title, rows, oneYear, series, kind, percent, max, caption }: { title: string; rows: Row[]; oneYear?: boolean; series: Series[]; kind: 'bar' | 'line'; percent?: boolean; /** The top of the scale (a rating's 5); shares run to 100 %. */ max?: number; caption: ReactNode }) {
  const { t, locale, percent: formatPercent, number } = useI18n();
  const monthFormat = useMemo(() => new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { month: 'short', year: oneYear ? undefined : 'numeric', timeZone: 'UTC' }), [locale, oneYear]);
  const data = rows.map((row) => ({ ...row, label: monthFormat.format(new Date(`${row.month}-01T00:00:00Z`)) }));
  const colours = ['#1864ab', '#2b8a3e', '#e67700', '#862e9c'];
  const colour = (i: number) => colours[i % colours.length];
  // One drawing for both kinds: a ComposedChart draws bars or lines by the marks it holds.
  const chart = (
    <ComposedChart data={data} accessibilityLayer={false}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" fontSize={12} />
      <YAxis fontSize={12} allowDecimals={false} domain={percent ? [0, 1] : max ? [0, max] : undefined} tickFormatter={percent ? (v: number) => formatPercent(v) : (v: number) => number(v, 0)} />
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
      rowHeader={t('statistics.month')}
      columns={series}
      rows={data.map((row) => ({ key: row.month, label: row.label, cells: series.map((s) => s.format((row as unknown as Record<string, number | null>)[s.key])) }))}
    />
  );
}
