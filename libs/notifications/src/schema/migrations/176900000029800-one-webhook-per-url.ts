import { sqlMigration } from '@recours/database';

/**
 * A merchant's active webhooks have each their own URL (webhooks_one_per_url). The same URL
 * registered more than once before received each event once per registration: the oldest active
 * one is kept (its id and secret are those the merchant's receiver has known longest) with every
 * type any of them received (NULL, every type, if one had no filter), and the others are deleted
 * as deleteWebhook deletes, so nothing more is sent to them. The URL is indexed by its md5: a URL
 * may be longer than a btree entry. Frozen, like every migration.
 */
const ACTIVE_TWINS = `SELECT merchant_id, url FROM notifications.webhooks WHERE deleted_at IS NULL GROUP BY merchant_id, url HAVING count(*) > 1`;

export const NotificationsOneWebhookPerUrl176900000029800 = sqlMigration('NotificationsOneWebhookPerUrl176900000029800', {
  up: [
    `UPDATE notifications.webhooks w
        SET events = CASE WHEN EXISTS (SELECT 1 FROM notifications.webhooks x WHERE x.merchant_id = w.merchant_id AND x.url = w.url AND x.deleted_at IS NULL AND x.events IS NULL) THEN NULL
                          ELSE (SELECT array_agg(DISTINCT e ORDER BY e) FROM notifications.webhooks x, unnest(x.events) e WHERE x.merchant_id = w.merchant_id AND x.url = w.url AND x.deleted_at IS NULL) END
      WHERE w.deleted_at IS NULL AND (w.merchant_id, w.url) IN (${ACTIVE_TWINS})`,
    `UPDATE notifications.webhooks SET deleted_at = now()
      WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY merchant_id, url ORDER BY created_at, id) AS n FROM notifications.webhooks WHERE deleted_at IS NULL) ranked WHERE n > 1)`,
    `CREATE UNIQUE INDEX webhooks_one_per_url ON notifications.webhooks (merchant_id, md5(url)) WHERE deleted_at IS NULL`,
  ],
  // The twins deleted stay deleted: nothing tells them from those their merchant deleted.
  down: [`DROP INDEX notifications.webhooks_one_per_url`],
});
