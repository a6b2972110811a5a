import { apiActors, must, phoneClaim, startTestApp, type Account, type TestApp } from '@recours/testing';
import { reportFigures, Tally, percentile } from './support/figures';
import { gql, outcomeOf, type HttpAnswer } from './support/http';
import { startApi } from './support/processes';
import { compareWithRebuild, streamOf } from './support/read-models';

/**
 * 64 clients at once on one dispute, with and without expectedVersion, in three waves per
 * round: negotiation (accept / reject / revise the offer, messages), agreement (confirm or
 * report the remedy, messages), the end (feedback). What must hold whatever the interleaving:
 * at most one acceptance per offer and one outcome per agreement, every stale write answered
 * CONFLICT unless only the others' messages came since and its decision is as it was, every acknowledged
 * command stored once and every refused one not at all, a
 * gapless stream, and read models equal to a fresh rebuild from the events.
 */
const CLIENTS = 64;
const ROUNDS = 4;

/** A different order each wave, the same each run (a fixed seed). */
let seed = 20261126;
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

type Dispute = { id: string; version: number; status: string; offers: Array<{ id: string; status: string; by: string; terms: string }> };
const FIELDS = 'id version status offers { id status by terms }';

interface Sent {
  kind: string;
  withVersion: boolean;
  marker?: string;
  answer: HttpAnswer<Record<string, Dispute>>;
}

