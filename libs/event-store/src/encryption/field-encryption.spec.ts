import { randomBytes } from 'node:crypto';
import { ERASED, newSalt, replacedAt, type PersonalFields } from '../integrity';
import { ALTERED, decryptPersonal, encryptPersonal } from './field-encryption';
import type { SubjectKeyRing } from './subject-keys';

/** A key ring in memory: enough to seal and open fields without a database. */
function keyRing(): SubjectKeyRing & { keys: Map<string, Buffer> } {
  const keys = new Map<string, Buffer>();
  return {
    keys,
    async keyForWriting(subject) {
      if (!keys.has(subject)) keys.set(subject, randomBytes(32));
      return keys.get(subject)!;
    },
    async keysForReading(subjects) {
      return new Map([...subjects].filter((s) => keys.has(s)).map((s) => [s, keys.get(s)!]));
    },
    async destroy(subject) {
      return keys.delete(subject);
    },
    async destroyScope() {
      return 0;
    },
  };
}

const claim = () => ({
  consumerId: 'claire',
  product: { name: 'Phone', brand: 'Acme' },
  problem: { description: 'The battery swells.', chronology: [{ on: '2026-06-01', what: 'First shutdown' }, { on: '2026-06-03', what: 'Second shutdown' }] },
});
const POINTERS = ['/problem/description', '/problem/chronology/1/what'];

async function sealedClaim(keys: SubjectKeyRing) {
  const personal: PersonalFields = Object.fromEntries(POINTERS.map((pointer) => [pointer, { salt: newSalt() }]));
  const stored = await encryptPersonal('event-1', claim(), personal, 'claire@dispute-1', keys);
  return { id: 'event-1', data: stored.data, personal: stored.personal };
}

describe('opening sealed fields on read', () => {
  it('gives back every value, and leaves the stored event exactly as it was', async () => {
    const keys = keyRing();
    const stored = await sealedClaim(keys);
    const before = structuredClone(stored);
    const [opened] = await decryptPersonal([stored], keys);
    expect(opened.data).toEqual(claim());
    expect(Object.keys(opened.personal!)).toEqual(POINTERS);
    expect(Object.values(opened.personal!).every((field) => 'salt' in field)).toBe(true);
    // Only the path to each field is new: the stored data still holds the commitments.
    expect(stored).toEqual(before);
    expect((stored.data as ReturnType<typeof claim>).problem.description).toEqual({ $commitment: expect.any(String) });
  });

  it('reads a field as erased once its key is destroyed, and one that does not open as altered, the stored event untouched', async () => {
    const keys = keyRing();
    const stored = await sealedClaim(keys);
    const tampered = { ...stored, personal: { ...stored.personal!, '/problem/chronology/1/what': { ...(stored.personal!['/problem/chronology/1/what'] as { sealed: string; subject: string; commitment: string }), sealed: 'AAAA' } } };
    const before = structuredClone(tampered);
    const [altered] = await decryptPersonal([tampered], keys);
    expect((altered.data as ReturnType<typeof claim>).problem).toEqual({ description: 'The battery swells.', chronology: [{ on: '2026-06-01', what: 'First shutdown' }, { on: '2026-06-03', what: ERASED }] });
    expect(altered.personal!['/problem/chronology/1/what']).toEqual({ commitment: ALTERED });
    expect(tampered).toEqual(before);

    await keys.destroy('claire@dispute-1');
    const [erased] = await decryptPersonal([stored], keys);
    expect((erased.data as ReturnType<typeof claim>).problem.description).toBe(ERASED);
    expect(erased.personal!['/problem/description']).toEqual({ commitment: (stored.personal!['/problem/description'] as { commitment: string }).commitment });
  });
});

describe('replacedAt', () => {
  it('copies the path to the field only, and fails where the path is missing', () => {
    const data = { a: { b: [{ c: 1 }, { c: 2 }] }, untouched: { d: 4 } };
    const replaced = replacedAt(data, '/a/b/1/c', 3) as typeof data;
    expect(replaced).toEqual({ a: { b: [{ c: 1 }, { c: 3 }] }, untouched: { d: 4 } });
    expect(data.a.b[1].c).toBe(2);
    expect(replaced.untouched).toBe(data.untouched);
    expect(replaced.a.b[0]).toBe(data.a.b[0]);
    expect(replacedAt({ 'x/y': { '~': 1 } }, '/x~1y/~0', 2)).toEqual({ 'x/y': { '~': 2 } });
    expect(() => replacedAt(data, '/missing/c', 1)).toThrow(TypeError);
  });
});
