import { Column, Entity, PrimaryColumn } from 'typeorm';
import { READ_MODELS_SCHEMA } from '../read-models-schema';

@Entity({ schema: READ_MODELS_SCHEMA, name: 'dispute_timeline' })
export class TimelineEntryEntity {
  @PrimaryColumn({ name: 'dispute_id', type: 'text' }) disputeId!: string;
  @PrimaryColumn({ name: 'stream_version', type: 'integer' }) streamVersion!: number;
  @Column({ name: 'event_id', type: 'text' }) eventId!: string;
  @Column({ name: 'global_position', type: 'numeric', precision: 39, scale: 0 }) globalPosition!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt!: Date;
  @Column({ name: 'actor_kind', type: 'text' }) actorKind!: string;
  @Column({ name: 'actor_id', type: 'text' }) actorId!: string;
  @Column({ name: 'on_behalf_of', type: 'text', nullable: true }) onBehalfOf!: string | null;
  @Column({ type: 'text' }) summary!: string;
  @Column({ name: 'visible_to', type: 'text', array: true }) visibleTo!: string[];
}
