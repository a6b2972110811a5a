import type { AccountReference, DisputeState } from '@recours/disputes';
import type { Phrase } from '@recours/locale';

/**
 * Where the command path checks the accounts a command names (an association given a mandate, a
 * mediator assigned) against their role, and the sender's own account where a command needs it
 * (a confirmed address to rate): the accounts live outside the event store, so the application
 * provides this (the API's accounts and mediation bodies). null: the account fits.
 */
export interface AccountReferences {
  refusal(reference: AccountReference, dispute: DisputeState): Promise<Phrase | null>;
  /** Whether the sender's account confirmed its e-mail address (for a command that requiresConfirmedAddress). */
  addressConfirmed(accountId: string): Promise<boolean>;
}

export const ACCOUNT_REFERENCES = Symbol.for('recours.AccountReferences');

/** A command names an account that does not hold the role its field needs: bad input, nothing stored. */
export class AccountReferenceRefused extends Error {
  constructor(
    readonly field: string,
    readonly phrase: Phrase,
  ) {
    super(`${field}: ${phrase.en}`);
    this.name = 'AccountReferenceRefused';
  }
}
