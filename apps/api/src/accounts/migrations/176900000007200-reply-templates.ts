import { sqlMigration } from '@recours/database';

/**
 * Reply templates of a merchant's team (issue 18 item 2): texts its owner and supervisors keep
 * for messages and offer terms, which any agent of the merchant uses to prefill a form. Only additions.
 */
export const ReplyTemplates176900000007200 = sqlMigration('ReplyTemplates176900000007200', {
  up: [`
      CREATE TABLE accounts.reply_templates (
        id uuid PRIMARY KEY,
        merchant_id uuid NOT NULL REFERENCES accounts.merchants (id) ON DELETE CASCADE,
        title text NOT NULL,
        body text NOT NULL,
        updated_by uuid REFERENCES accounts.accounts (id) ON DELETE SET NULL,
        updated_at timestamptz NOT NULL DEFAULT now());
      CREATE INDEX reply_templates_by_merchant ON accounts.reply_templates (merchant_id, title);`],
  down: [`DROP TABLE accounts.reply_templates`],
});
