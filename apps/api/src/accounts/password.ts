import { randomBytes } from 'node:crypto';
import type { Phrase } from '@recours/locale';
import { argon2id, argon2Verify } from 'hash-wasm';
import { isGuessablePassword } from './guessable-password';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password is refused (in French and English), or null when it is acceptable. */
export function passwordProblem(password: string, email: string, displayName = ''): Phrase | null {
  if (password.length < PASSWORD_MIN_LENGTH) return { en: `must be at least ${PASSWORD_MIN_LENGTH} characters`, fr: `doit compter au moins ${PASSWORD_MIN_LENGTH} caractères` };
  if (password.length > PASSWORD_MAX_LENGTH) return { en: `must be at most ${PASSWORD_MAX_LENGTH} characters`, fr: `doit compter au plus ${PASSWORD_MAX_LENGTH} caractères` };
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) return { en: 'must mix letters with digits or symbols', fr: 'doit mêler des lettres à des chiffres ou des symboles' };
  if (new Set(password).size < 5) return { en: 'must not repeat a few characters', fr: 'ne doit pas répéter quelques caractères' };
  const [local, domain = ''] = email.toLowerCase().split('@');
  if (password.toLowerCase().includes(local) && local.length >= 4) return { en: 'must not contain the e-mail address', fr: 'ne doit pas contenir l’adresse e-mail' };
  if (isGuessablePassword(password, [local, ...domain.split('.'), ...displayName.toLowerCase().split(/\s+/)])) {
    return {
      en: 'is too common or too easy to guess (it is among known or leaked passwords, or built on one); choose a longer phrase of unrelated words',
      fr: 'est trop courant ou trop facile à deviner (il figure parmi les mots de passe connus ou divulgués, ou en dérive) ; choisissez une phrase plus longue de mots sans rapport',
    };
  }
  return null;
}

/** OWASP's minimum for argon2id (19 MiB, 2 passes): the cost of every hash recours stores. */
const PASSWORD_HASH_COST = { iterations: 2, memorySize: 19_456 } as const;

/**
 * Jest's main suite only (its setup file, test/support/low-password-cost.js): its files sign up and
 * log in thousands of accounts, and at the real cost hashing took a third of an end-to-end file's
 * time (rectification.e2e: 74 hashes, 16.6 s of 43 s). Both conditions are needed, NODE_ENV being
 * `test` only under Jest, so that no setting alone weakens a deployment's hashes. The reliability
 * suite, which times sign-ups against each other, the browser journeys and the benchmarks hash at
 * the real cost. A stored hash names its own cost: verifying needs no setting.
 */
const LOW_TEST_COST = { iterations: 1, memorySize: 256 } as const;
export const passwordHashCost = () => (process.env.NODE_ENV === 'test' && process.env.RECOURS_TEST_PASSWORD_COST === 'low' ? LOW_TEST_COST : PASSWORD_HASH_COST);

/**
 * argon2id from hash-wasm: the same PHC strings as the native argon2 package, in WebAssembly.
 * The native addon crashed Jest, which loads a module once per test file in the same process.
 */
export const hashPassword = (password: string): Promise<string> =>
  argon2id({ password, salt: randomBytes(16), parallelism: 1, ...passwordHashCost(), hashLength: 32, outputType: 'encoded' });

/** The hash is recomputed and compared in full: the time does not depend on where it differs. */
export const verifyPassword = (hash: string, password: string): Promise<boolean> => argon2Verify({ password, hash }).catch(() => false);

/** A hash to verify against when the account does not exist, so timing does not tell. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('decoy-password-never-matches-1'));
