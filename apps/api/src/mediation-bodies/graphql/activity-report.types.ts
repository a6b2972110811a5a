import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { InadmissibilityGround } from '@recours/disputes';
import { MEDIATION_OUTCOMES, type MediationOutcome } from '@recours/read-models';
import { InadmissibilityGroundEnum } from '../../disputes/graphql/dispute.enums';
import { enumOf } from '../../graphql/enum-of';

const MediationOutcomeEnum = enumOf(
  MEDIATION_OUTCOMES,
  'MediationOutcome',
  'How a mediation ended, other than by a refusal: both sides accepted the proposal; they agreed on an offer of their own meanwhile; closed as resolved; closed unresolved; withdrawn by the consumer (interrupted, Article R614-2, 4°, of the French Consumer Code).',
);

@ObjectType('MediationRefusalCount', { description: 'Requests refused on one ground of Article L612-2 of the French Consumer Code; `ground` null: refusals that gave none.' })
export class RefusalCountType {
  @Field(() => InadmissibilityGroundEnum, { nullable: true }) ground!: InadmissibilityGround | null;
  @Field(() => Int) requests!: number;
}

@ObjectType('MediationOutcomeCount', { description: 'Mediations that ended one way.' })
export class OutcomeCountType {
  @Field(() => MediationOutcomeEnum) outcome!: MediationOutcome;
  @Field(() => Int) mediations!: number;
}

/** The figures of a year or of one of its months: each fact falls in the month (Paris time) it happened. */
@ObjectType('MediationActivityFigures', { isAbstract: true })
export class MediationActivityFiguresType {
  @Field(() => Int, { description: 'Mediation requests received (Article R614-2, 1°, of the French Consumer Code).' }) received!: number;
  @Field(() => Int, { description: 'Requests found inadmissible (Article R614-2, 3°, of the French Consumer Code), counted when decided.' }) refused!: number;
  @Field(() => Int, { description: 'Requests found admissible, counted when decided.' }) accepted!: number;
  @Field(() => [RefusalCountType], { description: 'Refusals per ground of Article L612-2 of the French Consumer Code, every ground listed, then those that gave none.' }) refusals!: RefusalCountType[];
  @Field(() => Int, { description: 'Mediations that ended other than by a refusal, counted when they ended.' }) completed!: number;
  @Field(() => [OutcomeCountType], { description: 'How they ended, every outcome listed.' }) outcomes!: OutcomeCountType[];
  @Field(() => Float, { nullable: true, description: 'Average days from the request to the end of the mediations that ended (Article R614-2, 5°, of the French Consumer Code); null when none did.' }) averageDurationDays!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median of the same durations.' }) medianDurationDays!: number | null;
  @Field(() => Int, { description: '90-day periods extended for a complex dispute (Article R612-5 of the French Consumer Code).' }) extended!: number;
  @Field(() => Int, { description: 'Remedies agreed in mediation confirmed carried out (Article R614-2, 6°, of the French Consumer Code).' }) carriedOut!: number;
}

@ObjectType('MediationActivityMonth')
export class MediationActivityMonthType extends MediationActivityFiguresType {
  @Field(() => Int, { description: '1 (January) to 12.' }) month!: number;
}

@ObjectType('MediationActivityReport', { description: 'What a consumer mediator publishes each year (Article R614-2 of the French Consumer Code), for one body: the year, then month by month.' })
export class MediationActivityReportType extends MediationActivityFiguresType {
  @Field(() => Int) year!: number;
  @Field(() => [MediationActivityMonthType], { description: 'January to December.' }) months!: MediationActivityMonthType[];
}
