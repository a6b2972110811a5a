import { AssertionError, deepStrictEqual } from 'node:assert/strict';

/** A decider that returns its refusals as values carrying a stable `code`. */
export interface Decider<State, Command, Event, Failure extends { code: string }> {
  decide(command: Command, state: State): Event[] | Failure;
  evolve(state: State, event: Event): State;
  initialState(): State;
}

export interface Then<State, Event> {
  /** The decision is exactly these events (deep, strict equality). */
  then(expected: Event[]): void;
  /** The decision is a refusal with this code (and this field, for input errors). */
  thenFails(code: string, field?: string): void;
  /** `decide` throws, optionally an error matching the predicate. */
  thenThrows(check?: (error: unknown) => boolean): void;
  /** The state after folding the decided events satisfies `check` (for read-model fields). */
  thenState(check: (state: State) => void): void;
}

/**
 * Given/when/then for deciders, after Emmett's DeciderSpecification, without the framework:
 *
 *   DeciderSpecification.for(decider).given([claimFiled]).when(rejectClaim).then([claimRejected])
 *
 * Every decided event is also folded with `evolve` and must survive a JSON round trip, so a
 * decision that could not be stored or replayed fails its spec.
 */
export const DeciderSpecification = {
  for<State, Command, Event, Failure extends { code: string; field?: string }>(decider: Decider<State, Command, Event, Failure>) {
    return {
      given(events: Event[] = []) {
        return {
          when(command: Command): Then<State, Event> {
            const state = events.reduce(decider.evolve, decider.initialState());
            const run = () => decider.decide(command, state);
            const decided = (): Event[] => {
              const result = run();
              if (!Array.isArray(result)) fail(`expected events, but the command was refused: ${result.code} ${describe(result)}`);
              const events = result as Event[];
              deepStrictEqual(JSON.parse(JSON.stringify(events)), events, 'decided events must survive a JSON round trip');
              return events;
            };
            return {
              then(expected) {
                const events = decided();
                events.reduce(decider.evolve, state);
                deepStrictEqual(events, expected);
              },
              thenFails(code, field) {
                const result = run();
                if (Array.isArray(result)) fail(`expected ${code}, but the command was accepted: ${JSON.stringify(result)}`);
                const failure = result as Failure;
                deepStrictEqual({ code: failure.code, field: failure.field }, { code, field }, `refused with ${failure.code} ${describe(failure)}`);
              },
              thenThrows(check) {
                let thrown: { error: unknown } | undefined;
                try {
                  run();
                } catch (error) {
                  thrown = { error };
                }
                if (!thrown) fail('expected decide to throw, but it returned');
                if (check && !check(thrown!.error)) fail(`decide threw an unexpected error: ${String(thrown!.error)}`);
              },
              thenState(check) {
                check(decided().reduce(decider.evolve, state));
              },
            };
          },
        };
      },
    };
  },
};

function describe(failure: object): string {
  return 'message' in failure ? String(failure.message) : JSON.stringify(failure);
}

function fail(message: string): never {
  throw new AssertionError({ message });
}
