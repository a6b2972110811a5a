import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_MODELS_SCHEMA } from '../read-models-schema';

@Entity({ schema: READ_MODELS_SCHEMA, name: 'association_cases' })
export class AssociationCaseEntity {
  @PrimaryColumn({ name: 'dispute_id', type: 'text' }) disputeId!: string;
  @Column({ name: 'association_id', type: 'text' }) associationId!: string;
  @Column({ name: 'consumer_id', type: 'text' }) consumerId!: string;
  @Column({ name: 'merchant_id', type: 'text' }) merchantId!: string;
  @Column({ name: 'product_name', type: 'text' }) productName!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) turn!: string;
  @Column({ name: 'mandate_granted_at', type: 'timestamptz' }) mandateGrantedAt!: Date;
  @Column({ name: 'next_deadline_kind', type: 'text', nullable: true }) nextDeadlineKind!: string | null;
  @Column({ name: 'next_deadline_at', type: 'timestamptz', nullable: true }) nextDeadlineAt!: Date | null;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt!: Date;
}
