import { appendFileSync } from 'node:fs';

export type Figures = Record<string, string | number | boolean | Record<string, number | string> | string[]>;

/** Records a scenario's figures: printed now, and again together by the reporter at the end. */
export function reportFigures(scenario: string, figures: Figures): void {
  const file = process.env.RELIABILITY_FIGURES_FILE;
  if (file) appendFileSync(file, `${JSON.stringify({ scenario, figures })}\n`);
  const lines = Object.entries(figures).map(([k, v]) => `  ${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`);
  process.stdout.write(`\n[reliability] ${scenario}\n${lines.join('\n')}\n`);
}

/** Counts by key, e.g. error codes. */
export class Tally {
  readonly counts: Record<string, number> = {};
  add(key: string, n = 1): void {
    this.counts[key] = (this.counts[key] ?? 0) + n;
  }
  get(key: string): number {
    return this.counts[key] ?? 0;
  }
  total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }
}

/** Percentile of a list of numbers (0–100), 0 for an empty list. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
