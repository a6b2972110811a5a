import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import canonicalize from 'canonicalize';
import { commitmentOf, ERASED, replaceAt, replacedAt, valueAt, type PersonalField, type PersonalFields } from '../integrity/personal-fields';
import { SubjectErased, type SubjectKeyRing } from './subject-keys';

/**
 * How an adapter stores a personal field (docs/privacy.md, "Encryption per data subject"):
 *
 * - `{ salt }`: in clear (no subject named, or a store without key ring: tests of other concerns);
 * - `{ commitment, subject, sealed }`: the data holds `{ $commitment }` in its place, and `sealed`
 *   is AES-256-GCM, under the subject's key, of JCS([salt, value]): salt and value together, so
 *   that neither outlives the key;
 * - `{ commitment }`: erased (written for a subject already erased, or by a later migration).
 *
 * The stored data is therefore exactly the event's hashed form: its chain verifies without any key.
 */
export type StoredPersonalField = PersonalField | { commitment: string; subject: string; sealed: string };
export type StoredPersonalFields = Record<string, StoredPersonalField>;

export interface StoredForm {
  data: unknown;
  personal: StoredPersonalFields | undefined;
}

const VERSION = 'v1';
const aad = (eventId: string, pointer: string) => Buffer.from(`recours personal field ${VERSION}\n${eventId}\n${pointer}`, 'utf8');

/**
 * The event as the adapter stores it: each personal field sealed with its subject's key.
 * `commitments`: those already computed for the event's hash, by pointer (else computed here).
 */
export async function encryptPersonal(
  eventId: string,
  data: unknown,
  personal: PersonalFields | undefined,
  subject: string | undefined,
  keys: SubjectKeyRing | undefined,
  commitments?: Readonly<Record<string, string>>,
): Promise<StoredForm> {
  if (!keys || !subject || !personal || Object.keys(personal).length === 0) return { data, personal };
  let key: Buffer | undefined;
  try {
    key = await keys.keyForWriting(subject);
  } catch (error) {
    if (!(error instanceof SubjectErased)) throw error;
    // Words of a person already erased (a late system event about her): born erased.
  }
  let stored = structuredClone(data);
  const fields: StoredPersonalFields = {};
  for (const pointer of Object.keys(personal)) {
    const field = personal[pointer];
    if (!('salt' in field)) throw new Error(`the personal field ${pointer} has no salt to seal`);
    const value = valueAt(data, pointer);
    const commitment = commitments?.[pointer] ?? (await commitmentOf(field.salt, value));
    stored = replaceAt(stored, pointer, { $commitment: commitment });
    fields[pointer] = key ? { commitment, subject, sealed: seal(key, canonicalize([field.salt, value]) as string, aad(eventId, pointer)) } : { commitment };
  }
  return { data: stored, personal: fields };
}

interface StoredEvent {
  id: string;
  data: unknown;
  personal?: StoredPersonalFields;
}

/**
 * The events as readers see them: each sealed field opened with its subject's key (the salt back
 * in `personal`), or, once the key is destroyed, `ERASED` in the data and the commitment in
 * `personal`, so that the chain still verifies. One key lookup per call, never cached; or none,
 * when the caller read the keys with the events (`held`: every key still held for their subjects).
 */
export async function decryptPersonal<E extends StoredEvent>(events: E[], keys: SubjectKeyRing | undefined, held?: Map<string, Buffer>): Promise<E[]> {
  const subjects = new Set<string>();
  let erasedOnly = false;
  for (const event of events) {
    for (const field of Object.values(event.personal ?? {})) {
      if ('sealed' in field) subjects.add(field.subject);
      else if (!('salt' in field)) erasedOnly = true;
    }
  }
  if (subjects.size === 0 && !erasedOnly) return events;
  const keysHeld = held ?? (subjects.size > 0 && keys ? await keys.keysForReading(subjects) : new Map<string, Buffer>());
  return Promise.all(events.map((event) => (event.personal ? open(event, keysHeld) : event)));
}

async function open<E extends StoredEvent>(event: E, held: Map<string, Buffer>): Promise<E> {
  const personal = event.personal as StoredPersonalFields;
  if (Object.values(personal).every((field) => 'salt' in field)) return event;
  // Copies only the containers on each field's path, never the whole event (structuredClone of
  // every event was most of the cost of opening a stream): the stored event is left as it was.
  let data = event.data;
  const copies = new Set<unknown>();
  const fields: PersonalFields = {};
  for (const [pointer, field] of Object.entries(personal)) {
    if ('salt' in field) {
      fields[pointer] = field;
      continue;
    }
    const key = 'sealed' in field ? held.get(field.subject) : undefined;
    if (key && 'sealed' in field) {
      const opened = tryUnseal(key, field.sealed, aad(event.id, pointer));
      if (opened) {
        data = replacedAt(data, pointer, opened[1], copies);
        fields[pointer] = { salt: opened[0] };
      } else {
        // Altered in storage (or sealed under another key): shown as erased, and its commitment
        // not vouched for, so that verifying the chain finds this event.
        data = replacedAt(data, pointer, ERASED, copies);
        fields[pointer] = { commitment: ALTERED };
      }
    } else {
      data = replacedAt(data, pointer, ERASED, copies);
      fields[pointer] = { commitment: field.commitment };
    }
  }
  return { ...event, data, personal: fields };
}

function seal(key: Buffer, plaintext: string, additional: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(additional);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]).toString('base64url');
}

/** Stands for the commitment of a sealed field that does not open: it matches no hash. */
export const ALTERED = 'altered: this sealed field does not open with its subject key';

function tryUnseal(key: Buffer, sealed: string, additional: Buffer): [string, unknown] | undefined {
  try {
    return JSON.parse(unseal(key, sealed, additional)) as [string, unknown];
  } catch {
    return undefined;
  }
}

function unseal(key: Buffer, sealed: string, additional: Buffer): string {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
  decipher.setAAD(additional);
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
}
