import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * JWT_SECRET when set. Otherwise one generated once and kept under DATA_DIR, so tokens survive
 * a restart of the embedded default without anyone choosing a secret.
 */
export function resolveJwtSecret(env: NodeJS.ProcessEnv): string {
  if (env.JWT_SECRET) {
    if (env.JWT_SECRET.length < 32 && env.NODE_ENV === 'production') throw new Error('JWT_SECRET must be at least 32 characters in production');
    return env.JWT_SECRET;
  }
  const file = join(resolve(env.DATA_DIR ?? '.data'), 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
