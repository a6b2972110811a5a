import { canRead, readerOf as disputeReaderOf, readsEvent, readsField, type Dispute, type DisputeEvent, type MessageVisibility, type VersionReader } from '@recours/disputes';
import type { Viewer } from '../auth/viewer';

/** How a viewer reads a dispute: as one side, as its mediator, as the platform admin, or not at all (each counts versions over what it reads). */
export type Reader = VersionReader;

/** How the viewer reads the dispute, or null: the rule every way in applies (libs/disputes readers.ts). */
export function readerOf(dispute: Dispute, viewer: Viewer | null): Reader | null {
  return disputeReaderOf(dispute, viewer);
}

/**
 * The consumer herself, or the association holding her mandate: who may read what is hers alone
 * (who accessed her dispute, the letter written in her name). An association only advising her
 * reads the dispute, not these.
 */
export function actsForConsumer(dispute: Dispute, viewer: Viewer | null): boolean {
  if (!viewer) return false;
  if (viewer.role === 'CONSUMER') return dispute.consumerId === viewer.accountId;
  return viewer.role === 'ASSOCIATION' && dispute.mandate?.associationId === viewer.accountId;
}

/**
 * Who reads where the consumer lives (her claim's postcode): she alone. It is asked for her
 * rights' calendar only (docs/privacy.md); an association acting for her reads the calendar it
 * sets (« jours de La Réunion »), which is all its advice needs, not the postcode. The rule of
 * her claim's field (withheldFields, libs/disputes), for the view (`Dispute.consumerPostcode`) as
 * for the case file (a commitment for everyone else) and a merchant's webhook.
 */
export function readsHerPostcode(reader: Reader): boolean {
  return readsField(reader, 'ClaimFiled', 'consumerPostcode');
}

/**
 * Who reads why a dispute is under a legal hold: the admin alone (it may name the litigation and
 * the people in it). The rule of the hold's events (withheldFields), for the view
 * (`LegalHold.reason`) as for the case file and a merchant's webhook.
 */
export function readsLegalHoldReason(reader: Reader): boolean {
  return readsField(reader, 'LegalHoldPlaced', 'reason');
}

/** An association reads what the consumer it acts for reads; the admin reads the shared record. */
export function mayReadMessage(reader: Reader, visibility: MessageVisibility): boolean {
  if (reader === 'ADMIN') return visibility === 'ALL';
  return canRead(visibility, reader === 'ASSOCIATION' ? 'CONSUMER' : reader);
}

/**
 * Whether the event is on this reader's record: the admin reads the shared record, everyone else
 * what is visible to them, an association only the events meant for one association that name it
 * (libs/disputes readsEvent, the one rule).
 */
export function readsOnRecord(reader: Reader, event: DisputeEvent, viewer: Pick<Viewer, 'accountId'>): boolean {
  return readsEvent(reader, event, viewer.accountId);
}
