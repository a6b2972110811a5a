import { randomUUID } from 'node:crypto';
import { eventDigest, newSalt, type PersonalFields } from './integrity';
import type { ValidatedAppend } from './input-validation';

/** What an adapter stores beside an event so that its stream's chain can be recomputed. */
export interface SealedEvent {
  id: string;
  personal: PersonalFields | undefined;
  /** SHA-256 of the event's canonical form; the adapter chains it to the previous hash. */
  digest: string;
}

/** Gives each event its id and the salts of its personal fields, and hashes its canonical form. */
export async function sealEvents(streamId: string, events: ValidatedAppend['events']): Promise<SealedEvent[]> {
  return Promise.all(
    events.map(async (event) => {
      const id = (event.id ?? randomUUID()).toLowerCase(); // as PostgreSQL gives a uuid back
      const personal = event.personal?.length ? Object.fromEntries(event.personal.map((pointer) => [pointer, { salt: newSalt() }])) : undefined;
      const digest = await eventDigest({ id, streamId, type: event.type, data: event.data, metadata: event.metadata, personal });
      return { id, personal, digest };
    }),
  );
}
