// Writes the groups of infra/monitoring/prometheus/alerts.yaml (a PrometheusRule) as a plain
// Prometheus rules file, for promtool: node .ci/alert-rules.mjs out.yml
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const rule = parse(readFileSync('infra/monitoring/prometheus/alerts.yaml', 'utf8'));
writeFileSync(process.argv[2], stringify({ groups: rule.spec.groups }));
