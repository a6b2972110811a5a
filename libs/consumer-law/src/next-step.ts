import type {
  CommercialWarranty,
  CourtPath,
  HiddenDefectsAction,
  LegalWarranty,
  LimitationClock,
  Mediation,
  PresumptionOfDefect,
  RemedyKind,
  RemedyOption,
  RepairDeadline,
} from './assessment';
import { addDays, type CalendarDate } from './calendar/calendar-date';
import type { RenderedMessage } from './messages/message';
import type { Renderer } from './messages/renderer';
import type { ValidFacts } from './validate-facts';

export interface NextStepInput {
  facts: ValidFacts;
  /** The day the step is given on: a mediation's outcome due before it is overdue, not to come. */
  asOf: CalendarDate;
  jurisdiction: string;
  legalWarranty: LegalWarranty;
  presumptionOfDefect: PresumptionOfDefect;
  commercialWarranty: CommercialWarranty;
  remedies: RemedyOption[];
  repairDeadline: RepairDeadline | null;
  mediation: Mediation;
  courtPath: CourtPath;
  limitation: LimitationClock[];
  hiddenDefects: HiddenDefectsAction | null;
}

function outOfWarranty(input: NextStepInput, r: Renderer): RenderedMessage[] {
  const { facts, legalWarranty, commercialWarranty, hiddenDefects } = input;
  // An agreement binds whatever warranty led to it: its step, then the mediator or the court while
  // it stands; nothing once carried out (until 2026-12-07 an agreement was not looked at here, and
  // her rights read « Faites jouer la garantie commerciale … » or « Demandez … un devis » after it).
  const step = agreed(input, r, false);
  if (step) return facts.agreedRemedy?.fulfilledOn ? [step] : [step, escalation(input, r)];
  if (commercialWarranty.applies) {
    const steps = [r.say('next.commercialWarranty', { until: commercialWarranty.expiresOn!, legalEnded: legalWarranty.expiresOn })];
    // The hidden-defects action runs beside the commercial warranty, and the formal notice rests on
    // it: both remedies are named while both are open (an ended action is no step to take).
    if (hiddenDefects?.open && hiddenDefects.until) steps.push(r.say('next.hiddenDefects', { until: hiddenDefects.until, runsFrom: hiddenDefects.discoveredOn! }));
    return steps;
  }
  const steps = [r.say('next.noWarranty', { noticedOn: facts.defectNoticedOn, legalEnded: legalWarranty.expiresOn })];
  // Outside the conformity warranty, French law still has the hidden-defects action.
  if (hiddenDefects?.until) {
    steps.push(r.say(hiddenDefects.open ? 'next.hiddenDefects' : 'next.hiddenDefects.closed', { until: hiddenDefects.until, runsFrom: hiddenDefects.discoveredOn! }));
  }
  return steps;
}

/** Paid in money: agreed, it leaves no repair or replacement to wait for (the dispute library drops those pending). */
const MONEY = ['PRICE_REDUCTION', 'REFUND', 'COMPENSATION'] as const;
const isMoney = (remedy: string): remedy is (typeof MONEY)[number] => (MONEY as readonly string[]).includes(remedy);

/**
 * The agreed remedy carried out and confirmed: nothing more to ask (a repair's defect coming back
 * opens a price reduction or a refund). Paid in money and reported not carried out by her: the
 * agreed sum is owed, her step a formal notice citing the agreement (the mediator or the court
 * follow, `escalation`). A standing agreed remedy: reported carried out, hers to confirm or contest by its day (any
 * remedy); paid in money, to receive by its agreed day, then overdue. Null for an agreed repair
 * or replacement not reported, or reported not carried out: its request's period speaks
 * (`repairDeadline`), then L217-14 2° (price reduction or refund).
 *
 * Outside the legal warranty (`legal` false: its two years over, or a commercial warranty's
 * dispute) the agreement binds all the same, and none of the legal warranty's rules speaks: an
 * agreed repair or replacement is awaited by its agreed day, then overdue (no L217-10 period), and
 * once carried out (confirmed or deemed) nothing is asked of her, not « si le défaut réapparaît,
 * … une réduction du prix ou un remboursement » (L217-14, the legal warranty's).
 */
