import type { Actor } from '../values/actor';
import type { DisputeEvent, DisputeEventType } from './dispute-event';

/**
 * Where each event holds what a person wrote or what identifies them: free text (descriptions,
 * the chronology, messages, reasons, notes, comments, terms), evidence names, serial numbers and
 * order references. Ids of accounts are pseudonyms and stay outside. Paths use `*` for every
 * item of a list. The store hashes these fields as salted commitments, so that erasing one
 * later (by destroying its subject's key) leaves the dispute's hash chain valid.
 */
export const PERSONAL_FIELDS: { readonly [T in DisputeEventType]: readonly string[] } = {
  ClaimFiled: [
    '/problem/description',
    '/problem/chronology/*/what',
    '/evidence/*/name',
    '/product/serialNumber',
    '/purchase/orderReference',
  ],
  EvidenceAttached: ['/name'],
  MessagePosted: ['/body'],
  ClaimAcknowledged: ['/note'],
  ClaimRejected: ['/reason'],
  MerchantResponseOverdue: [],
  EscalatedInternally: ['/reason'],
  OfferMade: ['/terms'],
  OfferSuperseded: [],
  OfferAccepted: [],
  OfferRejected: ['/reason'],
  OfferExpired: [],
  MediationRequested: ['/summary'],
  MediatorAssigned: [],
  MediationAdmissibilityDecided: ['/reason'],
  SettlementProposed: ['/terms'],
  SettlementAccepted: [],
  SettlementRejected: ['/reason'],
  MediationExtended: ['/reason'],
  AdmissibilityOverdue: [],
  MediationOverdue: [],
  RemedyFulfilled: ['/note'],
  RemedyCarriedOutReported: ['/details'],
  RemedyFailed: ['/description'],
  RemedyOverdue: [],
  FormalNoticeRecorded: [],
  RepresentationGranted: ['/document/name'],
  RepresentationRevoked: [],
  SharedForAdvice: [],
  SharingForAdviceEnded: [],
  CaseAssigned: [],
  CaseUnassigned: [],
  InternalNoteAdded: ['/body'],
  ClaimWithdrawn: ['/reason'],
  DisputeClosed: ['/summary', '/nextSteps/*/text'],
  FeedbackGiven: ['/comment'],
  DeadlineReminderRecorded: [],
  LegalHoldPlaced: ['/reason'],
  LegalHoldLifted: ['/reason'],
  ErasureNoticeGiven: [],
  DisputeErased: [],
  DisputeErasureCompleted: [],
};

/**
 * Whose personal data an event's personal fields are (the key that seals them, and that erasure
 * destroys): the words of whoever wrote them. The consumer's claim and her messages are hers (a
 * claim is filed by the consumer herself); a merchant agent's answer, a mediator's reasons, an
 * association's message are their author's, and stay readable when the consumer is erased. Text
 * the system writes (none today) would be the consumer's, as it is about her dispute.
 */
export function dataSubjectOf(event: DisputeEvent, actor: Actor, consumerId: string | undefined): string | undefined {
  if (event.type === 'ClaimFiled') return event.data.consumerId;
  return actor.kind === 'SYSTEM' ? consumerId : actor.id;
}

/** The JSON pointers (RFC 6901) of the personal fields this event actually holds. */
export function personalPointers(event: DisputeEvent): string[] {
  const pointers: string[] = [];
  for (const path of PERSONAL_FIELDS[event.type]) expand(event.data, path.split('/').slice(1), '', pointers);
  return pointers;
}

function expand(node: unknown, keys: string[], at: string, into: string[]): void {
  if (node === undefined || node === null) return;
  if (keys.length === 0) {
    into.push(at);
    return;
  }
  const [key, ...rest] = keys;
  if (key === '*') {
    if (Array.isArray(node)) node.forEach((item, i) => expand(item, rest, `${at}/${i}`, into));
    return;
  }
  if (typeof node === 'object' && Object.hasOwn(node, key)) {
    expand((node as Record<string, unknown>)[key], rest, `${at}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, into);
  }
}
