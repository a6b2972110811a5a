import type { CalendarDate } from '../calendar/calendar-date';
import type { SupportedJurisdiction } from '../jurisdiction';
import type { Citation } from '../messages/citations';
import type { SentenceCode } from '../messages/sentences';

/**
 * A national element the engine states only when a source for it was checked (see
 * docs/consumer-law.md). "Not assessed" may still cite the texts that leave the question open.
 */
export type Sourced<T> = (T & { basis: Citation[]; verified: boolean }) | { notAssessed: SentenceCode; basis?: Citation[] };

/** How long the consumer has to tell the seller about the defect (Directive 2019/771 art. 12 option). */
export type NotificationRule =
  | { kind: 'NONE' }
  | { kind: 'MONTHS'; months: number }
  /** "Within a reasonable time"; a notice within `safeMonths` of discovery is always in time. */
  | { kind: 'REASONABLE_TIME'; safeMonths: number };

/** A limitation period: from which day, how long, and an outer limit where the law sets one. */
export interface LimitationRule {
  action: 'CONFORMITY' | 'HIDDEN_DEFECTS';
  from: 'DISCOVERY' | 'DELIVERY' | 'NOTIFICATION';
  months: number;
  longStop: { months: number; from: 'SALE' } | null;
  /** A floor: the period never ends before the legal warranty's end (BE: C. civ. 1649quater §3). */
  notBeforeWarrantyEnds?: true;
}

/**
 * The rules of one jurisdiction for contracts concluded from a given date. Rules change over
 * time; a contract keeps the rules of the day it was concluded, so a rule set is dated and
 * never edited once published: a new text means a new rule set. Bases are citation codes,
 * titles and notes sentence codes: the engine renders them in the reader's language.
 */
export interface RuleSet {
  id: string;
  jurisdiction: SupportedJurisdiction;
  title: SentenceCode;
  appliesToContractsFrom: CalendarDate;
  notes: readonly SentenceCode[];
  /** `endIsMinimum`: the national law sets no end (NL: expected lifespan); the months are the directive's floor. */
  legalWarranty: { months: number; endIsMinimum: boolean; basis: Citation[] };
  /** Months added when the goods are repaired under the warranty; `once` caps it at one extension. */
  repairExtension: { months: number; once: boolean; basis: Citation[] } | null;
  /** A replacement imposed instead of a requested repair starts a new period (FR only). */
  replacementRestart: { basis: Citation[] } | null;
  /** Immobilisation for a repair or replacement under the warranty suspends what remained of it (FR: D211-2 box). */
  immobilisationSuspends: { basis: Citation[] } | null;
  /** usedGoodsBasis: cited besides `basis` for used goods (a condition of the used-goods period the engine cannot check). */
  presumption: { newGoodsMonths: number; usedGoodsMonths: number; basis: Citation[]; usedGoodsBasis?: Citation[] };
  /** Digital elements supplied continuously for more than the period are covered for the whole supply. */
  digitalElements: { basis: Citation[] };
  commercialWarranty: { basis: Citation[]; immobilisationExtension: { minDays: number; basis: Citation[] } | null };
  remedies: {
    repairOrReplacement: Citation[];
    priceReduction: Citation[];
    refund: Citation[];
    minorDefect: Citation[];
    refused: Citation[];
    /** After a refusal the consumer may still demand performance (FR L217-12); null where not encoded. */
    performanceAfterRefusal: Citation[] | null;
    impossible: Citation[];
    late: Citation[];
    burden: Citation[] | null;
    reappeared: Citation[];
    serious: Citation[];
    compensation: { available: boolean; reason: SentenceCode; basis: Citation[] };
  };
  /** Days the seller has to repair or replace; null where the law says "reasonable time" only. */
  repairDeadline: { days: number | null; basis: Citation[] };
  notification: Sourced<{ rule: NotificationRule }>;
  limitation: Sourced<{ rules: LimitationRule[] }>;
  mediation: { months: number; basis: Citation[]; lapsedReason: SentenceCode };
}
