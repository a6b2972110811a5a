import type {
  CommercialWarranty,
  CourtPath,
  LegalWarranty,
  Mediation,
  PresumptionOfDefect,
  RemedyKind,
  RemedyOption,
  RepairDeadline,
} from './assessment';
import type { SupportedJurisdiction } from './jurisdiction';
import type { ValidFacts } from './validate-facts';

export interface NextStepInput {
  facts: ValidFacts;
  jurisdiction: SupportedJurisdiction;
  legalWarranty: LegalWarranty;
  presumptionOfDefect: PresumptionOfDefect;
  commercialWarranty: CommercialWarranty;
  remedies: RemedyOption[];
  repairDeadline: RepairDeadline | null;
  mediation: Mediation;
  courtPath: CourtPath;
}

function outOfWarranty({ facts, jurisdiction, legalWarranty, commercialWarranty }: NextStepInput): string {
  if (commercialWarranty.applies) {
    return `Claim under the commercial warranty, which runs until ${commercialWarranty.expiresOn}, following the procedure in the warranty document; the legal conformity warranty ended on ${legalWarranty.expiresOn}.`;
  }
  // Outside the conformity warranty, French law still has the hidden-defects action.
  const hidden =
    jurisdiction === 'FR'
      ? ' If the defect was hidden when you bought the goods, the hidden-defects warranty (Code civil art. 1641 and 1648, two years from discovery) may still apply.'
      : '';
  return `No warranty covers a defect noticed on ${facts.defectNoticedOn}: the legal conformity warranty ended on ${legalWarranty.expiresOn}. Ask the seller for a quote for a paid repair.${hidden}`;
}

function request(input: NextStepInput): string {
  const available = (kind: RemedyKind) => input.remedies.some((r) => r.remedy === kind && r.available);
  const deadline = input.repairDeadline;
  if (available('PRICE_REDUCTION')) {
    return available('REFUND')
      ? 'Ask the seller in writing for a price reduction, or for a full refund against return of the goods.'
      : 'Ask the seller in writing for a price reduction (the defect is minor, so no refund).';
  }
  if (deadline?.dueOn) {
    return `Wait for the repair requested on ${deadline.requestedOn}: the seller has until ${deadline.dueOn}; if it is not done by then, you may ask for a price reduction or a refund.`;
  }
  if (deadline) {
    return `The seller must complete the repair requested on ${deadline.requestedOn} within a reasonable time, free of charge; if it drags on, write that you want a price reduction or a refund instead.`;
  }
  return 'Ask the seller in writing to repair or replace the goods, free of charge including shipping.';
}

function escalation({ facts, mediation, courtPath }: NextStepInput): string {
  if (!facts.writtenComplaintOn) {
    return 'Make every request in writing and keep a copy: a written complaint opens the one-year window for consumer mediation.';
  }
  if (mediation.eligible) {
    return `If the seller does not settle, refer the dispute to the consumer mediator by ${mediation.lapsesOn}.`;
  }
  const court = courtPath.amicableAttemptRequired
    ? 'before going to court, try conciliation with a conciliateur de justice (free), which art. 750-1 CPC requires for claims of EUR 5,000 or less.'
    : courtPath.europeanSmallClaims
      ? 'the European Small Claims Procedure is open for this cross-border claim.'
      : 'what remains is a claim before the court.';
  return `The mediation window closed on ${mediation.lapsesOn}; ${court}`;
}

/** One recommendation in plain English: what to ask for, then where to turn if refused. */
export function recommendNextStep(input: NextStepInput): string {
  if (!input.legalWarranty.applies) return outOfWarranty(input);
  const steps = [request(input), escalation(input)];
  if (!input.presumptionOfDefect.applies) {
    steps.push(`Gather evidence that the defect existed at delivery: the presumption in your favour ended on ${input.presumptionOfDefect.until}.`);
  }
  return steps.join(' ');
}
