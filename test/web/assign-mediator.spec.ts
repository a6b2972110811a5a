import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMAND_DESCRIPTIONS } from '@recours/disputes';
import { z } from 'zod';
import { assignableMediators, preselectedMediator } from '../../apps/web/src/features/disputes/actions/assignable-mediators';

const marie = { id: 'm-1', displayName: 'Marie', openCases: 3 };
const paul = { id: 'm-2', displayName: 'Paul', openCases: 1 };
const anne = { id: 'm-3', displayName: 'Anne', openCases: 5 };
const bodies = [
  { id: 'b-1', isDefault: false, mediators: [marie, paul] },
  { id: 'b-2', isDefault: true, mediators: [anne] },
];

describe('the mediators an admin chooses from on a dispute page', () => {
  it("are the merchant's body's, the least loaded first", () => {
    expect(assignableMediators(bodies, 'b-1').map((m) => m.displayName)).toEqual(['Paul', 'Marie']);
  });

  it('are the default body’s when the merchant designated none, and every body’s when its body is not listed', () => {
    expect(assignableMediators(bodies, null).map((m) => m.displayName)).toEqual(['Anne']);
    expect(assignableMediators(bodies, 'b-9').map((m) => m.displayName)).toEqual(['Paul', 'Marie', 'Anne']);
  });

  it('pre-select the designated mediator when she is among them, else the least loaded', () => {
    const list = assignableMediators(bodies, 'b-1');
    expect(preselectedMediator(list, 'm-1')).toBe('m-1');
    expect(preselectedMediator(list, 'm-3')).toBe('m-2');
    expect(preselectedMediator([], null)).toBe('');
  });
});

/**
 * A generic command form shows a field of kind `id` as a text box: a person would have to type an
 * account id (which no person should see). Every action with such a field must be laid out by
 * hand (or answered elsewhere) in ActionsPanel.
 */
describe('the dispute actions that take an id', () => {
  it('are all laid out by hand or answered elsewhere, none as a generic form', () => {
    const panel = readFileSync(join(__dirname, '../../apps/web/src/features/disputes/actions/ActionsPanel.tsx'), 'utf8');
    const laidOut = /const LAID_OUT[^=]*= \{([\s\S]*?)\n\};/.exec(panel)?.[1] ?? '';
    const elsewhere = /const ELSEWHERE = new Set<DisputeAction>\(\[([^\]]*)\]/.exec(panel)?.[1] ?? '';
    const withId = Object.values(COMMAND_DESCRIPTIONS).flatMap(({ payload, mutation }) => {
      // Filing a claim is a page of its own (the claim's steps), not a form of the actions panel.
      if (!mutation || mutation.name === 'fileClaim') return [];
      const schema = z.toJSONSchema(payload, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, { graphql?: string; assigned?: boolean }> };
      const assigned: readonly string[] = (mutation as { assigned?: readonly string[] }).assigned ?? [];
      const ids = Object.entries(schema.properties ?? {}).filter(([name, property]) => property.graphql === 'ID' && !property.assigned && !assigned.includes(name));
      return ids.length > 0 ? [mutation.name] : [];
    });
    expect(withId).toContain('assignMediator');
    expect(withId.filter((name) => !new RegExp(`\\b${name}: \\{ Form:`).test(laidOut) && !elsewhere.includes(`'${name}'`))).toEqual([]);
  });
});
