import { en, type MessageKey } from '../i18n/messages/en';
import type { ApiProblem } from './errors';

/**
 * Codes whose errors the API makes with a phrase (apps/api/src/graphql/errors.ts), so that their
 * message comes in the reader's language. Any other code's message is English or the browser's
 * own text ("Failed to fetch", "Internal server error", "[GraphQL] …"): it is never shown.
 */
const PHRASED = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'GONE', 'CONFLICT', 'DOMAIN_RULE', 'RATE_LIMITED', 'TWO_FACTOR_REQUIRED']);

/** What the catalogue says instead of a message that is not the reader's. */
const BODIES: Partial<Record<string, MessageKey>> = {
  NETWORK: 'error.body.network',
  UNAVAILABLE: 'error.body.unavailable',
};

const isKey = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(en, key);

/** The alert's title: the catalogue's sentence for the code, or the generic one; never the code itself. */
export function problemTitle(code: string): MessageKey {
  const key = `error.code.${code}`;
  return isKey(key) ? key : 'error.code.UNKNOWN';
}

/** The alert's body: the server's sentence when it is written for people in their language, else a catalogue key. */
export function problemBody(problem: Pick<ApiProblem, 'code' | 'message'>): { text: string } | { key: MessageKey } {
  if (PHRASED.has(problem.code) && problem.message.trim()) return { text: problem.message };
  return { key: BODIES[problem.code] ?? 'error.body.unknown' };
}

/**
 * A sign-in with two-step verification is refused once with TWO_FACTOR_REQUIRED: that is the
 * next step (the form then asks for the code), not an error to show. Asked again once the code
 * field was there, it is one (the code was left empty).
 */
export const isNextSignInStep = (problem: Pick<ApiProblem, 'code'> | null, codeWasAsked: boolean): boolean => problem?.code === 'TWO_FACTOR_REQUIRED' && !codeWasAsked;
