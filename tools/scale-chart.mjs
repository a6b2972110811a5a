#!/usr/bin/env node
/**
 * Draws `npm run bench:scale`'s output as the charts docs/performance.md shows: p99 of each read
 * against the log's size (log scale), and the rebuild's rate, memory and disk per size. Reads the
 * `bench=scale …` lines from a file (or stdin) and writes two SVG files and the Markdown tables
 * between the markers in docs/performance.md. No dependency: the charts are simple enough to draw.
 *
 *   npm run bench:scale | tee bench/results/scale.txt
 *   node tools/scale-chart.mjs bench/results/scale.txt
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs', 'performance.md');
const FIGURES = join(ROOT, 'docs', 'performance');
const START = '<!-- bench:scale results (tools/scale-chart.mjs) -->';
const END = '<!-- /bench:scale results -->';

const input = readFileSync(process.argv[2] ?? 0, 'utf8');
const lines = input
  .split('\n')
  .filter((line) => line.startsWith('bench=scale '))
  .map((line) => Object.fromEntries(line.split(' ').map((pair) => pair.split('='))));
const reads = lines.filter((line) => line.case && line.p99_ms);
const sizes = lines.filter((line) => line.rebuild_events_per_s && !line.case);
// The same rebuild again with a small cache (full at every size): does memory grow with the log?
const smallCache = lines.filter((line) => line.case === 'rebuild-small-cache');
if (reads.length === 0 || sizes.length === 0) {
  console.error('no `bench=scale` lines in the input: give the output of npm run bench:scale');
  process.exit(1);
}
const caseNames = [...new Set(reads.map((line) => line.case))];
const eventCounts = [...new Set(sizes.map((line) => Number(line.events)))].sort((a, b) => a - b);

mkdirSync(FIGURES, { recursive: true });
writeFileSync(
  join(FIGURES, 'scale-p99.svg'),
  lineChart({
    title: 'p99 of each read (ms) as the log grows',
    xs: eventCounts,
    series: caseNames.map((name) => ({ name, points: eventCounts.map((events) => Number(reads.find((r) => r.case === name && Number(r.events) === events)?.p99_ms ?? NaN)) })),
  }),
);
writeFileSync(
  join(FIGURES, 'scale-rebuild.svg'),
  lineChart({
    title: 'full rebuild: events per second as the log grows',
    xs: eventCounts,
    series: [{ name: 'rebuild events/s', points: eventCounts.map((events) => Number(sizes.find((s) => Number(s.events) === events).rebuild_events_per_s)) }],
  }),
);

const readTable = [
  `| read | ${eventCounts.map(count).join(' | ')} | p99 at the largest / at the smallest |`,
  `|---|${eventCounts.map(() => '---').join('|')}|---|`,
  ...caseNames.map((name) => {
    const cells = eventCounts.map((events) => reads.find((r) => r.case === name && Number(r.events) === events));
    const last = cells.filter(Boolean).at(-1);
    return `| ${name} | ${cells.map((c) => (c ? `${c.p50_ms} / ${c.p99_ms}` : '—')).join(' | ')} | ${last?.ratio_to_10k ?? '—'} |`;
  }),
];
const sizeTable = [
  `| events | rebuild events/s | rebuild peak RSS (MB) | ${smallCache.length ? `with a ${smallCache[0].cache_size}-row cache: events/s, peak RSS (MB) | ` : ''}database (MB) | events table (MB) | read models (MB) |`,
  `|---|---|---|${smallCache.length ? '---|' : ''}---|---|---|`,
  ...sizes.map((s) => {
    const small = smallCache.find((line) => line.events === s.events);
    return `| ${count(Number(s.events))} | ${s.rebuild_events_per_s} | ${s.rss_mb} | ${smallCache.length ? `${small ? `${small.rebuild_events_per_s}, ${small.rss_mb}` : '—'} | ` : ''}${s.disk_mb} | ${s.events_disk_mb} | ${s.read_models_disk_mb} |`;
  }),
];
const block = [
  START,
  '![p99 of each read as the log grows](performance/scale-p99.svg)',
  '',
  'p50 / p99 in milliseconds:',
  '',
  ...readTable,
  '',
  '![rebuild rate as the log grows](performance/scale-rebuild.svg)',
  '',
  ...sizeTable,
  END,
].join('\n');
const doc = readFileSync(DOC, 'utf8');
const at = doc.indexOf(START);
const end = doc.indexOf(END);
if (at < 0 || end < 0) {
  console.error(`docs/performance.md has no ${START} … ${END} markers`);
  process.exit(1);
}
writeFileSync(DOC, doc.slice(0, at) + block + doc.slice(end + END.length));
console.log(`docs/performance.md and docs/performance/*.svg written from ${reads.length + sizes.length} lines`);

function count(n) {
  return n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1_000 ? `${Math.round(n / 1_000)}k` : String(n);
}

/** A line chart with a logarithmic x axis (the log's size) and a linear y axis from zero. */
function lineChart({ title, xs, series }) {
  const width = 720;
  const height = 360;
  const pad = { left: 70, right: 200, top: 40, bottom: 50 };
  const colours = ['#1864ab', '#c92a2a', '#2b8a3e', '#e67700', '#5f3dc4', '#0b7285', '#862e9c'];
  const values = series.flatMap((s) => s.points).filter(Number.isFinite);
  const top = niceCeiling(Math.max(...values, 1));
  const logMin = Math.log10(xs[0]);
  const logMax = Math.log10(xs.at(-1));
  const x = (v) => pad.left + (xs.length === 1 ? 0.5 : (Math.log10(v) - logMin) / (logMax - logMin)) * (width - pad.left - pad.right);
  const y = (v) => height - pad.bottom - (v / top) * (height - pad.top - pad.bottom);
  const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12" role="img" aria-label="${title}">`];
  out.push(`<rect width="100%" height="100%" fill="#fff"/>`, `<text x="${pad.left}" y="22" font-size="14" font-weight="bold">${title}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    out.push(`<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(v)}" y2="${y(v)}" stroke="#dee2e6"/>`, `<text x="${pad.left - 8}" y="${y(v) + 4}" text-anchor="end">${round(v)}</text>`);
  }
  for (const v of xs) out.push(`<text x="${x(v)}" y="${height - pad.bottom + 20}" text-anchor="middle">${count(v)} events</text>`);
  series.forEach((s, i) => {
    const colour = colours[i % colours.length];
    const points = xs.map((v, j) => [x(v), s.points[j]]).filter(([, v]) => Number.isFinite(v));
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map(([px, v]) => `${px.toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`);
    for (const [px, v] of points) out.push(`<circle cx="${px.toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${colour}"/>`);
    const ly = pad.top + 10 + i * 20;
    out.push(`<line x1="${width - pad.right + 16}" x2="${width - pad.right + 36}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`, `<text x="${width - pad.right + 42}" y="${ly + 4}">${s.name}</text>`);
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function niceCeiling(v) {
  const magnitude = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((c) => c >= v);
}

function round(v) {
  return v >= 100 ? Math.round(v).toLocaleString('en') : String(Number(v.toFixed(1)));
}
