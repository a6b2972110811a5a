import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { badUserInput, forbidden } from '../graphql/errors';
import { AccountEntity } from './account.entity';
import { ACCOUNTS_DATA_SOURCE } from './accounts-data-source';
import type { GivenTeamRole, TeamRole } from './team-role';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A merchant's agents and their team roles (issue 18 item 2): read by the team, changed by the owner. */
@Injectable()
export class MerchantTeams {
  constructor(@Inject(ACCOUNTS_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The team role of a merchant agent (null for any other account). */
  async roleOf(accountId: string): Promise<TeamRole | null> {
    const account = await this.dataSource.getRepository(AccountEntity).findOne({ where: { id: accountId }, select: { id: true, role: true, teamRole: true } });
    return account?.role === 'MERCHANT' ? (account.teamRole ?? 'AGENT') : null;
  }

  /** The agents of one merchant, owner first, then supervisors, then by name. */
  members(merchantId: string): Promise<AccountEntity[]> {
    return this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('a')
      .where('a.merchant_id = :merchantId AND a.role = :role', { merchantId, role: 'MERCHANT' })
      .orderBy(`CASE a.team_role WHEN 'OWNER' THEN 0 WHEN 'SUPERVISOR' THEN 1 ELSE 2 END`)
      .addOrderBy('a.display_name')
      .getMany();
  }

  /** The owner gives another agent of its merchant a role; its own stays OWNER. */
  async setRole(ownerId: string, agentId: string, teamRole: GivenTeamRole): Promise<AccountEntity> {
    const repository = this.dataSource.getRepository(AccountEntity);
    const owner = await repository.findOneBy({ id: ownerId });
    if (owner?.role !== 'MERCHANT' || owner.teamRole !== 'OWNER') {
      throw forbidden({ en: "Only the merchant's owner chooses its agents' roles", fr: 'Seul le compte propriétaire du professionnel choisit le rôle de ses agents' });
    }
    const agent = UUID.test(agentId) ? await repository.findOneBy({ id: agentId }) : null;
    if (!agent || agent.role !== 'MERCHANT' || agent.merchantId !== owner.merchantId) {
      throw badUserInput([{ field: 'input.agentId', code: 'NOT_AN_AGENT', message: { en: 'is not an agent of your merchant', fr: 'n’est pas un agent de votre professionnel' } }]);
    }
    if (agent.id === owner.id) {
      throw badUserInput([{ field: 'input.agentId', code: 'OWNER_ROLE', message: { en: 'is the owner: the owner keeps its role', fr: 'est le propriétaire : il garde son rôle' } }]);
    }
    await repository.update({ id: agent.id }, { teamRole });
    return { ...agent, teamRole };
  }
}
