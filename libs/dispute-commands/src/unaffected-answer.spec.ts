import { decide, isDomainError, type DisputeCommand, type DisputeEvent } from '@recours/disputes';
import type { RecordedEvent } from '@recours/event-store';
import {
  agent,
  association,
  claimFiled,
  command,
  consumer,
  day,
  DISPUTE_ID,
  inMediation,
  mediator,
  merchantOffer,
  representationGranted,
  settlementProposed,
  stateOf,
} from '../../disputes/src/testing/dispute-fixtures';
import { foldRecords, NO_HISTORY, type DisputeHistory } from './dispute-history';
import { answerUnaffected } from './unaffected-answer';

/** The events as the store would hand them back, folded as DisputeHistories folds a stream. */
const historyOf = (events: DisputeEvent[]): DisputeHistory =>
  foldRecords(
    NO_HISTORY,
    events.map(
      (event, i): RecordedEvent => ({
        id: `event-${i}`,
        streamId: `dispute-${DISPUTE_ID}`,
        streamVersion: i,
        globalPosition: BigInt(i + 1),
        type: event.type,
        data: event.data,
        metadata: { schemaVersion: event.schemaVersion },
        recordedAt: new Date((event.data as { at: string }).at),
        hash: '',
      }),
    ),
  );

/** given(events), then what others did meanwhile (decided by the real decider), when her command is sent with the version she saw. */
const given = (events: DisputeEvent[]) => ({
  meanwhile(...commands: DisputeCommand[]) {
    const all = [...events];
    for (const c of commands) {
      const decided = decide(c, stateOf(all));
      if (isDomainError(decided)) throw new Error(`${c.type} refused: ${decided.code}`);
      all.push(...decided);
    }
    return given(all);
  },
  when: (c: DisputeCommand) => ({
    sentWithVersion: (expectedVersion: number) => answerUnaffected(historyOf(events), c, expectedVersion),
    /** Whether the command is accepted on the dispute as it is now (else the case is about a refusal). */
    acceptedNow: () => !isDomainError(decide(c, stateOf(events))),
  }),
});

const message = (at: string, by = agent, visibility: 'ALL' | 'CONSUMER_AND_MEDIATOR' | 'MERCHANT_AND_MEDIATOR' | 'MEDIATOR_ONLY' = 'ALL') =>
  command('PostMessage', at, by, { messageId: `message-${at}-${by.id}`, body: 'Le technicien passe jeudi.', visibility });
const note = (at: string) => command('AddInternalNote', at, agent, { noteId: `note-${at}`, body: 'Rappeler lundi' });
const accept = (at: string, offerId = 'offer-1', by = consumer) => command('AcceptOffer', at, by, { offerId });
const newOffer = (at: string) => command('MakeOffer', at, agent, { offerId: 'offer-2', remedy: 'REPLACEMENT', daysToCarryOut: 10, terms: 'A new machine' });

// The consumer counts: the filing 0, the merchant's offer 1 (what she saw), then what came since.
const offered = [claimFiled(), merchantOffer(day(1))];

