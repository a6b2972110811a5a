import { timeOrderedId } from '@recours/database';
import { DISPUTE_EVENT_TYPES, DISPUTE_STREAM_PREFIX, disputeEventOf, disputeStreamId, evolve, initialState, merchantsOwn, visibleTo, type Dispute, type DisputeEvent, type DisputeState, type NotificationIntent } from '@recours/disputes';
import type { EventStore, RecordedEvent } from '@recours/event-store';
import { disputeIdOf, type Projection, type ProjectionTarget } from '@recours/read-models';
import { addressees, type Addressee } from '../rules/addressees';
import { ASSOCIATION_NAMED_KINDS, READER_WORDED_KINDS, URGENT_KINDS } from '../rules/notification-kind';
import { notificationsFor } from '../rules/notifications-for';
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
  /** What it tells whom: none, one, or one kind for each audience told something of its own. */
  intents: readonly NotificationIntent[];
}

/** The association an event names (a mandate or advice given or ended), if any. */
const associationNamedBy = (event: DisputeEvent): string | undefined => {
  const id = (event.data as { associationId?: unknown }).associationId;
  return typeof id === 'string' ? id : undefined;
};

/** A uuid as PostgreSQL writes it as text (`uuid::text`): lower case, hyphenated. */
const UUID_TEXT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
        seen.push({ recorded, event, before, dispute: after, intents: notificationsFor(event, after, before) });
      }
      if (seen.length === 0) return;

      const directory = new Directory(client);
      const merchants = await directory.merchants([...new Set(seen.map((s) => s.dispute.merchantId))]);
      const admins = seen.some((s) => s.intents.some((intent) => intent.audiences.includes('ADMINS'))) ? await directory.admins() : [];
      const named = seen.filter((s) => s.intents.some((intent) => ASSOCIATION_NAMED_KINDS.has(intent.kind))).map((s) => associationNamedBy(s.event));
      const associations = await directory.associations([...new Set(named.filter((id): id is string => id !== undefined))]);
      const webhooks = await directory.webhooks([...merchants.keys()]);
      const at = now().toISOString();

      const addressed = seen.map((s) => {
        const merchant = merchants.get(s.dispute.merchantId);
        const known = { merchantAgents: merchant?.agents ?? [], merchantLeads: merchant?.leads ?? [], merchantSupervisors: merchant?.supervisors ?? [], admins };
        // Each account hears of an event once: from the first of its intents that reaches it.
        const reached = new Set<string>();
        const told = s.intents.map((intent) => {
          const to: Addressee[] = addressees(intent, s.event, s.dispute, s.before, known).filter((a) => !reached.has(a.accountId));
          for (const a of to) reached.add(a.accountId);
          return { intent, to };
        });
        return { ...s, told, merchantName: merchant?.name ?? '' };
      });
      const recipients = [...new Set(addressed.flatMap((a) => a.told.flatMap((t) => t.to.map((to) => to.accountId))))];
      const [preferences, erased] = await Promise.all([directory.preferences(recipients), directory.erased(recipients)]);

      const inApp: object[] = [];
      const outbox: object[] = [];
      for (const { recorded, event, dispute, told, merchantName } of addressed) {
        const disputeId = dispute.disputeId;
        const { brand, name } = dispute.claim.product;
        for (const { intent, to } of told) {
          const associationId = ASSOCIATION_NAMED_KINDS.has(intent.kind) ? associationNamedBy(event) : undefined;
          const association = associationId ? associations.get(associationId) : undefined;
          // Its id beside its name: a rename of the association renames it here too (renameAssociation).
          const params = { ...intent.params, product: `${brand} ${name}`.trim(), merchant: merchantName, ...(association ? { association, associationId } : {}) };
          for (const { accountId, as } of to) {
            if (erased.has(accountId)) continue; // an erased person is told nothing more
            const id = timeOrderedId();
            const theirs = READER_WORDED_KINDS.has(intent.kind) ? { ...params, reader: as } : params;
            inApp.push({ id, recipient_id: accountId, event_id: recorded.id, dispute_id: disputeId, kind: intent.kind, params: theirs, occurred_at: event.data.at, created_at: at });
            const prefs = preferences.get(accountId) ?? DEFAULT_PREFERENCES;
            if (!prefs.emailNotifications) continue;
            const held = prefs.digest === 'DAILY' && !URGENT_KINDS.has(intent.kind);
            outbox.push(outboxRow('EMAIL', accountId, recorded, disputeId, { notificationId: id, kind: intent.kind, params: theirs, occurredAt: event.data.at }, held ? 'HELD' : 'PENDING', at));
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
      // Compared as uuids, by the recipients' indexes (as text, every row was read). Only a uuid's
      // own text equals a recipient's as text: a subject of another form names none of them.
      if (erasure.subject && UUID_TEXT.test(erasure.subject)) {
        const { rows } = await client.query<{ dispute_id: string }>(
          `SELECT DISTINCT dispute_id FROM notifications.notifications WHERE recipient_id = $1::uuid
           UNION SELECT DISTINCT dispute_id FROM notifications.outbox WHERE recipient = $1::uuid AND dispute_id IS NOT NULL`,
          [erasure.subject],
        );
        for (const row of rows) disputes.add(row.dispute_id);
        await client.query('DELETE FROM notifications.notifications WHERE recipient_id = $1::uuid', [erasure.subject]);
        await client.query("DELETE FROM notifications.outbox WHERE channel = 'EMAIL' AND recipient = $1::uuid", [erasure.subject]);
      }
      for (const disputeId of disputes) await rewriteDispute(client, disputeId, await store.readStream(disputeStreamId(disputeId)));
    },
  };
}

