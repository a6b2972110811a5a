import { stringify } from 'csv-stringify/sync';
import { INADMISSIBILITY_GROUND_PHRASES, type InadmissibilityGround } from '@recours/disputes';
import { frenchTypography, type Phrase } from '@recours/locale';
import type { MediationOutcome } from '@recours/read-models';
import type { Locale } from '../i18n/locale';
import type { ActivityFigures, ActivityReport } from './activity-figures';

const OUTCOME_PHRASES: Record<MediationOutcome, Phrase> = {
  PROPOSAL_ACCEPTED: { en: 'proposal accepted by both sides', fr: 'proposition acceptée par les deux parties' },
  AGREED_BETWEEN_PARTIES: { en: 'agreed between the parties', fr: 'accord entre les parties' },
  CLOSED_AS_RESOLVED: { en: 'closed as resolved', fr: 'clos comme résolu' },
  NOT_SETTLED: { en: 'not settled', fr: 'sans accord' },
  WITHDRAWN: { en: 'withdrawn (interrupted)', fr: 'retiré (interrompu)' },
};

const refusedOn = (ground: InadmissibilityGround | null): Phrase =>
  ground ? { en: `Refused: ${INADMISSIBILITY_GROUND_PHRASES[ground].en}`, fr: `Refusées : ${INADMISSIBILITY_GROUND_PHRASES[ground].fr}` } : { en: 'Refused: ground not given', fr: 'Refusées : motif non précisé' };

/** One column: its header in each language and its value in a row of figures. */
type Column = { header: Phrase; value: (figures: ActivityFigures) => number | null };

/** Every column, in the order of the page's tables; the grounds and outcomes in the order the report lists them. */
function columnsOf(report: ActivityReport): Column[] {
  return [
    { header: { en: 'Requests received', fr: 'Demandes reçues' }, value: (f) => f.received },
    { header: { en: 'Refused', fr: 'Refusées' }, value: (f) => f.refused },
    ...report.refusals.map(({ ground }, i): Column => ({ header: refusedOn(ground), value: (f) => f.refusals[i].requests })),
    { header: { en: 'Accepted', fr: 'Acceptées' }, value: (f) => f.accepted },
    { header: { en: 'Mediations completed', fr: 'Médiations terminées' }, value: (f) => f.completed },
    ...report.outcomes.map(({ outcome }, i): Column => ({ header: { en: `Outcome: ${OUTCOME_PHRASES[outcome].en}`, fr: `Issue : ${OUTCOME_PHRASES[outcome].fr}` }, value: (f) => f.outcomes[i].mediations })),
    { header: { en: 'Average duration (days)', fr: 'Durée moyenne (jours)' }, value: (f) => f.averageDurationDays },
    { header: { en: 'Median duration (days)', fr: 'Durée médiane (jours)' }, value: (f) => f.medianDurationDays },
    { header: { en: 'Extended for a complex dispute (Article R612-5 of the French Consumer Code)', fr: 'Prolongées pour litige complexe (article R612-5 du Code de la consommation)' }, value: (f) => f.extended },
    { header: { en: 'Remedies carried out', fr: 'Solutions exécutées' }, value: (f) => f.carriedOut },
  ];
}

/**
 * How each language's spreadsheet reads a CSV: in French a decimal comma (« 6,5 », which French
 * Excel and LibreOffice read as a number, not « 6.5 », read as text or a date), hence cells
 * separated by semicolons, as French Excel expects; in English a decimal point and commas. The
 * headers are typeset as the catalogue prints French (« Refusées : … » with a narrow no-break space).
 */
const SPREADSHEET: Record<Locale, { delimiter: string; number: (n: number) => string; words: (text: string) => string }> = {
  fr: { delimiter: ';', number: (n) => String(n).replace('.', ','), words: frenchTypography },
  en: { delimiter: ',', number: (n) => String(n), words: (text) => text },
};

/**
 * The report as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheets read the
 * accents; separated and with decimals as the reader's spreadsheet reads them, SPREADSHEET): one
 * row per month (YYYY-MM), then the year's row; headers in the reader's language, an empty cell
 * where there is nothing to average. Cells starting like a formula are escaped.
 */
export function activityReportCsv(report: ActivityReport, locale: Locale): string {
  const columns = columnsOf(report);
  const sheet = SPREADSHEET[locale];
  const period = { en: 'Month', fr: 'Mois' }[locale];
  const yearRow = { en: `Year ${report.year}`, fr: `Année ${report.year}` }[locale];
  const cell = (value: number | null) => (value === null ? '' : sheet.number(value));
  const row = (label: string, figures: ActivityFigures) => [label, ...columns.map((c) => cell(c.value(figures)))];
  const rows = [...report.months.map((m) => row(`${report.year}-${String(m.month).padStart(2, '0')}`, m)), row(yearRow, report)];
  return stringify(rows, { header: true, columns: [period, ...columns.map((c) => sheet.words(c.header[locale]))], delimiter: sheet.delimiter, bom: true, escape_formulas: true });
}
