import { sqlMigration } from '@recours/database';

/**
 * Merchant teams (issue 18 item 2): each agent of a merchant holds a team role. The account that
 * signed the merchant up is its OWNER; the agents who joined before roles existed become AGENTs
 * (the least of the three: they keep reading and answering every case, as before, and the owner
 * promotes whom it chooses). An invitation carries the role the owner chose. Only additions.
 */
export const MerchantTeamRoles176900000007000 = sqlMigration('MerchantTeamRoles176900000007000', {
  up: [`
      ALTER TABLE accounts.accounts ADD COLUMN team_role text CHECK (team_role IN ('OWNER', 'SUPERVISOR', 'AGENT'));
      UPDATE accounts.accounts SET team_role = CASE WHEN merchant_owner THEN 'OWNER' ELSE 'AGENT' END WHERE role = 'MERCHANT';
      ALTER TABLE accounts.email_confirmations ADD COLUMN team_role text CHECK (team_role IN ('SUPERVISOR', 'AGENT'));`],
  down: [`ALTER TABLE accounts.email_confirmations DROP COLUMN team_role; ALTER TABLE accounts.accounts DROP COLUMN team_role;`],
});
