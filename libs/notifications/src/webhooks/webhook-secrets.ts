import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { MasterKey } from '@recours/event-store';

interface Queryable {
  query<Row extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: Row[] }>;
}

const PREFIX = 'v1';
const PURPOSE = 'webhook secrets';

/**
 * The webhooks' signing secrets, kept sealed (AES-256-GCM under a key derived from the master key,
 * bound to the webhook's id), never in plain text: with a copy of the database alone (a backup, a
 * replica) no one can sign a delivery a merchant's helpdesk would believe, such as a forged
 * `CLAIM_WITHDRAWN`. The master key (`DATA_KEY`, or the one generated under DATA_DIR) lives
 * outside the database, in every process that registers or delivers webhooks.
 *
 * Stored form: `v1.<master key id>.<iv ‖ ciphertext ‖ tag, base64url>`. A secret stored in plain
 * text before (every one until 2026-12-05) is still read as it is, and sealed at the next start
 * (`sealStored`); one sealed from `DATA_KEY_PREVIOUS` is opened with it and sealed again from
 * `DATA_KEY`, at start or by `npm run keys:rotate`.
 */
export class WebhookSecrets {
  constructor(private readonly keys: { current: MasterKey; previous?: MasterKey }) {}

  seal(secret: string, webhookId: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.keys.current.derive(PURPOSE), iv);
    cipher.setAAD(Buffer.from(webhookId, 'utf8'));
    const sealed = Buffer.concat([iv, cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}.${this.keys.current.id}.${sealed.toString('base64url')}`;
  }

  /** The secret to sign with. Throws when the master key that sealed it is neither DATA_KEY nor DATA_KEY_PREVIOUS, or the value was altered or moved to another webhook. */
  open(stored: string, webhookId: string): string {
    if (!isSealed(stored)) return stored;
    const [, keyId, body] = stored.split('.');
    const master = [this.keys.current, this.keys.previous].find((key) => key?.id === keyId);
    if (!master) throw new Error(`this webhook's secret is sealed from master key ${keyId}, which is neither DATA_KEY (${this.keys.current.id}) nor DATA_KEY_PREVIOUS`);
    const bytes = Buffer.from(body!, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', master.derive(PURPOSE), bytes.subarray(0, 12));
    decipher.setAAD(Buffer.from(webhookId, 'utf8'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
  }

  /**
   * Every secret not sealed from DATA_KEY (stored in plain text, or sealed from DATA_KEY_PREVIOUS)
   * sealed from it, deleted webhooks' too. Each row is changed only if it still holds what was read,
   * so processes starting together do not undo each other. Running it again changes nothing.
   */
  async sealStored(db: Queryable): Promise<{ sealed: number }> {
    const current = `${PREFIX}.${this.keys.current.id}.%`;
    const { rows } = await db.query<{ id: string; secret: string }>(`SELECT id::text, secret FROM notifications.webhooks WHERE secret NOT LIKE $1`, [current]);
    let sealed = 0;
    for (const row of rows) {
      const next = this.seal(this.open(row.secret, row.id), row.id);
      const { rows: changed } = await db.query(`UPDATE notifications.webhooks SET secret = $3 WHERE id = $1 AND secret = $2 RETURNING id`, [row.id, row.secret, next]);
      sealed += changed.length;
    }
    return { sealed };
  }
}

function isSealed(stored: string): boolean {
  return stored.startsWith(`${PREFIX}.`) && stored.split('.').length === 3;
}
