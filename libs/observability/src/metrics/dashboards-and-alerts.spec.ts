import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parser } from '@prometheus-io/lezer-promql';
import { parse } from 'yaml';
import '../index'; // every recours series is registered as its module loads
import { collectProcessMetrics, metricsRegistry } from './metrics-registry';

const MONITORING = join(__dirname, '../../../../infra/monitoring');
/** Series Prometheus makes itself for each target, not the code. */
const MADE_BY_PROMETHEUS = new Set(['up', 'scrape_duration_seconds', 'scrape_samples_scraped']);

/** The series names the code exports: histograms and summaries as their _bucket, _sum and _count. */
async function exportedSeries(): Promise<Set<string>> {
  collectProcessMetrics('test');
  const names = new Set<string>();
  for (const metric of await metricsRegistry.getMetricsAsJSON()) {
    const type = String(metric.type);
    const suffixes = type === 'histogram' ? ['_bucket', '_sum', '_count'] : type === 'summary' ? ['', '_sum', '_count'] : [''];
    for (const suffix of suffixes) names.add(`${metric.name}${suffix}`);
  }
  return names;
}

/** The metric names a PromQL expression selects (parsed with Prometheus's own grammar). */
function selectedMetrics(expr: string): string[] {
  const tree = parser.parse(expr);
  const names: string[] = [];
  const cursor = tree.cursor();
  do {
    if (cursor.type.isError) throw new Error(`PromQL does not parse at ${cursor.from}: ${expr}`);
    if (cursor.name === 'Identifier' && cursor.node.parent?.name === 'VectorSelector') names.push(expr.slice(cursor.from, cursor.to));
  } while (cursor.next());
  return names;
}

interface Panel {
  title?: string;
  panels?: Panel[];
  targets?: Array<{ expr?: string }>;
}

function dashboardQueries(): Array<{ where: string; expr: string }> {
  const queries: Array<{ where: string; expr: string }> = [];
  for (const file of readdirSync(join(MONITORING, 'grafana')).filter((f) => f.endsWith('.json'))) {
    const walk = (panels: Panel[] = []) => {
      for (const panel of panels) {
        for (const target of panel.targets ?? []) if (target.expr) queries.push({ where: `${file}: ${panel.title}`, expr: target.expr });
        walk(panel.panels);
      }
    };
    walk((JSON.parse(readFileSync(join(MONITORING, 'grafana', file), 'utf8')) as { panels: Panel[] }).panels);
  }
  return queries;
}

function alertQueries(): Array<{ where: string; expr: string }> {
  const rule = parse(readFileSync(join(MONITORING, 'prometheus/alerts.yaml'), 'utf8')) as { spec: { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> } };
  return rule.spec.groups.flatMap((group) => group.rules.map((r) => ({ where: `alert ${r.alert}`, expr: r.expr })));
}

describe('dashboards and alert rules', () => {
  it('query only series that the code exports', async () => {
    const exported = await exportedSeries();
    const queries = [...dashboardQueries(), ...alertQueries()];
    expect(queries.length).toBeGreaterThan(30);
    const unknown = queries.flatMap(({ where, expr }) => selectedMetrics(expr).filter((name) => !exported.has(name) && !MADE_BY_PROMETHEUS.has(name)).map((name) => `${where}: ${name}`));
    expect(unknown).toEqual([]);
  });

  it('would notice a query of a series the code does not export', () => {
    expect(selectedMetrics('sum(rate(recours_no_such_thing_total{x="y"}[5m])) / up')).toEqual(['recours_no_such_thing_total', 'up']);
  });

  it('cover every family of recours series at least once', async () => {
    const queried = new Set([...dashboardQueries(), ...alertQueries()].flatMap(({ expr }) => selectedMetrics(expr)));
    const families = (await metricsRegistry.getMetricsAsJSON()).map((m) => m.name).filter((name) => name.startsWith('recours_'));
    const unqueried = families.filter((name) => ![...queried].some((q) => q === name || q.startsWith(`${name}_`)));
    expect(unqueried).toEqual([]);
  });
});
