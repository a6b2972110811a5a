import { DisputeTurns } from './dispute-turns';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('DisputeTurns', () => {
  it('lets commands on one dispute go one after the other, in the order they came', async () => {
    const turns = new DisputeTurns();
    const order: string[] = [];
    const releaseFirst = await turns.take('d-1');
    const second = turns.take('d-1').then((release) => (order.push('second'), release));
    const third = turns.take('d-1').then((release) => (order.push('third'), release));
    await tick();
    expect(order).toEqual([]);
    releaseFirst();
    (await second)();
    (await third)();
    expect(order).toEqual(['second', 'third']);
  });

  it('does not hold one dispute behind another', async () => {
    const turns = new DisputeTurns();
    await turns.take('d-1');
    let other = false;
    await turns.take('d-2').then(() => (other = true));
    expect(other).toBe(true);
  });

  it('waits at most its bound for a turn that never ends', async () => {
    const turns = new DisputeTurns(20);
    await turns.take('d-1'); // never released: a command stuck on a silent database
    const started = Date.now();
    const release = await turns.take('d-1');
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
    release();
  });

  it('forgets a dispute once its last turn ends, and keeps it while one waits', async () => {
    const turns = new DisputeTurns();
    const first = await turns.take('d-1');
    const second = turns.take('d-1');
    first();
    expect(turns.busy).toBe(1);
    (await second)();
    expect(turns.busy).toBe(0);
  });
});
