import type { Phrase } from '@recours/locale';
import type { DomainErrorCode } from './error-codes';
import { phraseOfRefusal } from './refusals';
import { phraseOfProblem, type FieldProblem, type ProblemParams } from './validation/field-problems';

export { DOMAIN_ERROR_CODES, type DomainErrorCode } from './error-codes';

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
