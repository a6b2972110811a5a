import type { Phrase } from '@recours/locale';
import { phraseOfRefusal } from './refusals';
import { phraseOfProblem, type FieldProblem, type ProblemParams } from './validation/field-problems';

/**
 * Why a command was refused. Codes are stable (clients and the API map them); messages are
 * for people and may change.
 */
export const DOMAIN_ERROR_CODES = [
  'INVALID_INPUT',
  'DISPUTE_NOT_FOUND',
  'DISPUTE_ALREADY_FILED',
  'NOT_A_PARTY',
  'ROLE_NOT_ALLOWED',
  'NO_MANDATE',
  'NO_MANDATE_TO_REVOKE',
  'MANDATE_ALREADY_GRANTED',
  'ADVICE_ONLY',
  'ALREADY_SHARED',
  'NOT_SHARED',
  'ALREADY_ASSIGNED',
  'TEAM_LEAD_ONLY',
  'CASE_TAKEN',
  'NOT_ASSIGNED',
  'NOT_YOUR_TURN',
  'DISPUTE_CLOSED',
  'DISPUTE_STILL_OPEN',
  'ALREADY_ACKNOWLEDGED',
  'DUPLICATE_EVIDENCE',
  'DUPLICATE_MESSAGE',
  'VISIBILITY_NOT_ALLOWED',
  'DUPLICATE_OFFER',
  'OFFER_NOT_FOUND',
  'OWN_OFFER',
  'OFFER_ALREADY_ACCEPTED',
  'OFFER_NOT_LIVE',
  'OFFER_EXPIRED',
  'NO_LIVE_OFFER',
  'REMEDY_NOT_AVAILABLE',
  'REMEDY_PERIOD_TOO_LONG',
  'STILL_UNDER_WARRANTY',
  'ESCALATION_TOO_EARLY',
  'ESCALATION_EXHAUSTED',
  'MEDIATION_TOO_EARLY',
  'MEDIATION_TIME_BARRED',
  'MEDIATION_ALREADY_REQUESTED',
  'MEDIATION_NOT_REQUESTED',
  'MEDIATION_IN_PROGRESS',
  'NOT_IN_MEDIATION',
  'MEDIATOR_ALREADY_ASSIGNED',
  'CASE_ALREADY_TAKEN',
  'MEDIATION_ALREADY_EXTENDED',
  'ADMISSIBILITY_ALREADY_DECIDED',
  'ADMISSIBILITY_NOT_DECIDED',
  'EXTENSION_BEFORE_ADMISSIBILITY',
  'DECIDE_ADMISSIBILITY_FIRST',
  'DUPLICATE_SETTLEMENT',
  'SETTLEMENT_NOT_FOUND',
  'SETTLEMENT_NOT_PENDING',
  'SETTLEMENT_ALREADY_ANSWERED',
  'SETTLEMENT_EXPIRED',
  'AGREEMENT_PENDING',
  'NO_AGREEMENT',
  'REMEDY_ALREADY_REPORTED',
  'NO_SUCH_DEADLINE',
  'DEADLINE_NOT_REACHED',
  'REMINDER_TOO_EARLY',
  'REMINDER_TOO_LATE',
  'REMINDER_ALREADY_RECORDED',
  'REMINDERS_DISABLED',
  'FEEDBACK_ALREADY_GIVEN',
  'FORMAL_NOTICE_ALREADY_RECORDED',
  'LEGAL_HOLD',
  'LEGAL_HOLD_ALREADY_PLACED',
  'NO_LEGAL_HOLD',
  'RETENTION_NOT_DUE',
  'DISPUTE_ERASED',
] as const;
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** Returned (never thrown) by `decide` when a command is refused. */
export class DomainError extends Error {
  /** For INVALID_INPUT: what is wrong with the field (its code and parameters). */
  readonly problem?: FieldProblem;

  constructor(
    readonly code: DomainErrorCode,
    /** What the sentences are made of (dates, a status...): clients may render their own words from them. */
    readonly params: ProblemParams = {},
    /**
     * For INVALID_INPUT: the path of the offending field, e.g. 'purchase.price.amount'; for a rule
     * refusing what one field names (OFFER_NOT_FOUND: 'offerId'), that field.
     */
    readonly field?: string,
    problem?: FieldProblem,
  ) {
    // A refusal is a value the decider returns, not a fault: no stack trace to capture and no
    // sentence written until someone reads it (the message below is a getter), which matters
    // because availableActions() builds one for every command a viewer may not send: with the
    // sentence built here, dates formatted and typography applied in two languages, that was
    // 3% of the CPU of answering `dispute(id)`.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super();
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'DomainError';
    if (problem) this.problem = problem;
  }

  /** What a person reads, in every language (without the field's path). */
  get phrase(): Phrase {
    return this.problem ? phraseOfProblem(this.problem) : phraseOfRefusal(this.code, this.params);
  }
}

// The message, in English as a developer reads it, written when first read (see the constructor).
// A value assigned to it replaces it, as on any Error.
Object.defineProperty(DomainError.prototype, 'message', {
  configurable: true,
  get(this: DomainError): string {
    const message = this.problem && this.field ? `${this.field}: ${phraseOfProblem(this.problem).en}` : phraseOfRefusal(this.code, this.params).en;
    Object.defineProperty(this, 'message', { value: message, writable: true, configurable: true, enumerable: false });
    return message;
  },
  set(this: DomainError, value: string) {
    Object.defineProperty(this, 'message', { value, writable: true, configurable: true, enumerable: false });
  },
});

export const isDomainError = (value: unknown): value is DomainError => value instanceof DomainError;

export const invalidInput = (field: string, problem: FieldProblem): DomainError => new DomainError('INVALID_INPUT', problem.params, field, problem);
