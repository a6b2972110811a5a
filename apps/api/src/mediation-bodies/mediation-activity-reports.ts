import { Inject, Injectable } from '@nestjs/common';
import type { MediationFacts } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../accounts/accounts-data-source';
import { requireViewer } from '../auth/current-viewer.decorator';
import type { Viewer } from '../auth/viewer';
import { badUserInput, forbidden } from '../graphql/errors';
import { activityReport, type ActivityReport } from './activity-figures';
import { MediationBodies } from './mediation-bodies';

/** The years a report may be asked for: recours did not exist before, and a year far ahead has nothing. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * The annual activity report of a mediation body (R614-2), for its own mediators and the admin:
 * one definition of who may read it and of what it holds, for the GraphQL query and the CSV.
 * Computed from the mediation_requests read model: the mediations that went to the body, as
 * recorded with each request (`body_id`), whatever its merchant designates since. A request
 * recorded before the body was (null `body_id`) falls back to today's rule: the merchant's body of
 * today (the one it designates; for the default body, also those that designate none), as
 * dispute_summaries names each dispute's merchant.
 */
@Injectable()
export class MediationActivityReports {
  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly bodies: MediationBodies,
  ) {}

  /** The report, or why not: UNAUTHENTICATED, FORBIDDEN (another role, a mediator of another body), BAD_USER_INPUT naming `bodyId` or `year`. */
  async reportFor(viewer: Viewer | null, bodyId: string, year: number, fields = { bodyId: 'bodyId', year: 'year' }): Promise<ActivityReport> {
    const who = requireViewer(viewer, 'MEDIATOR', 'ADMIN');
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw badUserInput([{ field: fields.year, code: 'NOT_IN_RANGE', params: { min: FIRST_YEAR, max: LAST_YEAR }, message: { en: `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`, fr: `doit être une année de ${FIRST_YEAR} à ${LAST_YEAR}` } }]);
    }
    const body = await this.bodies.mustFind(bodyId, fields.bodyId);
    if (who.role === 'MEDIATOR' && !(await this.bodies.bodiesOf(who.accountId)).includes(body.id)) {
      throw forbidden({ en: 'Only the mediators of this body and the admin read its activity report.', fr: 'Seuls les médiateurs de cet organisme et l’administrateur lisent son rapport d’activité.' });
    }
    return activityReport(await this.factsOf(body.id, year), year);
  }

  /** The mediations of the body with any fact in the year (Paris time), read back as ISO instants. */
  private async factsOf(bodyId: string, year: number): Promise<MediationFacts[]> {
    const rows = await this.dataSource.query<Array<{ facts: MediationFacts }>>(
      `WITH period AS (SELECT make_timestamptz($2, 1, 1, 0, 0, 0, 'Europe/Paris') AS starts, make_timestamptz($2 + 1, 1, 1, 0, 0, 0, 'Europe/Paris') AS ends)
       SELECT json_build_object(
                'dispute_id', r.dispute_id, 'body_id', r.body_id, 'requested_at', r.requested_at, 'decided_at', r.decided_at, 'admissible', r.admissible, 'ground', r.ground,
                'extended_at', r.extended_at, 'ended_at', r.ended_at, 'outcome', r.outcome, 'carried_out_at', r.carried_out_at) AS facts
         FROM read_models.mediation_requests r
         LEFT JOIN read_models.dispute_summaries s ON s.dispute_id = r.dispute_id AND r.body_id IS NULL
         LEFT JOIN accounts.merchants m ON m.id::text = s.merchant_id
         LEFT JOIN accounts.mediation_bodies d ON d.is_default AND m.id IS NOT NULL AND m.mediation_body_id IS NULL
         CROSS JOIN period p
        WHERE coalesce(r.body_id::uuid, m.mediation_body_id, d.id) = $1
          AND EXISTS (SELECT 1 FROM unnest(ARRAY[r.requested_at, r.decided_at, r.extended_at, r.ended_at, r.carried_out_at]) AS t(at) WHERE t.at >= p.starts AND t.at < p.ends)`,
      [bodyId, year],
    );
    return rows.map((r) => r.facts);
  }
}
