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
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (L612-2, last paragraph), which recours counts from the request. """ decideAdmissibility(');
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (L612-2). """ admissibilityDueAt:');
    expect(schema).not.toContain('due 3 weeks after the request');
    // Mediation.admissibilityDueAt and IntakeRequest said « (3 weeks, L612-2) », as if the law gave three weeks to decide (review of 2026-12-06).
    expect(schema).toContain('a rejection is notified within three weeks of receiving the file (L612-2). """ admissibilityDueAt: String! admissibilityReason:');
    expect(schema).toContain('with its admissibility clock: three weeks from the request, as a rejection is notified within three weeks of receiving the file (L612-2). """ type IntakeRequest');
    expect(schema).not.toMatch(/\((?:3|three) weeks, L612-2\)/);
  });

  it('asOf defaults to the day in France, as the resolver reads it (parisDateOf), not the UTC day', () => {
    expect(schema).toContain('"""The day to assess; defaults to today where the consumer lives.""" asOf: String');
  });
});
