import { v7 } from 'uuid';

/**
 * The id of an event appended without one: a time-ordered UUID (RFC 9562 version 7: 48 bits of
 * milliseconds, then random bits; monotonic within a process).
 *
 * Why not a random one: the events table's unique index on `id` then takes each new event at a
 * random leaf, so once the log outgrows memory every append reads a page of it from disk, and
 * after each checkpoint writes a whole page of it to the log (and to the standby) for the few
 * bytes it changes. Time-ordered ids land together at the index's right edge.
 * `npm run bench:event-ids` measures it (docs/performance.md). Events stored before keep their ids.
 */
export function newEventId(): string {
  return v7();
}