function agreed({ facts, asOf }: NextStepInput, r: Renderer, legal = true): RenderedMessage | null {
  const a = facts.agreedRemedy;
  if (!a) return null;
  if (a.fulfilledOn && a.deemed && a.reportedCarriedOutOn && a.confirmationDueOn) {
    // She did not answer the report: it counts as carried out, which she did not confirm (until 2026-12-07, « ce qui a été confirmé le … »).
    const params = { remedy: a.remedy, reportedCarriedOutOn: a.reportedCarriedOutOn, confirmationDueOn: a.confirmationDueOn, fulfilledOn: a.fulfilledOn };
    return r.say(isMoney(a.remedy) || !legal ? 'next.agreedDeemed' : 'next.agreedDeemed.inKind', params);
  }
  if (a.fulfilledOn) return r.say(isMoney(a.remedy) || !legal ? 'next.agreedFulfilled' : 'next.agreedFulfilled.inKind', { remedy: a.remedy, fulfilledOn: a.fulfilledOn });
  if (a.notCarriedOutOn && isMoney(a.remedy)) {
    // Her words, the day she said it; the merchant's report she contested, when there was one; the sum when agreed.
    const params = {
      remedy: a.remedy,
      agreedOn: a.agreedOn,
      dueOn: a.dueOn,
      notCarriedOutOn: a.notCarriedOutOn,
      ...(a.reportedCarriedOutOn && { reportedCarriedOutOn: a.reportedCarriedOutOn }),
      ...(a.amount && { amount: a.amount.amount, currency: a.amount.currency }),
    };
    return r.say(a.dueOn < asOf ? 'next.agreedNotCarriedOut' : 'next.agreedNotCarriedOut.notYetDue', params);
  }
  if (a.reportedCarriedOutOn && a.confirmationDueOn) {
    return r.say('next.confirmCarriedOut', { remedy: a.remedy, reportedCarriedOutOn: a.reportedCarriedOutOn, confirmationDueOn: a.confirmationDueOn });
  }
  if (!isMoney(a.remedy) && legal) return null;
  return r.say(a.dueOn < asOf ? `next.agreedOverdue.${a.remedy}` : `next.agreed.${a.remedy}`, { agreedOn: a.agreedOn, dueOn: a.dueOn });
}

/**
 * The agreed remedy as it stands on `asOf`: reported carried out and her last day to answer gone by,
 * it counts as carried out (`deemed`, from the day after) though the deadline process has not yet
 * recorded it; until 2026-12-07 her rights then still read « confirmez-le … au plus tard le … », a day past.
 */
function agreedAsOf(a: ValidFacts['agreedRemedy'], asOf: CalendarDate): ValidFacts['agreedRemedy'] {
  if (!a || a.fulfilledOn || a.notCarriedOutOn || !a.reportedCarriedOutOn || !a.confirmationDueOn || a.confirmationDueOn >= asOf) return a;
  return { ...a, fulfilledOn: addDays(a.confirmationDueOn, 1), deemed: true };
}

function request(input: NextStepInput, r: Renderer): RenderedMessage {
  const step = agreed(input, r);
  if (step) return step;
  const available = (kind: RemedyKind) => input.remedies.some((o) => o.remedy === kind && o.available);
  const deadline = input.repairDeadline;
  if (available('PRICE_REDUCTION')) return r.say(available('REFUND') ? 'next.reductionOrRefund' : 'next.reductionOnly');
  if (deadline?.dueOn) return r.say(`next.wait.${deadline.remedy}`, { requestedOn: deadline.requestedOn, dueOn: deadline.dueOn });
  if (deadline) return r.say(`next.reasonableTime.${deadline.remedy}`, { requestedOn: deadline.requestedOn });
  return r.say('next.askRepairOrReplace');
}

