import { escapeLiteral } from 'pg';

/**
 * Told at the commit of every batch a projector applies: which projections have passed which
 * position of the log. Processes that wait on projections they do not run (read-your-writes in an
 * API whose projections run in apps/projector, or in another API process) settle their waiters
 * from it instead of polling the checkpoints.
 */
export const PROJECTIONS_APPLIED_CHANNEL = 'recours_projections_applied';

/** Every event up to `position` (inclusive) that one of `projections` handles is applied and committed. */
export interface AppliedAnnouncement {
  position: bigint;
  projections: string[];
}

/**
 * The statement announcing it, to go inside the batch's transaction: PostgreSQL delivers a NOTIFY
 * only once its transaction commits, so a listener never hears of rows it cannot read yet. SQL
 * without parameters (values inlined as literals), to go in one round trip with COMMIT.
 */
export function announceAppliedSql(announcement: AppliedAnnouncement): string | undefined {
  if (announcement.projections.length === 0) return undefined;
  return `SELECT pg_notify(${escapeLiteral(PROJECTIONS_APPLIED_CHANNEL)}, ${escapeLiteral(formatAnnouncement(announcement))})`;
}

export const formatAnnouncement = ({ position, projections }: AppliedAnnouncement): string => [position.toString(), ...projections].join(' ');

/** The announcement in a NOTIFY's payload; undefined for anything else (a payload of another version, say). */
export function parseAnnouncement(payload: string | undefined): AppliedAnnouncement | undefined {
  const [position, ...projections] = (payload ?? '').split(' ');
  if (!position || !/^\d+$/.test(position) || projections.length === 0) return undefined;
  return { position: BigInt(position), projections };
}
