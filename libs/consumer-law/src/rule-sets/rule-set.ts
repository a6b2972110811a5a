import type { CalendarDate } from '../calendar/calendar-date';
import type { SupportedJurisdiction } from '../jurisdiction';

/**
 * The rules of one jurisdiction for contracts concluded from a given date. Rules change over
 * time; a contract keeps the rules of the day it was concluded, so a rule set is dated and
 * never edited once published: a new text means a new rule set.
 */
export interface RuleSet {
  id: string;
  jurisdiction: SupportedJurisdiction;
  title: string;
  appliesToContractsFrom: CalendarDate;
  notes: readonly string[];
  legalWarranty: { months: number; basis: string };
  /** Months added when the goods are repaired under the warranty; `once` caps it at one extension. */
  repairExtension: { months: number; once: boolean; basis: string } | null;
  /** A replacement made instead of a requested repair starts a new period (FR only). */
  replacementRestart: { basis: string } | null;
  presumption: { newGoodsMonths: number; usedGoodsMonths: number; basis: string };
  commercialWarranty: { basis: string };
  remedies: {
    repairOrReplacement: string;
    priceReduction: string;
    refund: string;
    minorDefect: string;
    refused: string;
    impossible: string;
    overdue: string;
    reappeared: string;
    serious: string;
    compensation: { available: boolean; reason: string; basis: string };
  };
  /** Days the seller has to repair; null where the law says "reasonable time" only. */
  repairDeadline: { days: number | null; basis: string };
  mediation: { months: number; basis: string; lapsedReason: string };
}
