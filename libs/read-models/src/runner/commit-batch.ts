import type { EventStore, RecordedEvent } from '@recours/event-store';
import type { ClientBase } from 'pg';
import { CheckpointMovedError, lockCheckpointsSql, lockedCheckpoints, sameCheckpoint, storeCheckpointsSql, type Checkpoint, type CheckpointRow } from './checkpoints';
import type { LruCache } from './lru-cache';
import { ProjectionBatchError } from './failures';
import { applyInOrder, type Projection } from './projection';
import { inBatchTransaction } from './transaction';
import { announceAppliedSql } from '../progress/applied-announcement';

/**
 * Applies a batch and moves the checkpoint to `position` in one transaction: a crash before
 * COMMIT leaves neither, after it both, so an event is never applied twice nor skipped.
 *
 * The checkpoint is compared with what this runner last wrote (compare-and-set under the row
 * lock): if another runner or a rebuild moved it, nothing is written. The advisory lock keeps
 * runners from racing; this is what keeps a race harmless if the lock is ever lost.
 */
export async function commitBatch(
  client: ClientBase,
  schema: string,
  projection: Projection,
  expected: Checkpoint,
  events: readonly RecordedEvent[],
  position: bigint,
  cache: LruCache<string, unknown>,
  store?: Pick<EventStore, 'readStream'>,
): Promise<Checkpoint> {
  // BEGIN goes with the lock, and the checkpoint with COMMIT: two round trips besides the projection's own.
  return inBatchTransaction(client, lockCheckpointsSql(schema, [projection.name]), async (locked: CheckpointRow[]) => {
    const found = lockedCheckpoints(locked).get(projection.name);
    if (!found) throw new Error(`no checkpoint for projection ${projection.name}`);
    if (!sameCheckpoint(found, expected)) throw new CheckpointMovedError(projection.name, expected, found);
    try {
      await applyInOrder(projection, events, { client, schema, cache, rebuilding: false, store });
    } catch (error) {
      // Names the events that failed: the runner's backoff and log go by them.
      throw events.length > 0 ? new ProjectionBatchError(projection.name, events, error) : error;
    }
    const next = { position, epoch: expected.epoch };
    const announced = announceAppliedSql({ position, projections: [projection.name] });
    return { result: next, closing: `${storeCheckpointsSql(schema, [{ projection: projection.name, ...next }])}; ${announced}` };
  }, projection.commitsDurably);
}
