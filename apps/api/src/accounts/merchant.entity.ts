import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface SupportChannels {
  hotline?: string | null;
  email?: string | null;
  chat?: string | null;
  servicePoints?: string[];
}

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

  /** The consumer mediator the merchant designated (an account id with role MEDIATOR). */
  @Column('uuid', { name: 'designated_mediator_id', nullable: true })
  designatedMediatorId!: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}
