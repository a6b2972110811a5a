import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_MODELS_SCHEMA } from '../read-models-schema';

@Entity({ schema: READ_MODELS_SCHEMA, name: 'mediator_caseload' })
export class MediatorCaseEntity {
  @PrimaryColumn({ name: 'dispute_id', type: 'text' }) disputeId!: string;
  @Column({ name: 'mediator_id', type: 'text' }) mediatorId!: string;
  @Column({ name: 'consumer_id', type: 'text' }) consumerId!: string;
  @Column({ name: 'merchant_id', type: 'text' }) merchantId!: string;
  @Column({ name: 'product_name', type: 'text' }) productName!: string;
  @Column({ type: 'text' }) stage!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) turn!: string;
  @Column({ name: 'requested_at', type: 'timestamptz' }) requestedAt!: Date;
  @Column({ name: 'admissibility_due_at', type: 'timestamptz' }) admissibilityDueAt!: Date;
  @Column({ name: 'admissibility_overdue', type: 'boolean' }) admissibilityOverdue!: boolean;
  @Column({ name: 'file_completed_at', type: 'timestamptz', nullable: true }) fileCompletedAt!: Date | null;
  @Column({ name: 'outcome_due_on', type: 'date', nullable: true }) outcomeDueOn!: string | null;
  @Column({ name: 'outcome_due_at', type: 'timestamptz', nullable: true }) outcomeDueAt!: Date | null;
  @Column({ name: 'outcome_overdue', type: 'boolean' }) outcomeOverdue!: boolean;
  @Column({ name: 'next_due_at', type: 'timestamptz' }) nextDueAt!: Date;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt!: Date;
}
