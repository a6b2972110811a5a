import type { Dispute } from '../state';

/** A stream this code cannot fold (events out of order, or for another dispute's life). */
export class CorruptStreamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorruptStreamError';
  }
}

/**
 * A sub-domain's slice of `evolve`: how each of its events folds into a filed dispute. Events
 * are facts already decided, so nothing is checked but the stream's own consistency.
 */
export type Evolution<E extends { type: string }> = { [T in E['type']]: (state: Dispute, event: Extract<E, { type: T }>) => Dispute };

/** The schema version of each of a sub-domain's events; bump one with an upcaster (upcasting.ts). */
export type SchemaVersions<E extends { type: string; schemaVersion: number }> = { [T in E['type']]: Extract<E, { type: T }>['schemaVersion'] };
