import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

/** Why a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) return 'must mix letters with digits or symbols';
  if (new Set(password).size < 5) return 'must not repeat a few characters';
  if (password.toLowerCase().includes(email.split('@')[0].toLowerCase()) && email.split('@')[0].length >= 4) return 'must not contain the e-mail address';
  return null;
}

/**
 * argon2id with OWASP's minimum parameters (19 MiB, 2 passes), from hash-wasm: the same PHC
 * strings as the native argon2 package, in WebAssembly. The native addon crashed Jest, which
 * loads a module once per test file in the same process.
 */
export const hashPassword = (password: string): Promise<string> =>
  argon2id({ password, salt: randomBytes(16), parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32, outputType: 'encoded' });

/** The hash is recomputed and compared in full: the time does not depend on where it differs. */
export const verifyPassword = (hash: string, password: string): Promise<boolean> => argon2Verify({ password, hash }).catch(() => false);

/** A hash to verify against when the account does not exist, so timing does not tell. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('decoy-password-never-matches-1'));
