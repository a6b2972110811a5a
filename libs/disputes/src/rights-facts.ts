import {
  addDays,
  EU_MEMBER_STATES,
  isSupportedJurisdiction,
  parisDateOf,
  type CalendarDate,
  type RepairFact,
  type ReplacementFact,
  type RightsFacts,
  type SaleChannel,
} from '@recours/consumer-law';
import { MEDIATION_OUTCOME_DAYS } from './legal-periods';
import { writtenComplaintOn } from './mediation/written-complaint';
import type { AgreementState, Dispute, RemedyRecord } from './state';
import type { PurchaseChannel } from './values/claim';
import type { Remedy, RemedyFailure } from './values/remedy';
import { isBefore, type Instant } from './values/instant';
import { lastDayOf } from './events/notification-intent';

/** What the dispute itself does not record: where each party is, when known. */
export interface DisputeParties {
  consumerCountry?: string | null;
  merchantCountry?: string | null;
}

/**
 * The rules of the country of purchase where encoded (FR and the member states with their own
 * rule set); another member state gets the Directive 2019/771 baseline (its notes say national
 * law may give more); anything else passes through so the engine answers "not assessed".
 */
export function jurisdictionOf(purchaseCountry: string): string {
  if (isSupportedJurisdiction(purchaseCountry)) return purchaseCountry;
  return EU_MEMBER_STATES.includes(purchaseCountry) ? 'EU' : purchaseCountry;
}

/**
 * How the contract was made, as the engine knows it (L221-1): bought online or by phone is a
 * distance contract, at her home or elsewhere than the shop an off-premises one, in the shop an
 * on-premises one. The 14-day withdrawal (L221-18) exists for the first two only.
 */
const SALE_CHANNEL: Record<PurchaseChannel, SaleChannel> = { ONLINE: 'DISTANCE', PHONE: 'DISTANCE', OFF_PREMISES: 'OFF_PREMISES', IN_STORE: 'ON_PREMISES' };

/** An agreed remedy as known on `asOf`: an outcome recorded later is not known yet. */
interface AgreedRemedy {
  remedy: Remedy;
  terms: AgreementState;
  agreedAt: Instant;
  agreedOn: CalendarDate;
  /** `failure` is null for a remedy the consumer confirmed as fulfilled, or that counted as such (`deemed`). */
  ended: { on: CalendarDate; failure: RemedyFailure | null; deemed?: true } | null;
}

function agreedRemedies(dispute: Dispute, asOf: CalendarDate): AgreedRemedy[] {
  const all: [AgreementState, RemedyRecord | null][] = [
    ...dispute.remedyHistory.map((record): [AgreementState, RemedyRecord] => [record, record]),
    ...(dispute.agreement ? [[dispute.agreement, null] as [AgreementState, null]] : []),
  ];
  return all.flatMap(([agreement, record]) => {
    const agreedOn = parisDateOf(agreement.agreedAt);
    if (agreedOn > asOf) return [];
    const endedOn = record ? parisDateOf(record.at) : null;
    const ended =
      record && endedOn && endedOn <= asOf
        ? record.outcome === 'FAILED'
          ? { on: endedOn, failure: record.failure }
          : { on: endedOn, failure: null, ...(record.deemed && { deemed: true as const }) }
        : null;
    return [{ remedy: agreement.remedy, terms: agreement, agreedAt: agreement.agreedAt, agreedOn, ended }];
  });
}

/** The goods were handed back after the attempt: fulfilled, or it did not fix / the defect came back. */
const attemptMade = (r: AgreedRemedy): boolean => r.ended !== null && r.ended.failure !== 'NOT_CARRIED_OUT';
const isInKind = (r: AgreedRemedy): boolean => r.remedy === 'REPAIR' || r.remedy === 'REPLACEMENT';

/**
 * Paid in money and reported not carried out: the agreed sum is still owed, the agreement stands as
 * the debt's ground. A sum is paid or it is not: « did not fix » or « came back », said of one before
 * 2026-12-07 (the decider now refuses them for a sum), read as not carried out, where until then
 * her rights went back to the repair asked for on filing.
 */
const unpaid = (r: AgreedRemedy): boolean => !isInKind(r) && r.ended !== null && r.ended.failure !== null;

/**
 * The latest agreement known on `asOf`, when it is paid in money and has not failed (standing, or
 * confirmed), or was reported not paid: the sum is owed, the repair asked on filing is not awaited
 * (until 2026-12-07 her rights then read « Attendez la réparation demandée » again).
 */