describe('answerUnaffected: whether what came since the version she saw changes what her command decides', () => {
  it('a message posted meanwhile: her acceptance decides the same, it stands', () => {
    expect(given(offered).meanwhile(message(day(2))).when(accept(day(3))).sentWithVersion(1)).toBe(true);
    expect(given(offered).meanwhile(message(day(2))).when(accept(day(3))).acceptedNow()).toBe(true);
    expect(given(offered).meanwhile(message(day(2)), message(day(2, '11:00'))).when(accept(day(3))).sentWithVersion(1)).toBe(true);
  });

  it('a new offer meanwhile: the one she accepts was superseded, her answer is affected', () => {
    expect(given(offered).meanwhile(newOffer(day(2))).when(accept(day(3))).sentWithVersion(1)).toBe(false);
    // Even with a message between: the prefix she saw ends before the first event she had not read.
    expect(given(offered).meanwhile(message(day(2)), newOffer(day(2, '11:00'))).when(accept(day(3))).sentWithVersion(2)).toBe(false);
    expect(given(offered).meanwhile(newOffer(day(2)), message(day(2, '11:00'))).when(accept(day(3))).sentWithVersion(3)).toBe(true);
  });

  it('the offer taken off the table meanwhile (refused by the association she mandated): affected', () => {
    const represented = [claimFiled(), representationGranted(), merchantOffer(day(1))];
    const refused = given(represented).meanwhile(command('RejectOffer', day(2), association, { offerId: 'offer-1', reason: 'Insuffisant' }));
    expect(refused.when(accept(day(3))).sentWithVersion(2)).toBe(false);
  });

  it('the same refusal on both: unaffected (attempt() answers that refusal, not CONFLICT)', () => {
    // Accepting an offer that does not exist is refused alike before and after the message.
    expect(given(offered).meanwhile(message(day(2))).when(accept(day(3), 'offer-9')).sentWithVersion(1)).toBe(true);
    expect(given(offered).meanwhile(message(day(2))).when(accept(day(3), 'offer-9')).acceptedNow()).toBe(false);
    // A refusal the events since changed: not the same answer.
    expect(given(offered).meanwhile(newOffer(day(2))).when(accept(day(3), 'offer-2', agent)).sentWithVersion(1)).toBe(false);
  });

  it('an event she may not read is not even counted: the version she sends is over what she reads', () => {
    // The merchant team's notes are kept from her: her count is 2 (filing, offer, message), the stream's 4.
    const noted = given(offered).meanwhile(note(day(2)), note(day(2, '10:30')), message(day(2, '11:00')));
    expect(noted.when(accept(day(3))).sentWithVersion(1)).toBe(true);
    expect(noted.when(accept(day(3))).acceptedNow()).toBe(true);
    // 3 would be behind the stream, but is ahead of what she may read: stale, never guessed at.
    expect(noted.when(accept(day(3))).sentWithVersion(3)).toBe(false);
    // Her own count: not behind, nothing to compare (the version check accepts it as it is).
    expect(noted.when(accept(day(3))).sentWithVersion(2)).toBe(false);
    // A note before the offer: at her version 1 she had seen the offer (the stream's 2), so what she saw holds it.
    const notedFirst = given([claimFiled()]).meanwhile(note(day(1)), command('MakeOffer', day(1, '11:00'), agent, { offerId: 'offer-1', remedy: 'REPAIR', daysToCarryOut: 30, terms: 'Repair' }), message(day(2)));
    expect(notedFirst.when(accept(day(3))).sentWithVersion(1)).toBe(true);
  });

  it('in mediation: the merchant’s acceptance after the consumer side’s message stands, after its acceptance it now concludes the agreement, and is affected', () => {
    const proposed = [...inMediation(), settlementProposed()]; // the merchant counts 0..5
    const acceptSettlement = (at: string, by = agent) => command('AcceptSettlement', at, by, { settlementId: 'settlement-1' });
    expect(given(proposed).meanwhile(message(day(7), consumer)).when(acceptSettlement(day(8))).sentWithVersion(5)).toBe(true);
    expect(given(proposed).meanwhile(message(day(7), consumer)).when(acceptSettlement(day(8))).acceptedNow()).toBe(true);
    expect(given(proposed).meanwhile(acceptSettlement(day(7), consumer)).when(acceptSettlement(day(8))).sentWithVersion(5)).toBe(false);
    // A word from the consumer to the mediator alone is kept from the merchant: nothing it sees came since.
    expect(given(proposed).meanwhile(message(day(7), consumer, 'CONSUMER_AND_MEDIATOR')).when(acceptSettlement(day(8))).sentWithVersion(5)).toBe(false);
    expect(given(proposed).meanwhile(message(day(7), consumer, 'CONSUMER_AND_MEDIATOR'), message(day(7, '11:00'), mediator)).when(acceptSettlement(day(8))).sentWithVersion(5)).toBe(true);
  });

  it('an act of the other side meanwhile makes her answer stale even where her command decides the same: she withdraws as a new offer arrives', () => {
    const withdraw = command('WithdrawClaim', day(3), consumer, { reason: 'Je laisse tomber' });
    // ClaimWithdrawn is the same on both states, but she never saw the replacement offered.
    expect(given(offered).meanwhile(newOffer(day(2))).when(withdraw).sentWithVersion(1)).toBe(false);
    expect(given(offered).meanwhile(message(day(2))).when(withdraw).sentWithVersion(1)).toBe(true);
  });

  it('her own event meanwhile makes it stale: a second submit without its key, or another window of hers', () => {
    const mine = (at: string, id: string) => command('PostMessage', at, consumer, { messageId: id, body: 'Toujours en panne.', visibility: 'ALL' });
    expect(given(offered).meanwhile(mine(day(2), 'm-1')).when(mine(day(2, '10:01'), 'm-2')).sentWithVersion(1)).toBe(false);
    expect(given(offered).meanwhile(mine(day(2), 'm-1')).when(accept(day(3))).sentWithVersion(1)).toBe(false);
    // Another's message after hers, sent with the version that holds hers: only talk of the others since.
    expect(given(offered).meanwhile(mine(day(2), 'm-1'), message(day(2, '11:00'))).when(accept(day(3))).sentWithVersion(2)).toBe(true);
  });

  it('a version ahead of hers, or negative, is never taken as unaffected', () => {
    const talked = given(offered).meanwhile(message(day(2)));
    expect(talked.when(accept(day(3))).sentWithVersion(7)).toBe(false);
    expect(talked.when(accept(day(3))).sentWithVersion(-1)).toBe(false);
    expect(talked.when(accept(day(3))).sentWithVersion(0.5)).toBe(false);
  });

  it('a history that does not hold every record from the stream’s start is not guessed at', () => {
    const history = historyOf([...offered, ...decidedMessage(day(2)), ...decidedMessage(day(2, '11:00'))]);
    expect(answerUnaffected(history, accept(day(3)), 1)).toBe(true);
    // A record missing from the start, or from the middle: what she saw cannot be folded exactly.
    expect(answerUnaffected({ ...history, records: history.records.slice(1) }, accept(day(3)), 1)).toBe(false);
    expect(answerUnaffected({ ...history, records: history.records.filter((r) => r.streamVersion !== 2) }, accept(day(3)), 1)).toBe(false);
  });

});

function decidedMessage(at: string): DisputeEvent[] {
  const decided = decide(message(at), stateOf(offered));
  if (isDomainError(decided)) throw decided;
  return decided;
}
