import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

// The committed schema.gql is written from the code at each start of the API outside production
// (api-graphql.module.ts): what partners read of the law (legal review, findings 9 and 14).
const printed = readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8');
const schema = printed.replace(/\s+/g, ' ');

/** Every description of the printed schema, with where it is: types, fields, arguments, input fields, enum values. */
function descriptionsOf(sdl: string): Array<[where: string, text: string]> {
  const all: Array<[string, string]> = [];
  const add = (where: string, text: string | null | undefined) => text && all.push([where, text.replace(/\s+/g, ' ')]);
  for (const type of Object.values(buildSchema(sdl).getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    add(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) add(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) add(`${type.name}.${value.name}`, value.description);
  }
  return all;
}

const LATIN = '(?:bis|ter|quater|quinquies|sexies|septies|octies)';
/** An article cited, the code it must be said to be in (English, the country named), by how it is numbered. */
const CITED: Array<[article: RegExp, code: (article: string) => RegExp]> = [
  // L217-7, R612-5, D211-2: the French Consumer Code's numbering (not FR.L217-13.1, a message's code).
  [/(?<![\w.])[LRD]\.? ?\d{3}(?:-\d+)+/g, () => /of the French Consumer Code/],
  // 1641, 1649quater, and any 3-4 digit number after « art. », « Article » or « C. civ. »: a Civil Code's.
  [new RegExp(`(?<![\\w./-])16\\d\\d${LATIN}?(?![\\w/-])|(?<=\\b(?:art|arts|civ)\\. ?|\\bArticles? )\\d{3,4}${LATIN}?(?![\\w/-])`, 'g'), (article) => (new RegExp(`^1649${LATIN}$`).test(article) ? /of the Belgian Civil Code/ : /of the (?:French|Belgian) Civil Code/)],
  // 750-1: the Code of Civil Procedure's (not a date's 2026-12-06).
  [/(?<![\w./-])\d{3}-\d+(?![\w/-])/g, () => /of the French Code of Civil Procedure/],
];

/**
 * The articles a description cites bare: each must read « Article X … of the French Consumer Code »
 * (or « Articles X and Y … », « Articles X to Y … ») within one clause, the code its number belongs to.
 */
function bareCitations(text: string): string[] {
  const bare: string[] = [];
  for (const [article, code] of CITED) {
    for (const match of text.matchAll(article)) {
      const before = text.slice(0, match.index);
      const after = text.slice(match.index + match[0].length);
      // Back to the « Article(s) » that opens the citation, forward to the code, never across a clause's end.
      const opened = /\bArticles? (?:(?![.;:] ).)*$/.test(before);
      const closing = after.match(/^(?:(?![.;:] ).)*?( of the [^,.;:()]*?(?:Code(?: of Civil Procedure)?))/);
      if (!opened || !closing || !code(match[0]).test(closing[1])) bare.push(match[0]);
    }
  }
  return bare;
}

describe('the GraphQL schema states the law as written', () => {
  it('requestMediation: the merchant’s chance to answer first is recours’s rule, L612-2 the year', () => {
    expect(schema).toContain('Within a year of the written claim (Article L612-2 of the French Consumer Code), once the merchant had its chance to answer in writing (recours’s rule, not the law’s). """ requestMediation(');
  });

  it('decideAdmissibility and admissibilityDueAt: L612-2’s three weeks run from the receipt of the file, for a rejection', () => {
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (Article L612-2, last paragraph, of the French Consumer Code), which recours counts from the request. ');
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (Article L612-2 of the French Consumer Code). """ admissibilityDueAt:');
    expect(schema).not.toContain('due 3 weeks after the request');
    // Mediation.admissibilityDueAt and IntakeRequest said « (3 weeks, L612-2) », as if the law gave three weeks to decide (review of 2026-12-06).
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (Article L612-2 of the French Consumer Code). """ admissibilityDueAt: String! admissibilityReason:');
    expect(schema).toContain('with its admissibility clock: three weeks from the request, as a rejection is notified within three weeks of receiving the file (Article L612-2 of the French Consumer Code). """ type IntakeRequest');
    expect(schema).not.toMatch(/\((?:3|three) weeks, L612-2\)/);
  });

  it('decideAdmissibility and Mediation.fileCompletedAt: R612-5’s 90 days run from the receipt of the complete file (R612-2), not from the decision', () => {
    expect(schema).toContain('An admissible request has its outcome due 90 days after the complete file was received (Articles R612-2 and R612-5 of the French Consumer Code): the request’s day, or the later day given as fileCompletedOn; not the day of the decision. """ decideAdmissibility(');
    expect(schema).toContain('the 90 days run from it (Articles R612-2 and R612-5 of the French Consumer Code). The request’s day by default. """ fileCompletedOn: String');
    expect(schema).toContain('When the mediator received the complete file (Article R612-2 of the French Consumer Code): the request, or the later day the mediator named on finding it admissible (its first instant in Paris); the 90-day clock runs from its day (Article R612-5 of the French Consumer Code).');
    expect(schema).not.toContain('The file was complete then: the 90-day clock runs from here');
  });

  // recours serves Belgian consumers too and cites the Belgian Civil Code: a description that names a
  // code says whose, in English (“the French Consumer Code”), as the sentences shown to people do.
  it('names the country of the code it names, in English', () => {
    expect(schema).toContain('The ground of Article L612-2 (1° to 5°) of the French Consumer Code a mediation request was refused on.');
    expect(schema).toContain('What a consumer mediator publishes each year (Article R614-2 of the French Consumer Code), for one body');
    expect(schema).not.toMatch(/(?<!French |Belgian )(?:Consumer|Civil) Code|Code de la consommation|Code civil/);
  });

  // A bare « (L612-2) » or « C. civ. 1644 » does not say which country's code, nor that it is one,
  // to a partner reading the schema (review of 2026-12-06): as in the catalogues (law-wording.spec.ts).
  it('every article a description cites is named with its code, in English: “(Article L612-2 of the French Consumer Code)”', () => {
    const bare = descriptionsOf(printed)
      .map(([where, text]) => [where, bareCitations(text)] as const)
      .filter(([, articles]) => articles.length > 0)
      .map(([where, articles]) => `${where}: ${articles.join(', ')}`);
    expect(bare).toEqual([]);
  });

  it('reads a citation as bare unless « Article(s) … of the <country> <code> » says it, within its clause', () => {
    expect(bareCitations('The ground of L612-2 the refusal rests on.')).toEqual(['L612-2']);
    expect(bareCitations('New or used goods (FR L217-7).')).toEqual(['L217-7']);
    expect(bareCitations('What the consumer asks for (C. consom. L217-8 ff.).')).toEqual(['L217-8']);
    expect(bareCitations('A refund (C. civ. 1644).')).toEqual(['1644']);
    expect(bareCitations('It renounces it (C. civ. art. 2007).')).toEqual(['2007']);
    expect(bareCitations('Not the price (CPC 750-1).')).toEqual(['750-1']);
    expect(bareCitations('Periods extended (R612-5). Article R614-2 of the French Consumer Code says so.')).toEqual(['R612-5']);
    expect(bareCitations('Refunded (Article 1644 of the French Consumer Code).')).toEqual(['1644']);
    expect(bareCitations('Shorter (Article L217-7 of the Consumer Code).')).toEqual(['L217-7']);
    expect(bareCitations('Belgian law (Article 1649quater of the French Civil Code).')).toEqual(['1649quater']);
    expect(bareCitations('The ground of Article L612-2 (1° to 5°) of the French Consumer Code a mediation request was refused on.')).toEqual([]);
    expect(bareCitations('Due 90 days after (Articles R612-2 and R612-5 of the French Consumer Code): the request’s day.')).toEqual([]);
    expect(bareCitations('Within three weeks (Article L612-2, last paragraph, of the French Consumer Code), which recours counts.')).toEqual([]);
    expect(bareCitations('The action (Articles 1641 to 1649 of the French Civil Code); two years (Article 1649quater of the Belgian Civil Code).')).toEqual([]);
    expect(bareCitations('Not the price (Article 750-1 of the French Code of Civil Procedure).')).toEqual([]);
    expect(bareCitations('Stable code, e.g. next.mediator or FR.L217-13.1. A day, 2026-12-06, ISO 8601, at most 1000.')).toEqual([]);
  });

  it('asOf defaults to the day in France, as the resolver reads it (parisDateOf), not the UTC day', () => {
    expect(schema).toContain('"""The day to assess; defaults to today where the consumer lives.""" asOf: String');
  });
});
