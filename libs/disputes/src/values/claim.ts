import type { CalendarDate } from '@recours/consumer-law';
import type { Money } from './money';
import type { Remedy } from './remedy';

export const PRODUCT_CONDITIONS = ['NEW', 'USED'] as const;
export type ProductCondition = (typeof PRODUCT_CONDITIONS)[number];

export interface Product {
  name: string;
  category: string;
  brand: string;
  model?: string;
  serialNumber?: string;
  condition: ProductCondition;
}

export const PURCHASE_CHANNELS = ['IN_STORE', 'ONLINE', 'PHONE', 'OFF_PREMISES'] as const;
export type PurchaseChannel = (typeof PURCHASE_CHANNELS)[number];

export interface Purchase {
  purchasedOn: CalendarDate;
  deliveredOn: CalendarDate;
  price: Money;
  channel: PurchaseChannel;
  /** ISO 3166-1 alpha-2, e.g. 'FR'. */
  country: string;
  orderReference?: string;
}

/** A warranty the seller or maker gave on top of the legal guarantee (L217-21). */
export interface CommercialWarranty {
  provider: string;
  months: number;
  coverage: string;
}

export interface ChronologyEntry {
  on: CalendarDate;
  what: string;
}

export interface Problem {
  description: string;
  firstNoticedOn: CalendarDate;
  chronology: ChronologyEntry[];
}

/** The claim as the consumer wrote it: immutable once filed. */
export interface ClaimDetails {
  product: Product;
  purchase: Purchase;
  commercialWarranty?: CommercialWarranty;
  problem: Problem;
  requestedRemedy: Remedy;
  /**
   * When the consumer first complained to the merchant in writing outside the platform, if
   * earlier: the one-year bar on mediation runs from the written claim (L612-2).
   */
  priorWrittenComplaintOn?: CalendarDate;
  /** The amount the consumer claims, when money is asked for: court thresholds test it, not the price (CPC 750-1). */
  amountClaimed?: Money;
}
