import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fillMessage } from '../../apps/web/src/i18n/translate';
import { en, type MessageKey } from '../../libs/locale/src/catalogue/en';
import { fr } from '../../libs/locale/src/catalogue/fr';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const inFrench = (key: MessageKey, values: Record<string, string | number>) => plain(fillMessage(fr[key], values, 'fr-FR'));
const inEnglish = (key: MessageKey, values: Record<string, string | number>) => fillMessage(en[key], values, 'en-GB');

describe('counts agree with their words (Intl.PluralRules)', () => {
  it('in French, 0 and 1 (and 1,5) take the singular, 2 the plural', () => {
    expect(inFrench('notifications.bellUnread', { count: 1 })).toBe('Notifications : 1 non lue');
    expect(inFrench('notifications.bellUnread', { count: 3 })).toBe('Notifications : 3 non lues');
    expect(inFrench('intake.mediatorWithLoad', { name: 'Marie', n: 0 })).toBe('Marie (0 dossier)');
    expect(inFrench('intake.mediatorWithLoad', { name: 'Marie', n: 2 })).toBe('Marie (2 dossiers)');
    expect(inFrench('report.days', { n: 1.5 })).toBe('1,5 jour');
    expect(inFrench('report.days', { n: 12 })).toBe('12 jours');
    expect(inFrench('scorecard.overClaims', { count: 1 })).toBe('sur 1 réclamation');
    expect(inFrench('systemic.atLeast', { n: '1' })).toBe('Au moins 1 adhérent');
    expect(inFrench('systemic.atLeast', { n: '5' })).toBe('Au moins 5 adhérents');
    expect(inFrench('notifications.unread', { count: 1 })).toBe('1 non lue');
    expect(inFrench('verify.intactBody', { events: 1, at: 'x' })).toBe('Son seul événement correspond à son empreinte ; exporté le x.');
    expect(inFrench('verify.intactBody', { events: 1234, at: 'x' })).toBe('Ses 1 234 événements correspondent à leurs empreintes ; exporté le x.');
  });

  it('in English, only 1 takes the singular', () => {
    expect(inEnglish('offer.details', { days: 1, expires: 'a', made: 'b' })).toBe('Within 1 day · open until a · made b');
    expect(inEnglish('offer.details', { days: 0, expires: 'a', made: 'b' })).toBe('Within 0 days · open until a · made b');
    expect(inEnglish('rights.months', { n: 1 })).toBe('1 month');
    expect(inEnglish('rights.months', { n: 6 })).toBe('6 months');
    expect(inEnglish('similar.medianDays', { days: 1.5 })).toBe('Median time to resolution: 1.5 days');
    expect(inEnglish('scorecard.overRatings', { count: 1, aside: 0 })).toMatch(/^1 rating, counted in full/);
  });

  it('writes every number of a sentence in the locale’s digits, a plural’s or not', () => {
    expect(inFrench('scorecard.overRatings', { count: 1234, aside: 1200 })).toMatch(/^1 234 avis, comptés en entier.* 1 200 écartés/);
    expect(inEnglish('scorecard.overRatings', { count: 1234, aside: 1200 })).toMatch(/^1,234 ratings, each counted in full.*; 1,200 left out/);
    expect(inFrench('form.tooLong', { max: 2000 })).toBe('Au plus 2 000 caractères');
    expect(inFrench('scorecard.hours', { hours: 1.5 })).toBe('1,5 h');
    // A year names, it does not count: passed as a string, it is written as it is (« 2 026 » as a number).
    expect(inFrench('report.refusalsChart', { year: '2026' })).toBe('Refus par motif, 2026');
    const root = join(__dirname, '../../apps/web/src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.tsx') ? [join(dir, name)] : []));
    // `{ year }` or `year: <anything but String(…)>` among a t() call's values.
    const asNumber = (values: string) => /(^|[{,]\s*)year\s*(,|$)/.test(values) || /\byear:(?!\s*String\()/.test(values);
    const yearsAsNumbers = files(root).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\('[\w.]+', \{([^}]*)\}/g)].filter((match) => asNumber(match[1]!.trim())).map((match) => `${relative(root, file)}: ${match[0]}`));
    expect(yearsAsNumbers).toEqual([]);
  });

  it('writes a count in a table cell in the locale’s digits too (« 1 234 »), never as the API gives it', () => {
    const schema = readFileSync(join(__dirname, '../../schema.gql'), 'utf8');
    const numeric = new Set([...schema.matchAll(/^\s+(\w+)(?:\([^)]*\))?: (?:Int|Float)!?$/gm)].map((match) => match[1]!));
    expect(numeric).toContain('openCases');
    const root = join(__dirname, '../../apps/web/src');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : name.endsWith('.tsx') ? [join(dir, name)] : []));
    const bare = files(root).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<Table\.Td>\{(?:\w+\.)*(\w+)\}<\/Table\.Td>|^\s+(?:\w+\.)+(\w+),$/gm)].filter((match) => numeric.has((match[1] ?? match[2])!) || match[1] === 'count').map((match) => `${relative(root, file)}: ${match[0].trim()}`),
    );
    expect(bare).toEqual([]);
  });

  it('several counts in one sentence each agree on their own', () => {
    expect(inFrench('scorecard.overRatings', { count: 1, aside: 2 })).toBe(
      '1 avis, compté en entier, ou pour un quart si la réclamation n’a jamais été prise en compte (ou, pour un avis donné avant qu’une adresse confirmée soit exigée, si l’adresse n’était pas confirmée quand il a été donné) ; 2 écartés (retirés avant que le professionnel puisse répondre)',
    );
  });

  it('leave no plural syntax in any message of the catalogue, whatever the count', () => {
    for (const [catalogue, locale] of [[fr, 'fr-FR'], [en, 'en-GB']] as const) {
      for (const [key, template] of Object.entries(catalogue)) {
        if (!template.includes(', plural,')) continue;
        const names = [...template.matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        for (const n of [0, 1, 2, 1000]) {
          const filled = fillMessage(template, Object.fromEntries(names.map((name) => [name, n])), locale);
          expect(`${key}: ${filled}`).not.toMatch(/plural|[{}#]/);
        }
      }
    }
  });

  it('still fills plain placeholders, and leaves an unknown one as it is', () => {
    expect(fillMessage('{a} et {b}', { a: 'x' }, 'fr-FR')).toBe('x et {b}');
  });
});
