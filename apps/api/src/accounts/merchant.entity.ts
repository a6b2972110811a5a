import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface SupportChannels {
  hotline?: string | null;
  email?: string | null;
  chat?: string | null;
  servicePoints?: string[];
}

/** Someone acts for it on recours: it signed up, or a company a consumer invited took its profile over. */
export const isOnRecours = (merchant: Pick<MerchantEntity, 'invitedAt' | 'takenOverAt'>): boolean => merchant.invitedAt === null || merchant.takenOverAt !== null;

/** A merchant organisation: the public directory entry and its after-sales contacts. */
@Entity({ schema: 'accounts', name: 'merchants' })
export class MerchantEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** Lower-cased, accent-free name for directory search. */
  @Index()
  @Column('text', { name: 'search_name' })
  searchName!: string;

  @Column('jsonb', { name: 'support_channels', default: () => `'{}'::jsonb` })
  supportChannels!: SupportChannels;

  /** The mediation body the merchant designated (L612-1); until it does, its requests go to the default body. */
  @Column('uuid', { name: 'mediation_body_id', nullable: true })
  mediationBodyId!: string | null;

  /** Deprecated by mediationBodyId: the consumer mediator the merchant designated (an account id with role MEDIATOR). */
  @Column('uuid', { name: 'designated_mediator_id', nullable: true })
  designatedMediatorId!: string | null;

  /** When an address at the merchant's domain was confirmed: before that it shows as unverified. */
  @Column('timestamptz', { name: 'verified_at', nullable: true })
  verifiedAt!: Date | null;

  /** The domain of the confirmed address, shown beside the name. */
  @Column('text', { name: 'verified_domain', nullable: true })
  verifiedDomain!: string | null;

  /** The name as compared for uniqueness among verified merchants (merchantNameKey). */
  @Column('text', { name: 'verified_name_key', nullable: true })
  verifiedNameKey!: string | null;

  /** The company's SIREN, when a consumer who invited it gave it (checked for its key, not against the registry). */
  @Column('text', { nullable: true })
  siren!: string | null;

  /** The domain of the contact address a consumer typed when inviting it (null for a free mail provider's). */
  @Column('text', { name: 'contact_domain', nullable: true })
  contactDomain!: string | null;

  /** When a consumer invited it (a company not on recours); null for a merchant that signed up. */
  @Column('timestamptz', { name: 'invited_at', nullable: true })
  invitedAt!: Date | null;

  /** When someone from the invited company took its profile over, after the verification rule. */
  @Column('timestamptz', { name: 'taken_over_at', nullable: true })
  takenOverAt!: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
