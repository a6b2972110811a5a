import { timeOrderedId } from '@recours/database';
import { DISPUTE_EVENT_TYPES, DISPUTE_STREAM_PREFIX, disputeEventOf, disputeStreamId, evolve, initialState, merchantsOwn, visibleTo, type Dispute, type DisputeEvent, type DisputeState, type NotificationIntent } from '@recours/disputes';
import type { EventStore, RecordedEvent } from '@recours/event-store';
import { disputeIdOf, type Projection, type ProjectionTarget } from '@recours/read-models';
import { addressees, type Addressee } from '../rules/addressees';
import { URGENT_KINDS } from '../rules/notification-kind';
import { notificationFor } from '../rules/notifications-for';
import { NOTIFICATION_ADDED_CHANNEL, NOTIFIER_PROJECTION, OUTBOX_CHANNEL } from '../schema/notifications-schema';
import { webhookDataOf } from '../webhooks/webhook-data';
import { webhookTypeOf } from '../webhooks/webhook-event-type';
import { DEFAULT_PREFERENCES, Directory } from './directory';

/** A dispute as the notifier last saw it: the state after `version`. */
interface Folded {
  state: DisputeState;
  version: number;
}

/** One event of the batch, with the dispute before and after it. */
interface Seen {
  recorded: RecordedEvent;
  event: DisputeEvent;
  before: Dispute | undefined;
  dispute: Dispute;
  intent: NotificationIntent | null;
}

export interface NotifierProjectionOptions {
  store: EventStore;
  /** The notifier's clock: when rows are due. */
  now: () => Date;
}

/**
 * Turns dispute events into notifications, inside the transaction that moves the notifier's
 * checkpoint (the projection runner's): the in-app notifications and the outbox rows of a batch
 * are stored with the checkpoint or not at all, and are sent afterwards by the OutboxSender.
 * A replay, or a second notifier, inserts the same keys again and stores nothing new.
 */
