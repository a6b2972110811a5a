import { connectDatabase, endPool, openPool } from '@recours/database';
import { dataSubjectOf, DISPUTE_STREAM_PREFIX, type ActorKind, type DisputeEvent } from '@recours/disputes';
import { encryptStoredEvents, masterKeysFromEnv, PostgresSubjectKeys, scopedSubject, type StoredEventView } from '@recours/event-store';
import { runCommandLine } from '../lifecycle/command-line';

/**
 * `npm run events:encrypt` (once, as the owner of the event_store schema, with the DATA_KEY recours
 * runs with): seals the personal fields of the events stored before issue 17 with their data
 * subjects' keys, in one transaction that lifts the append-only trigger for itself only and
 * re-verifies every stream before committing (docs/privacy.md, "Databases made before").
 * Words are sealed with their author's key for their dispute, as an append does, and words sealed
 * with the author's plain key before keys were scoped per dispute are sealed again so. Running it
 * again seals nothing more.
 */
export function disputeSubjectOf(event: StoredEventView, earlier: readonly StoredEventView[]): string | undefined {
  if (!event.streamId.startsWith(DISPUTE_STREAM_PREFIX)) return undefined;
  const tag = String(event.metadata.actor ?? '');
  const colon = tag.indexOf(':');
  if (colon < 0) return undefined;
  const actor = { kind: tag.slice(0, colon).toUpperCase() as ActorKind, id: tag.slice(colon + 1) };
  const filed = [...earlier, event].find((e) => e.type === 'ClaimFiled')?.data as { consumerId?: string } | undefined;
  const author = dataSubjectOf({ type: event.type, data: event.data } as DisputeEvent, actor, filed?.consumerId);
  return author && scopedSubject(author, event.streamId.slice(DISPUTE_STREAM_PREFIX.length));
}

async function main(): Promise<number> {
  // EventStoreDB has no way to rewrite a stored event: its older events cannot be sealed in place.
  if (process.env.EVENT_STORE === 'eventstoredb') {
    throw new Error('events:encrypt seals the events stored in PostgreSQL only; events stored in EventStoreDB before this release keep their personal fields in clear (docs/privacy.md, "Databases made before")');
  }
  const { current, previous } = masterKeysFromEnv(process.env);
  const connection = await connectDatabase(process.env, (message) => console.error(message));
  const keys = await PostgresSubjectKeys.start({ connectionString: connection.url, master: current, previous });
  const pool = openPool({ connectionString: connection.url, max: 1 });
  try {
    const report = await encryptStoredEvents({ pool, keys, subjectOf: disputeSubjectOf });
    console.log(
      `ENCRYPTED: ${report.fieldsEncrypted} personal fields in clear and ${report.fieldsResealed} sealed with an author's plain key, in ${report.eventsEncrypted} events of ${report.streams} streams; ${report.eventsLeftInClear} events left in clear (no data subject); ${report.streamsVerified} streams re-verified`,
    );
    return 0;
  } finally {
    await endPool(pool);
    await keys.close();
    await connection.stop();
  }
}

// The spec imports disputeSubjectOf: run only as the command.
if (require.main === module) runCommandLine(main, (message) => `NOTHING CHANGED: ${message}`);