describe('concurrency storm: 64 clients on one dispute', () => {
  let api: TestApp;
  let second: Awaited<ReturnType<typeof startApi>>;
  let urls: string[];
  let consumer: Account;
  let merchant: Account;
  const codes = new Tally();
  const byCommand = new Tally();
  const latencies: number[] = [];
  let sent = 0;
  let acknowledged = 0;
  let stored = 0;
  let staleConflicts = 0;
  let retriesExhausted = 0;
  let acceptances = 0;

  /** Client i talks to API process i mod 2: the in-process app, or a second API process on the same database. */
  const mutation = (name: string, inputType: string, input: Record<string, unknown>, as: Account, client = 0) =>
    gql<Record<string, Dispute>>(urls[client % urls.length], `mutation($input: ${inputType}!) { ${name}(input: $input) { ${FIELDS} } }`, { input }, { token: as.token, timeoutMs: 60_000 });
  const run = async (name: string, inputType: string, input: Record<string, unknown>, as: Account) => must(await mutation(name, inputType, input, as), name)[name];
  const read = async (id: string) => must(await api.gql<{ dispute: Dispute }>(`query($id: ID!) { dispute(id: $id) { ${FIELDS} } }`, { id }, consumer.token), 'dispute').dispute;

  /** Fires every command at once, in a shuffled order, and tallies the answers. */
  async function storm(commands: Array<{ kind: string; withVersion: boolean; marker?: string; send: () => Promise<HttpAnswer<Record<string, Dispute>>> }>): Promise<Sent[]> {
    const answers = await Promise.all(shuffled(commands).map(async (c) => ({ kind: c.kind, withVersion: c.withVersion, marker: c.marker, answer: await c.send() })));
    for (const { answer, withVersion, kind } of answers) {
      sent++;
      byCommand.add(`${kind}${withVersion ? '@version' : ''} ${outcomeOf(answer)}`);
      latencies.push(answer.ms);
      const outcome = outcomeOf(answer);
      codes.add(outcome);
      if (outcome === 'OK') acknowledged++;
      if (outcome === 'CONFLICT') (withVersion ? staleConflicts++ : retriesExhausted++);
    }
    return answers;
  }

  /**
   * Commands sent with the version every client read. One behind is accepted only when what came
   * since is the others' messages alone and leaves its decision as it was
   * (libs/dispute-commands/src/unaffected-answer.ts): those on the offer, the remedy or the feedback
   * each change the others', so one of them may win and every other must be answered CONFLICT; a
   * message may win too where only the other side's messages came before it.
   */
  function expectStaleAnsweredConflict(answers: Sent[], version: number) {
    const versioned = answers.filter((a) => a.withVersion);
    const won = versioned.filter((a) => a.kind !== 'postMessage' && outcomeOf(a.answer) === 'OK');
    expect(won.length).toBeLessThanOrEqual(1);
    for (const a of versioned.filter((x) => outcomeOf(x.answer) !== 'OK')) {
      expect({ kind: a.kind, code: outcomeOf(a.answer) }).toEqual({ kind: a.kind, code: 'CONFLICT' });
      expect(a.answer.errors?.[0].extensions?.currentVersion).toBeGreaterThan(version);
    }
  }

  /** A write without expectedVersion applies to whatever is current: never CONFLICT, however many writers race it. */
  function expectUnversionedNeverConflict(answers: Sent[]) {
    for (const a of answers.filter((x) => !x.withVersion)) expect({ kind: a.kind, code: outcomeOf(a.answer) }).not.toEqual({ kind: a.kind, code: 'CONFLICT' });
  }

  /** Nothing but these answers: a refusal by the rules, a conflict, or success; never an internal error. */
  function expectOnlyKnownOutcomes(answers: Sent[]) {
    for (const a of answers) expect({ kind: a.kind, outcome: outcomeOf(a.answer), errors: ['OK', 'CONFLICT', 'DOMAIN_RULE'].includes(outcomeOf(a.answer)) ? undefined : a.answer.errors }).toEqual({ kind: a.kind, outcome: expect.stringMatching(/^(OK|CONFLICT|DOMAIN_RULE)$/), errors: undefined });
  }

  beforeAll(async () => {
    // Hundreds of messages on one dispute: load, not abuse (the message limits are large-dispute.spec.ts's).
    api = await startTestApp('storm', { MESSAGE_LIMIT_PER_DISPUTE: '1000000', MESSAGE_LIMIT_PER_PARTY: '1000000' });
    // A second API replica on the same database, as in production: races between processes go
    // through the store's version check, races within one through its per-dispute turns.
    second = await startApi(api.database.url, { PROJECTIONS: 'external', JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-signing' });
    urls = [api.url, second.url];
    const actors = apiActors(api);
    consumer = await actors.consumer('Storm consumer', { confirmed: true }); // she rates in wave 3
    merchant = await actors.merchant('Storm merchant');
  });
  afterAll(async () => {
    await second?.process.stop();
    await api?.close();
  });

  it.each(Array.from({ length: ROUNDS }, (_, i) => [i + 1]))('round %i: negotiation, agreement and feedback, each wave 64 clients at once', async (round) => {
    const filed = await run('fileClaim', 'FileClaimInput', phoneClaim(merchant.merchantId as string), consumer);
    const offered = await run('makeOffer', 'MakeOfferInput', { disputeId: filed.id, remedy: 'REPLACEMENT', terms: `first offer ${round}` }, merchant);
    const offer = offered.offers[0];
    const v1 = offered.version;

    // Wave 1: negotiation. Accept, reject and revise the same offer, and talk, all at once.
    const wave1 = await storm(
      Array.from({ length: CLIENTS }, (_, i) => {
        const withVersion = i % 2 === 0;
        const version = withVersion ? { expectedVersion: v1 } : {};
        const disputeId = filed.id;
        if (i < 16) return { kind: 'acceptOffer', withVersion, send: () => mutation('acceptOffer', 'OfferAnswerInput', { disputeId, offerId: offer.id, ...version }, consumer, i) };
        if (i < 24) return { kind: 'rejectOffer', withVersion, send: () => mutation('rejectOffer', 'RejectOfferInput', { disputeId, offerId: offer.id, reason: `no ${round}-${i}`, ...version }, consumer, i) };
        if (i < 40) {
          const marker = `revised offer ${round}-${i}`;
          return { kind: 'makeOffer', withVersion, marker, send: () => mutation('makeOffer', 'MakeOfferInput', { disputeId, remedy: 'REPAIR', terms: marker, ...version }, merchant, i) };
        }
        const marker = `storm message ${round}-${i}`;
        const as = i < 56 ? consumer : merchant;
        return { kind: 'postMessage', withVersion, marker, send: () => mutation('postMessage', 'PostMessageInput', { disputeId, body: marker, ...version }, as, i) };
      }),
    );
    expectOnlyKnownOutcomes(wave1);
    expectStaleAnsweredConflict(wave1, v1);
    expectUnversionedNeverConflict(wave1);
    // Nothing in this wave ends the dispute: every message without a version lands; one with a version lands or is CONFLICT (an offer answered, or her own message, came first).
    for (const a of wave1.filter((x) => x.kind === 'postMessage')) {
      expect({ marker: a.marker, withVersion: a.withVersion, code: outcomeOf(a.answer) }).toEqual({ marker: a.marker, withVersion: a.withVersion, code: a.withVersion ? expect.stringMatching(/^(OK|CONFLICT)$/) : 'OK' });
    }

    let events = await streamOf(api.database.url, filed.id);
    const accepted = events.filter((e) => e.type === 'OfferAccepted');
    // At most one acceptance per offer, and only of an offer that was live when accepted.
    const perOffer = new Map<string, number>();
    for (const e of accepted) perOffer.set(String(e.data.offerId), (perOffer.get(String(e.data.offerId)) ?? 0) + 1);
    for (const n of perOffer.values()) expect(n).toBe(1);
    for (const e of accepted) {
      const before = events.filter((x) => x.version < e.version);
      expect(before.some((x) => x.type === 'OfferMade' && x.data.offerId === e.data.offerId)).toBe(true);
      expect(before.some((x) => ['OfferSuperseded', 'OfferRejected', 'OfferAccepted', 'OfferExpired'].includes(x.type) && x.data.offerId === e.data.offerId)).toBe(false);
    }
    expect(accepted.length).toBe(wave1.filter((a) => a.kind === 'acceptOffer' && outcomeOf(a.answer) === 'OK').length);
    acceptances += accepted.length;
    expect(events.filter((e) => e.type === 'OfferRejected' && e.data.offerId === offer.id).length).toBe(
      wave1.filter((a) => a.kind === 'rejectOffer' && outcomeOf(a.answer) === 'OK').length,
    );
    expect(accepted.length + events.filter((e) => e.type === 'OfferRejected' && e.data.offerId === offer.id).length).toBeLessThanOrEqual(1);

    // Wave 2 needs an agreement: if the offer was refused or replaced, the consumer accepts the live one.
    let state = await read(filed.id);
    if (state.status !== 'AGREED') {
      let live = state.offers.find((o) => o.status === 'LIVE' && o.by === 'MERCHANT');
      if (!live) live = (await run('makeOffer', 'MakeOfferInput', { disputeId: filed.id, remedy: 'REPAIR', terms: `offer after the storm ${round}` }, merchant)).offers.find((o) => o.status === 'LIVE' && o.by === 'MERCHANT');
      state = await run('acceptOffer', 'OfferAnswerInput', { disputeId: filed.id, offerId: live!.id }, consumer);
      acceptances++;
    }
    expect(state.status).toBe('AGREED');
    const v2 = state.version;

    // Wave 2: the agreed remedy, confirmed and reported failed at once, and messages.
    const wave2 = await storm(
      Array.from({ length: CLIENTS }, (_, i) => {
        const withVersion = i % 2 === 0;
        const version = withVersion ? { expectedVersion: v2 } : {};
        const disputeId = filed.id;
        if (i < 16) return { kind: 'confirmRemedy', withVersion, send: () => mutation('confirmRemedy', 'ConfirmRemedyInput', { disputeId, fulfilled: true, ...version }, consumer, i) };
        if (i < 32) {
          return {
            kind: 'reportRemedyFailed',
            withVersion,
            send: () => mutation('confirmRemedy', 'ConfirmRemedyInput', { disputeId, fulfilled: false, failure: 'DID_NOT_FIX', description: `still broken ${round}-${i}`, ...version }, consumer, i),
          };
        }
        const marker = `agreement message ${round}-${i}`;
        return { kind: 'postMessage', withVersion, marker, send: () => mutation('postMessage', 'PostMessageInput', { disputeId, body: marker, ...version }, i < 48 ? consumer : merchant, i) };
      }),
    );
    expectOnlyKnownOutcomes(wave2);
    expectStaleAnsweredConflict(wave2, v2);
    expectUnversionedNeverConflict(wave2);
    events = await streamOf(api.database.url, filed.id);
    const outcomes = events.filter((e) => e.version > v2 && (e.type === 'RemedyFulfilled' || e.type === 'RemedyFailed'));
    expect(outcomes.length).toBe(1); // the first one wins; the other is refused by the rules or stale
    expect(outcomes.length).toBe(wave2.filter((a) => a.kind !== 'postMessage' && outcomeOf(a.answer) === 'OK').length);

    // Wave 3: once closed, 64 ratings at once: exactly one is recorded.
    state = await read(filed.id);
    if (state.status !== 'RESOLVED') state = await run('closeDispute', 'CloseDisputeInput', { disputeId: filed.id, outcome: 'RESOLVED' }, consumer);
    const v3 = state.version;
    const wave3 = await storm(
      Array.from({ length: CLIENTS }, (_, i) => {
        const withVersion = i % 2 === 0;
        return {
          kind: 'leaveFeedback',
          withVersion,
          send: () => mutation('leaveFeedback', 'LeaveFeedbackInput', { disputeId: filed.id, rating: 1 + (i % 5), comment: `rating ${round}-${i}`, ...(withVersion ? { expectedVersion: v3 } : {}) }, consumer, i),
        };
      }),
    );
    expectOnlyKnownOutcomes(wave3);
    expectStaleAnsweredConflict(wave3, v3);
    expectUnversionedNeverConflict(wave3);
    events = await streamOf(api.database.url, filed.id);
    const feedback = events.filter((e) => e.type === 'FeedbackGiven');
    expect(feedback.length).toBe(1);
    expect(wave3.filter((a) => outcomeOf(a.answer) === 'OK').map((a) => a.answer.data?.leaveFeedback.version)).toEqual([feedback[0].version]);

    // The stream is gapless: versions 0..n.
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i));
    // Every acknowledged message and offer is stored exactly once; every refused one not at all.
    const texts = events.map((e) => String(e.type === 'MessagePosted' ? e.data.body : e.type === 'OfferMade' ? e.data.terms : ''));
    for (const a of [...wave1, ...wave2].filter((x) => x.marker)) {
      const copies = texts.filter((t) => t === a.marker).length;
      expect({ marker: a.marker, copies }).toEqual({ marker: a.marker, copies: outcomeOf(a.answer) === 'OK' ? 1 : 0 });
      if (outcomeOf(a.answer) === 'OK') stored++;
    }
    stored += accepted.length + outcomes.length + feedback.length + events.filter((e) => e.type === 'OfferRejected' && e.data.offerId === offer.id).length;
  });

  it('64 clients × 5 messages without expectedVersion on one dispute: every one acknowledged, stored once, in order of the stream', async () => {
    const filed = await run('fileClaim', 'FileClaimInput', phoneClaim(merchant.merchantId as string), consumer);
    const answers = await storm(
      Array.from({ length: CLIENTS }, (_, client) => ({
        kind: 'postMessage (5 in a row)',
        withVersion: false,
        send: async () => {
          let last: HttpAnswer<Record<string, Dispute>> | undefined;
          for (let n = 0; n < 5; n++) {
            last = await mutation('postMessage', 'PostMessageInput', { disputeId: filed.id, body: `burst ${client}-${n}` }, client % 2 ? merchant : consumer, client);
            if (outcomeOf(last) !== 'OK') return last;
            if (n < 4) {
              sent++;
              acknowledged++;
              stored++; // checked below with the others
              latencies.push(last.ms);
              codes.add('OK');
              byCommand.add('postMessage (5 in a row) OK');
            }
          }
          return last!;
        },
      })),
    );
    expect(answers.map((a) => outcomeOf(a.answer))).toEqual(answers.map(() => 'OK'));
    const events = await streamOf(api.database.url, filed.id);
    expect(events.map((e) => e.version)).toEqual(events.map((_, i) => i));
    const bodies = events.filter((e) => e.type === 'MessagePosted').map((e) => String(e.data.body));
    expect(bodies.length).toBe(CLIENTS * 5);
    expect(new Set(bodies).size).toBe(CLIENTS * 5);
    stored += CLIENTS; // the last of each client's five, counted by storm()
  });

  it('the read models the live projections built equal a fresh rebuild from the events', async () => {
    const comparison = await compareWithRebuild(api.database.url);
    expect(comparison.differences).toEqual([]);
    expect(stored).toBe(acknowledged);
    reportFigures('concurrency storm', {
      clients: CLIENTS,
      'API processes': 2,
      rounds: ROUNDS,
      'commands sent': sent,
      acknowledged,
      'acknowledged and found in the stream': stored,
      'stale writes answered CONFLICT': staleConflicts,
      'writes without expectedVersion answered CONFLICT': retriesExhausted,
      acceptances,
      'answers by code': codes.counts,
      'answers by command': byCommand.counts,
      'latency p50/p95/max ms': `${percentile(latencies, 50).toFixed(0)}/${percentile(latencies, 95).toFixed(0)}/${percentile(latencies, 100).toFixed(0)}`,
      'read-model rows compared with a rebuild': comparison.rows,
    });
  });
});
