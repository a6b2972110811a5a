import { randomUUID } from 'node:crypto';
import { timeOrderedId } from '@recours/database';
import type { Pool } from 'pg';
import { OUTBOX_CHANNEL } from '../schema/notifications-schema';
import { webhookUrlAsKept, webhookUrlIdentity } from './address-guard';
import type { WebhookSecrets } from './webhook-secrets';
import { newWebhookSecret } from './webhook-signature';

export interface Webhook {
  id: string;
  merchantId: string;
  url: string;
  /** null: every type. */
  events: string[] | null;
  createdAt: Date;
}

export interface WebhookDelivery {
  id: string;
  webhookId: string;
  eventId: string | null;
  type: string;
  state: 'PENDING' | 'SENT' | 'FAILED' | 'SKIPPED';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: Date;
  sentAt: Date | null;
  nextAttemptAt: Date | null;
  redelivery: boolean;
}

export class WebhookNotFoundError extends Error {
  constructor(what: string) {
    super(`no such ${what}`);
    this.name = 'WebhookNotFoundError';
  }
}

/** How many active webhooks a merchant may have: each multiplies the notifier's outbound work for its every event. */
export const MAX_WEBHOOKS_PER_MERCHANT = 10;

export { webhookUrlAsKept } from './address-guard';

/** The merchant already has an active webhook at this URL: a second would receive each event twice. */
export class WebhookAlreadyRegisteredError extends Error {
  constructor() {
    super('this URL is already registered');
    this.name = 'WebhookAlreadyRegisteredError';
  }
}

/** The merchant has MAX_WEBHOOKS_PER_MERCHANT active webhooks already. */
export class WebhookLimitReachedError extends Error {
  constructor(readonly max: number) {
    super(`at most ${max} webhooks per merchant`);
    this.name = 'WebhookLimitReachedError';
  }
}

interface DeliveryRow {
  id: string;
  recipient: string;
  event_id: string | null;
  type: string;
  state: WebhookDelivery['state'];
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  sent_at: Date | null;
  next_attempt_at: Date;
  dedupe_key: string;
}

const toWebhook = (row: { id: string; merchant_id: string; url: string; events: string[] | null; created_at: Date }): Webhook => ({
  id: row.id,
  merchantId: row.merchant_id,
  url: row.url,
  events: row.events,
  createdAt: row.created_at,
});

const DELIVERY_COLUMNS = `id::text, recipient::text, event_id::text, (payload ->> 'body')::jsonb ->> 'type' AS type, state, attempts, last_status, last_error, created_at, sent_at, next_attempt_at, dedupe_key`;

/** A merchant's webhooks and their delivery log; every call is scoped to the merchant. */
export class WebhookRegistry {
  constructor(
    private readonly pool: Pool,
    private readonly secrets: WebhookSecrets,
  ) {}