function escalation({ facts, asOf, mediation, courtPath }: NextStepInput, r: Renderer): RenderedMessage {
  // Referred already: the step is the mediation's outcome, not « refer it by … »; once its day has
  // passed without one (R612-5), the court, which the mediation tried counts as the attempt of CPC 750-1 before.
  const referral = facts.mediationReferral;
  // Ended without an agreement (the dispute closed unresolved): its outcome is awaited no more, the court is next.
  if (referral?.endedOn) return r.say('next.mediationEnded', { referredOn: referral.referredOn, endedOn: referral.endedOn });
  // Its outcome an agreement: awaited no more, nor overdue (until 2026-12-07, « la médiation doit aboutir au plus tard le … »).
  if (referral?.agreedOn) return r.say('next.mediationAgreed', { referredOn: referral.referredOn, agreedOn: referral.agreedOn });
  if (referral && mediation.outcomeDueOn && mediation.outcomeDueOn < asOf) return r.say('next.mediationOverdue', { referredOn: referral.referredOn, outcomeDueOn: mediation.outcomeDueOn });
  if (referral) return mediation.outcomeDueOn ? r.say('next.mediationUnderway', { referredOn: referral.referredOn, outcomeDueOn: mediation.outcomeDueOn }) : r.say('next.mediationUnderway.noDate', { referredOn: referral.referredOn });
  // Requested, admissibility not yet decided: the request is the mediator's to answer, within three weeks in France (L612-2).
  const requestedOn = facts.mediationRequestedOn;
  if (requestedOn) {
    return mediation.admissibilityNoticeDays
      ? r.say('next.mediationRequested', { requestedOn, decisionDueOn: addDays(requestedOn, mediation.admissibilityNoticeDays) })
      : r.say('next.mediationRequested.noDate', { requestedOn });
  }
  if (!mediation.complaintOn) return r.say('next.writeFirst');
  if (mediation.eligible) return r.say('next.mediator', { lapsesOn: mediation.lapsesOn! });
  const court = courtPath.amicableAttemptRequired ? 'conciliation' : courtPath.europeanSmallClaims ? 'smallClaims' : 'court';
  return r.say(`next.mediationClosed.${court}`, { lapsesOn: mediation.lapsesOn! });
}

/**
 * Which limitation clock runs and until when. After an agreed repair or replacement carried out,
 * information for a defect that comes back, not a step (`settledInKind`).
 */
function clock({ limitation }: NextStepInput, r: Renderer, settledInKind = false): RenderedMessage[] {
  const conformity = limitation.find((c) => c.action === 'CONFORMITY' && c.until);
  if (!conformity) return [];
  const key = !conformity.running ? 'next.clock.closed' : settledInKind ? 'next.clock.ifDefectReturns' : 'next.clock';
  return [r.say(key, { until: conformity.until!, runsFrom: conformity.runsFrom! })];
}

/**
 * The recommendation, sentence by sentence: what to ask for, where to turn if refused, which clock runs.
 *
 * The agreed remedy counted as carried out (confirmed, or deemed: `agreedAsOf`), nothing follows it
 * as a step: not « si le vendeur ne règle pas le litige, saisissez … », nor « Rassemblez des preuves … ».
 * Paid in money, « ce litige n’appelle plus de démarche de votre part » is the whole of it: the time to
 * go to court is not said (until 2026-12-07 « Le délai pour agir en justice court jusqu’au … »
 * followed it, a step still to take); a repair or a replacement says that time for the defect, should it come back.
 */
export function recommendNextStep(input: NextStepInput, r: Renderer): RenderedMessage[] {
  const agreedRemedy = agreedAsOf(input.facts.agreedRemedy, input.asOf);
  const asOfToday = agreedRemedy === input.facts.agreedRemedy ? input : { ...input, facts: { ...input.facts, agreedRemedy } };
  if (!input.legalWarranty.applies) return outOfWarranty(asOfToday, r);
  if (agreedRemedy?.fulfilledOn) {
    return isMoney(agreedRemedy.remedy) ? [request(asOfToday, r)] : [request(asOfToday, r), ...clock(asOfToday, r, true)];
  }
  const steps = [request(asOfToday, r), escalation(asOfToday, r), ...clock(asOfToday, r)];
  if (!input.presumptionOfDefect.applies) steps.push(r.say('next.gatherEvidence', { until: input.presumptionOfDefect.until }));
  return steps;
}
