export { TEAM_ROLES, type TeamRole } from '@recours/disputes';

/** The roles the owner gives: there is one owner, the account that signed the merchant up. */
export const GIVEN_TEAM_ROLES = ['SUPERVISOR', 'AGENT'] as const;
export type GivenTeamRole = (typeof GIVEN_TEAM_ROLES)[number];
