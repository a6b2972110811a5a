import type { CalendarDate } from './calendar/calendar-date';
import type { ConsumerPlace, PlaceSource } from './calendar/consumer-place';
import type { SupportedJurisdiction } from './jurisdiction';
import type { RenderedMessage } from './messages/message';
import type { Money } from './money';

/**
 * The answer of assessRights. Every item cites the article(s) it applies: `basis` as text in
 * the reader's language, `citations` as codes. Every sentence is given twice: as text
 * (`reason`, `explanation`, `nextStep`...) and as codes with parameters (`reasonMessage`...),
 * so a client can render its own words. Shapes are GraphQL-friendly: plain objects,
 * YYYY-MM-DD strings, and null only where the law sets no value.
 */
export type RightsAnswer = RightsAssessment | RightsNotAssessed;

/** The legal source(s) of an item. */
export interface Cited {
  /** The citations joined, in the reader's language. */
  basis: string;
  citations: RenderedMessage[];
}

export interface RightsAssessment {
  kind: 'ASSESSED';
  asOf: CalendarDate;
  jurisdiction: SupportedJurisdiction;
  ruleSet: AppliedRuleSet;
  /** Which law the answer applies and why (the caller's choice, or the consumer's own law under Rome I art. 6). */
  applicableLaw: ApplicableLaw;
  /** Whose days the deadlines count: where the consumer lives, or metropolitan France by default, said in words. */
  calendar: DeadlineCalendar;
  legalWarranty: LegalWarranty;
  presumptionOfDefect: PresumptionOfDefect;
  commercialWarranty: CommercialWarranty;
  remedies: RemedyOption[];
  /** The pending repair or replacement request, if any. */
  repairDeadline: RepairDeadline | null;
  notification: NotificationDuty;
  limitation: LimitationClock[];
  /** The hidden-defects action (FR, C. civ. 1641 ff.) once the legal warranty does not cover the defect; null otherwise. */
  hiddenDefects: HiddenDefectsAction | null;
  mediation: Mediation;
  courtPath: CourtPath;
  /** The guide's questions the law answers for this case (FAQ), each with its basis. */
  guidance: GuidanceItem[];
  /** A recommended next step, in the reader's language. */
  nextStep: string;
  nextStepMessages: RenderedMessage[];
}

export type NotAssessedCode = 'UNSUPPORTED_JURISDICTION' | 'CONTRACT_DATE_NOT_COVERED' | 'DIGITAL_CONTENT_NOT_ASSESSED';

/** The engine declines rather than guesses. */
export interface RightsNotAssessed {
  kind: 'NOT_ASSESSED';
  code: NotAssessedCode;
  jurisdiction: string;
  message: string;
  messageDetail: RenderedMessage;
}

export interface AppliedRuleSet {
  id: string;
  title: string;
  appliesToContractsFrom: CalendarDate;
  /** Caveats a reader must know, e.g. a directive not yet transposed, the date sources were checked. */
  notes: string[];
  titleMessage: RenderedMessage;
  noteMessages: RenderedMessage[];
}

/**
 * The calendar of every date the answer gives: its last days end at midnight in `timeZone`
 * (`asOf` is a day there), and the withdrawal period moves past the place's public holidays.
 */
export interface DeadlineCalendar extends Cited {
  place: ConsumerPlace;
  /** IANA time zone, such as Indian/Reunion. */
  timeZone: string;
  /** POSTCODE, or metropolitan France by DEFAULT (no postcode) or for a place NOT_ENCODED. */
  source: PlaceSource;
  reason: string;
  reasonMessage: RenderedMessage;
}

export interface ApplicableLaw extends Cited {
  jurisdiction: SupportedJurisdiction;
  reason: string;
  reasonMessage: RenderedMessage;
}

export interface LegalWarranty extends Cited {
  /** True when the defect became apparent on or before expiresOn (or, in a digital element, digitalElementsUntil). */
  applies: boolean;
  /** Last day covered (CPC art. 641: the end day is included). */
  expiresOn: CalendarDate;
  /** Delivery of the goods, or of a replacement that restarted the period. */
  runsFrom: CalendarDate;
  /** Months added by repairs. */
  extensionMonths: number;
  /** Days added because the goods were immobilised for a repair or replacement under the warranty. */
  suspensionDays: number;
  /** The national law sets no end: expiresOn is the directive's two-year floor (NL). */
  endIsMinimum: boolean;
  /** Last day the continuously supplied digital elements are covered, when longer than the warranty. */
  digitalElementsUntil: CalendarDate | null;
}

export interface PresumptionOfDefect extends Cited {
  /** True when the defect became apparent on or before `until`: the seller must then prove it was not there at delivery. */
  applies: boolean;
  until: CalendarDate;
}

export interface CommercialWarranty extends Cited {
  applies: boolean;
  /** Null when no commercial warranty was given. */
  expiresOn: CalendarDate | null;
  /** Days added by immobilisations of 7 days or more for repairs it covered (FR L217-28). */
  extensionDays: number;
}

export type RemedyKind = 'REPAIR' | 'REPLACEMENT' | 'PRICE_REDUCTION' | 'REFUND' | 'COMPENSATION';

