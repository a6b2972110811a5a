import { canRead, type MessageVisibility } from '../values/message-visibility';
import type { DisputeEvent, DisputeEventType } from './dispute-event';
import type { EventReaders, ReadersOf } from './event-readers';
import { CLAIM_READERS } from '../claim/claim.events';
import { ANSWERS_READERS } from '../answers/answers.events';
import { ESCALATION_READERS } from '../escalation/escalation.events';
import { FORMAL_NOTICE_READERS } from '../formal-notice/formal-notice.events';
import { OFFERS_READERS } from '../offers/offers.events';
import { MEDIATION_READERS } from '../mediation/mediation.events';
import { REMEDY_READERS } from '../remedy/remedy.events';
import { REPRESENTATION_READERS } from '../representation/representation.events';
import { CLOSURE_READERS } from '../closure/closure.events';
import { FEEDBACK_READERS } from '../feedback/feedback.events';
import { DEADLINES_READERS } from '../deadlines/deadlines.events';
import { TEAM_READERS } from '../team/team.events';
import { RETENTION_READERS } from '../retention/retention.events';

/** Who reads a dispute's record. An association under mandate reads what the consumer reads. */
export const TIMELINE_VIEWERS = ['CONSUMER', 'MERCHANT', 'MEDIATOR', 'ASSOCIATION'] as const;
export type TimelineViewer = (typeof TIMELINE_VIEWERS)[number];


const READERS: ReadersOf<DisputeEvent> = {
  ...CLAIM_READERS,
  ...ANSWERS_READERS,
  ...ESCALATION_READERS,
  ...FORMAL_NOTICE_READERS,
  ...OFFERS_READERS,
  ...MEDIATION_READERS,
  ...REMEDY_READERS,
  ...REPRESENTATION_READERS,
  ...CLOSURE_READERS,
  ...FEEDBACK_READERS,
  ...DEADLINES_READERS,
  ...TEAM_READERS,
  ...RETENTION_READERS,
};

const readersOf = (type: string): EventReaders | undefined => (Object.hasOwn(READERS, type) ? READERS[type as DisputeEventType] : undefined);

/** The merchant's team's own business: its agents read it; the consumer, her association, the mediator and the admin never do. */
export const MERCHANT_INTERNAL_EVENTS: readonly DisputeEventType[] = (Object.keys(READERS) as DisputeEventType[]).filter((type) => READERS[type] === 'MERCHANT_TEAM');
export const merchantsOwn = (event: Pick<DisputeEvent, 'type'>): boolean => readersOf(event.type) === 'MERCHANT_TEAM';
/** The consumer's side's own (whom she asks for advice, why an association renounced): the merchant, its webhooks and the mediator never read them. */
export const CONSUMER_SIDE_EVENTS: readonly DisputeEventType[] = (Object.keys(READERS) as DisputeEventType[]).filter((type) => READERS[type] === 'CONSUMER_SIDE' || READERS[type] === 'CONSUMER_AND_NAMED');

/**
 * The one association that reads the event among associations (`CONSUMER_AND_NAMED`: the one it
 * names); null when every association reading the dispute reads it, or none does.
 */
export function readByAssociationAlone(event: DisputeEvent): string | null {
  return readersOf(event.type) === 'CONSUMER_AND_NAMED' ? (event.data as { associationId: string }).associationId : null;
}

/**
 * The kinds of reader an event is for. Every event is on the shared record, except messages kept
 * between one side and the mediator, the mediator's own notes, the consumer's choice of advisers,
 * an association's renunciation and the merchant team's own business. `ASSOCIATION` here is a kind:
 * an event read by one association alone (readByAssociationAlone) lists it too, and `readsEvent`,
 * given the association's account, says which association reads it.
 */
export function visibleTo(event: DisputeEvent): TimelineViewer[] {
  switch (readersOf(event.type)) {
    case 'CONSUMER_SIDE':
    case 'CONSUMER_AND_NAMED':
      return ['CONSUMER', 'ASSOCIATION'];
    case 'MERCHANT_TEAM':
      return ['MERCHANT'];
    case 'AS_ADDRESSED': {
      const { visibility } = event.data as { visibility: MessageVisibility };
      return TIMELINE_VIEWERS.filter((viewer) => canRead(visibility, viewer === 'ASSOCIATION' ? 'CONSUMER' : viewer));
    }
    default:
      return [...TIMELINE_VIEWERS];
  }
}

/** The platform admin reads the shared record only: no message meant for one side and the mediator. */
export function onSharedRecord(event: DisputeEvent): boolean {
  switch (readersOf(event.type)) {
    case 'CONSUMER_SIDE':
    case 'CONSUMER_AND_NAMED':
    case 'MERCHANT_TEAM':
      return false;
    case 'AS_ADDRESSED':
      return (event.data as { visibility: MessageVisibility }).visibility === 'ALL';
    default:
      return true;
  }
}

/**
 * Whose count of a dispute's versions: each of TIMELINE_VIEWERS counts the events it reads, the
 * admin (`ADMIN`) those on the shared record. A version shown to a reader is counted over what it
 * may read, so that the events kept from it (a message between the other side and the mediator,
 * the merchant team's notes, whom the consumer asks for advice) cannot be counted by the gaps.
 */
