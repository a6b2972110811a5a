import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_MODELS_SCHEMA } from '../read-models-schema';

@Entity({ schema: READ_MODELS_SCHEMA, name: 'dispute_summaries' })
export class DisputeSummaryEntity {
  @PrimaryColumn({ name: 'dispute_id', type: 'text' }) disputeId!: string;
  @Column({ name: 'consumer_id', type: 'text' }) consumerId!: string;
  @Column({ name: 'merchant_id', type: 'text' }) merchantId!: string;
  @Column({ name: 'mediator_id', type: 'text', nullable: true }) mediatorId!: string | null;
  @Column({ name: 'association_id', type: 'text', nullable: true }) associationId!: string | null;
  @Column({ type: 'jsonb' }) product!: Record<string, unknown>;
  @Column({ type: 'text' }) status!: string;
  @Column({ type: 'text' }) turn!: string;
  @Column({ name: 'requested_remedy', type: 'text' }) requestedRemedy!: string;
  @Column({ name: 'price_amount', type: 'numeric', precision: 14, scale: 2 }) priceAmount!: string;
  @Column({ name: 'price_currency', type: 'text' }) priceCurrency!: string;
  @Column({ name: 'offer_id', type: 'text', nullable: true }) offerId!: string | null;
  @Column({ name: 'offer_side', type: 'text', nullable: true }) offerSide!: string | null;
  @Column({ name: 'offer_remedy', type: 'text', nullable: true }) offerRemedy!: string | null;
  @Column({ name: 'offer_amount', type: 'numeric', precision: 14, scale: 2, nullable: true }) offerAmount!: string | null;
  @Column({ name: 'offer_currency', type: 'text', nullable: true }) offerCurrency!: string | null;
  @Column({ name: 'offer_expires_at', type: 'timestamptz', nullable: true }) offerExpiresAt!: Date | null;
  @Column({ name: 'agreed_remedy', type: 'text', nullable: true }) agreedRemedy!: string | null;
  @Column({ name: 'agreed_amount', type: 'numeric', precision: 14, scale: 2, nullable: true }) agreedAmount!: string | null;
  @Column({ name: 'agreed_currency', type: 'text', nullable: true }) agreedCurrency!: string | null;
  @Column({ name: 'remedy_due_at', type: 'timestamptz', nullable: true }) remedyDueAt!: Date | null;
  @Column({ name: 'next_deadline_kind', type: 'text', nullable: true }) nextDeadlineKind!: string | null;
  @Column({ name: 'next_deadline_at', type: 'timestamptz', nullable: true }) nextDeadlineAt!: Date | null;
  @Column({ name: 'filed_at', type: 'timestamptz' }) filedAt!: Date;
  @Column({ name: 'last_activity_at', type: 'timestamptz' }) lastActivityAt!: Date;
  @Column({ type: 'integer' }) version!: number;
  @Column({ name: 'last_position', type: 'numeric', precision: 39, scale: 0 }) lastPosition!: string;
  /** The projection's folding state: never read by queries. */
  @Column({ type: 'json', select: false }) state!: unknown;
}
