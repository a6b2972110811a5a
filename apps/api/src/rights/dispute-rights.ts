import {
  assessRights,
  dateOf,
  EU_MEMBER_STATES,
  type CalendarDate,
  type RepairFact,
  type ReplacementFact,
  type RightsFacts,
} from '@recours/consumer-law';
import type { AgreementState, Dispute, Remedy, RemedyFailure, RemedyRecord } from '@recours/disputes';
import { toRightsAssessmentView, type RightsAssessmentView } from './rights-assessment.view';

/** What the dispute itself does not record: where each party is, when known. */
export interface DisputeParties {
  consumerCountry?: string | null;
  merchantCountry?: string | null;
}

/**
 * FR has its own rules; another member state gets the Directive 2019/771 baseline (the rule
 * set's notes say national law may give more); anything else passes through so the engine
 * answers UNSUPPORTED_JURISDICTION instead of guessing.
 */
export function jurisdictionOf(purchaseCountry: string): string {
  if (purchaseCountry === 'FR') return 'FR';
  return EU_MEMBER_STATES.includes(purchaseCountry) ? 'EU' : purchaseCountry;
}

/** An agreed remedy as known on `asOf`: an outcome recorded later is not known yet. */
interface AgreedRemedy {
  remedy: Remedy;
  agreedOn: CalendarDate;
  /** `failure` is null for a remedy the consumer confirmed as fulfilled. */
  ended: { on: CalendarDate; failure: RemedyFailure | null } | null;
}

function agreedRemedies(dispute: Dispute, asOf: CalendarDate): AgreedRemedy[] {
  const all: [AgreementState, RemedyRecord | null][] = [
    ...dispute.remedyHistory.map((record): [AgreementState, RemedyRecord] => [record, record]),
    ...(dispute.agreement ? [[dispute.agreement, null] as [AgreementState, null]] : []),
  ];
  return all.flatMap(([agreement, record]) => {
    const agreedOn = dateOf(agreement.agreedAt);
    if (agreedOn > asOf) return [];
    const endedOn = record ? dateOf(record.at) : null;
    const ended = record && endedOn && endedOn <= asOf ? { on: endedOn, failure: record.outcome === 'FAILED' ? record.failure : null } : null;
    return [{ remedy: agreement.remedy, agreedOn, ended }];
  });
}

/** The goods were handed back after the attempt: fulfilled, or it did not fix / the defect came back. */
const attemptMade = (r: AgreedRemedy): boolean => r.ended !== null && r.ended.failure !== 'NOT_CARRIED_OUT';
const notCarriedOut = (r: AgreedRemedy): boolean => r.ended?.failure === 'NOT_CARRIED_OUT';
const isInKind = (r: AgreedRemedy): boolean => r.remedy === 'REPAIR' || r.remedy === 'REPLACEMENT';

/**
 * The engine's facts for a filed dispute on `asOf`. Repairs and replacements come from the
 * agreed remedies: a repair is requested on the day it was agreed and completed on the day it
 * was confirmed, or on the day it was reported as not fixing (the hand-back date itself is not
 * recorded); a repair not carried out stays uncompleted (L217-13 extends only a repaired good).
 */
export function disputeRightsFacts(dispute: Dispute, asOf: CalendarDate, parties: DisputeParties = {}): RightsFacts {
  const { product, purchase, problem, commercialWarranty, priorWrittenComplaintOn } = dispute.claim;
  const remedies = agreedRemedies(dispute, asOf);

  const repairs: RepairFact[] = remedies
    .filter((r) => r.remedy === 'REPAIR')
    .map((r) => ({ requestedOn: r.agreedOn, ...(attemptMade(r) && { completedOn: r.ended!.on }) }));

  const replacements: ReplacementFact[] = remedies
    .filter((r) => r.remedy === 'REPLACEMENT' && attemptMade(r))
    .map((r) => ({
      deliveredOn: r.ended!.on,
      // L217-13 para. 2: the consumer chose repair, the seller did not carry it out, and replaced.
      insteadOfRequestedRepair: remedies.some((x) => x.remedy === 'REPAIR' && notCarriedOut(x) && x.ended!.on <= r.agreedOn),
    }));

  const defectReappeared = remedies.some((r) => isInKind(r) && attemptMade(r) && r.ended!.failure !== null);

  // Filing on the platform is itself a written complaint to the merchant.
  const writtenComplaintOn = priorWrittenComplaintOn ?? dateOf(dispute.filedAt);

  return {
    jurisdiction: jurisdictionOf(purchase.country),
    goodsCondition: product.condition,
    purchasedOn: purchase.purchasedOn,
    deliveredOn: purchase.deliveredOn,
    price: purchase.price,
    defectNoticedOn: problem.firstNoticedOn,
    ...(commercialWarranty && { commercialWarrantyMonths: commercialWarranty.months }),
    repairs,
    replacements,
    ...(writtenComplaintOn <= asOf && { writtenComplaintOn }),
    defectReappeared,
    claimAmount: purchase.price,
    // The engine derives crossBorder from the two countries, and only when both are known.
    ...(parties.consumerCountry && parties.merchantCountry && { consumerCountry: parties.consumerCountry, merchantCountry: parties.merchantCountry }),
  };
}

/**
 * The rights of the consumer of a filed dispute on `asOf`, in the shape the `RightsAssessment`
 * GraphQL type resolves. Throws RightsInputError only for an `asOf` before the claim's own dates
 * (purchase, delivery, defect noticed); later facts (remedies, the filing) are left out.
 */
export function assessDisputeRights(dispute: Dispute, asOf: CalendarDate, parties: DisputeParties = {}): RightsAssessmentView {
  return toRightsAssessmentView(assessRights(disputeRightsFacts(dispute, asOf, parties), asOf));
}