  /**
   * Refused (nothing stored) when the merchant already has this URL (WebhookAlreadyRegisteredError)
   * or MAX_WEBHOOKS_PER_MERCHANT webhooks (WebhookLimitReachedError). Two registrations at once
   * take turns on the merchant's lock, so neither check reads a state the other is changing. No
   * unique index backs it: twins stored before the rule stay (which copy's secret a receiver
   * checks cannot be known, so none is deleted for her).
   */
  async register(merchantId: string, createdBy: string, url: string, events: string[] | null): Promise<{ webhook: Webhook; secret: string }> {
    const kept = webhookUrlAsKept(url);
    const id = randomUUID();
    const secret = newWebhookSecret();
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`recours.webhooks.${merchantId}`]);
      const { rows: active } = await client.query<{ url: string }>(`SELECT url FROM notifications.webhooks WHERE merchant_id = $1 AND deleted_at IS NULL`, [merchantId]);
      // Compared by identity, not as stored: those stored before this rule were kept as typed, and https://a.fr./x is https://a.fr/x.
      const identity = webhookUrlIdentity(kept);
      if (active.some((row) => sameEndpoint(row.url, identity))) throw new WebhookAlreadyRegisteredError();
      if (active.length >= MAX_WEBHOOKS_PER_MERCHANT) throw new WebhookLimitReachedError(MAX_WEBHOOKS_PER_MERCHANT);
      const { rows } = await client.query(
        `INSERT INTO notifications.webhooks (id, merchant_id, url, events, secret, created_by) VALUES ($1, $2, $3, $4, $5, $6)
         RETURNING id::text, merchant_id::text, url, events, created_at`,
        [id, merchantId, kept, events, this.secrets.seal(secret, id), createdBy],
      );
      await client.query('COMMIT');
      return { webhook: toWebhook(rows[0]), secret };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async list(merchantId: string): Promise<Webhook[]> {
    const { rows } = await this.pool.query(
      `SELECT id::text, merchant_id::text, url, events, created_at FROM notifications.webhooks WHERE merchant_id = $1 AND deleted_at IS NULL ORDER BY created_at`,
      [merchantId],
    );
    return rows.map(toWebhook);
  }

  /** Deletes the webhook: nothing more is sent to it, its log stays readable to nobody. */
  async delete(merchantId: string, webhookId: string, at: Date): Promise<void> {
    const { rowCount } = await this.pool.query(`UPDATE notifications.webhooks SET deleted_at = $3 WHERE id = $1 AND merchant_id = $2 AND deleted_at IS NULL`, [webhookId, merchantId, at]);
    if (!rowCount) throw new WebhookNotFoundError('webhook');
  }

  async deliveries(merchantId: string, webhookId: string, first: number): Promise<WebhookDelivery[]> {
    await this.own(merchantId, webhookId);
    const { rows } = await this.pool.query<DeliveryRow>(
      `SELECT ${DELIVERY_COLUMNS} FROM notifications.outbox WHERE channel = 'WEBHOOK' AND recipient = $1 ORDER BY created_at DESC, seq DESC LIMIT $2`,
      [webhookId, first],
    );
    return rows.map(toDelivery);
  }

  /** A new delivery of the same event to the same endpoint, with an id of its own. */
  async redeliver(merchantId: string, deliveryId: string, at: Date): Promise<WebhookDelivery> {
    const { rows: found } = await this.pool.query<{ recipient: string; event_id: string | null; dispute_id: string | null; payload: unknown }>(
      `SELECT o.recipient::text, o.event_id::text, o.dispute_id, o.payload FROM notifications.outbox o JOIN notifications.webhooks w ON w.id = o.recipient
        WHERE o.id = $1 AND o.channel = 'WEBHOOK' AND w.merchant_id = $2 AND w.deleted_at IS NULL
          -- a delivery past OUTBOX_KEPT_DAYS kept only its event's type (LogRetention): nothing to send again
          AND NOT o.payload ? 'blanked'`,
      [deliveryId, merchantId],
    );
    if (found.length === 0) throw new WebhookNotFoundError('delivery');
    const original = found[0];
    const id = timeOrderedId();
    const { rows } = await this.pool.query<DeliveryRow>(
      `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at)
       VALUES ($1, 'WEBHOOK', $2, $3, $4, $5, $6, 'PENDING', $7, $7) RETURNING ${DELIVERY_COLUMNS}`,
      [id, original.recipient, `redelivery:${id}`, original.event_id, original.dispute_id, JSON.stringify(original.payload), at],
    );
    await this.pool.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
    return toDelivery(rows[0]);
  }

  private async own(merchantId: string, webhookId: string): Promise<void> {
    const { rowCount } = await this.pool.query(`SELECT 1 FROM notifications.webhooks WHERE id = $1 AND merchant_id = $2 AND deleted_at IS NULL`, [webhookId, merchantId]);
    if (!rowCount) throw new WebhookNotFoundError('webhook');
  }
}

function sameEndpoint(stored: string, identity: string): boolean {
  try {
    return webhookUrlIdentity(stored) === identity;
  } catch {
    return stored === identity;
  }
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.recipient,
    eventId: row.event_id,
    type: row.type,
    state: row.state,
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    nextAttemptAt: row.state === 'PENDING' ? row.next_attempt_at : null,
    redelivery: row.dedupe_key.startsWith('redelivery:'),
  };
}
