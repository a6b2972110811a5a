import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { AccountRole } from './account-role';

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

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
