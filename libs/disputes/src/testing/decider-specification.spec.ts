import { AssertionError } from 'node:assert';
import { DeciderSpecification } from './decider-specification';

/** A counter that refuses to go below zero, and throws on nonsense. */
type Event = { type: 'Added'; n: number } | { type: 'Odd'; n?: number };
const counter = {
  initialState: () => 0,
  evolve: (state: number, e: Event) => (e.type === 'Added' ? state + e.n : state),
  decide(command: { add: number }, state: number): Event[] | { code: string; field?: string; message?: string } {
    if (Number.isNaN(command.add)) throw new RangeError('NaN');
    if (command.add === 99) return [{ type: 'Odd', n: undefined }];
    if (state + command.add < 0) return command.add < -100 ? { code: 'WAY_BELOW_ZERO' } : { code: 'BELOW_ZERO', field: 'add', message: 'no debt' };
    return [{ type: 'Added', n: command.add }];
  },
};
const given = (events: Event[] = []) => DeciderSpecification.for(counter).given(events);

describe('DeciderSpecification', () => {
  it('then: passes on the exact events, fails otherwise', () => {
    given([{ type: 'Added', n: 2 }]).when({ add: -1 }).then([{ type: 'Added', n: -1 }]);
    expect(() => given().when({ add: 1 }).then([{ type: 'Added', n: 2 }])).toThrow(AssertionError);
    expect(() => given().when({ add: -1 }).then([])).toThrow('expected events, but the command was refused: BELOW_ZERO no debt');
    expect(() => given().when({ add: -101 }).then([])).toThrow('refused: WAY_BELOW_ZERO {"code":"WAY_BELOW_ZERO"}');
  });

  it('then: fails on events that would not survive storage', () => {
    expect(() => given().when({ add: 99 }).then([{ type: 'Odd', n: undefined }])).toThrow('JSON round trip');
  });

  it('thenFails: checks the code and the field', () => {
    given().when({ add: -1 }).thenFails('BELOW_ZERO', 'add');
    expect(() => given().when({ add: -1 }).thenFails('BELOW_ZERO')).toThrow(AssertionError);
    expect(() => given().when({ add: -1 }).thenFails('OTHER', 'add')).toThrow('refused with BELOW_ZERO no debt');
    expect(() => given().when({ add: 1 }).thenFails('BELOW_ZERO')).toThrow('expected BELOW_ZERO, but the command was accepted');
  });

  it('thenThrows: for deciders that throw', () => {
    given().when({ add: NaN }).thenThrows();
    given().when({ add: NaN }).thenThrows((e) => e instanceof RangeError);
    expect(() => given().when({ add: NaN }).thenThrows((e) => e instanceof TypeError)).toThrow('unexpected error: RangeError: NaN');
    expect(() => given().when({ add: 1 }).thenThrows()).toThrow('expected decide to throw');
  });

  it('given() without events starts from the initial state', () => {
    DeciderSpecification.for(counter).given().when({ add: -1 }).thenFails('BELOW_ZERO', 'add');
  });

  it('thenState: checks the state after the decided events', () => {
    given([{ type: 'Added', n: 2 }]).when({ add: 3 }).thenState((s) => expect(s).toBe(5));
  });
});
