import { initializeMigrated, POOL_ERROR_LISTENER, POOL_TIMEOUTS } from '@recours/database';
import { DataSource } from 'typeorm';

import { AccountEntity } from './account.entity';
import { MerchantEntity } from './merchant.entity';
import { CreateAccounts1764000000000 } from './migrations/1764000000000-create-accounts';
import { TokenVersions1766000000000 } from './migrations/1766000000000-token-versions';
import { AttemptCounters1766100000000 } from './migrations/1766100000000-attempt-counters';
import { ConfirmedAddresses1768120000000 } from './migrations/1768120000000-confirmed-addresses';
import { AccountLocaleAndPasswordResets1768200000000 } from './migrations/1768200000000-account-locale-and-password-resets';
import { MediationBodies176900000003000 } from './migrations/176900000003000-mediation-bodies';
import { MerchantTeamRoles176900000007000 } from './migrations/176900000007000-merchant-team-roles';
import { ReplyTemplates176900000007200 } from './migrations/176900000007200-reply-templates';
import { BodyMediatorEntity, MediationBodyEntity, MediatorAbsenceEntity, MediatorConflictEntity } from '../mediation-bodies/mediation-body.entity';
import { AccountSecurityAndAccessLog176900000002000 } from './migrations/176900000002000-account-security-and-access-log';
import { AssociationProfiles176900000004000 } from './migrations/176900000004000-association-profiles';
import { MediatorAbsences176900000009000 } from './migrations/176900000009000-mediator-absences';
import { Erasures176900000010000 } from './migrations/176900000010000-erasures';
import { MerchantInvitations176900000014000 } from './migrations/176900000014000-merchant-invitations';
import { FormerMerchantAgents176900000015000 } from './migrations/176900000015000-former-merchant-agents';
import { HashedAttemptCounters176900000017000 } from './migrations/176900000017000-hashed-attempt-counters';
import { RetentionFailures176900000020000 } from './migrations/176900000020000-retention-failures';
import { AddressSpellings176900000021000 } from './migrations/176900000021000-address-spellings';
import { AddressSpellingsOfLinks176900000021100 } from './migrations/176900000021100-address-spellings-of-links';
import { BlankSupportChannels176900000021200 } from './migrations/176900000021200-blank-support-channels';
import { ErasableInvitationAddresses176900000029100 } from './migrations/176900000029100-erasable-invitation-addresses';
import { AccessLogByTime176900000029200 } from './migrations/176900000029200-access-log-by-time';
import { AccessLogWithdrawalLetter176900000029300 } from './migrations/176900000029300-access-log-withdrawal-letter';
import { PreviousNames176900000029700 } from './migrations/176900000029700-previous-names';
import { AddressChanges176900000029710 } from './migrations/176900000029710-address-changes';
import { MerchantsByTextId176900000029940 } from './migrations/176900000029940-merchants-by-text-id';
import { LinksByPerson176900000029960 } from './migrations/176900000029960-links-by-person';
import { AssociationProfileEntity } from '../associations/association-profile.entity';

export const ACCOUNTS_DATA_SOURCE = Symbol.for('recours.AccountsDataSource');

/** The accounts schema's own TypeORM connection; migrations run once, under an advisory lock. */
export async function openAccountsDataSource(url: string): Promise<DataSource> {
  const dataSource = new DataSource({
    type: 'postgres',
    url,
    entities: [AccountEntity, MerchantEntity, MediationBodyEntity, BodyMediatorEntity, MediatorConflictEntity, MediatorAbsenceEntity, AssociationProfileEntity],
    migrations: [CreateAccounts1764000000000, TokenVersions1766000000000, AttemptCounters1766100000000, ConfirmedAddresses1768120000000, AccountLocaleAndPasswordResets1768200000000, MediationBodies176900000003000, AccountSecurityAndAccessLog176900000002000, AssociationProfiles176900000004000, MerchantTeamRoles176900000007000, MediatorAbsences176900000009000, ReplyTemplates176900000007200, Erasures176900000010000, MerchantInvitations176900000014000, FormerMerchantAgents176900000015000, HashedAttemptCounters176900000017000, RetentionFailures176900000020000, AddressSpellings176900000021000, AddressSpellingsOfLinks176900000021100, BlankSupportChannels176900000021200, ErasableInvitationAddresses176900000029100, AccessLogByTime176900000029200, AccessLogWithdrawalLetter176900000029300, PreviousNames176900000029700, AddressChanges176900000029710, MerchantsByTextId176900000029940, LinksByPerson176900000029960],
    migrationsTableName: 'accounts_migrations',
    migrationsTransactionMode: 'all',
    extra: { max: 5, application_name: 'recours-accounts', ...POOL_TIMEOUTS, ...POOL_ERROR_LISTENER },
  });
  return initializeMigrated(dataSource, 'recours.migrations.accounts');
}
