import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface SecretSource {
  /** The environment variable that holds the secret, e.g. JWT_SECRET or DATA_KEY. */
  variable: string;
  /** The file under DATA_DIR that keeps the generated one. */
  file: string;
  /** In production, refuse to start without the variable instead of generating a secret. */
  requiredInProduction?: boolean;
  /** In production, the shortest secret accepted. */
  minLengthInProduction?: number;
}

/**
 * A secret from its environment variable when set. Otherwise one generated once (48 random bytes,
 * base64url) and kept under DATA_DIR (default ./.data, mode 0600), so it survives a restart of
 * the embedded default without anyone choosing it. Used for JWT_SECRET and DATA_KEY.
 */
export function resolveSecret(env: NodeJS.ProcessEnv, source: SecretSource): string {
  const given = env[source.variable];
  const production = env.NODE_ENV === 'production';
  if (given) {
    if (production && source.minLengthInProduction && given.length < source.minLengthInProduction) {
      throw new Error(`${source.variable} must be at least ${source.minLengthInProduction} characters in production`);
    }
    return given;
  }
  if (production && source.requiredInProduction) throw new Error(`${source.variable} must be set in production`);
  const file = join(resolve(env.DATA_DIR ?? '.data'), source.file);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    // Another process made it first: theirs is the one.
    if ((error as { code?: string }).code === 'EEXIST') return readFileSync(file, 'utf8').trim();
    throw error;
  }
  return secret;
}
