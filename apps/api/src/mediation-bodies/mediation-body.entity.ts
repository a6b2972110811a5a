import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A consumer mediation body (L612-1): the merchants that designated it send it their requests. */
@Entity({ schema: 'accounts', name: 'mediation_bodies' })
export class MediationBodyEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  /** The trades it mediates, as the body states them. */
  @Column('text', { array: true, default: () => `'{}'` })
  sectors!: string[];

  /** Where the requests of a merchant that designated no body go (at most one). */
  @Column('boolean', { name: 'is_default', default: false })
  isDefault!: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt!: Date;
}

/** A mediator of a body. */
@Entity({ schema: 'accounts', name: 'mediation_body_mediators' })
export class BodyMediatorEntity {
  @PrimaryColumn('uuid', { name: 'body_id' })
  bodyId!: string;

  @PrimaryColumn('uuid', { name: 'mediator_id' })
  mediatorId!: string;

  @Column('timestamptz', { name: 'joined_at', default: () => 'now()' })
  joinedAt!: Date;
}

/** A merchant a mediator declared she may not mediate for (L613-1: independence): she is never assigned its cases. */
@Entity({ schema: 'accounts', name: 'mediator_conflicts' })
export class MediatorConflictEntity {
  @PrimaryColumn('uuid', { name: 'mediator_id' })
  mediatorId!: string;

  @PrimaryColumn('uuid', { name: 'merchant_id' })
  merchantId!: string;

  @Column('timestamptz', { name: 'declared_at', default: () => 'now()' })
  declaredAt!: Date;
}

/** A mediator away from the first to the last day (Paris calendar days): no new case, and her cases under way go to another mediator of the body. */
@Entity({ schema: 'accounts', name: 'mediator_absences' })
export class MediatorAbsenceEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'mediator_id' })
  mediatorId!: string;

  @Column('date', { name: 'first_day' })
  firstDay!: string;

  @Column('date', { name: 'last_day' })
  lastDay!: string;

  /** The mediator herself, or the admin. */
  @Column('uuid', { name: 'declared_by' })
  declaredBy!: string;

  @Column('timestamptz', { name: 'declared_at', default: () => 'now()' })
  declaredAt!: Date;
}
