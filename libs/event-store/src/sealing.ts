import { timeOrderedId } from '@recours/database';
import { encryptPersonal, type StoredForm } from './encryption/field-encryption';
import type { SubjectKeyRing } from './encryption/subject-keys';
import { commitmentOf, eventDigest, MissingPersonalValue, newSalt, valueAt, type PersonalFields } from './integrity';
import type { ValidatedAppend } from './input-validation';

/** What an adapter stores beside an event so that its stream's chain can be recomputed. */
export interface SealedEvent {
  id: string;
  /** The salts, as the appender reads them back. */
  personal: PersonalFields | undefined;
  /** SHA-256 of the event's canonical form; the adapter chains it to the previous hash. */
  digest: string;
  /** What the adapter writes: personal fields sealed with their subject's key when it has a key ring. */
  stored: StoredForm;
}

/**
 * Gives each event its id and the salts of its personal fields, hashes its canonical form (the
 * values in clear, committed), then seals those values with the subject's key: the same in every
 * adapter, so that each stores and reads personal fields alike.
 */
export async function sealEvents(streamId: string, events: ValidatedAppend['events'], keys?: SubjectKeyRing): Promise<SealedEvent[]> {
  return Promise.all(
    events.map(async (event) => {
      const id = (event.id ?? timeOrderedId()).toLowerCase(); // as PostgreSQL gives a uuid back
      const personal = event.personal?.length ? Object.fromEntries(event.personal.map((pointer) => [pointer, { salt: newSalt() }])) : undefined;
      // Each field's commitment computed once, for the hash and for the stored form alike.
      const commitments = personal && (await commitmentsOf(event.data, personal));
      const committed = commitments && Object.fromEntries(Object.entries(commitments).map(([pointer, commitment]) => [pointer, { commitment }]));
      const digest = await eventDigest({ id, streamId, type: event.type, data: event.data, metadata: event.metadata, personal: committed });
      return { id, personal, digest, stored: await encryptPersonal(id, event.data, personal, event.subject, keys, commitments) };
    }),
  );
}

/** Each salted field's commitment; fails as hashing does when a field has a salt but no value. */
async function commitmentsOf(data: unknown, personal: Record<string, { salt: string }>): Promise<Record<string, string>> {
  const commitments: Record<string, string> = {};
  for (const pointer of Object.keys(personal).sort()) {
    const { salt } = personal[pointer];
    const value = valueAt(data, pointer);
    if (value === undefined) throw new MissingPersonalValue(pointer);
    commitments[pointer] = await commitmentOf(salt, value);
  }
  return commitments;
}
