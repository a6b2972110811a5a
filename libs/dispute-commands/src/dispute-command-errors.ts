import type { DomainError } from '@recours/disputes';

/** The decider refused the command: the rule, for the caller to explain. */
export class DisputeCommandRefused extends Error {
  constructor(readonly refusal: DomainError) {
    super(refusal.message);
    this.name = 'DisputeCommandRefused';
  }
}

/** The dispute moved since the version the caller gave (or kept moving under concurrent writers). */
export class StaleDisputeVersion extends Error {
  constructor(
    readonly expectedVersion: number | undefined,
    readonly currentVersion: number,
  ) {
    super(
      expectedVersion === undefined
        ? `Someone else changed the dispute at the same moment; it is now at version ${currentVersion}`
        : `The dispute changed since version ${expectedVersion}; it is now at version ${currentVersion}`,
    );
    this.name = 'StaleDisputeVersion';
  }
}
