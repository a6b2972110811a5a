import { activityAt, availableActions, deadlines, deriveStatus, disputeEventOf, lastDayOf, readerVersions, whoseTurn, type Dispute, type DisputeEvent, type DisputeStatus } from '@recours/disputes';
import { actorOf, type Viewer } from '../auth/viewer';
import { mayReadMessage, readsHerPostcode, readsLegalHoldReason, readsOnRecord, type Reader } from './dispute-access';
import { mutationsOf } from './dispute-actions';
import type { DisputeHistory } from '@recours/dispute-commands';
import type { DisputeType, TimelineEntryType } from './graphql/dispute.types';

/** The state the view was built from, kept for field resolvers (rights) without exposing it. */
export const DISPUTE_STATE = Symbol('disputeState');
/** The events this reader may see, as facts: the timeline renders them in the reader's language (DisputeTimelineText). */
export const TIMELINE_FACTS = Symbol('timelineFacts');
export interface TimelineFact {
  /** The event's version as this reader counts it (readerVersions): the events kept from it leave no gap. */
  version: number;
  /** Its version in the stream, for the hash chain (case files) alone: never shown. */
  streamVersion: number;
  at: string;
  event: DisputeEvent;
}
/**
 * Who wrote a passage of people's own words (a message, an offer's or settlement's terms, the claim's
 * description, an evidence's name, the feedback, a closure's summary): `language` resolves it to the author's language
 * (passage-language.resolver.ts), hidden from the schema.
 */
export const WRITTEN_BY = Symbol('writtenBy');
const writtenBy = <T extends object>(passage: T, author: string): T => Object.assign(passage, { [WRITTEN_BY]: author });
export type DisputeView = DisputeType & { [DISPUTE_STATE]: Dispute; [TIMELINE_FACTS]: TimelineFact[]; asOf: Date };
/** The view with its timeline written out, as documents carry it. */
export type DisputeViewWithTimeline = DisputeView & { timeline: TimelineEntryType[] };

/**
 * Her postcode, to her alone: asked for her rights' calendar only (docs/privacy.md), so no other
 * reader gets it, the association acting for her included. Null once erased (ERASED is not five digits).
 */
export function herPostcode(d: Dispute, reader: Reader): string | null {
  return readsHerPostcode(reader) && d.consumerPostcode !== undefined && /^\d{5}$/.test(d.consumerPostcode) ? d.consumerPostcode : null;
}

