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
