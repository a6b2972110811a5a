import { MEDIATION_OUTCOME_DAYS } from '../legal-periods';

/**
 * The days a mediator may give the parties to answer a proposal (R612-4), the one definition the
 * decider (settlement-answer-period.ts) and the web form (settlement-answer-days.ts) read: no
 * dependency, so that the web app imports this file as it is.
 *
 * Less than a week is no time to reflect (Directive 2013/11/EU art. 9(2)(c)); more than the
 * mediation's 90 days is no answer period at all. Near the mediation's end fewer days are left
 * than a week: the mediator may then give any of them (`settlementAnswerDaysAllowed`).
 */
export const MIN_SETTLEMENT_ANSWER_DAYS = 7;
export const MAX_SETTLEMENT_ANSWER_DAYS = MEDIATION_OUTCOME_DAYS;
