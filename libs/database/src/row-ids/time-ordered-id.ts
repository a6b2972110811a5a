import { v7 } from 'uuid';

/**
 * A new row's id where the rows of a table are written at a steady rate and kept (events,
 * disputes, notifications): a time-ordered UUID (RFC 9562 version 7: 48 bits of milliseconds,
 * then a counter and random bits, which keep one process's ids in order within a millisecond).
 *
 * Why not a random one: the table's index on the id then takes each new row at a random leaf.
 * Once the index outgrows memory every insert reads a page of it from disk, and after each
 * checkpoint the first change to a page writes the whole page to the log (and to the standby) for
 * the few bytes it changes. Time-ordered ids land together at the index's right edge, and the
 * recent rows, which are the ones still changing, stay together. `npm run bench:event-ids`
 * measures it (docs/performance.md, "Time-ordered ids"). Rows stored before keep their ids.
 */
export function timeOrderedId(): string {
  return v7();
}
