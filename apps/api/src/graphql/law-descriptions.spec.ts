import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The committed schema.gql is written from the code at each start of the API outside production
// (api-graphql.module.ts): what partners read of the law (legal review, findings 9 and 14).
const schema = readFileSync(join(__dirname, '../../../../schema.gql'), 'utf8').replace(/\s+/g, ' ');

describe('the GraphQL schema states the law as written', () => {
  it('requestMediation: the merchant’s chance to answer first is recours’s rule, L612-2 the year', () => {
    expect(schema).toContain('Within a year of the written claim (L612-2), once the merchant had its chance to answer in writing (recours’s rule, not the law’s). """ requestMediation(');
  });

  it('decideAdmissibility and admissibilityDueAt: L612-2’s three weeks run from the receipt of the file, for a rejection', () => {
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (L612-2, last paragraph), which recours counts from the request. ');
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (L612-2). """ admissibilityDueAt:');
    expect(schema).not.toContain('due 3 weeks after the request');
    // Mediation.admissibilityDueAt and IntakeRequest said « (3 weeks, L612-2) », as if the law gave three weeks to decide (review of 2026-12-06).
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (L612-2). """ admissibilityDueAt: String! admissibilityReason:');
    expect(schema).toContain('with its admissibility clock: three weeks from the request, as a rejection is notified within three weeks of receiving the file (L612-2). """ type IntakeRequest');
    expect(schema).not.toMatch(/\((?:3|three) weeks, L612-2\)/);
  });

  it('decideAdmissibility and Mediation.fileCompletedAt: R612-5’s 90 days run from the receipt of the complete file (R612-2), not from the decision', () => {
    expect(schema).toContain('An admissible request has its outcome due 90 days after the complete file was received (R612-2, R612-5): the request’s day, or the later day given as fileCompletedOn; not the day of the decision. """ decideAdmissibility(');
    expect(schema).toContain('the 90 days run from it (R612-2, R612-5). The request’s day by default. """ fileCompletedOn: String');
    expect(schema).toContain('When the mediator received the complete file (R612-2): the request, or the later day the mediator named on finding it admissible (its first instant in Paris); the 90-day clock runs from its day (R612-5).');
    expect(schema).not.toContain('The file was complete then: the 90-day clock runs from here');
  });

  // recours serves Belgian consumers too and cites the Belgian Civil Code: a description that names a
  // code says whose, in English (“the French Consumer Code”), as the sentences shown to people do.
  it('names the country of the code it names, in English', () => {
    expect(schema).toContain('The ground of Article L612-2 (1° to 5°) of the French Consumer Code a mediation request was refused on.');
    expect(schema).toContain('What a consumer mediator publishes each year (Article R614-2 of the French Consumer Code), for one body');
    expect(schema).not.toMatch(/(?<!French |Belgian )(?:Consumer|Civil) Code|Code de la consommation|Code civil/);
  });

  it('asOf defaults to the day in France, as the resolver reads it (parisDateOf), not the UTC day', () => {
    expect(schema).toContain('"""The day to assess; defaults to today where the consumer lives.""" asOf: String');
  });
});
