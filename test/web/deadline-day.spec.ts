import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { transformSync } from '@swc/core';

/**
 * The domain sets a deadline's dueAt to midnight in Paris after its legal last day (periodEndingOn:
 * 23:00 UTC in winter, 22:00 UTC in summer); events stored before set it to midnight UTC after it
 * (01:00 or 02:00 the next day in Paris). The page must show that last day for both, as the
 * e-mails, the PDF and the API do, not the day the instant falls on.
 *
 * A browser in France reads dates in Europe/Paris. Jest's sandbox cannot change the time zone of
 * its own process, so the formatters run in a node started with TZ=Europe/Paris.
 */
function inParis(expressions: Record<string, string>): Record<string, unknown> {
  const source = readFileSync(join(__dirname, '../../apps/web/src/i18n/format.ts'), 'utf8');
  const { code } = transformSync(source, { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' }, swcrc: false });
  const dir = mkdtempSync(join(tmpdir(), 'recours-format-'));
  writeFileSync(join(dir, 'format.js'), code);
  const script = `
    const { formatters, legalLastDay } = require(${JSON.stringify(join(dir, 'format.js'))});
    const fr = formatters('fr-FR'), en = formatters('en-GB');
    const out = {};
    ${Object.entries(expressions).map(([name, expression]) => `out[${JSON.stringify(name)}] = ${expression};`).join('\n')}
    process.stdout.write(JSON.stringify(out));`;
  try {
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: 'Europe/Paris' }, encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the legal last day of a deadline, for a reader in France', () => {
  const out = inParis({
    hourWinter: `new Date('2026-03-15T00:00:00Z').getHours()`,
    hourSummer: `new Date('2026-07-15T00:00:00Z').getHours()`,
    lastDay: `legalLastDay('2026-03-15T00:00:00.000Z')`,
    winter: `fr.lastDayBefore('2026-03-15T00:00:00Z')`,
    winterEn: `en.lastDayBefore('2026-03-15T00:00:00Z')`,
    summer: `fr.lastDayBefore('2026-07-15T00:00:00.000Z')`,
    newYear: `fr.lastDayBefore('2027-01-01T00:00:00.000Z')`,
    dueOn: `legalLastDay('2026-03-15T00:00:00.000Z', '2026-03-14')`,
    dueOnShown: `fr.lastDayBefore('2026-03-15T00:00:00.000Z', '2026-03-14')`,
    dueOnWins: `fr.lastDayBefore('2026-03-20T00:00:00.000Z', '2026-03-14')`,
    none: `fr.lastDayBefore(null)`,
    garbage: `fr.lastDayBefore('not a date')`,
    badDueOn: `legalLastDay(undefined, 'nope')`,
    parisWinter: `legalLastDay('2026-03-14T23:00:00.000Z')`,
    parisWinterShown: `fr.lastDayBefore('2026-03-14T23:00:00.000Z')`,
    parisSummer: `en.lastDayBefore('2026-07-14T22:00:00.000Z')`,
    parisOctober: `legalLastDay('2026-10-25T23:00:00.000Z')`,
    parisNewYear: `fr.lastDayBefore('2026-12-31T23:00:00.000Z')`,
  });

  it('runs in Paris time (else these checks would prove nothing)', () => {
    expect(out.hourWinter).toBe(1);
    expect(out.hourSummer).toBe(2);
  });

  it('is the last day before midnight in Paris, as the domain now sets dueAt, in winter, summer and the day summer time ends', () => {
    expect(out.parisWinter).toBe('2026-03-14');
    expect(out.parisWinterShown).toBe('14 mars 2026');
    expect(out.parisSummer).toBe('14 Jul 2026');
    expect(out.parisOctober).toBe('2026-10-25');
    expect(out.parisNewYear).toBe('31 déc. 2026');
  });

  it('is the day before dueAt stored at midnight UTC (events recorded before), in winter and summer time', () => {
    expect(out.lastDay).toBe('2026-03-14');
    expect(out.winter).toBe('14 mars 2026');
    expect(out.winterEn).toBe('14 Mar 2026');
    expect(out.summer).toBe('14 juil. 2026');
    expect(out.newYear).toBe('31 déc. 2026');
  });

  it("is the API's dueOn, as given, when the query has it", () => {
    expect(out.dueOn).toBe('2026-03-14');
    expect(out.dueOnShown).toBe('14 mars 2026');
    expect(out.dueOnWins).toBe('14 mars 2026');
  });

  it('shows a dash, never the raw value, when there is no date', () => {
    expect(out.none).toBe('—');
    expect(out.garbage).toBe('—');
    expect(out.badDueOn).toBeNull();
  });
});
