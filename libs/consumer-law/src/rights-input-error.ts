/**
 * Facts that cannot be assessed (a date that does not exist, a delivery before the purchase,
 * a negative price...). `field` names the offending input so an API can map the error to
 * BAD_USER_INPUT on that field; `code` is stable.
 */
export class RightsInputError extends Error {
  readonly code = 'BAD_USER_INPUT' as const;

  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'RightsInputError';
  }
}
