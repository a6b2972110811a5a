import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Locale } from '@recours/locale';
import type { AccountRole } from './account-role';
import type { TeamRole } from './team-role';

@Entity({ schema: 'accounts', name: 'accounts' })
export class AccountEntity {
  @PrimaryColumn('uuid')
  id!: string;

  /** Stored lower-cased: one address, one account. */
  @Index({ unique: true })
  @Column('text')
  email!: string;

  @Column('text', { name: 'password_hash' })
  passwordHash!: string;

  @Column('text', { name: 'display_name' })
  displayName!: string;

  @Column('text')
  role!: AccountRole;

  /** For merchant agents: the organisation they act for. */
  @Index()
  @Column('uuid', { name: 'merchant_id', nullable: true })
  merchantId!: string | null;

  /** The merchant's first user, who may add agents. */
  @Column('boolean', { name: 'merchant_owner', default: false })
  merchantOwner!: boolean;

  /** For merchant agents: OWNER (the account that signed up), SUPERVISOR or AGENT (issue 18 item 2). */
  @Column('text', { name: 'team_role', nullable: true })
  teamRole!: TeamRole | null;

  /** Carried in every token issued; raising it (TokenVersions.revoke) ends every session at once. */
  @Column('integer', { name: 'token_version', default: 0 })
  tokenVersion!: number;

  /** When the account confirmed its address (the link of its VERIFY_EMAIL e-mail, or an accepted invitation). */
  @Column('timestamptz', { name: 'email_verified_at', nullable: true })
  emailVerifiedAt!: Date | null;

  /** The language of its e-mails and notifications (`User.locale`); null reads as French. */
  @Column('text', { nullable: true })
  locale!: Locale | null;

  /** When its personal data was erased (issue 17): the row is then a tombstone, no token of it holds. */
  @Column('timestamptz', { name: 'erased_at', nullable: true })
  erasedAt!: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
