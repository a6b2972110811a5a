import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { resolveSecret } from '@recours/database';

/**
 * The master key that wraps every data subject's key (docs/privacy.md, "Encryption per data
 * subject"). It is never stored in the database: `DATA_KEY` in production (required there),
 * else one generated once under DATA_DIR (`data-key`). The wrapping key is derived from it with
 * HKDF-SHA-256; its id (a SHA-256 prefix of the derived key) is kept beside each wrapped key, so
 * that a rotation knows which keys it has re-wrapped and a wrong DATA_KEY is named at start.
 */
export class MasterKey {
  readonly id: string;
  private readonly key: Buffer;

  constructor(material: string) {
    if (!material) throw new Error('the master key (DATA_KEY) is empty');
    this.key = Buffer.from(hkdfSync('sha256', material, 'recours', 'subject keys', 32));
    this.id = createHash('sha256').update('recours master key id').update(this.key).digest('hex').slice(0, 16);
  }

  /** A 32-byte key for another purpose (HKDF of the master key with `purpose`), e.g. keyed hashes of what must not be stored in clear. */
  derive(purpose: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.key, 'recours', purpose, 32));
  }

  /** AES-256-GCM of a data key, bound to its subject (additional data): iv ‖ ciphertext ‖ tag. */
  wrap(dataKey: Buffer, subject: string): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(subject, 'utf8'));
    return Buffer.concat([iv, cipher.update(dataKey), cipher.final(), cipher.getAuthTag()]);
  }

  unwrap(wrapped: Buffer, subject: string): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, wrapped.subarray(0, 12));
    decipher.setAAD(Buffer.from(subject, 'utf8'));
    decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
    return Buffer.concat([decipher.update(wrapped.subarray(12, wrapped.length - 16)), decipher.final()]);
  }
}

/**
 * The master keys of this process: `DATA_KEY` (or the generated one outside production), and
 * while a rotation is under way `DATA_KEY_PREVIOUS`, the one being replaced.
 */
export function masterKeysFromEnv(env: NodeJS.ProcessEnv): { current: MasterKey; previous?: MasterKey } {
  const current = new MasterKey(resolveSecret(env, { variable: 'DATA_KEY', file: 'data-key', requiredInProduction: true, minLengthInProduction: 32 }));
  return { current, ...(env.DATA_KEY_PREVIOUS ? { previous: new MasterKey(env.DATA_KEY_PREVIOUS) } : {}) };
}
