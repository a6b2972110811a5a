import { readModelTable } from '../../schema/read-model-table';

/**
 * One row per mediation request: what a mediation body's annual activity report (R614-2) is
 * counted from. Kept per request, not as running totals, because a median duration cannot be
 * kept as a running total and a year is cut where the reader asks.
 */
export const MEDIATION_REQUESTS = readModelTable({
  name: 'mediation_requests',
  columns: {
    dispute_id: 'text',
    requested_at: 'timestamptz',
    /** When admissibility was decided, and how; null while undecided. */
    decided_at: 'timestamptz?',
    admissible: 'boolean?',
    /** The ground of L612-2 a refusal rests on (InadmissibilityGround); null when none was given. */
    ground: 'text?',
    /** The R612-5 extension for a complex dispute. */
    extended_at: 'timestamptz?',
    /** When the mediation ended other than by a refusal, and how (MediationOutcome). */
    ended_at: 'timestamptz?',
    outcome: 'text?',
    /** The remedy agreed in mediation was confirmed carried out (R614-2 6°). */
    carried_out_at: 'timestamptz?',
    /**
     * The mediation body the request went to, as recorded with it (MediationRequested,
     * `mediationBodyId`): it stays the request's whatever the merchant designates later. Null
     * for a request recorded before the body was (or while no body existed): the report then
     * files it under the merchant's body of today (version 2, migration 176900000030200).
     */
    body_id: 'text?',
  },
  primaryKey: ['dispute_id'],
  // A request without body_id is filed under the merchant's body of today (designated, else the default one), found through dispute_summaries when the report is read.
});
