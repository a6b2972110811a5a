import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_MODELS_SCHEMA } from '../read-models-schema';

@Entity({ schema: READ_MODELS_SCHEMA, name: 'open_deadlines' })
export class OpenDeadlineEntity {
  @PrimaryColumn({ name: 'dispute_id', type: 'text' }) disputeId!: string;
  @PrimaryColumn({ type: 'text' }) kind!: string;
  /** The offer, for OFFER_EXPIRY; '' otherwise. */
  @PrimaryColumn({ name: 'refers_to', type: 'text' }) refersTo!: string;
  @Column({ name: 'due_on', type: 'date' }) dueOn!: string;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt!: Date;
  @Column({ name: 'owed_by', type: 'text' }) owedBy!: string;
  @Column({ name: 'remind_at', type: 'timestamptz', nullable: true }) remindAt!: Date | null;
  @Column({ type: 'boolean' }) reminded!: boolean;
}