function moneyAgreed(remedies: readonly AgreedRemedy[]): boolean {
  const latest = remedies.reduce<AgreedRemedy | null>((last, r) => (!last || !isBefore(r.agreedAt, last.agreedAt) ? r : last), null);
  return latest !== null && !isInKind(latest) && (latest.ended?.failure == null || unpaid(latest));
}

/**
 * The agreed remedy standing on `asOf` (neither confirmed nor reported failed by then): its kind,
 * its day and the agreed last day to carry it out, and the merchant's report that it carried it
 * out when made by then, with the day the consumer has to confirm or contest it.
 */
function agreedRemedy(remedies: readonly AgreedRemedy[], asOf: CalendarDate): RightsFacts['agreedRemedy'] {
  const standing = remedies.filter((r) => r.ended === null).pop();
  if (!standing) {
    // The latest agreement carried out and confirmed (by her, or at the end of her period): nothing
    // is awaited any more (until 2026-12-07 her rights told her to ask for a repair again).
    const latest = remedies.at(-1);
    if (!latest?.ended) return null;
    const { dueOn, amount } = latest.terms;
    if (latest.ended.failure === null) {
      // Not confirmed by her: her period to answer the merchant's report ran out (until 2026-12-07 « ce qui a été confirmé le … »).
      const report = latest.ended.deemed ? latest.terms.carriedOut : undefined;
      return {
        remedy: latest.remedy,
        agreedOn: latest.agreedOn,
        dueOn,
        fulfilledOn: latest.ended.on,
        ...(report && { deemed: true, reportedCarriedOutOn: report.on, confirmationDueOn: lastDayOf(report.confirmationDueAt) }),
      };
    }
    // An agreed sum she said was not paid (by its day, or contesting the merchant's report): still
    // owed, with the merchant's report she contested (until 2026-12-07 her earlier steps came back).
    if (!unpaid(latest)) return null;
    const contested = latest.terms.carriedOut && parisDateOf(latest.terms.carriedOut.reportedAt) <= asOf ? latest.terms.carriedOut : null;
    return {
      remedy: latest.remedy,
      agreedOn: latest.agreedOn,
      dueOn,
      notCarriedOutOn: latest.ended.on,
      ...(contested && { reportedCarriedOutOn: contested.on }),
      ...(amount && { amount }),
    };
  }
  const { dueOn, carriedOut } = standing.terms;
  const reported = carriedOut && parisDateOf(carriedOut.reportedAt) <= asOf ? carriedOut : null;
  return {
    remedy: standing.remedy,
    agreedOn: standing.agreedOn,
    dueOn,
    ...(reported && { reportedCarriedOutOn: reported.on, confirmationDueOn: lastDayOf(reported.confirmationDueAt) }),
  };
}

/**
 * The seller refused to bring the goods into conformity (L217-14 1°), as known on `asOf`: the
 * merchant rejected the claim in writing (ClaimRejected, kept in `refusals` when an escalation or
 * an offer clears the standing `rejection`) on or before `asOf`'s Paris day.
 *
 * - Any level counts: the supervisor or the complaints department speaks for the seller as the
 *   front desk does, and an escalation asks it to think again; it does not withdraw a refusal.
 * - Whatever the claim asked for. A rejection refuses the claim as a whole, the lack of
 *   conformity it alleges included: a seller willing to repair or replace instead of the refund
 *   or price reduction asked for says so by an offer (MakeOffer), which is not a refusal. A
 *   rejection leaves the consumer with no remedy at all, so conformity too was refused.
 * - Set aside by a repair or replacement agreed after it (the seller came round and the consumer
 *   took it): it brings the goods into conformity, and if it fails the failure is the ground
 *   (L217-14 2°, 4°). Unless the merchant then did not carry it out: the refusal stands again.
 * - Not a refusal: an offer of another remedy; the rejection of a consumer's counter-offer (of
 *   its terms, not of the warranty); an agreed remedy that failed (its own grounds); a refusal
 *   of the mediator's proposed solution, which is the mediator's proposal, not the consumer's
 *   request, and what the parties say in a mediation may not be invoked in court without their
 *   agreement (L612-3, loi 95-125 art. 21-3).
 */
function remedyRefused(dispute: Dispute, remedies: readonly AgreedRemedy[], asOf: CalendarDate): boolean {
  const comeRound = (refusedAt: Instant) => remedies.some((r) => isInKind(r) && isBefore(refusedAt, r.agreedAt) && r.ended?.failure !== 'NOT_CARRIED_OUT');
  return (dispute.refusals ?? []).some((refusal) => parisDateOf(refusal.at) <= asOf && !comeRound(refusal.at));
}

