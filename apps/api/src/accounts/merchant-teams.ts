import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { isUuid } from '@recours/event-store';
import { queueTeamAccessEnded } from '@recours/notifications';
import type { DataSource, EntityManager } from 'typeorm';
import { badUserInput, forbidden } from '../graphql/errors';
import { AccountEntity } from './account.entity';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import type { GivenTeamRole, TeamRole } from './team-role';
import { TokenVersions } from './token-versions';

const OWNER_ONLY = { en: "Only the merchant's owner changes its team", fr: 'Seul le compte propriétaire du professionnel modifie son équipe' };
const NOT_AN_AGENT = { en: 'is not an agent of your merchant', fr: 'n’est pas un agent de votre professionnel' };

/**
 * A merchant's agents and their team roles (issue 18 item 2): read by the team, changed by the
 * owner. A merchant always has exactly one owner: the owner hands it on (transferOwnership) and
 * is never removed.
 */
@Injectable()
export class MerchantTeams {
  constructor(
    @Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly tokens: TokenVersions,
    private readonly clock: Clock,
  ) {}

  /** The team role of a merchant agent (null for any other account, a former agent included). */
  async roleOf(accountId: string): Promise<TeamRole | null> {
    const account = await this.dataSource.getRepository(AccountEntity).findOne({ where: { id: accountId }, select: { id: true, role: true, merchantId: true, teamRole: true, erasedAt: true } });
    return account?.role === 'MERCHANT' && account.merchantId && !account.erasedAt ? (account.teamRole ?? 'AGENT') : null;
  }

  /** The agents of one merchant, owner first (an erased person is no longer one), then supervisors, then by name. */
  members(merchantId: string): Promise<AccountEntity[]> {
    return this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .where('a.merchant_id = :merchantId AND a.role = :role AND a.erased_at IS NULL', { merchantId, role: 'MERCHANT' })
      .orderBy(`CASE a.team_role WHEN 'OWNER' THEN 0 WHEN 'SUPERVISOR' THEN 1 ELSE 2 END`)
      .addOrderBy('a.display_name')
      .getMany();
  }

  /**
   * The invitations the owner sent that nobody has accepted yet (addMerchantAgent), oldest first,
   * with the name and role they offer: the owner may withdraw one (remove). Expired ones are not
   * listed: their links no longer work.
   */
  async pendingInvitations(ownerId: string): Promise<Array<{ invitationId: string; merchantId: string; displayName: string; teamRole: GivenTeamRole; expiresAt: Date }>> {
    const owner = await this.dataSource.getRepository(AccountEntity).findOneBy({ id: ownerId });
    if (owner?.role !== 'MERCHANT' || !owner.merchantId || owner.teamRole !== 'OWNER') throw forbidden(OWNER_ONLY);
    const rows: Array<{ id: string; display_name: string; team_role: GivenTeamRole | null; expires_at: Date }> = await this.dataSource.query(
      `SELECT id::text, display_name, team_role, expires_at FROM accounts.email_confirmations
        WHERE purpose = 'AGENT_INVITATION' AND merchant_id = $1 AND used_at IS NULL AND expires_at > now()
        ORDER BY expires_at`,
      [owner.merchantId],
    );
    return rows.map((row) => ({ invitationId: row.id, merchantId: owner.merchantId as string, displayName: row.display_name, teamRole: row.team_role ?? 'AGENT', expiresAt: row.expires_at }));
  }

  /** The owner gives another agent of its merchant a role; its own stays OWNER. */
  async setRole(ownerId: string, agentId: string, teamRole: GivenTeamRole): Promise<AccountEntity> {
    return this.dataSource.transaction(async (manager) => {
      const { agent } = await this.ownerAndAgent(manager, ownerId, agentId, { en: 'is the owner: the owner keeps its role', fr: 'est le propriétaire : il garde son rôle' });
      await manager.update(AccountEntity, { id: agent.id }, { teamRole });
      return { ...agent, teamRole };
    });
  }

