import type { SqlRunner } from '../account-emails/account-email-queue';

/** Where a notice keeps a name it shows, beside the id of the account it names: `params[name]`, `params[id]`. */
export interface NamedIn {
  name: string;
  id: string;
}

/**
 * The account a notice names by a copy of its name renamed itself: the notices naming it by
 * `keys.id` name it by its new name, in the app and in the e-mails not sent yet (alone or held for
 * a digest, or in a digest not sent yet), as every other place reads a name when it shows it.
 * Inside the rename's transaction. One statement per place, whatever the notice's kind: the id's
 * key is the kind's own. Each finds its rows by an index on its key (NotificationsByNamedAccount
 * 176900000029900), which PostgreSQL matches only while it plans the key as the constant it is:
 * sent unnamed (TypeORM's `query`), never as a named statement (queryNamed), whose generic plan
 * reads the whole table. A new key in NAMES_IN_NOTICES needs its own index.
 */
export async function renameInNotices(sql: SqlRunner, keys: NamedIn, accountId: string, name: string): Promise<void> {
  await sql.query(
    `UPDATE notifications.notifications SET params = jsonb_set(params, ARRAY[$3::text], to_jsonb($2::text))
      WHERE params->>$4::text = $1::text`,
    [accountId, name, keys.name, keys.id],
  );
  await sql.query(
    `UPDATE notifications.outbox SET payload = jsonb_set(payload, ARRAY['params', $3::text], to_jsonb($2::text))
      WHERE channel = 'EMAIL' AND state IN ('PENDING', 'HELD') AND payload->'params'->>$4::text = $1::text`,
    [accountId, name, keys.name, keys.id],
  );
  await sql.query(
    `UPDATE notifications.outbox d SET payload = d.payload || jsonb_build_object('items', (
         SELECT jsonb_agg(CASE WHEN i->'params'->>$4::text = $1::text THEN jsonb_set(i, ARRAY['params', $3::text], to_jsonb($2::text)) ELSE i END ORDER BY n)
           FROM jsonb_array_elements(d.payload->'items') WITH ORDINALITY AS x(i, n)))
      WHERE d.channel = 'EMAIL' AND d.state = 'PENDING' AND d.payload->>'kind' = 'DIGEST'
        AND d.payload->'items' @> jsonb_build_array(jsonb_build_object('params', jsonb_build_object($4::text, $1::text)))`,
    [accountId, name, keys.name, keys.id],
  );
}

/**
 * An association renamed (its account's name, when it has no directory profile; its profile's
 * name): the notices that name it (ASSOCIATION_NAMED_KINDS: `association`, beside
 * `associationId`) name it by the name the directory now shows.
 */
export const renameAssociation = (sql: SqlRunner, associationId: string, name: string): Promise<void> => renameInNotices(sql, { name: 'association', id: 'associationId' }, associationId, name);

/** Where the notices keep a name beside its account's id: an agent's remover, an association. */
export const NAMES_IN_NOTICES: readonly NamedIn[] = [
  { name: 'removedBy', id: 'removedById' },
  { name: 'association', id: 'associationId' },
];

/**
 * The account a notice names by a copy of its name was erased: every notice naming it by
 * `keys.id` loses the name and the id, and says it without them (« l’association »), in the app
 * and in every e-mail still kept (sent or not, alone or in a digest), as the directory shows no
 * name for it any more. Inside the erasure's transaction.
 */
export async function forgetInNotices(sql: SqlRunner, keys: NamedIn, accountId: string): Promise<void> {
  await sql.query(`UPDATE notifications.notifications SET params = params - $2::text - $3::text WHERE params->>$3::text = $1::text`, [accountId, keys.name, keys.id]);
  await sql.query(
    `UPDATE notifications.outbox SET payload = jsonb_set(payload, '{params}', (payload->'params') - $2::text - $3::text)
      WHERE channel = 'EMAIL' AND payload->'params'->>$3::text = $1::text`,
    [accountId, keys.name, keys.id],
  );
  await sql.query(
    `UPDATE notifications.outbox d SET payload = d.payload || jsonb_build_object('items', (
         SELECT jsonb_agg(CASE WHEN i->'params'->>$3::text = $1::text THEN jsonb_set(i, '{params}', (i->'params') - $2::text - $3::text) ELSE i END ORDER BY n)
           FROM jsonb_array_elements(d.payload->'items') WITH ORDINALITY AS x(i, n)))
      WHERE d.channel = 'EMAIL' AND d.payload->>'kind' = 'DIGEST' AND d.payload->'items' @> jsonb_build_array(jsonb_build_object('params', jsonb_build_object($3::text, $1::text)))`,
    [accountId, keys.name, keys.id],
  );
}