/**
 * The referral the mediator works on, with the extension recorded when the outcome is due later
 * than 90 days (R612-5), and the day it ended when the dispute closed unresolved after it: until
 * 2026-12-07 a dispute closed so still read « la médiation doit aboutir au plus tard le … ».
 */
function mediationReferral(dispute: Dispute, asOf: CalendarDate): RightsFacts['mediationReferral'] {
  const m = dispute.mediation;
  if (!m?.fileCompletedAt) return null;
  // The 90 days are a legal period: counted from the day in Europe/Paris the file was complete,
  // as the decider counts them (values/instant.ts, periodOfDays).
  const referredOn = parisDateOf(m.fileCompletedAt);
  if (referredOn > asOf) return null;
  const lastDay = m.outcomeDueAt ? lastDayOf(m.outcomeDueAt) : null;
  const extended = lastDay !== null && lastDay > addDays(referredOn, MEDIATION_OUTCOME_DAYS);
  // A mediation that reached an agreement (a settlement, or an offer agreed while it ran) did not end
  // without one, whatever became of the dispute after (a failed remedy, then a closure).
  const closedOn = dispute.closure?.outcome === 'UNRESOLVED' && m.stage !== 'AGREED' ? parisDateOf(dispute.closure.at) : null;
  const ended = closedOn !== null && closedOn >= referredOn && closedOn <= asOf;
  // The agreement it reached (a settlement, or an offer accepted while it ran), known by `asOf`: its
  // outcome, no longer to come (until 2026-12-07 her rights read « la médiation doit aboutir au plus tard le … »).
  const agreedOn = m.stage === 'AGREED' ? mediationAgreedOn(dispute, m.requestedAt, referredOn, asOf) : null;
  return { referredOn, ...(extended && { extendedUntil: lastDay }), ...(ended && { endedOn: closedOn }), ...(agreedOn && { agreedOn }) };
}

/** The Paris day of the first agreement reached once the mediation was requested, on or before `asOf` (not before the referral's day). */
function mediationAgreedOn(dispute: Dispute, requestedAt: Instant, referredOn: CalendarDate, asOf: CalendarDate): CalendarDate | null {
  const agreements = [...dispute.remedyHistory, ...(dispute.agreement ? [dispute.agreement] : [])];
  const days = agreements.filter((a) => !isBefore(a.agreedAt, requestedAt)).map((a) => parisDateOf(a.agreedAt)).filter((on) => on <= asOf).sort();
  const first = days[0] ?? null;
  return first === null ? null : first < referredOn ? referredOn : first;
}

/** A request the mediator has not yet found admissible or not: the day it was made, in Paris (the decider counts its 21 days from it). */
function mediationRequested(dispute: Dispute, asOf: CalendarDate): Pick<RightsFacts, 'mediationRequestedOn'> {
  const m = dispute.mediation;
  if (m?.stage !== 'REQUESTED') return {};
  const requestedOn = parisDateOf(m.requestedAt);
  return requestedOn <= asOf ? { mediationRequestedOn: requestedOn } : {};
}

/**
 * The engine's facts for a filed dispute on `asOf`. Legal dates are days in Europe/Paris: a
 * claim filed at 00:30 in Paris on 1 March is a written complaint of 1 March.
 *
 * - The remedy asked for in the claim is the consumer's request (L217-10): a repair or
 *   replacement asked for on filing runs its 30 days from the filing, whatever is agreed later,
 *   and a replacement delivered while the repair she asked for was not done was imposed
 *   instead of it (L217-13 para. 2).
 * - A withdrawn claim asks for nothing from the day it was withdrawn: repairs and replacements
 *   not carried out are dropped, those carried out stay. So does an agreement on a refund, a price
 *   reduction or compensation from the day it was reached, unless it failed: the repair or
 *   replacement asked for on filing is no longer a request the seller must meet within 30 days.
 * - The agreed remedy standing on `asOf` is passed as `agreedRemedy` (its agreed last day, and the
 *   merchant's report that it carried it out with the consumer's day to confirm or contest it):
 *   the next step is then to receive it, or to confirm or contest the report (`agreedRemedy`).
 * - Agreed remedies: a repair agreed later than the claim is requested on the day it was
 *   agreed; the goods are taken to be handed over when agreed and back on the day the repair
 *   was confirmed or reported as not fixing; a repair not carried out stays uncompleted.
 * - The written complaint is the earliest the merchant received: the filing itself, the one
 *   declared in the claim, or a formal notice recorded as sent (mediation/written-complaint.ts).
 * - The amount claimed is the claim's, or the price for a refund; otherwise the engine says the
 *   price stands in for it.
 * - A written rejection of the claim is the seller's refusal (L217-14 1°), from its Paris day
 *   (see `remedyRefused`).
 * - The purchase's channel is the sale channel (`SALE_CHANNEL`): the withdrawal guidance says
 *   whether the 14 days are open, ended, or not given (a shop). Before 2026-12-05 it was not
 *   passed, and a dispute's guidance always read "if you bought at a distance".
 */
