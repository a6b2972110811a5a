import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { resolveJwtSecret } from '../config/jwt-secret';

/**
 * TOTP secrets are kept sealed (AES-256-GCM), never in plain text: a copy of the database alone
 * does not let anyone make codes. The key is derived (HKDF-SHA-256) from `DATA_KEY` when it is
 * set (the master key of the planned per-subject encryption, docs/privacy.md), else from the JWT
 * secret (JWT_SECRET, or the one generated under DATA_DIR): both live outside the database.
 * Each sealed value names the key it was sealed with, so that a later change of key can re-seal.
 * Losing that key (a new JWT secret without DATA_KEY) makes the secrets unreadable: the
 * accounts then sign in with a recovery code, which is hashed, not sealed, and enrol again.
 */
type KeySource = 'data-key' | 'jwt-secret';

const VERSION = 'v1';

function keyFrom(source: KeySource, env: NodeJS.ProcessEnv): Buffer {
  const material = source === 'data-key' ? env.DATA_KEY : resolveJwtSecret(env);
  if (!material) throw new Error('DATA_KEY is not set: this two-factor secret cannot be opened');
  return Buffer.from(hkdfSync('sha256', material, 'recours', 'two-factor secrets', 32));
}

export function sealSecret(secret: string, env: NodeJS.ProcessEnv = process.env): string {
  const source: KeySource = env.DATA_KEY ? 'data-key' : 'jwt-secret';
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(source, env), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, source, iv.toString('base64url'), sealed.toString('base64url')].join('.');
}

export function openSecret(stored: string, env: NodeJS.ProcessEnv = process.env): string {
  const [version, source, iv, sealed] = stored.split('.');
  if (version !== VERSION || (source !== 'data-key' && source !== 'jwt-secret') || !iv || !sealed) throw new Error('not a sealed two-factor secret');
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv('aes-256-gcm', keyFrom(source, env), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString('utf8');
}

/**
 * A secret sealed from the master key being replaced (`DATA_KEY_PREVIOUS`), sealed again from
 * the new one (`DATA_KEY`); null when there is nothing to do (sealed from the JWT secret, or
 * already from `DATA_KEY`). Throws when neither key opens it.
 */
export function resealSecret(stored: string, env: NodeJS.ProcessEnv): string | null {
  if (stored.split('.')[1] !== 'data-key') return null;
  try {
    openSecret(stored, env);
    return null;
  } catch {
    if (!env.DATA_KEY_PREVIOUS) throw new Error('a two-factor secret is sealed from a master key that is not DATA_KEY, and DATA_KEY_PREVIOUS is not set');
    return sealSecret(openSecret(stored, { ...env, DATA_KEY: env.DATA_KEY_PREVIOUS }), env);
  }
}

/**
 * `npm run keys:rotate`'s share for two-step verification: every secret sealed from
 * `DATA_KEY_PREVIOUS` sealed again from `DATA_KEY`, so that codes still sign in once recours
 * restarts with the new key only. Run it inside the caller's transaction; running it again
 * re-seals nothing.
 */
export async function resealTwoFactorSecrets(db: { query(sql: string, params?: unknown[]): Promise<{ rows: Array<Record<string, unknown>> }> }, env: NodeJS.ProcessEnv): Promise<{ resealed: number }> {
  const { rows } = await db.query(`SELECT account_id, secret FROM accounts.two_factor WHERE secret LIKE 'v1.data-key.%' FOR UPDATE`);
  let resealed = 0;
  for (const row of rows) {
    const next = resealSecret(String(row.secret), env);
    if (next === null) continue;
    await db.query(`UPDATE accounts.two_factor SET secret = $2 WHERE account_id = $1`, [row.account_id, next]);
    resealed += 1;
  }
  return { resealed };
}
