/**
 * A merchant agent's place in its merchant's team (issue 18 item 2). The accounts hold it; the
 * API hands it to the decider with the actor, and it is never recorded in an event.
 */
export const TEAM_ROLES = ['OWNER', 'SUPERVISOR', 'AGENT'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The owner and the supervisors lead the team: they assign cases and receive escalated ones. */
export const leadsTeam = (role: TeamRole | undefined): boolean => role === 'OWNER' || role === 'SUPERVISOR';
