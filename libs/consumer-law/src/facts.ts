import type { CalendarDate } from './calendar/calendar-date';
import type { Money } from './money';

export type GoodsCondition = 'NEW' | 'USED';

/** A repair the consumer asked for under the legal conformity warranty. */
export interface RepairFact {
  requestedOn: CalendarDate;
  /** Absent while the repair is still pending. */
  completedOn?: CalendarDate | null;
}

/** Goods delivered to replace the original ones. */
export interface ReplacementFact {
  deliveredOn: CalendarDate;
  /** The consumer had asked for a repair and the seller replaced instead (FR L217-13 para. 2). */
  insteadOfRequestedRepair: boolean;
}

/**
 * What happened, as the consumer and the merchant's records say. Dates are calendar dates
 * (YYYY-MM-DD); optional fields accept null so a GraphQL input can be passed as is.
 */
export interface RightsFacts {
  /** 'FR' or 'EU' (Directive 2019/771 baseline); anything else is answered UNSUPPORTED_JURISDICTION. */
  jurisdiction: string;
  goodsCondition: GoodsCondition;
  /** Date the contract was concluded: it selects the dated rule set. */
  purchasedOn: CalendarDate;
  deliveredOn: CalendarDate;
  price: Money;
  /** Date the lack of conformity became apparent to the consumer. */
  defectNoticedOn: CalendarDate;
  /** Length of the commercial warranty, counted from delivery. */
  commercialWarrantyMonths?: number | null;
  repairs?: readonly RepairFact[] | null;
  replacements?: readonly ReplacementFact[] | null;
  /** Date of the consumer's written complaint to the merchant (réclamation écrite). */
  writtenComplaintOn?: CalendarDate | null;
  /** The seller refused to repair or replace. */
  remedyRefused?: boolean | null;
  /** Repair and replacement are both impossible or disproportionate. */
  remedyImpossible?: boolean | null;
  /** The defect came back after a repair or replacement. */
  defectReappeared?: boolean | null;
  /** The defect is so serious that an immediate price reduction or refund is justified. */
  seriousDefect?: boolean | null;
  /** The seller has shown the defect is minor: no refund (termination), price reduction only. */
  minorDefect?: boolean | null;
  /** Amount the consumer claims in court; defaults to the price. */
  claimAmount?: Money | null;
  /** Set when the countries are not known; derived from them otherwise. */
  crossBorder?: boolean | null;
  /** ISO 3166-1 alpha-2 country of residence of the consumer. */
  consumerCountry?: string | null;
  /** ISO 3166-1 alpha-2 country where the merchant is established. */
  merchantCountry?: string | null;
}
