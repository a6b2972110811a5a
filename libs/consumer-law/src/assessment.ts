import type { CalendarDate } from './calendar/calendar-date';
import type { SupportedJurisdiction } from './jurisdiction';
import type { Money } from './money';

/**
 * The answer of assessRights. Every item carries `basis`, the article(s) it applies, so a
 * person can check it. Shapes are GraphQL-friendly: plain objects, YYYY-MM-DD strings, and
 * null only where the law sets no value (e.g. no fixed repair deadline in the EU baseline).
 */
export type RightsAnswer = RightsAssessment | RightsNotAssessed;

export interface RightsAssessment {
  kind: 'ASSESSED';
  asOf: CalendarDate;
  jurisdiction: SupportedJurisdiction;
  ruleSet: AppliedRuleSet;
  legalWarranty: LegalWarranty;
  presumptionOfDefect: PresumptionOfDefect;
  commercialWarranty: CommercialWarranty;
  remedies: RemedyOption[];
  /** The pending repair request, if any. */
  repairDeadline: RepairDeadline | null;
  mediation: Mediation;
  courtPath: CourtPath;
  /** A recommended next step, in plain English. */
  nextStep: string;
}

export type NotAssessedCode = 'UNSUPPORTED_JURISDICTION' | 'CONTRACT_DATE_NOT_COVERED';

/** The engine declines rather than guesses. */
export interface RightsNotAssessed {
  kind: 'NOT_ASSESSED';
  code: NotAssessedCode;
  jurisdiction: string;
  message: string;
}

export interface AppliedRuleSet {
  id: string;
  title: string;
  appliesToContractsFrom: CalendarDate;
  /** Caveats a reader must know, e.g. a directive not yet transposed. */
  notes: string[];
}

export interface LegalWarranty {
  /** True when the defect became apparent on or before expiresOn. */
  applies: boolean;
  /** Last day covered (CPC art. 641: the end day is included). */
  expiresOn: CalendarDate;
  /** Delivery of the goods, or of a replacement that restarted the period. */
  runsFrom: CalendarDate;
  /** Months added by repairs. */
  extensionMonths: number;
  basis: string;
}

export interface PresumptionOfDefect {
  /** True when the defect became apparent on or before `until`: the seller must then prove it was not there at delivery. */
  applies: boolean;
  until: CalendarDate;
  basis: string;
}

export interface CommercialWarranty {
  applies: boolean;
  /** Null when no commercial warranty was given. */
  expiresOn: CalendarDate | null;
  basis: string;
}

export type RemedyKind = 'REPAIR' | 'REPLACEMENT' | 'PRICE_REDUCTION' | 'REFUND' | 'COMPENSATION';

export interface RemedyOption {
  remedy: RemedyKind;
  available: boolean;
  reason: string;
  basis: string;
}

export interface RepairDeadline {
  requestedOn: CalendarDate;
  /** Last day for the seller to complete the repair; null where the law only says "reasonable time". */
  dueOn: CalendarDate | null;
  /** True from the day after dueOn. */
  overdue: boolean;
  basis: string;
}

export interface Mediation {
  eligible: boolean;
  /** Last day a referral to the mediator is admissible; null before any written complaint. */
  lapsesOn: CalendarDate | null;
  reason: string;
  basis: string;
}

export interface CourtPath {
  claimAmount: Money;
  /** FR: an amicable attempt must precede a court claim of EUR 5,000 or less. Null when not assessable. */
  amicableAttemptRequired: boolean | null;
  /** The European Small Claims Procedure is open. Null when not assessable (non-EUR amount). */
  europeanSmallClaims: boolean | null;
  explanation: string;
  basis: string;
}
