import { sqlMigration } from '@recours/database';

/**
 * The withdrawal letter (`GET /disputes/:id/withdrawal.pdf`) is logged when downloaded, as the
 * formal notice is: the consumer sees that her mandated association downloaded it. The kind's
 * CHECK gains WITHDRAWAL_LETTER; going down deletes those entries first.
 */
export const AccessLogWithdrawalLetter176900000029300 = sqlMigration('AccessLogWithdrawalLetter176900000029300', {
  up: [
    `ALTER TABLE accounts.access_log DROP CONSTRAINT access_log_kind_check`,
    `ALTER TABLE accounts.access_log ADD CONSTRAINT access_log_kind_check CHECK (kind IN ('DISPUTE_READ', 'EVIDENCE_FILE', 'CASE_FILE', 'FORMAL_NOTICE', 'WITHDRAWAL_LETTER'))`,
  ],
  down: [
    `DELETE FROM accounts.access_log WHERE kind = 'WITHDRAWAL_LETTER'`,
    `ALTER TABLE accounts.access_log DROP CONSTRAINT access_log_kind_check`,
    `ALTER TABLE accounts.access_log ADD CONSTRAINT access_log_kind_check CHECK (kind IN ('DISPUTE_READ', 'EVIDENCE_FILE', 'CASE_FILE', 'FORMAL_NOTICE'))`,
  ],
});