/**
 * What the notifier added to an intent's params, kept as it was when a row is made again: the
 * merchant's name, the association's and its id (ASSOCIATION_NAMED_KINDS) and the reader's part
 * (READER_WORDED_KINDS). `row` is the params' JSON.
 */
const keptParams = (row: string) =>
  `jsonb_build_object('merchant', ${row}->'merchant') || jsonb_strip_nulls(jsonb_build_object('association', ${row}->'association', 'associationId', ${row}->'associationId', 'reader', ${row}->'reader'))`;

/** A dispute's notifications and outbox rows made again from its events (the names the notifier added kept as they were). */
async function rewriteDispute(client: ProjectionTarget['client'], disputeId: string, events: readonly RecordedEvent[]): Promise<void> {
  let state: DisputeState = initialState();
  /** Each event's params, by the kind each of its intents tells (one event tells each kind once). */
  const sentences = new Map<string, { eventId: string; kind: string; params: object }>();
  const bodies = new Map<string, unknown>();
  for (const recorded of events) {
    const event = disputeEventOf(recorded);
    const before = state.filed ? state : undefined;
    state = evolve(state, event);
    if (!state.filed) continue;
    const { brand, name } = state.claim.product;
    for (const intent of notificationsFor(event, state, before)) {
      sentences.set(`${recorded.id}:${intent.kind}`, { eventId: recorded.id, kind: intent.kind, params: { ...intent.params, product: `${brand} ${name}`.trim() } });
    }
    // A webhook's body carries the event's data as applyBatch sent it: what only the admin reads left out (webhookDataOf).
    bodies.set(recorded.id, webhookDataOf(event));
  }
  if (bodies.size === 0) return;
  const rows = [...sentences.values()].map(({ eventId, kind, params }) => ({ event_id: eventId, kind, params }));
  await client.query(
    `WITH fresh AS (SELECT * FROM json_to_recordset($1::json) AS f(event_id uuid, kind text, params jsonb))
     UPDATE notifications.notifications n SET params = fresh.params || ${keptParams('n.params')}
       FROM fresh WHERE n.dispute_id = $2 AND n.event_id = fresh.event_id AND n.kind = fresh.kind`,
    [JSON.stringify(rows), disputeId],
  );
  await client.query(
    `WITH fresh AS (SELECT * FROM json_to_recordset($1::json) AS f(event_id uuid, kind text, params jsonb))
     UPDATE notifications.outbox o SET payload = o.payload || jsonb_build_object('params', fresh.params || ${keptParams("(o.payload->'params')")})
       FROM fresh WHERE o.channel = 'EMAIL' AND o.dispute_id = $2 AND o.event_id = fresh.event_id AND o.payload->>'kind' = fresh.kind AND NOT o.payload ? 'blanked'`,
    [JSON.stringify(rows), disputeId],
  );
  const data = [...bodies].map(([eventId, body]) => ({ event_id: eventId, data: body }));
  await client.query(
    `WITH fresh AS (SELECT * FROM json_to_recordset($1::json) AS f(event_id uuid, data jsonb))
     UPDATE notifications.outbox o SET payload = jsonb_build_object('body', jsonb_set((o.payload->>'body')::jsonb, '{data}', fresh.data)::text)
       FROM fresh WHERE o.channel = 'WEBHOOK' AND o.dispute_id = $2 AND o.event_id = fresh.event_id AND NOT o.payload ? 'blanked'`,
    [JSON.stringify(data), disputeId],
  );
  // A digest copies the rows it gathered (DailyDigest): its items made again from them, now rewritten.
  await client.query(
    `UPDATE notifications.outbox d SET payload = d.payload || jsonb_build_object('items', coalesce((
         SELECT jsonb_agg(jsonb_build_object('kind', s.payload->'kind', 'params', s.payload->'params', 'disputeId', s.dispute_id) ORDER BY s.seq)
           FROM notifications.outbox s WHERE s.digest_id = d.id), '[]'::jsonb))
      WHERE d.id IN (SELECT digest_id FROM notifications.outbox WHERE dispute_id = $1 AND digest_id IS NOT NULL) AND NOT d.payload ? 'blanked'`,
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

/**
 * Messages to send, each event × recipient × channel once, in the order of the events (seq). An
 * e-mail's tombstone names no recipient (LogRetention), so the unique key no longer finds it: an
 * event with an e-mail tombstone gets no e-mail again, to anyone. Its e-mails were all stored in
 * one statement, so none of them is missing; one about an event that old is not worth sending.
 */
async function storeOutbox(client: ProjectionTarget['client'], rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const { rowCount } = await client.query(
    `INSERT INTO notifications.outbox (id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at)
     SELECT id, channel, recipient, dedupe_key, event_id, dispute_id, payload, state, next_attempt_at, created_at
       FROM json_populate_recordset(null::notifications.outbox, $1) WITH ORDINALITY AS r
      WHERE NOT (r.channel = 'EMAIL' AND EXISTS (SELECT 1 FROM notifications.outbox t WHERE t.dedupe_key = r.dedupe_key AND t.channel = 'EMAIL' AND t.recipient IS NULL))
      ORDER BY ordinality
     ON CONFLICT (dedupe_key, recipient, channel) DO NOTHING`,
    [JSON.stringify(rows)],
  );
  if (rowCount) await client.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, '']);
}
