import type { ClientBase } from 'pg';

export interface MerchantFacts {
  name: string;
  agents: string[];
  /** Its owner and supervisors. */
  leads: string[];
  supervisors: string[];
}

export interface Preferences {
  emailNotifications: boolean;
  digest: 'NONE' | 'DAILY';
}

export const DEFAULT_PREFERENCES: Preferences = { emailNotifications: true, digest: 'NONE' };

export interface WebhookTarget {
  id: string;
  merchantId: string;
  /** null: every type. */
  events: string[] | null;
}

/**
 * What the notifier reads about people when it addresses a batch: the merchants' names and
 * agents, the associations' names, the admins, each recipient's preferences and the merchants' webhooks. The accounts
 * schema is the API's; the notifier only reads it.
 */
export class Directory {
  constructor(private readonly db: ClientBase) {}

  async merchants(ids: readonly string[]): Promise<Map<string, MerchantFacts>> {
    const found = new Map<string, MerchantFacts>();
    if (ids.length === 0) return found;
    const { rows } = await this.db.query<{ id: string; name: string; agents: string[] | null; leads: string[] | null; supervisors: string[] | null }>(
      `SELECT m.id::text, m.name, array_agg(a.id::text ORDER BY a.created_at) FILTER (WHERE a.id IS NOT NULL) AS agents,
              array_agg(a.id::text ORDER BY a.created_at) FILTER (WHERE a.team_role IN ('OWNER', 'SUPERVISOR')) AS leads,
              array_agg(a.id::text ORDER BY a.created_at) FILTER (WHERE a.team_role = 'SUPERVISOR') AS supervisors
         FROM accounts.merchants m LEFT JOIN accounts.accounts a ON a.merchant_id = m.id AND a.role = 'MERCHANT' AND a.erased_at IS NULL
        WHERE m.id::text = ANY($1) GROUP BY m.id`,
      [ids],
    );
    for (const row of rows) found.set(row.id, { name: row.name, agents: row.agents ?? [], leads: row.leads ?? [], supervisors: row.supervisors ?? [] });
    return found;
  }

  /** Associations' names as the directory shows them (the profile's, else the account's); an erased one has none. */
  async associations(ids: readonly string[]): Promise<Map<string, string>> {
    const found = new Map<string, string>();
    if (ids.length === 0) return found;
    const { rows } = await this.db.query<{ id: string; name: string }>(
      `SELECT a.id::text, coalesce(p.name, a.display_name) AS name
         FROM accounts.accounts a LEFT JOIN accounts.association_profiles p ON p.account_id = a.id
        WHERE a.role = 'ASSOCIATION' AND a.erased_at IS NULL AND a.id::text = ANY($1)`,
      [ids],
    );
    for (const row of rows) found.set(row.id, row.name);
    return found;
  }

  async admins(): Promise<string[]> {
    const { rows } = await this.db.query<{ id: string }>(`SELECT id::text FROM accounts.accounts WHERE role = 'ADMIN' AND erased_at IS NULL ORDER BY created_at`);
    return rows.map((row) => row.id);
  }

  async preferences(accountIds: readonly string[]): Promise<Map<string, Preferences>> {
    const found = new Map<string, Preferences>();
    if (accountIds.length === 0) return found;
    const { rows } = await this.db.query<{ account_id: string; email_notifications: boolean; digest: Preferences['digest'] }>(
      `SELECT account_id::text, email_notifications, digest FROM notifications.preferences WHERE account_id::text = ANY($1)`,
      [accountIds],
    );
    for (const row of rows) found.set(row.account_id, { emailNotifications: row.email_notifications, digest: row.digest });
    return found;
  }

  /** Those of these accounts that were erased (issue 17): nobody to notify any more. */
  async erased(accountIds: readonly string[]): Promise<Set<string>> {
    if (accountIds.length === 0) return new Set();
    const { rows } = await this.db.query<{ id: string }>(`SELECT id::text FROM accounts.accounts WHERE erased_at IS NOT NULL AND id::text = ANY($1)`, [accountIds]);
    return new Set(rows.map((row) => row.id));
  }

  async webhooks(merchantIds: readonly string[]): Promise<WebhookTarget[]> {
    if (merchantIds.length === 0) return [];
    const { rows } = await this.db.query<{ id: string; merchant_id: string; events: string[] | null }>(
      `SELECT id::text, merchant_id::text, events FROM notifications.webhooks WHERE deleted_at IS NULL AND merchant_id::text = ANY($1) ORDER BY created_at`,
      [merchantIds],
    );
    return rows.map((row) => ({ id: row.id, merchantId: row.merchant_id, events: row.events }));
  }
}
