/**
 * Periods fixed by law, not by the platform: a policy may not change them.
 */

/** Mediation is inadmissible more than one year after the written claim to the merchant (L612-2). */
export const MEDIATION_TIME_BAR_MONTHS = 12;

/** A mediator who rejects the request says so within three weeks of receiving the file (L612-2, last paragraph). */
export const ADMISSIBILITY_DAYS = 21;

/** The outcome is due 90 days after the file is complete (R612-5; ADR Directive 2013/11/EU art. 8(e)). */
export const MEDIATION_OUTCOME_DAYS = 90;

/** Repair or replacement is carried out within 30 days of the consumer's request, not of an agreement (L217-10). */
export const MAX_IN_KIND_REMEDY_DAYS = 30;