export interface RemedyOption extends Cited {
  remedy: RemedyKind;
  available: boolean;
  reason: string;
  reasonMessage: RenderedMessage;
}

export interface RepairDeadline extends Cited {
  /** REPAIR or REPLACEMENT: what is awaited. */
  remedy: 'REPAIR' | 'REPLACEMENT';
  requestedOn: CalendarDate;
  /** Last day for the seller to complete it; null where the law only says "reasonable time". */
  dueOn: CalendarDate | null;
  /** True from the day after dueOn. */
  overdue: boolean;
}

export interface NotificationDuty extends Cited {
  /** Whether the consumer must notify the seller within a period; null when not assessed. */
  required: boolean | null;
  /** Last day a notice is in time (or always in time, for "reasonable time" laws). */
  notifyBy: CalendarDate | null;
  reason: string;
  reasonMessage: RenderedMessage;
}

export interface LimitationClock extends Cited {
  /** CONFORMITY, HIDDEN_DEFECTS, or NOT_ASSESSED when the national limitation was not sourced. */
  action: 'CONFORMITY' | 'HIDDEN_DEFECTS' | 'NOT_ASSESSED';
  runsFrom: CalendarDate | null;
  /** Last day to bring the action; null when it cannot be computed. */
  until: CalendarDate | null;
  /** Still open on asOf; null when not computed. */
  running: boolean | null;
  reason: string;
  reasonMessage: RenderedMessage;
}

/**
 * The hidden-defects action (C. civ. 1641: a defect hidden at the sale that makes the goods unfit
 * for their use), pointed to when the legal conformity warranty does not cover the defect.
 * `basis`: 1641 and 1648 (two years from discovery).
 */
export interface HiddenDefectsAction extends Cited {
  /** Still open on asOf (the HIDDEN_DEFECTS clock); null when it cannot be computed. */
  open: boolean | null;
  /** The day the defect was discovered (the consumer first noticed it), which the two years run from; null when unknown. */
  discoveredOn: CalendarDate | null;
  /** Last day to bring the action; null when it cannot be computed. */
  until: CalendarDate | null;
  /** What C. civ. 1644 lets the buyer choose: return the goods and have the price back (REFUND), or keep them and have part of it back (PRICE_REDUCTION). */
  remedies: HiddenDefectsRemedy[];
  /**
   * What C. civ. 1645 adds: the seller who knew the defects owes, besides the price, all damages;
   * and a professional seller is deemed to know them, irrebuttably (settled case law of the Cour
   * de cassation, 1965 to 2023). Given whenever the action is pointed to: the engine assesses
   * consumer sales, whose seller is a professional (docs/consumer-law.md, item 24).
   */
  damages: HiddenDefectsDamages;
}

export interface HiddenDefectsDamages extends Cited {
  /** The seller is deemed to know the defect and cannot prove otherwise: true for the professional seller of a consumer sale. */
  sellerDeemedToKnow: boolean;
  /** In the reader's language: deemed to know it, the seller owes all damages on top of the price (or part of it) given back. */
  reason: string;
  reasonMessage: RenderedMessage;
}

export interface HiddenDefectsRemedy extends Cited {
  remedy: 'REFUND' | 'PRICE_REDUCTION';
}

export interface Mediation extends Cited {
  eligible: boolean;
  /** Last day a referral to the mediator is admissible; null before any written complaint. */
  lapsesOn: CalendarDate | null;
  /** The earliest written complaint, which opens the window. */
  complaintOn: CalendarDate | null;
  reason: string;
  reasonMessage: RenderedMessage;
  /** Days the mediator has to notify a refusal of admissibility (three weeks from receiving the file, L612-2, last paragraph); null outside FR. */
  admissibilityNoticeDays: number | null;
  /** Last day of the 90 days of R612-5 (or of the extension recorded), once referred. */
  outcomeDueOn: CalendarDate | null;
  outcomeExtended: boolean;
}

export interface CourtPath extends Cited {
  claimAmount: Money;
  /** No amount claimed was given: the price stands in for it. */
  claimAmountIsPrice: boolean;
  /** The country of the court seised; null when unknown. */
  courtCountry: string | null;
  /** A French court: an amicable attempt must precede a claim of EUR 5,000 or less. Null when not assessable. */
  amicableAttemptRequired: boolean | null;
  /** The European Small Claims Procedure is open. Null when not assessable (non-EUR amount). */
  europeanSmallClaims: boolean | null;
  explanation: string;
  explanationMessages: RenderedMessage[];
}

export type GuidanceTopic =
  | 'OUT_OF_WARRANTY_REPAIR'
  | 'SPARE_PARTS'
  | 'REPAIR_BONUS'
  | 'WITHDRAWAL'
  | 'PROOF_OF_PURCHASE'
  | 'SELLER_ANSWERS'
  | 'OBSTRUCTION_FINE'
  | 'DURABILITY_GUARANTEE';

/** One of the guide's questions, answered for this case. */
export interface GuidanceItem extends Cited {
  topic: GuidanceTopic;
  /** The item bears on this case now. */
  applies: boolean;
  /** True where recours applies its own policy rather than the law: the text says so. */
  platformRule: boolean;
  text: string;
  message: RenderedMessage;
}
