import { parisDateOf, type CalendarDate } from '@recours/consumer-law';
import type { Dispute } from '../state';

/**
 * The written complaint the one-year mediation window runs from (L612-2 4°): the earliest the
 * merchant received, among the claim filed here, an earlier complaint the consumer declares and
 * the formal notices recorded as sent (those sent by `asOf`, when given), dated by the day in France.
 * The earliest, as the legal review read it (issue 14 item 12): a later letter does not reopen the year.
 */
export function writtenComplaintOn(dispute: Dispute, asOf?: CalendarDate): CalendarDate {
  const candidates = [parisDateOf(dispute.filedAt), ...(dispute.claim.priorWrittenComplaintOn ? [dispute.claim.priorWrittenComplaintOn] : []), ...(dispute.formalNotices ?? []).map((n) => n.sentOn)];
  return candidates.filter((on) => asOf === undefined || on <= asOf).sort()[0] ?? parisDateOf(dispute.filedAt);
}
