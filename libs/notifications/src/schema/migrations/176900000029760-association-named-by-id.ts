import { sqlMigration } from '@recours/database';

/**
 * The end of a mandate (MANDATE_ENDED) keeps the association's name it shows beside its id
 * (`associationId`), by which a rename of the association renames it (renameAssociation). Those
 * stored before had the name alone: each gets its association's id from the event it tells (its
 * `associationId`, never sealed), and the name the directory shows now (its profile's, else its
 * account's), since a rename before this one did not reach it. In the app, and in the e-mails not
 * sent yet. Only where the events and the accounts are in this database (EVENT_STORE=postgres,
 * schema event_store; a new database has neither yet, nor notices);
 * an erased association's stays as it was. Frozen, like every migration.
 */
const withEvents = (statement: string) =>
  `DO $$ BEGIN IF to_regclass('event_store.events') IS NOT NULL AND to_regclass('accounts.association_profiles') IS NOT NULL THEN ${statement}; END IF; END $$`;
const NAMED = `SELECT e.id AS event_id, a.id::text AS association_id, coalesce(p.name, a.display_name) AS name
  FROM event_store.events e
  JOIN accounts.accounts a ON a.id::text = e.data->>'associationId' AND a.role = 'ASSOCIATION' AND a.erased_at IS NULL
  LEFT JOIN accounts.association_profiles p ON p.account_id = a.id`;

export const NotificationsAssociationNamedById176900000029760 = sqlMigration('NotificationsAssociationNamedById176900000029760', {
  up: [
    withEvents(`UPDATE notifications.notifications n SET params = n.params || jsonb_build_object('association', named.name, 'associationId', named.association_id)
      FROM (${NAMED}) named
     WHERE n.kind = 'MANDATE_ENDED' AND n.params ? 'association' AND NOT n.params ? 'associationId' AND named.event_id = n.event_id`),
    withEvents(`UPDATE notifications.outbox o SET payload = jsonb_set(o.payload, '{params}', (o.payload->'params') || jsonb_build_object('association', named.name, 'associationId', named.association_id))
      FROM (${NAMED}) named
     WHERE o.channel = 'EMAIL' AND o.state IN ('PENDING', 'HELD') AND o.payload->>'kind' = 'MANDATE_ENDED'
       AND o.payload->'params' ? 'association' AND NOT o.payload->'params' ? 'associationId' AND named.event_id = o.event_id`),
  ],
  // The names stay as they are now: only the ids go.
  down: [
    `UPDATE notifications.notifications SET params = params - 'associationId' WHERE kind = 'MANDATE_ENDED'`,
    `UPDATE notifications.outbox SET payload = jsonb_set(payload, '{params}', (payload->'params') - 'associationId') WHERE channel = 'EMAIL' AND payload->>'kind' = 'MANDATE_ENDED'`,
  ],
});
