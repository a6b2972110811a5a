import { v4, v7 } from 'uuid';
import { newDisputeId } from './dispute-ids';

const VERSION_7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisOf = (id: string) => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
const consumer = '3f1c2a4e-0000-4000-8000-000000000001';

describe('newDisputeId', () => {
  it('without an idempotency key: time-ordered, made now, later ones sorting after', () => {
    const before = Date.now();
    const ids = [newDisputeId(consumer), newDisputeId(consumer), newDisputeId(consumer)];
    const after = Date.now();
    for (const id of ids) {
      expect(id).toMatch(VERSION_7);
      expect(millisOf(id)).toBeGreaterThanOrEqual(before);
      expect(millisOf(id)).toBeLessThanOrEqual(after);
    }
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('with a time-ordered key (the web app\'s): the same id at every retry, with the key\'s milliseconds, and another consumer\'s same key gives another id', () => {
    const key = v7();
    const id = newDisputeId(consumer, key);
    expect(id).toMatch(VERSION_7);
    expect(newDisputeId(consumer, key)).toBe(id);
    expect(millisOf(id)).toBe(millisOf(key));
    expect(newDisputeId('3f1c2a4e-0000-4000-8000-000000000002', key)).not.toBe(id);
    // Keys made later give ids that sort later.
    const later = v7({ msecs: millisOf(key) + 1 });
    expect(newDisputeId(consumer, later) > id).toBe(true);
  });

  it('with any other key: the id it gave before time-ordered ids, so that a filing retried across the upgrade finds its dispute', () => {
    // Pinned from the derivation as it was (commit 84fdb04).
    expect(newDisputeId(consumer, 'key-1')).toBe('1b9ccb69-c6b3-4a56-82b0-f95b395b5542');
    const key = v4();
    expect(newDisputeId(consumer, key)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newDisputeId(consumer, key)).toBe(newDisputeId(consumer, key));
  });
});
