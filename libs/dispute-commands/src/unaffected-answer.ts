import { isDeepStrictEqual } from 'node:util';
import { decide, disputeEventOf, isDomainError, versionOf, versionReaderOf, withEvent, type Actor, type DisputeCommand, type DisputeEvent, type DomainError, type DisputeState, type ReaderVersions } from '@recours/disputes';
import { foldRecords, NO_HISTORY, type DisputeHistory } from './dispute-history';

/** The dispute's version as the actor counts it, at a point of its stream: over what it may read (an association over what it reads itself); the system counts the stream. */
export function versionCountedBy(actor: Actor, readerVersions: ReaderVersions, streamVersion: number): number {
  const reader = versionReaderOf(actor);
  return reader ? versionOf(readerVersions, reader, actor.id) : streamVersion;
}

/**
 * Whether a command sent with an `expectedVersion` behind the dispute (as its actor counts it)
 * decides now exactly what it decided on the dispute as its actor saw it: the same events with the
 * same data, or the same refusal. Then the events recorded since did not touch her answer (a
 * message while she accepted an offer), and refusing it as stale would only make her give it
 * again: it is accepted (conflict detection, after Greg Young's CQRS documents). Otherwise, or
 * when what she saw cannot be told exactly (a version ahead of hers, or negative; a history
 * that does not hold every record from the stream's start), false: refused as stale, as before.
 *
 * What she saw: every record up to, not including, the first one she may read beyond
 * `expectedVersion`. The events kept from her that come before it are in it, wherever they fall:
 * they never move her count, so she is taken to have seen the dispute with them, as the
 * version check itself does (one kept from her never makes her command stale).
 *
 * Only talk may have come since, and none of it hers. An act of the other side (an offer, an
 * acceptance, a refusal) can leave her command's events as they were yet be what she would have
 * answered differently had she seen it (withdrawing her claim the minute a full refund is offered),
 * so it makes her command stale, as before. Her own event since is a second submit of the same
 * answer (a retry without its commandId) or one from another window: stale too, as before.
 *
 * `command` carries its actor and its time; both decisions use them, so only the state differs.
 * Pure.
 */
export function answerUnaffected(history: DisputeHistory, command: DisputeCommand, expectedVersion: number): boolean {
  const seen = stateSeenAt(history, command.actor, expectedVersion);
  return seen !== null && sameDecision(decide(command, seen), decide(command, history.state));
}

/** What may come, from the others, between the version she saw and her command without making it stale: talk, and a deadline's reminder. */
const TALK: ReadonlySet<string> = new Set(['MessagePosted', 'DeadlineReminderRecorded']);

/**
 * The dispute as the actor saw it at `expectedVersion`, folded as DisputeHistory folds it; null
 * unless that is behind its count now, the history is whole, and what she may read since is the
 * others' talk alone.
 */
function stateSeenAt(history: DisputeHistory, actor: Actor, expectedVersion: number): DisputeState | null {
  if (!Number.isInteger(expectedVersion) || expectedVersion < 0) return null;
  if (expectedVersion >= versionCountedBy(actor, history.readerVersions, history.version)) return null;
  // DisputeHistories folds whole streams and adds to them; anything else (a gap, a later start) is not guessed at.
  if (history.records.length !== history.version + 1 || history.records.some((record, i) => record.streamVersion !== i)) return null;
  let versions = NO_HISTORY.readerVersions;
  let seenUpTo: number | undefined;
  for (const [i, record] of history.records.entries()) {
    const event = disputeEventOf(record);
    const before = versionCountedBy(actor, versions, record.streamVersion - 1);
    versions = withEvent(versions, event);
    const counted = versionCountedBy(actor, versions, record.streamVersion);
    if (counted === before) continue; // kept from her: it never moves her count
    if (seenUpTo === undefined && counted > expectedVersion) seenUpTo = i;
    if (seenUpTo !== undefined && (!TALK.has(event.type) || event.data.by.id === actor.id)) return null;
  }
  return seenUpTo === undefined ? null : foldRecords(NO_HISTORY, history.records.slice(0, seenUpTo)).state;
}

/**
 * The same answer: the same events, deep-equal, or the same refusal (its code, field and
 * parameters, which are what she is told). Comparing the refusal whole, not its code alone:
 * a refusal the events since changed the wording of (another date, another status) is not the
 * one she would have been given on what she saw.
 */
function sameDecision(then: DisputeEvent[] | DomainError, now: DisputeEvent[] | DomainError): boolean {
  if (isDomainError(then) || isDomainError(now)) {
    return isDomainError(then) && isDomainError(now) && then.code === now.code && then.field === now.field && isDeepStrictEqual(then.params, now.params) && isDeepStrictEqual(then.problem, now.problem);
  }
  return isDeepStrictEqual(then, now);
}