export function disputeRightsFacts(dispute: Dispute, asOf: CalendarDate, parties: DisputeParties = {}): RightsFacts {
  const { product, purchase, problem, commercialWarranty, requestedRemedy, amountClaimed } = dispute.claim;
  const remedies = agreedRemedies(dispute, asOf);
  const filedOn = parisDateOf(dispute.filedAt);
  const filed = filedOn <= asOf;

  const askedRepair = filed && requestedRemedy === 'REPAIR';
  const agreedRepairs = remedies.filter((r) => r.remedy === 'REPAIR');
  const repairs: RepairFact[] = agreedRepairs.map((r, i) => ({
    requestedOn: askedRepair && i === 0 ? filedOn : r.agreedOn,
    handedOverOn: r.agreedOn,
    ...(attemptMade(r) && { completedOn: r.ended!.on }),
  }));
  if (askedRepair && agreedRepairs.length === 0) repairs.push({ requestedOn: filedOn });

  const askedReplacement = filed && requestedRemedy === 'REPLACEMENT';
  const delivered = remedies.filter((r) => r.remedy === 'REPLACEMENT' && attemptMade(r));
  const replacements: ReplacementFact[] = delivered.map((r, i) => ({
    deliveredOn: r.ended!.on,
    requestedOn: askedReplacement && i === 0 ? filedOn : r.agreedOn,
  }));
  if (askedReplacement && delivered.length === 0) replacements.push({ requestedOn: filedOn });
  // A withdrawn claim asks for nothing any more: from the day she withdrew it, a repair or a
  // replacement not carried out is no longer a request the seller must meet within 30 days
  // (until 2026-12-07 her rights still told her to wait for it, the seller having until then).
  // What was carried out stays: it moves the warranty (L217-13).
  const withdrawn = dispute.withdrawal !== null && parisDateOf(dispute.withdrawal.at) <= asOf;
  // The same once a refund, a price reduction or compensation is agreed: she is to be paid, not to
  // wait for the repair (until 2026-12-07 her rights still read « Attendez la réparation demandée »).
  const superseded = withdrawn || moneyAgreed(remedies);
  const requested = {
    repairs: superseded ? repairs.filter((r) => Boolean(r.completedOn)) : repairs,
    replacements: superseded ? replacements.filter((r) => Boolean(r.deliveredOn)) : replacements,
  };
  const agreed = withdrawn ? null : agreedRemedy(remedies, asOf);

  const defectReappeared = remedies.some((r) => isInKind(r) && attemptMade(r) && r.ended!.failure !== null);
  const complainedOn = writtenComplaintOn(dispute, asOf);
  const claimAmount = amountClaimed ?? (requestedRemedy === 'REFUND' ? purchase.price : null);

  return {
    jurisdiction: jurisdictionOf(purchase.country),
    goodsCondition: product.condition,
    purchasedOn: purchase.purchasedOn,
    deliveredOn: purchase.deliveredOn,
    saleChannel: SALE_CHANNEL[purchase.channel],
    price: purchase.price,
    defectNoticedOn: problem.firstNoticedOn,
    ...(commercialWarranty && { commercialWarrantyMonths: commercialWarranty.months }),
    ...requested,
    ...(complainedOn <= asOf && { writtenComplaintOn: complainedOn }),
    mediationReferral: mediationReferral(dispute, asOf),
    ...mediationRequested(dispute, asOf),
    ...(agreed && { agreedRemedy: agreed }),
    defectReappeared,
    ...(remedyRefused(dispute, remedies, asOf) && { remedyRefused: true }),
    ...(claimAmount && { claimAmount }),
    // Her place's calendar; an erased postcode (her key destroyed) reads as not known.
    ...(dispute.consumerPostcode && /^\d{5}$/.test(dispute.consumerPostcode) && { consumerPostcode: dispute.consumerPostcode }),
    // The engine derives crossBorder from the two countries, and only when both are known.
    ...(parties.consumerCountry && parties.merchantCountry && { consumerCountry: parties.consumerCountry, merchantCountry: parties.merchantCountry }),
  };
}
