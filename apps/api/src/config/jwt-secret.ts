import { resolveSecret } from '@recours/database';

/**
 * JWT_SECRET when set. Otherwise one generated once and kept under DATA_DIR, so tokens survive
 * a restart of the embedded default without anyone choosing a secret.
 */
export function resolveJwtSecret(env: NodeJS.ProcessEnv): string {
  return resolveSecret(env, { variable: 'JWT_SECRET', file: 'jwt-secret', minLengthInProduction: 32 });
}
