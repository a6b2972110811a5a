import type { CalendarDate } from './calendar/calendar-date';
import type { Money } from './money';

export type GoodsCondition = 'NEW' | 'USED';

/** How the contract was made: the 14-day withdrawal right (L221-18) exists for the first two only. */
export type SaleChannel = 'DISTANCE' | 'OFF_PREMISES' | 'ON_PREMISES';

/** What was sold: goods (with or without digital elements), or digital content or a digital service alone. */
export type SupplyKind = 'GOODS' | 'DIGITAL_CONTENT_OR_SERVICE';

/** A repair the consumer asked for. */
export interface RepairFact {
  requestedOn: CalendarDate;
  /** The day the repaired goods were back with the consumer; absent while the repair is pending. */
  completedOn?: CalendarDate | null;
  /** The day the goods were handed over for the repair; defaults to the request (L217-28 counts from the later of the two). */
  handedOverOn?: CalendarDate | null;
  /** Made under the commercial warranty; by default, when requested while it ran. */
  underCommercialWarranty?: boolean | null;
}

/** A replacement of the goods, asked for or imposed. */
export interface ReplacementFact {
  /** Absent while the replacement is awaited. */
  deliveredOn?: CalendarDate | null;
  /** When the replacement was asked for: the 30 days of L217-10 run from it. */
  requestedOn?: CalendarDate | null;
  /**
   * The consumer had asked for a repair and the seller replaced instead (FR L217-13 para. 2).
   * When not given: true if a repair request was still pending when the replacement was delivered.
   */
  insteadOfRequestedRepair?: boolean | null;
  /** The day the defective goods were handed over, when they were (the legal warranty is suspended until the replacement). */
  handedOverOn?: CalendarDate | null;
}

/** The referral to a consumer mediator (R612-5): its 90 days, and an extension the mediator recorded. */
export interface MediationReferralFact {
  /** The day the parties were notified that the mediator received the complete file. */
  referredOn: CalendarDate;
  /** The new last day set by the mediator for a complex dispute (R612-5), as recorded by the mediation process. */
  extendedUntil?: CalendarDate | null;
  /** The day the mediation ended without an agreement (the dispute closed unresolved): its outcome is no longer awaited. */
  endedOn?: CalendarDate | null;
  /** The day the mediation reached an agreement (a settlement, or an offer accepted while it ran): that was its outcome. */
  agreedOn?: CalendarDate | null;
}

/**
 * A remedy the parties agreed on, as a dispute records it: standing (neither confirmed nor reported
 * failed), the next step is to receive it by its agreed day, or, once the merchant reports it
 * carried out, to confirm it or say it was not; carried out and confirmed (`fulfilledOn`); or, paid
 * in money, reported not carried out by the consumer (`notCarriedOutOn`): the agreed sum is still
 * owed. Given by the dispute library only (`disputeRightsFacts`): the calculator's GraphQL input
 * has no field for it.
 */
export interface AgreedRemedyFact {
  remedy: 'REPAIR' | 'REPLACEMENT' | 'PRICE_REDUCTION' | 'REFUND' | 'COMPENSATION';
  agreedOn: CalendarDate;
  /** The last day agreed to carry it out (a refund paid, a price reduction paid back…). */
  dueOn: CalendarDate;
  /** The day the merchant says it carried the remedy out, once it reported so. */
  reportedCarriedOutOn?: CalendarDate | null;
  /** The last day for the consumer to confirm the report or say the remedy was not carried out. */
  confirmationDueOn?: CalendarDate | null;
  /** The day the remedy counted as carried out: she confirmed it, or her period to answer the report ended. */
  fulfilledOn?: CalendarDate | null;
  /**
   * Carried out by default: she neither confirmed nor contested the merchant's report by `confirmationDueOn`
   * (given with `reportedCarriedOutOn`), not confirmed by her.
   */
  deemed?: boolean | null;
  /**
   * A refund, a price reduction or compensation the consumer reported not carried out (not paid by
   * its day, or paid as the merchant reported when it was not): the day she said so. The sum stays owed.
   */
  notCarriedOutOn?: CalendarDate | null;
  /** The agreed sum, for a refund, a price reduction or compensation, when the agreement states it. */
  amount?: Money | null;
}

/**
 * What happened, as the consumer and the merchant's records say. Dates are calendar dates
 * (YYYY-MM-DD, days where the consumer lives for French cases: Europe/Paris unless her postcode says otherwise); optional fields accept null so a
 * GraphQL input can be passed as is.
 */
export interface RightsFacts {
  /** 'FR', 'EU' (Directive 2019/771 baseline) or an encoded member state; anything else is answered UNSUPPORTED_JURISDICTION. */
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
  /** Length of the producer's commercial guarantee of durability (L217-23), counted from delivery. */
  producerDurabilityMonths?: number | null;
  repairs?: readonly RepairFact[] | null;
  replacements?: readonly ReplacementFact[] | null;
  /** The earliest written complaint the merchant received (réclamation écrite): it opens the one-year mediation window. */
  writtenComplaintOn?: CalendarDate | null;
  mediationReferral?: MediationReferralFact | null;
  /** The day the consumer asked for mediation, while the mediator has not yet said whether the request is admissible (L612-2). */
  mediationRequestedOn?: CalendarDate | null;
  /** The standing agreed remedy, from a dispute (see `AgreedRemedyFact`). */
  agreedRemedy?: AgreedRemedyFact | null;
  /** The seller refused to repair or replace. */
  remedyRefused?: boolean | null;
  /** Repair and replacement are both impossible or disproportionate. */
  remedyImpossible?: boolean | null;
  /** The remedy left costs with the consumer or caused a major inconvenience (FR L217-14 3°). */
  costsOrMajorInconvenience?: boolean | null;
  /** The defect came back after a repair or replacement. */
  defectReappeared?: boolean | null;
  /** The defect is so serious that an immediate price reduction or refund is justified. */
  seriousDefect?: boolean | null;
  /** The seller has shown the defect is minor: no refund (termination), price reduction only. */
  minorDefect?: boolean | null;
  /** Amount the consumer claims; when absent the price stands in, and the answer says so. */
  claimAmount?: Money | null;
  /** ISO country of the court seised; by default the consumer's country, where she may always sue (Brussels I recast art. 18). */
  courtCountry?: string | null;
  /** Set when the countries are not known; derived from them otherwise. */
  crossBorder?: boolean | null;
  /** ISO 3166-1 alpha-2 country of residence of the consumer. */
  consumerCountry?: string | null;
  /**
   * The consumer's French postcode: it sets the calendar of her deadlines (her time zone, her
   * place's public holidays, calendar/consumer-place.ts). Absent: metropolitan France, and the
   * answer says so.
   */
  consumerPostcode?: string | null;
  /** ISO 3166-1 alpha-2 country where the merchant is established. */
  merchantCountry?: string | null;
  /** The seller directed its activity to the consumer's country (Rome I art. 6). */
  sellerTargetedConsumerCountry?: boolean | null;
  saleChannel?: SaleChannel | null;
  supply?: SupplyKind | null;
  /** Months of continuous supply of the goods' digital elements (software updates, connected service). */
  digitalElementSupplyMonths?: number | null;
  /** The defect is in the continuously supplied digital element. */
  defectInDigitalElement?: boolean | null;
  /** The consumer no longer has the invoice. */
  invoiceLost?: boolean | null;
}
