import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { operationLimitsRule } from './operation-limits';

describe('operation limits: depth, fields, and root fields that cost more than one', () => {
  const schema = buildSchema(`type Dispute { id: ID! } type Query { dispute(id: ID!): Dispute  me: Dispute }`);
  const rule = operationLimitsRule({ maxDepth: 12, maxFields: 100, rootFieldCosts: { dispute: 25 } });
  const errorsOf = (source: string) => validate(schema, parse(source), [...specifiedRules, rule]).map((e) => e.message);
  const aliases = (n: number, field: string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field} { id }`).join(' ')} }`;

  it('a costly root field counts as its cost, aliases and fragments included', () => {
    expect(errorsOf(aliases(3, 'dispute(id: "x")'))).toEqual([]); // 3 × (25 + 1)
    expect(errorsOf(aliases(4, 'dispute(id: "x")'))).toEqual([expect.stringMatching(/too many fields: at most 100/)]); // 4 × 26
    expect(errorsOf(`{ ...F ...G } fragment F on Query { a: dispute(id: "x") { id } b: dispute(id: "y") { id } } fragment G on Query { c: dispute(id: "x") { id } d: dispute(id: "y") { id } }`)).toHaveLength(1);
  });

  it('other fields count as one', () => {
    expect(errorsOf(aliases(45, 'me'))).toEqual([]); // 90 fields
    expect(errorsOf(aliases(51, 'me'))).toHaveLength(1); // 102 fields
  });
});
