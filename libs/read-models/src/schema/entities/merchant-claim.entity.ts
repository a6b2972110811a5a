import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_MODELS_SCHEMA } from '../read-models-schema';

@Entity({ schema: READ_MODELS_SCHEMA, name: 'merchant_claims' })
export class MerchantClaimEntity {
  @PrimaryColumn({ name: 'dispute_id', type: 'text' }) disputeId!: string;
  @Column({ name: 'merchant_id', type: 'text' }) merchantId!: string;
  @Column({ name: 'filed_at', type: 'timestamptz' }) filedAt!: Date;
  @Column({ name: 'response_due_at', type: 'timestamptz' }) responseDueAt!: Date;
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true }) firstResponseAt!: Date | null;
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true }) answeredAt!: Date | null;
  @Column({ name: 'mediation_requested_at', type: 'timestamptz', nullable: true }) mediationRequestedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) outcome!: string | null;
  @Column({ type: 'smallint', nullable: true }) rating!: number | null;
}
