import { sqlMigration } from '@recours/database';

/**
 * The notifier's tables. The outbox holds each message before it is sent, one row per event ×
 * recipient × channel (`dedupe_key` names the event), so a replay or a second notifier inserts
 * nothing new and nothing is sent twice; `seq` keeps each recipient's messages in order.
 */
export const Notifications1767000000000 = sqlMigration('Notifications1767000000000', {
  up: [
    `CREATE SCHEMA IF NOT EXISTS notifications`,
    `
      CREATE TABLE notifications.projection_checkpoints (
        projection text PRIMARY KEY,
        position numeric(39,0),
        epoch integer NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now())`,
    `
      CREATE TABLE notifications.preferences (
        account_id uuid PRIMARY KEY,
        email_notifications boolean NOT NULL DEFAULT true,
        digest text NOT NULL DEFAULT 'NONE' CHECK (digest IN ('NONE', 'DAILY')),
        updated_at timestamptz NOT NULL DEFAULT now())`,
    `
      CREATE TABLE notifications.notifications (
        id uuid PRIMARY KEY,
        recipient_id uuid NOT NULL,
        event_id uuid NOT NULL,
        dispute_id text NOT NULL,
        kind text NOT NULL,
        params jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        UNIQUE (event_id, recipient_id))`,
    `CREATE INDEX notifications_by_recipient ON notifications.notifications (recipient_id, created_at DESC, id DESC)`,
    `CREATE INDEX notifications_unread ON notifications.notifications (recipient_id) WHERE read_at IS NULL`,
    `
      CREATE TABLE notifications.webhooks (
        id uuid PRIMARY KEY,
        merchant_id uuid NOT NULL,
        url text NOT NULL,
        -- NULL: every type
        events text[],
        secret text NOT NULL,
        created_by uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz)`,
    `CREATE INDEX webhooks_by_merchant ON notifications.webhooks (merchant_id) WHERE deleted_at IS NULL`,
    `
      CREATE TABLE notifications.outbox (
        id uuid PRIMARY KEY,
        seq bigserial NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'WEBHOOK')),
        -- an account id (EMAIL) or a webhook id (WEBHOOK)
        recipient uuid NOT NULL,
        -- 'event:<event id>', 'digest:<day>', 'redelivery:<id>'
        dedupe_key text NOT NULL,
        event_id uuid,
        dispute_id text,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'HELD', 'SENT', 'FAILED', 'DIGESTED', 'SKIPPED')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL,
        claimed_until timestamptz,
        first_attempt_at timestamptz,
        last_attempt_at timestamptz,
        last_status integer,
        last_error text,
        sent_at timestamptz,
        digest_id uuid,
        created_at timestamptz NOT NULL,
        UNIQUE (dedupe_key, recipient, channel))`,
    `CREATE INDEX outbox_pending ON notifications.outbox (recipient, channel, seq) WHERE state = 'PENDING'`,
    `CREATE INDEX outbox_held ON notifications.outbox (recipient, seq) WHERE state = 'HELD'`,
    `CREATE INDEX outbox_failed ON notifications.outbox (created_at DESC) WHERE state = 'FAILED'`,
    `CREATE INDEX outbox_by_recipient ON notifications.outbox (recipient, channel, created_at DESC)`,
    `
      CREATE TABLE notifications.delivery_attempts (
        id bigserial PRIMARY KEY,
        outbox_id uuid NOT NULL REFERENCES notifications.outbox (id) ON DELETE CASCADE,
        attempted_at timestamptz NOT NULL,
        status integer,
        error text,
        duration_ms integer NOT NULL)`,
    `CREATE INDEX delivery_attempts_by_outbox ON notifications.delivery_attempts (outbox_id, id)`,
  ],
  down: [`DROP SCHEMA notifications CASCADE`],
});
