import { withElisions } from '../../../../libs/locale/src/elision';
import { frenchTypography } from './typography';

export type MessageValues = Record<string, string | number>;

/**
 * A catalogue message with its values filled in, for a locale ('fr-FR', 'en-GB').
 *
 * `{name}` is replaced by its value. A count whose words change with it is written as ICU
 * MessageFormat writes plurals: `{n, plural, one {# jour} other {# jours}}`. The branch is chosen
 * by Intl.PluralRules for the locale (French says "0 jour", "1,5 jour"; English "0 days",
 * "1.5 days"), `#` is the number in the locale's digits, and a missing branch falls back to
 * `other`. Any other number is written in the locale's digits too. A word that depends on a value is an ICU select, `{x, select, a {…} other {…}}`: the
 * branch named by the value, else `other`. Every text argument `name` comes with `nameElides`
 * ('yes' or 'no', libs/locale's elidesBefore), so that a French sentence elides before a name
 * (`{nameElides, select, yes {d’} other {de }}{name}`: « le profil d’Acme », « de Fnac »). In
 * French the template is typeset (typography.ts); what fills it is left as written.
 */
export function fillMessage(template: string, values: MessageValues | undefined, locale: string): string {
  const typeset = locale.startsWith('fr') ? frenchTypography : (text: string) => text;
  const text = typeset(template);
  if (!values) return text;
  const all = withElisions(values);
  const rules = new Intl.PluralRules(locale);
  const digits = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  // A number is written in the locale's digits, as `#` is (« 1 234 avis », never « 1234 avis »); a
  // year or any other number that names rather than counts is passed as a string.
  const shown = (value: string | number) => (typeof value === 'number' ? digits.format(value) : String(value));
  return replaceChoices(text, all, rules, digits).replace(/\{(\w+)\}/g, (match, name: string) => (name in all ? shown(all[name]!) : match));
}

const CHOICE = /\{(\w+),\s*(plural|select),/g;

function replaceChoices(text: string, values: MessageValues, rules: Intl.PluralRules, digits: Intl.NumberFormat): string {
  let out = '';
  let from = 0;
  CHOICE.lastIndex = 0;
  for (let match = CHOICE.exec(text); match; match = CHOICE.exec(text)) {
    const end = closing(text, match.index);
    if (end < 0) break;
    const branches = branchesOf(text.slice(match.index + match[0].length, end));
    const value = values[match[1]!];
    out += text.slice(from, match.index) + (match[2] === 'select' ? (branches[String(value)] ?? branches.other ?? '') : plural(branches, value, rules, digits));
    from = end + 1;
    CHOICE.lastIndex = end + 1;
  }
  return out + text.slice(from);
}

/** The branch for a count, `#` written as the count in the locale's digits. */
function plural(branches: Record<string, string>, value: string | number | undefined, rules: Intl.PluralRules, digits: Intl.NumberFormat): string {
  const count = typeof value === 'number' ? value : Number(value);
  const chosen = Number.isFinite(count) ? (branches[`=${count}`] ?? branches[rules.select(count)] ?? branches.other) : branches.other;
  const shown = typeof value === 'number' ? digits.format(value) : String(value ?? '');
  return (chosen ?? '').replace(/#/g, shown);
}

/** The index of the brace closing the one at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {…} other {…}` as { one: '…', other: '…' }. */
function branchesOf(body: string): Record<string, string> {
  const branches: Record<string, string> = {};
  const selector = /\s*(=?\w+)\s*\{/y;
  let at = 0;
  while (at < body.length) {
    selector.lastIndex = at;
    const match = selector.exec(body);
    if (!match) break;
    const open = at + match[0].length - 1;
    const end = closing(body, open);
    if (end < 0) break;
    branches[match[1]!] = body.slice(open + 1, end);
    at = end + 1;
  }
  return branches;
}