  /**
   * The owner hands the merchant to another of its agents, who becomes its owner; the former
   * owner stays in the team as a supervisor. One transaction: the merchant never has two owners,
   * nor none.
   */
  async transferOwnership(ownerId: string, agentId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { owner, agent } = await this.ownerAndAgent(manager, ownerId, agentId, { en: 'is already the owner', fr: 'est déjà le propriétaire' });
      await manager.update(AccountEntity, { id: owner.id }, { teamRole: 'SUPERVISOR', merchantOwner: false });
      await manager.update(AccountEntity, { id: agent.id }, { teamRole: 'OWNER', merchantOwner: true });
    });
  }

  /**
   * The owner removes an agent from the team: she keeps her account, without the merchant, and
   * every token she holds ends at once, on every way in. Her open cases then go back to the
   * team's queue (DepartedAgentCases, once this has committed: from then on none can be given
   * to her). Given the id of an invitation still pending (what addMerchantAgent answers), the
   * owner withdraws it instead: its link no longer lets anyone join (an address mistyped, a
   * person who will not join after all). A removed agent is told, in the same transaction, that
   * she no longer reads the company's cases and who removed her (TEAM_ACCESS_ENDED: the team list
   * names its members to each other), in the app and by e-mail as her preferences say.
   */
  async remove(ownerId: string, agentId: string): Promise<'AGENT_REMOVED' | 'INVITATION_WITHDRAWN'> {
    return this.dataSource.transaction(async (manager) => {
      if (await this.withdrawInvitation(manager, ownerId, agentId)) return 'INVITATION_WITHDRAWN';
      const removal = await this.ownerAndAgent(manager, ownerId, agentId, { en: 'is the owner: hand the merchant to another agent first', fr: 'est le propriétaire : confiez d’abord le professionnel à un autre agent' });
      const { owner, agent } = removal;
      await manager.update(AccountEntity, { id: agent.id }, { merchantId: null, teamRole: null, merchantOwner: false });
      await this.tokens.revoke(agent.id, manager);
      const [merchant]: Array<{ name: string }> = await manager.query(`SELECT name FROM accounts.merchants WHERE id = $1`, [owner.merchantId]);
      await queueTeamAccessEnded(manager, { agentId: agent.id, merchant: merchant?.name ?? '', removedBy: { accountId: owner.id, displayName: owner.displayName }, at: this.clock.now() });
      return 'AGENT_REMOVED';
    });
  }

  /** A pending agent invitation of the owner's merchant used up, as if accepted: true when there was one. */
  private async withdrawInvitation(manager: EntityManager, ownerId: string, invitationId: string): Promise<boolean> {
    if (!isUuid(invitationId)) return false;
    const owner = await this.lockedOwner(manager, ownerId);
    const withdrawn: unknown[] = await manager.query(
      `WITH withdrawn AS (
         UPDATE accounts.email_confirmations SET used_at = now()
          WHERE id = $1 AND purpose = 'AGENT_INVITATION' AND merchant_id = $2 AND used_at IS NULL AND expires_at > now()
          RETURNING id)
       SELECT id FROM withdrawn`,
      [invitationId, owner.merchantId],
    );
    return withdrawn.length > 0;
  }

  /** The caller, locked for the transaction, who must be its merchant's owner. */
  private async lockedOwner(manager: EntityManager, ownerId: string): Promise<AccountEntity> {
    const owner = await manager.getRepository(AccountEntity).findOne({ where: { id: ownerId }, lock: { mode: 'pessimistic_write' } });
    if (owner?.role !== 'MERCHANT' || !owner.merchantId || owner.teamRole !== 'OWNER') throw forbidden(OWNER_ONLY);
    return owner;
  }

  /** The caller, who must be the owner (locked for the transaction), and another agent of its merchant. */
  private async ownerAndAgent(manager: EntityManager, ownerId: string, agentId: string, isOwner: { en: string; fr: string }): Promise<{ owner: AccountEntity; agent: AccountEntity }> {
    const repository = manager.getRepository(AccountEntity);
    const owner = await this.lockedOwner(manager, ownerId);
    const agent = isUuid(agentId) ? await repository.findOneBy({ id: agentId }) : null;
    if (!agent || agent.erasedAt || agent.role !== 'MERCHANT' || agent.merchantId !== owner.merchantId) throw badUserInput([{ field: 'input.agentId', code: 'NOT_AN_AGENT', message: NOT_AN_AGENT }]);
    if (agent.id === owner.id) throw badUserInput([{ field: 'input.agentId', code: 'OWNER_ROLE', message: isOwner }]);
    return { owner, agent };
  }
}