export const VERSION_READERS = [...TIMELINE_VIEWERS, 'ADMIN'] as const;
export type VersionReader = (typeof VERSION_READERS)[number];

/**
 * Whether the event is on this reader's record: the one rule every way a dispute is read applies
 * (its view and timeline, the live updates, the case file, the timeline read model, the
 * notifications). `accountId` is the reader's account: an association reads an event meant for one
 * association alone only when it is the one named (without it, never).
 */
export function readsEvent(reader: VersionReader, event: DisputeEvent, accountId?: string): boolean {
  if (reader === 'ADMIN') return onSharedRecord(event);
  if (!visibleTo(event).includes(reader)) return false;
  if (reader !== 'ASSOCIATION') return true;
  const alone = readByAssociationAlone(event);
  return alone === null || (accountId !== undefined && alone === accountId);
}

/**
 * Fields of an event that a reader of the event still does not read, each read by one reader
 * alone: where the consumer lives (her postcode, asked for her rights' calendar: hers alone) and a
 * legal hold's reason (it may name the litigation and the people in it: the admin's alone). The
 * one rule for every way an event's data leaves recours: the dispute's view, the case file (which
 * keeps such a field by its commitment, so each is one of the event's personal fields) and a
 * merchant's webhook.
 */
const READ_BY_ONE_READER: Readonly<Partial<Record<DisputeEventType, Readonly<Record<string, VersionReader>>>>> = {
  ClaimFiled: { consumerPostcode: 'CONSUMER' },
  LegalHoldPlaced: { reason: 'ADMIN' },
  LegalHoldLifted: { reason: 'ADMIN' },
};

/** Every field withheld from someone, by event type (for the specs). */
export const FIELDS_READ_BY_ONE_READER: Readonly<Partial<Record<DisputeEventType, Readonly<Record<string, VersionReader>>>>> = READ_BY_ONE_READER;

/** The fields of an event of this type (top-level keys of its data) that `reader` does not read. */
export function withheldFields(type: string, reader: VersionReader): readonly string[] {
  const fields = Object.hasOwn(READ_BY_ONE_READER, type) ? READ_BY_ONE_READER[type as DisputeEventType]! : {};
  return Object.entries(fields).flatMap(([field, onlyReader]) => (onlyReader === reader ? [] : [field]));
}

/** Whether `reader` reads this field of an event of this type (withheldFields). */
export function readsField(reader: VersionReader, type: DisputeEventType, field: string): boolean {
  return !withheldFields(type, reader).includes(field);
}

/**
 * Each event's version as `reader` (an association: the one whose account is `accountId`) counts it:
 * how many events before it the reader may read (the filing, read by all, is 0). An event the
 * reader may not read has the version of the next one it reads: it is never shown.
 */
export function readerVersions(events: readonly DisputeEvent[], reader: VersionReader, accountId?: string): number[] {
  let read = 0;
  return events.map((event) => (readsEvent(reader, event, accountId) ? read++ : read));
}

/**
 * The version of the last event each reader may read; -1 before the filing. `ASSOCIATION` counts
 * the events every association reading the dispute reads; `OWN` what each association reads alone
 * (by its account: its own sharing, its renunciation), added to it by versionOf.
 */
export type ReaderVersions = Readonly<Record<VersionReader, number>> & { readonly OWN: Readonly<Record<string, number>> };
export const NO_READER_VERSIONS: ReaderVersions = { CONSUMER: -1, MERCHANT: -1, MEDIATOR: -1, ASSOCIATION: -1, ADMIN: -1, OWN: {} };

/** The version of the last event this reader (an association: the account `accountId`) may read. */
export function versionOf(versions: ReaderVersions, reader: VersionReader, accountId?: string): number {
  return reader === 'ASSOCIATION' && accountId !== undefined ? versions.ASSOCIATION + (versions.OWN[accountId] ?? 0) : versions[reader];
}

/** The readers' versions once `event` is appended: those who read it move by one, the others stay (readerVersions, kept as a stream is folded). */
export function withEvent(versions: ReaderVersions, event: DisputeEvent): ReaderVersions {
  // Folded for every event of every stream read: who reads it is worked out once, and the result written as a literal (no spread).
  const readers = visibleTo(event);
  const one = (reader: TimelineViewer) => (readers.includes(reader) ? 1 : 0);
  const alone = readByAssociationAlone(event);
  return {
    CONSUMER: versions.CONSUMER + one('CONSUMER'),
    MERCHANT: versions.MERCHANT + one('MERCHANT'),
    MEDIATOR: versions.MEDIATOR + one('MEDIATOR'),
    ASSOCIATION: versions.ASSOCIATION + (alone === null ? one('ASSOCIATION') : 0),
    ADMIN: versions.ADMIN + (onSharedRecord(event) ? 1 : 0),
    OWN: alone === null ? versions.OWN : { ...versions.OWN, [alone]: (versions.OWN[alone] ?? 0) + 1 },
  };
}

/** How an actor counts versions: as the reader it is; the system (deadlines, retention) counts the whole stream (null). */
export function versionReaderOf(actor: { kind: string }): VersionReader | null {
  switch (actor.kind) {
    case 'CONSUMER':
    case 'MEDIATOR':
    case 'ASSOCIATION':
    case 'ADMIN':
      return actor.kind;
    case 'MERCHANT_AGENT':
      return 'MERCHANT';
    default:
      return null;
  }
}
