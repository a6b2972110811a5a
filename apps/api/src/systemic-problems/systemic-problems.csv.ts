import { stringify } from 'csv-stringify/sync';
import { parisDateOf } from '@recours/consumer-law';
import { CATALOGUES, frenchTypography, withErasedWords, type Locale, type MessageKey } from '@recours/locale';
import type { SystemicProblem } from '@recours/read-models';

/** Each column: its header (the page's words for it) and its cell in a group's month. */
const COLUMNS: Array<{ header: MessageKey; cell: (p: SystemicProblem, m: SystemicProblem['months'][number], group: number, merchant: string) => string | number }> = [
  { header: 'systemic.group', cell: (_p, _m, group) => group },
  { header: 'systemic.merchant', cell: (_p, _m, _group, merchant) => merchant },
  { header: 'systemic.category', cell: (p) => p.category },
  { header: 'systemic.defect', cell: (p) => p.defect },
  { header: 'systemic.members', cell: (p) => p.members },
  { header: 'systemic.claims', cell: (p) => p.claims },
  { header: 'systemic.merchantMembers', cell: (p) => p.merchantMembers },
  { header: 'systemic.firstFiled', cell: (p) => parisDateOf(p.firstFiledAt) },
  { header: 'systemic.lastFiled', cell: (p) => parisDateOf(p.lastFiledAt) },
  { header: 'statistics.month', cell: (_p, m) => m.month },
  { header: 'systemic.monthClaims', cell: (_p, m) => m.claims },
  { header: 'systemic.monthMembers', cell: (_p, m) => m.members },
];

/**
 * The systemic problems as an association's member opens them in a spreadsheet: one row per group
 * and month (long format: a spreadsheet pivots it), the group's totals repeated; headers in the
 * reader's language, the page's words; a group by its number on the page, a merchant by its name,
 * never an id; days in Paris (YYYY-MM-DD, which spreadsheets read as dates). UTF-8 with a
 * byte-order mark so that spreadsheets read the accents; separated as the reader's spreadsheet
 * expects (semicolons in French, as French Excel reads them and the activity report writes them:
 * with commas it shows each row in one cell); cells starting like a formula escaped.
 */
export function systemicProblemsCsv(problems: readonly SystemicProblem[], merchantNames: ReadonlyMap<string, string>, locale: Locale): string {
  const words = CATALOGUES[locale];
  const say = (key: MessageKey) => (locale === 'fr' ? frenchTypography(words[key]) : words[key]);
  const rows = problems.flatMap((p, i) => p.months.map((m) => COLUMNS.map((c) => c.cell(p, m, i + 1, merchantNames.get(p.merchantId) ?? say('systemic.unknownMerchant')))));
  // Erased words (a defect since erased) read as such, in the reader's language.
  return stringify(withErasedWords(rows, locale), { header: true, columns: COLUMNS.map((c) => say(c.header)), delimiter: locale === 'fr' ? ';' : ',', bom: true, escape_formulas: true });
}
