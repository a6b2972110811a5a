import type { SystemicProblem } from '@recours/read-models';
import { systemicProblemsCsv } from './systemic-problems.csv';

const battery: SystemicProblem = {
  groupId: '0b9a4c1e-7f1d-4a53-9a43-5a2f0c6f7d10',
  merchantId: '5d1f6c2a-2b8e-4d0c-8a4e-1f9b7c3d2e11',
  category: 'Smartphone',
  defect: 'La batterie ne tient plus la charge',
  members: 3,
  claims: 4,
  merchantMembers: 5,
  // 23:30 UTC on 31 January is 1 February in Paris.
  firstFiledAt: '2026-01-31T23:30:00.000Z',
  lastFiledAt: '2026-02-10T09:00:00.000Z',
  months: [
    { month: '2026-02', claims: 3, members: 2 },
    { month: '2026-03', claims: 1, members: 1 },
  ],
  disputeIds: [],
};
const formula: SystemicProblem = { ...battery, groupId: '9c0f', merchantId: 'gone', defect: '=HYPERLINK("x")', months: [{ month: '2026-03', claims: 1, members: 1 }] };
const names = new Map([[battery.merchantId, 'PhoneShop']]);
/** RFC 4180 read back, separated as the reader's spreadsheet expects (semicolons in French): quoted cells may hold separators and doubled quotes. */
const read = (csv: string, separator = csv.startsWith('\ufeffGroupe;') ? ';' : ','): string[][] =>
  csv
    .replace(/^\ufeff/, '')
    .trimEnd()
    .split('\n')
    .map((line) => [...line.matchAll(new RegExp(`(?:^|${separator})("(?:[^"]|"")*"|[^${separator}]*)`, 'g'))].map((m) => (m[1]!.startsWith('"') ? m[1]!.slice(1, -1).replaceAll('""', '"') : m[1]!)));

describe('the systemic problems as CSV, opened in a spreadsheet by a person', () => {
  it('has its headers in the reader’s language, the page’s words, and a byte-order mark for the accents', () => {
    const fr = systemicProblemsCsv([battery], names, 'fr');
    expect(fr.startsWith('\ufeff')).toBe(true);
    // Semicolons in French, as French Excel reads a CSV (and the activity report is written); commas in English.
    expect(fr.split('\n')[0]).toMatch(/^\ufeffGroupe;Professionnel;Catégorie;/);
    expect(systemicProblemsCsv([battery], names, 'en').split('\n')[0]).toMatch(/^\ufeffGroup,Merchant,Category,/);
    expect(read(fr)[0]).toEqual([
      'Groupe', 'Professionnel', 'Catégorie', 'Défaut (première description)', 'Adhérents concernés', 'Réclamations', 'Adhérents face à ce professionnel (tous problèmes)',
      'Première réclamation déposée le', 'Dernière réclamation déposée le', 'Mois', 'Réclamations ce mois-là', 'Adhérents ce mois-là',
    ]);
    expect(read(systemicProblemsCsv([battery], names, 'en'))[0]).toEqual([
      'Group', 'Merchant', 'Category', 'Defect (first description)', 'Members concerned', 'Claims', 'Members against this merchant (all problems)',
      'First claim filed on', 'Last claim filed on', 'Month', 'Claims that month', 'Members that month',
    ]);
  });

  it('names a group by its number on the page and a merchant by its name, never an id; days in Paris', () => {
    const csv = systemicProblemsCsv([battery, formula], names, 'fr');
    const rows = read(csv).slice(1);
    expect(rows).toEqual([
      ['1', 'PhoneShop', 'Smartphone', 'La batterie ne tient plus la charge', '3', '4', '5', '2026-02-01', '2026-02-10', '2026-02', '3', '2'],
      ['1', 'PhoneShop', 'Smartphone', 'La batterie ne tient plus la charge', '3', '4', '5', '2026-02-01', '2026-02-10', '2026-03', '1', '1'],
      ['2', 'Professionnel inconnu', 'Smartphone', '\'=HYPERLINK("x")', '3', '4', '5', '2026-02-01', '2026-02-10', '2026-03', '1', '1'],
    ]);
    expect(csv).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(csv).not.toContain('gone');
    expect(read(systemicProblemsCsv([formula], names, 'en'))[1][1]).toBe('Unknown merchant');
  });

  it('reads an erased defect as erased, in the reader’s language', () => {
    const erased = { ...battery, defect: '⟦erased⟧' };
    expect(read(systemicProblemsCsv([erased], names, 'en'))[1][3]).not.toContain('⟦');
  });
});
