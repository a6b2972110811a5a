import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_MODELS_SCHEMA } from '../read-models-schema';

@Entity({ schema: READ_MODELS_SCHEMA, name: 'merchant_inbox' })
export class MerchantInboxEntryEntity {
  @PrimaryColumn({ name: 'dispute_id', type: 'text' }) disputeId!: string;
  @Column({ name: 'merchant_id', type: 'text' }) merchantId!: string;
  @Column({ name: 'consumer_id', type: 'text' }) consumerId!: string;
  @Column({ name: 'product_name', type: 'text' }) productName!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) turn!: string;
  @Column({ name: 'due_kind', type: 'text', nullable: true }) dueKind!: string | null;
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true }) dueAt!: Date | null;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt!: Date;
}
