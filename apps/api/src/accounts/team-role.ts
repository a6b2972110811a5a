/** A merchant agent's place in its merchant's team (issue 18 item 2). */
export const TEAM_ROLES = ['OWNER', 'SUPERVISOR', 'AGENT'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** The roles the owner gives: there is one owner, the account that signed the merchant up. */
export const GIVEN_TEAM_ROLES = ['SUPERVISOR', 'AGENT'] as const;
export type GivenTeamRole = (typeof GIVEN_TEAM_ROLES)[number];

/** Who leads the team: assigns cases, receives escalated ones, manages the reply templates. */
export const leadsTeam = (role: TeamRole | null | undefined): boolean => role === 'OWNER' || role === 'SUPERVISOR';
