import type { CombinedError } from 'urql';

/** What the API said went wrong, in the shape a form can show. */
export interface ApiProblem {
  code: string;
  message: string;
  /** Domain rule broken (code DOMAIN_RULE), e.g. MEDIATION_TOO_EARLY. */
  rule?: string;
  /** Bad input, keyed by the path under `input` (e.g. `purchase.purchasedOn`). */
  fields: Record<string, string>;
}

interface ErrorExtensions {
  code?: string;
  rule?: string;
  /** Each field at fault: its input path, a stable code with parameters, the sentence in the reader's language. */
  fields?: Array<{ field: string; code?: string; params?: Record<string, unknown>; message: string }>;
}

export function describeError(error: CombinedError | undefined | null): ApiProblem | null {
  if (!error) return null;
  if (error.networkError) return { code: 'NETWORK', message: error.networkError.message, fields: {} };
  const first = error.graphQLErrors[0];
  if (!first) return { code: 'UNKNOWN', message: error.message, fields: {} };
  const extensions = (first.extensions ?? {}) as ErrorExtensions;
  const fields: Record<string, string> = {};
  // One message per field (the first), keyed by its path under `input`: shown once, next to it.
  for (const { field, message } of extensions.fields ?? []) fields[field.replace(/^input\./, '')] ??= message;
  return { code: extensions.code ?? 'UNKNOWN', message: first.message, rule: extensions.rule, fields };
}

/**
 * A query the running API does not know yet (announced, not deployed): the page says so instead of
 * failing. graphql's message, in the reader's language (apps/api/src/graphql/library-words.ts).
 */
export const isNotYetAvailable = (error: CombinedError | undefined): boolean =>
  !!error?.graphQLErrors.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' && /^(Cannot query field|Impossible de demander le champ) /.test(e.message));

/** The fields a form shows next to its inputs: their paths under `input`, or a test of a path. */
export type Placed = readonly string[] | ((field: string) => boolean);

/** The fields at fault that the form does not show next to an input (the alert names those). */
export function unplacedFields(problem: ApiProblem, placed: Placed = []): Array<[string, string]> {
  const shows = typeof placed === 'function' ? placed : (field: string) => placed.includes(field);
  return Object.entries(problem.fields).filter(([field]) => !shows(field));
}