export function notifierProjection({ store, now }: NotifierProjectionOptions): Projection {
  /** The dispute before `recorded`: from the run's cache, or read back from its stream. */
  async function stateBefore(recorded: RecordedEvent, cache: ProjectionTarget['cache']): Promise<DisputeState> {
    const id = disputeIdOf(recorded.streamId);
    const known = cache.get(id) as Folded | undefined;
    if (known && known.version === recorded.streamVersion - 1) return known.state;
    if (recorded.streamVersion === 0) return initialState();
    const earlier = await store.readStream(recorded.streamId, { maxCount: recorded.streamVersion });
    return earlier.reduce<DisputeState>((state, e) => evolve(state, disputeEventOf(e)), initialState());
  }

  return {
    name: NOTIFIER_PROJECTION,
    streamPrefix: DISPUTE_STREAM_PREFIX,
    eventTypes: DISPUTE_EVENT_TYPES,
    tables: [],
    // Its notifications get new ids at each application, and live screens hear of them at the commit: applied again
    // after a crash took a batch back, they would come back under other ids. So its batches wait
    // for the disk, unlike the read models'.
    commitsDurably: true,

    async applyBatch(events, { client, cache }) {
      const seen: Seen[] = [];
      for (const recorded of events) {
        const state = await stateBefore(recorded, cache);
        const event = disputeEventOf(recorded);
        const after = evolve(state, event);
        cache.set(disputeIdOf(recorded.streamId), { state: after, version: recorded.streamVersion } satisfies Folded);
        if (!after.filed) continue;
        const before = state.filed ? state : undefined;
        seen.push({ recorded, event, before, dispute: after, intent: notificationFor(event, after, before) });
      }
      if (seen.length === 0) return;

      const directory = new Directory(client);
      const merchants = await directory.merchants([...new Set(seen.map((s) => s.dispute.merchantId))]);
      const admins = seen.some((s) => s.intent?.audiences.includes('ADMINS')) ? await directory.admins() : [];
      const webhooks = await directory.webhooks([...merchants.keys()]);
      const at = now().toISOString();

      const addressed = seen.map((s) => {
        const merchant = merchants.get(s.dispute.merchantId);
        const to: Addressee[] = s.intent ? addressees(s.intent, s.event, s.dispute, s.before, { merchantAgents: merchant?.agents ?? [], merchantLeads: merchant?.leads ?? [], merchantSupervisors: merchant?.supervisors ?? [], admins }) : [];
        return { ...s, to, merchantName: merchant?.name ?? '' };
      });
      const recipients = [...new Set(addressed.flatMap((a) => a.to.map((t) => t.accountId)))];
      const [preferences, erased] = await Promise.all([directory.preferences(recipients), directory.erased(recipients)]);

      const inApp: object[] = [];
      const outbox: object[] = [];
      for (const { recorded, event, dispute, intent, to, merchantName } of addressed) {
        const disputeId = dispute.disputeId;
        if (intent) {
          const { brand, name } = dispute.claim.product;
          const params = { ...intent.params, product: `${brand} ${name}`.trim(), merchant: merchantName };
          for (const { accountId } of to) {
            if (erased.has(accountId)) continue; // an erased person is told nothing more
            const id = timeOrderedId();
            inApp.push({ id, recipient_id: accountId, event_id: recorded.id, dispute_id: disputeId, kind: intent.kind, params, occurred_at: event.data.at, created_at: at });
            const prefs = preferences.get(accountId) ?? DEFAULT_PREFERENCES;
            if (!prefs.emailNotifications) continue;
            const held = prefs.digest === 'DAILY' && !URGENT_KINDS.has(intent.kind);
            outbox.push(outboxRow('EMAIL', accountId, recorded, disputeId, { notificationId: id, kind: intent.kind, params, occurredAt: event.data.at }, held ? 'HELD' : 'PENDING', at));
          }
        }
        // The merchant team's own business (assignment, internal notes) stays on recours: no webhook carries it.
        if (!visibleTo(event).includes('MERCHANT') || merchantsOwn(event)) continue;
        const type = webhookTypeOf(event.type);
        for (const hook of webhooks) {
          if (hook.merchantId !== dispute.merchantId || (hook.events && !hook.events.includes(type))) continue;
          const body = JSON.stringify({ id: recorded.id, type, occurredAt: event.data.at, disputeId, data: webhookDataOf(event) });
          outbox.push(outboxRow('WEBHOOK', hook.id, recorded, disputeId, { body }, 'PENDING', at));
        }
      }
      await storeNotifications(client, inApp);
      await storeOutbox(client, outbox);
    },

    /**
     * The subject's own notifications and e-mails deleted; in the disputes named (and those she
     * was notified of), each notification's sentence and each webhook's body made again from
     * the events, which now read as erased (a rejection's reason quotes its author's words).
     */
    async erase(erasure, { client }) {
      const disputes = new Set(erasure.disputes);
      if (erasure.subject) {
        const { rows } = await client.query<{ dispute_id: string }>(
          `SELECT DISTINCT dispute_id FROM notifications.notifications WHERE recipient_id::text = $1
           UNION SELECT DISTINCT dispute_id FROM notifications.outbox WHERE recipient::text = $1 AND dispute_id IS NOT NULL`,
          [erasure.subject],
        );
        for (const row of rows) disputes.add(row.dispute_id);
        await client.query('DELETE FROM notifications.notifications WHERE recipient_id::text = $1', [erasure.subject]);
        await client.query("DELETE FROM notifications.outbox WHERE channel = 'EMAIL' AND recipient::text = $1", [erasure.subject]);
      }
      for (const disputeId of disputes) await rewriteDispute(client, disputeId, await store.readStream(disputeStreamId(disputeId)));
    },
  };
}

