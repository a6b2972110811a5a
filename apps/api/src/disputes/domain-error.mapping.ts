import type { DomainError } from '@recours/disputes';
import type { GraphQLError } from 'graphql';
import { badUserInput, domainRule, forbidden, notFound } from '../graphql/errors';

/** Refusals that mean "this is not your dispute": answered like a missing dispute, so nothing leaks. */
const HIDDEN = new Set(['DISPUTE_NOT_FOUND', 'NOT_A_PARTY', 'NO_MANDATE']);

/** How a refusal of the decider reaches the client. */
export function toGraphQLError(error: DomainError, inputFields: Record<string, string> = {}): GraphQLError {
  if (HIDDEN.has(error.code)) return notFound('Dispute');
  if (error.code === 'ROLE_NOT_ALLOWED') return forbidden(error.message);
  if (error.code === 'INVALID_INPUT') {
    const field = error.field ? `input.${inputFields[error.field] ?? error.field}` : 'input';
    return badUserInput([{ field, message: error.message.replace(/^[^:]+: /, '') }]);
  }
  return domainRule(error.code, error.message, error.field);
}
