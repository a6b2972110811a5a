import { GraphQLError } from 'graphql';
import { BUILD_RETRY_AFTER_SECONDS, DocumentBuilds, documentBuildLimits } from './document-builds';

/** A render that ends when the test says so, and says when it started. */
function held() {
  let finish!: () => void;
  let started = false;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return {
    work: async () => {
      started = true;
      await done;
      return 'pdf';
    },
    finish: () => finish(),
    get started() {
      return started;
    },
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

const refusal = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    return error instanceof GraphQLError ? { code: error.extensions.code, retryAfterSeconds: error.extensions.retryAfterSeconds, phrase: error.extensions.phrase } : error;
  }
  return 'answered';
};

describe('DocumentBuilds: the turns of the costly documents', () => {
  const env = { ...process.env };
  afterEach(() => {
    process.env = { ...env };
  });

  const builds = (concurrency: number, queue: number) => {
    process.env.DOCUMENT_BUILD_CONCURRENCY = String(concurrency);
    process.env.DOCUMENT_BUILD_QUEUE = String(queue);
    return new DocumentBuilds();
  };

  it('renders N at once, queues the next ones (accounts never served: in their order of arrival), and refuses the (N + queue + 1)th at once, UNAVAILABLE with when to try again', async () => {
    const gate = builds(2, 2);
    const renders = Array.from({ length: 4 }, held);
    const answers = renders.map((r, i) => gate.run(`account-${i}`, r.work));
    await settle();
    expect(renders.map((r) => r.started)).toEqual([true, true, false, false]);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    expect(await refusal(gate.run('account-5', async () => 'pdf'))).toEqual({
      code: 'UNAVAILABLE',
      retryAfterSeconds: BUILD_RETRY_AFTER_SECONDS,
      phrase: { en: 'recours is producing many documents right now; try again in a few seconds', fr: 'recours produit beaucoup de documents en ce moment ; réessayez dans quelques secondes' },
    });
    renders[1].finish();
    await settle();
    expect(renders.map((r) => r.started)).toEqual([true, true, true, false]);
    // A place in the queue is free again.
    const fifth = held();
    const fifthAnswer = gate.run('account-5', fifth.work);
    expect(await refusal(gate.run('account-6', async () => 'pdf'))).toMatchObject({ code: 'UNAVAILABLE' });
    for (const r of [renders[0], renders[2], renders[3], fifth]) {
      r.finish();
      await settle();
    }
    expect(await Promise.all([...answers, fifthAnswer])).toEqual(['pdf', 'pdf', 'pdf', 'pdf', 'pdf']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('queues a later part of a document already let in (admitted) even when the queue is full, in its turn; a new document is still refused', async () => {
    const gate = builds(1, 1);
    const [first, waiting, part] = [held(), held(), held()];
    const answers = [gate.run('account-1', first.work), gate.run('account-2', waiting.work)];
    await settle();
    expect(await refusal(gate.run('account-3', async () => 'pdf'))).toMatchObject({ code: 'UNAVAILABLE' });
    const partAnswer = gate.run('archive', part.work, undefined, { admitted: true });
    await settle();
    expect(gate.load).toEqual({ running: 1, waiting: 2 });
    first.finish();
    await settle();
    // Never served before, account-2 and the archive's part keep their order of arrival.
    expect([waiting.started, part.started]).toEqual([true, false]);
    waiting.finish();
    await settle();
    expect(part.started).toBe(true);
    part.finish();
    expect(await Promise.all([...answers, partAnswer])).toEqual(['pdf', 'pdf', 'pdf']);
  });

  it('does not starve an account served once behind a stream of newcomers: a waiter that has seen as many turns go to others as the queue holds goes next', async () => {
    const gate = builds(1, 2);
    const first = held();
    const running = [gate.run('archive', first.work)];
    await settle();
    const part = held();
    const partAnswer = gate.run('archive', part.work, undefined, { admitted: true });
    let current = first;
    const newcomers: string[] = [];
    // One new account arrives at each turn; each ranks before the archive, served a moment ago.
    for (let turn = 0; turn < 6 && !part.started; turn++) {
      const next = held();
      running.push(gate.run(`newcomer-${turn}`, next.work));
      current.finish();
      await settle();
      if (next.started) {
        newcomers.push(`newcomer-${turn}`);
        current = next;
      } else current = part;
    }
    expect(part.started).toBe(true);
    expect(newcomers).toEqual(['newcomer-0', 'newcomer-1']);
    part.finish();
    expect(await partAnswer).toBe('pdf');
  });

  it('never refuses a later part of a document already let in because its account holds two places meanwhile', async () => {
    const gate = builds(1, 8);
    const [a, b] = [held(), held()];
    const answers = [gate.run('claire', a.work), gate.run('claire', b.work)];
    await settle();
    expect(await refusal(gate.run('claire', async () => 'pdf'))).toMatchObject({ code: 'RATE_LIMITED' });
    const part = gate.run('claire', async () => 'case file', undefined, { admitted: true });
    a.finish();
    await settle();
    b.finish();
    expect(await Promise.all([...answers, part])).toEqual(['pdf', 'pdf', 'case file']);
  });

  it('gives a failed render’s turn to the next one', async () => {
    const gate = builds(1, 1);
    let fail!: (error: Error) => void;
    const failing = gate.run('a', () => new Promise((_, reject) => (fail = reject)));
    const next = held();
    const nextAnswer = gate.run('b', next.work);
    await settle();
    expect(next.started).toBe(false);
    fail(new Error('pdfkit'));
    await expect(failing).rejects.toThrow('pdfkit');
    await settle();
    expect(next.started).toBe(true);
    next.finish();
    expect(await nextAnswer).toBe('pdf');
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('passes the turn of a download whose client went just as its turn came to the next one, without doing its work', async () => {
    const gate = builds(1, 2);
    const first = held();
    const firstAnswer = gate.run('a', first.work);
    const gone = new AbortController();
    // The client goes at the very moment the turn is handed over (when the queue stops listening for its going).
    const stopListening = gone.signal.removeEventListener.bind(gone.signal);
    gone.signal.removeEventListener = (...args: Parameters<AbortSignal['removeEventListener']>) => (stopListening(...args), gone.abort());
    let abandonedWorked = false;
    const abandoned = gate.run('b', async () => ((abandonedWorked = true), 'pdf'), gone.signal);
    const next = held();
    const nextAnswer = gate.run('c', next.work);
    await settle();
    expect(gate.load).toEqual({ running: 1, waiting: 2 });
    first.finish();
    expect(await abandoned).toBeUndefined();
    expect(abandonedWorked).toBe(false);
    await settle();
    expect(next.started).toBe(true);
    next.finish();
    expect([await firstAnswer, await nextAnswer]).toEqual(['pdf', 'pdf']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('takes a waiter whose client has gone out of the queue at once: its place is free for the next download, queued instead of refused, and its turn never comes', async () => {
    const gate = builds(1, 1);
    const first = held();
    const firstAnswer = gate.run('a', first.work);
    const gone = new AbortController();
    let abandonedWorked = false;
    const abandoned = gate.run('b', async () => ((abandonedWorked = true), 'pdf'), gone.signal);
    await settle();
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    expect(await refusal(gate.run('c', async () => 'pdf'))).toMatchObject({ code: 'UNAVAILABLE' });

    gone.abort();
    expect(await abandoned).toBeUndefined();
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    // While the first still renders, the place is someone else's.
    const next = held();
    const nextAnswer = gate.run('c', next.work);
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    first.finish();
    await settle();
    expect(next.started).toBe(true);
    next.finish();
    expect([await firstAnswer, await nextAnswer]).toEqual(['pdf', 'pdf']);
    expect(abandonedWorked).toBe(false);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('gives back at once the account’s place of a waiter whose client has gone', async () => {
    const gate = builds(1, 4);
    const first = held();
    const firstAnswer = gate.run('a', first.work);
    const goneOnes = [new AbortController(), new AbortController()];
    const abandoned = goneOnes.map((gone) => gate.run('claire', async () => 'pdf', gone.signal));
    expect(await refusal(gate.run('claire', async () => 'pdf'))).toMatchObject({ code: 'RATE_LIMITED' });
    goneOnes[0]!.abort();
    expect(await abandoned[0]).toBeUndefined();
    const again = gate.run('claire', async () => 'again');
    expect(gate.load).toEqual({ running: 1, waiting: 2 });
    first.finish();
    expect(await Promise.all([firstAnswer, abandoned[1], again])).toEqual(['pdf', 'pdf', 'again']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('does not queue a download whose client has already gone', async () => {
    const gate = builds(1, 1);
    const gone = new AbortController();
    gone.abort();
    let worked = false;
    expect(await gate.run('a', async () => ((worked = true), 'pdf'), gone.signal)).toBeUndefined();
    expect(worked).toBe(false);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('gives a freed turn to the waiting account served least recently (round-robin by account), not to the first to arrive', async () => {
    const gate = builds(1, 8);
    const order: string[] = [];
    const renders = new Map<string, ReturnType<typeof held>>();
    const download = (accountId: string, name: string) => {
      const render = held();
      renders.set(name, render);
      return gate.run(accountId, async () => (order.push(name), render.work()));
    };
    // Mallory's two accounts were served a moment ago; Claire and Zoé never.
    const warmUp = [download('mallory-1', 'm1 before'), download('mallory-2', 'm2 before')];
    renders.get('m1 before')!.finish();
    await settle();
    renders.get('m2 before')!.finish();
    await settle();
    await Promise.all(warmUp);

    const answers = [
      download('mallory-1', 'holds the place'),
      // Arrival order: Mallory's accounts, twice each, then Claire, Zoé, Claire.
      download('mallory-1', 'm1 a'),
      download('mallory-2', 'm2 a'),
      download('mallory-2', 'm2 b'),
      download('claire', 'claire a'),
      download('zoe', 'zoe a'),
      download('claire', 'claire b'),
    ];
    await settle();
    expect(gate.load).toEqual({ running: 1, waiting: 6 });
    for (let turn = 0; turn < answers.length; turn++) {
      renders.get(order[order.length - 1]!)!.finish();
      await settle();
    }
    expect(await Promise.all(answers)).toEqual(Array(answers.length).fill('pdf'));
    // Never served first (by arrival), then the least recently served, each account one turn in its round.
    expect(order.slice(2)).toEqual(['holds the place', 'claire a', 'zoe a', 'm2 a', 'm1 a', 'claire b', 'm2 b']);
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it('lets one account hold two places at most (rendering or waiting): its third is refused RATE_LIMITED, others still get theirs', async () => {
    const gate = builds(1, 8);
    const mine = [held(), held()];
    const answers = mine.map((r) => gate.run('claire', r.work));
    expect(await refusal(gate.run('claire', async () => 'pdf'))).toEqual({
      code: 'RATE_LIMITED',
      retryAfterSeconds: BUILD_RETRY_AFTER_SECONDS,
      phrase: { en: 'You are already downloading two documents; try again once they have arrived', fr: 'Vous téléchargez déjà deux documents ; réessayez quand ils seront arrivés' },
    });
    const theirs = held();
    const theirAnswer = gate.run('phoneshop', theirs.work);
    mine[0].finish();
    await settle();
    // One of hers done: she may ask again.
    const again = gate.run('claire', async () => 'again');
    for (const r of [mine[1], theirs]) {
      await settle();
      r.finish();
    }
    expect(await Promise.all([...answers, theirAnswer, again])).toEqual(['pdf', 'pdf', 'pdf', 'again']);
  });

  it('reads DOCUMENT_BUILD_CONCURRENCY and DOCUMENT_BUILD_QUEUE, 1 and 8 by default; anything but a whole number stops the start, naming the variable', () => {
    expect(documentBuildLimits({})).toEqual({ concurrency: 1, queue: 8 });
    expect(documentBuildLimits({ DOCUMENT_BUILD_CONCURRENCY: '2', DOCUMENT_BUILD_QUEUE: '0' })).toEqual({ concurrency: 2, queue: 0 });
    expect(() => documentBuildLimits({ DOCUMENT_BUILD_CONCURRENCY: '0' })).toThrow('DOCUMENT_BUILD_CONCURRENCY must be a whole number from 1 to 1000, not "0"');
    expect(() => documentBuildLimits({ DOCUMENT_BUILD_QUEUE: 'many' })).toThrow('DOCUMENT_BUILD_QUEUE must be a whole number from 0 to 1000, not "many"');
  });

  it('still reads their first names, PDF_RENDER_CONCURRENCY and PDF_RENDER_QUEUE (a public contract), checked the same way; both names set differently stop the start', () => {
    expect(documentBuildLimits({ PDF_RENDER_CONCURRENCY: '2', PDF_RENDER_QUEUE: '0' })).toEqual({ concurrency: 2, queue: 0 });
    expect(documentBuildLimits({ PDF_RENDER_CONCURRENCY: '3', DOCUMENT_BUILD_CONCURRENCY: '3', PDF_RENDER_QUEUE: '' })).toEqual({ concurrency: 3, queue: 8 });
    expect(() => documentBuildLimits({ PDF_RENDER_CONCURRENCY: '0' })).toThrow('PDF_RENDER_CONCURRENCY must be a whole number from 1 to 1000, not "0"');
    expect(() => documentBuildLimits({ PDF_RENDER_QUEUE: 'many' })).toThrow('PDF_RENDER_QUEUE must be a whole number from 0 to 1000, not "many"');
    expect(() => documentBuildLimits({ PDF_RENDER_CONCURRENCY: '1.5' })).toThrow(/PDF_RENDER_CONCURRENCY/);
    expect(() => documentBuildLimits({ PDF_RENDER_QUEUE: '4', DOCUMENT_BUILD_QUEUE: '6' })).toThrow('DOCUMENT_BUILD_QUEUE ("6") and PDF_RENDER_QUEUE ("4") name the same limit: set one of them');
  });
});
