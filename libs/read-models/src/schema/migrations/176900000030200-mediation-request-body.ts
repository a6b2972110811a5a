import { sqlMigration } from '@recours/database';

/**
 * The mediation body a request went to, recorded with it (MediationRequested `mediationBodyId`):
 * the activity report (R614-2) files each request under it, not under the body its merchant
 * designates today. Null for the rows already there, as for every request recorded before the
 * body was; the mediation-activity projection's version 2 rebuilds the table at its next start
 * (the requests recorded before keep a null body, the report's fallback). Frozen.
 */
export const MediationRequestBody176900000030200 = sqlMigration('MediationRequestBody176900000030200', {
  up: [`ALTER TABLE read_models.mediation_requests ADD COLUMN body_id text`],
  down: [`ALTER TABLE read_models.mediation_requests DROP COLUMN body_id`],
});
