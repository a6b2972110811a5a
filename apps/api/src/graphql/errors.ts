import { GraphQLError } from 'graphql';

/** The error codes clients can rely on (extensions.code). */
export type ApiErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'DOMAIN_RULE' | 'UNAVAILABLE' | 'RATE_LIMITED' | 'INTERNAL_SERVER_ERROR';

export interface FieldProblem {
  /** Path in the operation's input, e.g. 'input.purchase.price.amount'. */
  field: string;
  message: string;
}

export const badUserInput = (problems: FieldProblem[]) =>
  new GraphQLError(`Invalid input: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, {
    extensions: { code: 'BAD_USER_INPUT', fields: problems },
  });

export const unauthenticated = (message = 'Sign in to do this') => new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });

export const forbidden = (message = 'You may not do this') => new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });

/** Also what a denied read answers, so that nobody learns what exists. */
export const notFound = (what: string) => new GraphQLError(`${what} not found`, { extensions: { code: 'NOT_FOUND' } });

export const conflict = (message: string, currentVersion: number | null) =>
  new GraphQLError(message, { extensions: { code: 'CONFLICT', currentVersion } });

export const domainRule = (rule: string, message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: 'DOMAIN_RULE', rule, ...(field ? { field } : {}) } });

export const unavailable = () =>
  new GraphQLError('recours cannot reach its database right now; try again shortly', { extensions: { code: 'UNAVAILABLE', retryable: true } });
