import { WrongExpectedVersionError } from '@recours/event-store';
import { NO_RETRY, retryOnVersionConflict, type RetryPolicy } from './version-conflict-retry';

const conflict = () => new WrongExpectedVersionError('dispute-1', 3, 4);

/** A policy that records the pauses it was asked for. */
function counting(giveUpAfterMs: number): RetryPolicy & { pauses: number[] } {
  const pauses: number[] = [];
  return { giveUpAfterMs, pauses, pause: async (failed) => void pauses.push(failed) };
}

describe('retryOnVersionConflict', () => {
  it('decides again after another writer got there first, pausing between attempts', async () => {
    const policy = counting(60_000);
    let calls = 0;
    const result = await retryOnVersionConflict(async () => {
      calls++;
      if (calls < 3) throw conflict();
      return 'appended';
    }, policy);
    expect(result).toBe('appended');
    expect(calls).toBe(3);
    expect(policy.pauses).toEqual([1, 2]);
  });

  it('gives up once its budget is spent, with the last conflict', async () => {
    const policy: RetryPolicy = { giveUpAfterMs: 30, pause: () => new Promise((resolve) => setTimeout(resolve, 5)) };
    let calls = 0;
    await expect(retryOnVersionConflict(async () => { calls++; throw conflict(); }, policy)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(calls).toBeGreaterThan(1);
  });

  it('does not retry without a budget for it (a caller that gave its version)', async () => {
    let calls = 0;
    await expect(retryOnVersionConflict(async () => { calls++; throw conflict(); }, NO_RETRY)).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(calls).toBe(1);
  });

  it('lets any other failure through at once', async () => {
    const policy = counting(60_000);
    let calls = 0;
    await expect(retryOnVersionConflict(async () => { calls++; throw new Error('database down'); }, policy)).rejects.toThrow('database down');
    expect(calls).toBe(1);
    expect(policy.pauses).toEqual([]);
  });
});
