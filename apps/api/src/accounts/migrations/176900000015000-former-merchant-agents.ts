import { sqlMigration } from '@recours/database';

/**
 * An agent the owner removes from the team (issue 18 item 2) keeps her account, and with it what
 * she may take back of her data, but no longer belongs to the merchant: a MERCHANT account
 * without a merchant is a former member, with no team role and no ownership.
 */
export const FormerMerchantAgents176900000015000 = sqlMigration('FormerMerchantAgents176900000015000', {
  up: [`
      DO $$ DECLARE old text;
      BEGIN
        SELECT conname INTO old FROM pg_constraint
         WHERE conrelid = 'accounts.accounts'::regclass AND contype = 'c' AND pg_get_constraintdef(oid) LIKE '%merchant_id IS NOT NULL%';
        IF old IS NOT NULL THEN EXECUTE format('ALTER TABLE accounts.accounts DROP CONSTRAINT %I', old); END IF;
      END $$;
      ALTER TABLE accounts.accounts ADD CONSTRAINT accounts_merchant_membership
        CHECK ((role = 'MERCHANT' OR merchant_id IS NULL) AND (merchant_id IS NOT NULL OR (team_role IS NULL AND NOT merchant_owner)));`],
  down: [`
      ALTER TABLE accounts.accounts DROP CONSTRAINT accounts_merchant_membership;
      ALTER TABLE accounts.accounts ADD CONSTRAINT accounts_check CHECK ((role = 'MERCHANT') = (merchant_id IS NOT NULL));`],
});
