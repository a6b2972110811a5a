import argon2 from 'argon2';

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

/** argon2id with the library's defaults (memory-hard, salted). */
export const hashPassword = (password: string): Promise<string> => argon2.hash(password, { type: argon2.argon2id });

/** Constant-time comparison is argon2's own (the hash is recomputed and compared in full). */
export const verifyPassword = (hash: string, password: string): Promise<boolean> => argon2.verify(hash, password).catch(() => false);

/** A hash to verify against when the account does not exist, so timing does not tell. */
let decoy: Promise<string> | undefined;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword('decoy-password-never-matches-1'));
