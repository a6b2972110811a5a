import { AccountReferenceRefused, DisputeCommandRefused, StaleDisputeVersion } from '@recours/dispute-commands';
import type { DomainError } from '@recours/disputes';
import { formOfType } from '@recours/locale';
import type { GraphQLError } from 'graphql';
import { badUserInput, conflict, domainRule, forbidden, notFound, problemAt } from '../graphql/errors';

/** Refusals that mean "this is not your dispute": answered like a missing dispute, so nothing leaks. */
const HIDDEN = new Set(['DISPUTE_NOT_FOUND', 'NOT_A_PARTY', 'NO_MANDATE']);
const DISPUTE = { en: 'Dispute', fr: 'Litige' };

/** How a refusal of the decider reaches the client: its code, its parameters, its sentence in each language. */
export function toGraphQLError(error: DomainError, inputFields: Record<string, string> = {}, form?: string): GraphQLError {
  if (HIDDEN.has(error.code)) return notFound(DISPUTE);
  // A reader that may not act (an association advising without a mandate): FORBIDDEN, as a party outside its role.
  if (error.code === 'ROLE_NOT_ALLOWED' || error.code === 'ADVICE_ONLY') return forbidden(error.phrase);
  // The domain writes 'evidence[0].sha256'; GraphQL paths read 'input.evidence.0.sha256'.
  const field = error.field ? `input.${(inputFields[error.field] ?? error.field).replace(/\[(\d+)\]/g, '.$1')}` : undefined;
  if (error.code === 'INVALID_INPUT') {
    return badUserInput([error.problem ? problemAt(field ?? 'input', error.problem) : { field: field ?? 'input', code: 'INVALID', params: error.params, message: error.phrase }], form);
  }
  // The code clients rely on stays (DOMAIN_RULE, rule OFFER_NOT_FOUND); the field it is about is named too.
  return domainRule(error.code, error.phrase, error.params, field);
}

const STALE = (error: StaleDisputeVersion) => ({
  en: error.message,
  fr:
    error.expectedVersion === undefined
      ? `Quelqu’un d’autre a modifié le litige au même moment ; il en est maintenant à la version ${error.currentVersion}`
      : `Le litige a changé depuis la version ${error.expectedVersion} ; il en est maintenant à la version ${error.currentVersion}`,
});

/**
 * What the command path throws, as the client hears it; anything else is not the client's doing.
 * `command`: the command's type (`CloseDispute`), whose form names the fields (LABELLED_IN_FORM).
 */
export function commandErrorToGraphQL(error: unknown, command?: string): unknown {
  if (error instanceof DisputeCommandRefused) return toGraphQLError(error.refusal, {}, command === undefined ? undefined : formOfType(command));
  if (error instanceof AccountReferenceRefused) return badUserInput([{ field: `input.${error.field}`, code: 'WRONG_ACCOUNT', message: error.phrase }]);
  if (error instanceof StaleDisputeVersion) return conflict(STALE(error), error.currentVersion);
  return error;
}