/** A dispute's notifications and outbox rows made again from its events (the merchant's name kept as it was). */
async function rewriteDispute(client: ProjectionTarget['client'], disputeId: string, events: readonly RecordedEvent[]): Promise<void> {
  let state: DisputeState = initialState();
  const sentences = new Map<string, { params: object; data: unknown }>();
  for (const recorded of events) {
    const event = disputeEventOf(recorded);
    const before = state.filed ? state : undefined;
    state = evolve(state, event);
    if (!state.filed) continue;
    const intent = notificationFor(event, state, before);
    const { brand, name } = state.claim.product;
    // A webhook's body carries the event's data as applyBatch sent it: what only the admin reads left out (webhookDataOf).
    sentences.set(recorded.id, { params: { ...intent?.params, product: `${brand} ${name}`.trim() }, data: webhookDataOf(event) });
  }
  const rows = [...sentences].map(([eventId, { params, data }]) => ({ event_id: eventId, params, data }));
  if (rows.length === 0) return;
  await client.query(
    `WITH fresh AS (SELECT * FROM json_to_recordset($1::json) AS f(event_id uuid, params jsonb, data jsonb))
     UPDATE notifications.notifications n SET params = fresh.params || jsonb_build_object('merchant', n.params->'merchant')
       FROM fresh WHERE n.dispute_id = $2 AND n.event_id = fresh.event_id`,
    [JSON.stringify(rows), disputeId],
  );
  await client.query(
    `WITH fresh AS (SELECT * FROM json_to_recordset($1::json) AS f(event_id uuid, params jsonb, data jsonb))
     UPDATE notifications.outbox o SET payload = CASE o.channel
         WHEN 'EMAIL' THEN o.payload || jsonb_build_object('params', fresh.params || jsonb_build_object('merchant', o.payload->'params'->'merchant'))
         ELSE jsonb_build_object('body', jsonb_set((o.payload->>'body')::jsonb, '{data}', fresh.data)::text) END
       FROM fresh WHERE o.dispute_id = $2 AND o.event_id = fresh.event_id`,
    [JSON.stringify(rows), disputeId],
  );
  // A digest copies the rows it gathered (DailyDigest): its items made again from them, now rewritten.
  await client.query(
    `UPDATE notifications.outbox d SET payload = d.payload || jsonb_build_object('items', coalesce((
         SELECT jsonb_agg(jsonb_build_object('kind', s.payload->'kind', 'params', s.payload->'params', 'disputeId', s.dispute_id) ORDER BY s.seq)
           FROM notifications.outbox s WHERE s.digest_id = d.id), '[]'::jsonb))
      WHERE d.id IN (SELECT digest_id FROM notifications.outbox WHERE dispute_id = $1 AND digest_id IS NOT NULL)`,
    [disputeId],
  );
}

function outboxRow(channel: 'EMAIL' | 'WEBHOOK', recipient: string, recorded: RecordedEvent, disputeId: string, payload: object, state: 'PENDING' | 'HELD', at: string): object {
  return { id: timeOrderedId(), channel, recipient, dedupe_key: `event:${recorded.id}`, event_id: recorded.id, dispute_id: disputeId, payload, state, next_attempt_at: at, created_at: at };
}

/** In-app notifications, each event × account once; the API's live subscribers hear of the new ones at commit. */
async function storeNotifications(client: ProjectionTarget['client'], rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const { rows: added } = await client.query<{ recipient_id: string }>(
    `INSERT INTO notifications.notifications (id, recipient_id, event_id, dispute_id, kind, params, occurred_at, created_at)
     SELECT id, recipient_id, event_id, dispute_id, kind, params, occurred_at, created_at FROM json_populate_recordset(null::notifications.notifications, $1)
     ON CONFLICT (event_id, recipient_id) DO NOTHING RETURNING recipient_id::text`,
    [JSON.stringify(rows)],
  );
  for (const recipient of new Set(added.map((row) => row.recipient_id))) await client.query('SELECT pg_notify($1, $2)', [NOTIFICATION_ADDED_CHANNEL, recipient]);
}

/** Messages to send, each event × recipient × channel once, in the order of the events (seq). */
async function storeOutbox(client: ProjectionTarget['client'], rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const { rowCount } = await client.query(
    `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at)
     SELECT id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at
       FROM json_populate_recordset(null::notifications.outbox, $1) WITH ORDINALITY AS r ORDER BY ordinality
     ON CONFLICT (dedupe_key, recipient, channel) DO NOTHING`,
    [JSON.stringify(rows)],
  );
  if (rowCount) await client.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
}