/** The dispute as this reader may see it, as of `now`. */
export function toDisputeView(history: DisputeHistory & { state: Dispute }, viewer: Viewer, reader: Reader, now: Date): DisputeView {
  const d = history.state;
  const events = history.records.map(disputeEventOf);
  const versions = readerVersions(events, reader, viewer.accountId);
  const facts: TimelineFact[] = [];
  const actions = availableActions(d, actorOf(viewer), now.toISOString());
  events.forEach((event, i) => {
    const record = history.records[i]!;
    if (readsOnRecord(reader, event, viewer)) facts.push({ version: versions[i]!, streamVersion: record.streamVersion, at: record.recordedAt.toISOString(), event });
  });
  return {
    [DISPUTE_STATE]: d,
    asOf: now,
    id: d.disputeId,
    // Counted over what this reader may read, as its timeline is: sent back as expectedVersion.
    version: facts.length - 1,
    status: deriveStatus(d) as DisputeStatus,
    whoseTurn: whoseTurn(d),
    consumerId: d.consumerId,
    merchantId: d.merchantId,
    product: d.claim.product,
    purchase: d.claim.purchase,
    consumerPostcode: herPostcode(d, reader),
    commercialWarranty: d.claim.commercialWarranty,
    problem: writtenBy({ ...d.claim.problem }, d.consumerId),
    requestedRemedy: d.claim.requestedRemedy,
    remediesAvailable: d.remediesAvailable,
    evidence: d.evidence.map((e) => writtenBy({ kind: e.kind, name: e.name, sha256: e.sha256, at: e.at, file: e.file ?? null }, e.by.id)),
    messages: d.messages
      .filter((m) => mayReadMessage(reader, m.visibility))
      .map((m) => writtenBy({ id: m.messageId, body: m.body, visibility: m.visibility, at: m.at, authorId: m.by.id, onBehalfOf: m.onBehalfOf }, m.by.id)),
    offers: d.offers.map((o) => writtenBy({
      id: o.offerId,
      remedy: o.remedy,
      status: o.status,
      by: o.side,
      kind: o.kind,
      amount: o.amount,
      daysToCarryOut: o.daysToCarryOut,
      terms: o.terms,
      madeAt: o.madeAt,
      expiresOn: o.expiresOn,
      rejectionReason: o.rejectionReason,
    }, o.by.id)),
    escalationLevel: d.escalation.level,
    rejectionReason: d.rejection?.reason,
    mediation: d.mediation
      ? {
          stage: d.mediation.stage,
          requestedAt: d.mediation.requestedAt,
          mediatorId: d.mediation.mediatorId,
          bodyId: d.mediation.bodyId ?? null,
          admissibilityDueAt: d.mediation.admissibilityDueAt,
          fileCompletedAt: d.mediation.fileCompletedAt,
          outcomeDueAt: d.mediation.outcomeDueAt,
          admissibilityReason: d.mediation.admissibilityReason,
          inadmissibilityGround: d.mediation.inadmissibilityGround,
          settlements: d.mediation.settlements.map((s) => writtenBy({
            id: s.settlementId,
            remedy: s.remedy,
            amount: s.amount,
            daysToCarryOut: s.daysToCarryOut,
            terms: s.terms,
            status: s.status,
            acceptedBy: s.acceptedBy,
            proposedAt: s.proposedAt,
            answerDueOn: s.answerDueOn ?? null,
            answerDueAt: s.answerDueAt ?? null,
          }, s.proposedBy)),
        }
      : undefined,
    agreement: d.agreement
      ? {
          remedy: d.agreement.remedy,
          amount: d.agreement.amount,
          source: d.agreement.source,
          agreedAt: d.agreement.agreedAt,
          dueOn: d.agreement.dueOn,
          overdue: d.agreement.overdue,
          reportedCarriedOutOn: d.agreement.carriedOut?.on ?? null,
          confirmationDueOn: d.agreement.carriedOut ? lastDayOf(d.agreement.carriedOut.confirmationDueAt) : null,
          // Past her last day to answer the merchant's report, she may confirm it, no longer contest it.
          failureReportable: actions.includes('ReportRemedyFailed'),
        }
      : undefined,
    remedyHistory: d.remedyHistory.map((r) => ({ remedy: r.remedy, outcome: r.outcome, failure: r.outcome === 'FAILED' ? r.failure : undefined, at: r.at })),
    mandate: d.mandate ?? undefined,
    closure: d.closure ? writtenBy({ outcome: d.closure.outcome, nextSteps: d.closure.nextSteps, summary: d.closure.summary, at: d.closure.at }, d.closure.by.id) : undefined,
    feedback: d.feedback ? writtenBy({ ...d.feedback }, d.consumerId) : undefined,
    deadlines: deadlines(d).map((x) => ({ kind: x.kind, dueOn: x.dueOn, dueAt: x.dueAt, owedBy: x.owedBy, offerId: x.offerId })),
    // The admin's reason may name the litigation and the people in it: hers alone.
    legalHold: d.legalHold ? { reason: readsLegalHoldReason(reader) ? d.legalHold.reason : undefined, placedAt: d.legalHold.at } : undefined,
    erasesAt: d.erasureNotice?.erasesAt ?? null,
    erasedAt: d.erased?.at ?? null,
    [TIMELINE_FACTS]: facts,
    availableActions: mutationsOf(actions),
    filedAt: d.filedAt,
    lastActivityAt: activityAt(d),
  };
}
