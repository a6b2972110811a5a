import { sqlMigration } from '@recours/database';

/**
 * Issue 12 item 4: who filed each claim, when it was withdrawn and rated, and which accounts
 * confirmed their address. Literal SQL, frozen like every migration. The new columns start
 * empty: merchant-scorecard is at version 2, so the leading runner rebuilds its tables at start.
 */
export const ScorecardBasis1796200000000 = sqlMigration('ScorecardBasis1796200000000', {
  up: [`
ALTER TABLE read_models.merchant_claims ADD COLUMN consumer_id text, ADD COLUMN withdrawn_at timestamptz, ADD COLUMN rated_at timestamptz;
CREATE TABLE read_models.rater_verifications (
  account_id text NOT NULL,
  verified_at timestamptz NOT NULL,
  PRIMARY KEY (account_id)
);
`],
  down: [`DROP TABLE read_models.rater_verifications; ALTER TABLE read_models.merchant_claims DROP COLUMN consumer_id, DROP COLUMN withdrawn_at, DROP COLUMN rated_at;`],
});
