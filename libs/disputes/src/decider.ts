import { decide } from './decide';
import { evolve } from './evolve';
import { initialState } from './state';

/** The dispute decider in Emmett's shape: { decide, evolve, initialState }. */
export const disputeDecider = { decide, evolve, initialState };
