import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DisputeStatus, Remedy } from '@recours/disputes';
import { MerchantType } from '../../accounts/graphql/account.types';
import { ConnectionOf } from './connection';
import { DeadlineKindEnum, DisputeStatusEnum, RemedyEnum, SideEnum, TurnEnum } from './dispute.enums';
import { MoneyType, ProductType } from './dispute.types';

@ObjectType('DeadlineDue')
export class DeadlineDueType {
  @Field(() => DeadlineKindEnum) kind!: string;
  @Field() dueAt!: string;
}

@ObjectType('OpenOffer')
export class OpenOfferType {
  @Field(() => ID) id!: string;
  @Field(() => SideEnum) by!: string;
  @Field(() => RemedyEnum) remedy!: Remedy;
  @Field(() => MoneyType, { nullable: true }) amount!: MoneyType | null;
  @Field() expiresAt!: string;
}

@ObjectType('DisputeSummary', { description: 'A dispute at a glance, from the read model.' })
export class DisputeSummaryType {
  @Field(() => ID) id!: string;
  @Field(() => DisputeStatusEnum) status!: DisputeStatus;
  @Field(() => TurnEnum) whoseTurn!: string;
  @Field(() => RemedyEnum) requestedRemedy!: Remedy;
  @Field(() => ProductType) product!: ProductType;
  @Field(() => MoneyType) price!: MoneyType;
  @Field(() => ID) consumerId!: string;
  @Field(() => ID) merchantId!: string;
  @Field(() => MerchantType, { nullable: true }) merchant?: MerchantType;
  @Field(() => DeadlineDueType, { nullable: true, description: 'The next clock that runs out.' }) nextDeadline!: DeadlineDueType | null;
  @Field(() => OpenOfferType, { nullable: true }) openOffer!: OpenOfferType | null;
  @Field() filedAt!: string;
  @Field() lastActivityAt!: string;
  @Field(() => Int, { description: 'The version of the last event you may read, as Dispute.version: send it as expectedVersion.' }) version!: number;
}

@ObjectType('MerchantInboxItem')
export class MerchantInboxItemType {
  @Field(() => ID) id!: string;
  @Field(() => ID) consumerId!: string;
  @Field() productName!: string;
  @Field(() => DisputeStatusEnum) status!: DisputeStatus;
  @Field(() => TurnEnum) whoseTurn!: string;
  @Field(() => DeadlineDueType, { nullable: true, description: 'When the merchant must act by.' }) due!: DeadlineDueType | null;
  @Field() overdue!: boolean;
  @Field() lastActivityAt!: string;
  /** Resolved to `assignee` (a name), never shown as an id. */
  assigneeId!: string | null;
  @Field({ description: 'The consumer escalated the case past the front desk (to a supervisor, then the complaints department): the supervisors take it up.' }) escalated!: boolean;
  @Field(() => String, { nullable: true, description: "How far up the merchant's team the consumer took the case: SUPERVISOR, then COMPLAINTS_DEPARTMENT (the owner, with the supervisors); null at the front desk." })
  escalationLevel!: string | null;
}

@ObjectType('MediatorCase')
export class MediatorCaseType {
  @Field(() => ID) id!: string;
  @Field(() => ID) consumerId!: string;
  @Field(() => ID) merchantId!: string;
  @Field() productName!: string;
  @Field() stage!: string;
  @Field(() => DisputeStatusEnum) status!: DisputeStatus;
  @Field(() => TurnEnum) whoseTurn!: string;
  @Field() requestedAt!: string;
  @Field({ description: 'Three weeks after the request, the day the file reached the mediator on recours: a rejection is notified within three weeks of receiving the file (Article L612-2 of the French Consumer Code).' }) admissibilityDueAt!: string;
  @Field() admissibilityOverdue!: boolean;
  @Field(() => String, { nullable: true }) fileCompletedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Last day of the 90-day clock (Article R612-5 of the French Consumer Code).' }) outcomeDueOn!: string | null;
  @Field(() => String, { nullable: true }) outcomeDueAt!: string | null;
  @Field() outcomeOverdue!: boolean;
  @Field(() => Int, { nullable: true, description: 'Days from today (in France) to the last day of the 90-day clock: 0 on the last day, negative once it passed.' }) outcomeDaysLeft!: number | null;
}

@ObjectType('AssociationCase')
export class AssociationCaseType {
  @Field(() => ID) id!: string;
  @Field(() => ID) consumerId!: string;
  @Field(() => ID) merchantId!: string;
  @Field(() => MerchantType, { nullable: true }) merchant?: MerchantType;
  @Field() productName!: string;
  @Field(() => DisputeStatusEnum) status!: DisputeStatus;
  @Field(() => TurnEnum) whoseTurn!: string;
  @Field() mandateGrantedAt!: string;
  @Field(() => DeadlineDueType, { nullable: true }) nextDeadline!: DeadlineDueType | null;
  @Field() lastActivityAt!: string;
}

@ObjectType('DisputeSummaryConnection')
export class DisputeSummaryConnection extends ConnectionOf(DisputeSummaryType, 'DisputeSummary') {}

@ObjectType('MerchantInboxConnection')
export class MerchantInboxConnection extends ConnectionOf(MerchantInboxItemType, 'MerchantInboxItem') {
  @Field(() => Int, { description: 'How many are past their due date.' }) overdueCount!: number;
}

@ObjectType('MediatorCaseConnection')
export class MediatorCaseConnection extends ConnectionOf(MediatorCaseType, 'MediatorCase') {}

@ObjectType('AssociationCaseConnection')
export class AssociationCaseConnection extends ConnectionOf(AssociationCaseType, 'AssociationCase') {}

/** Why the scorecard's split of the ratings by weight is gone. */
const NOT_PUBLISHED = 'Not published: followed as one consumer rates, it would tell whether she confirmed her e-mail address. Use ratings and averageRating.';

@ObjectType('MerchantScorecard', { description: "A merchant's public record of how it handles claims." })
export class MerchantScorecardType {
  @Field(() => ID) merchantId!: string;
  @Field(() => Int) claimsReceived!: number;
  @Field(() => Float, { nullable: true, description: 'Share of claims answered within the response deadline (0–1).' }) answeredInTimeShare!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median time to a first answer, in hours.' }) medianFirstResponseHours!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of ended disputes that ended resolved (0–1).' }) resolutionRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of claims that went to mediation (0–1).' }) mediationShare!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Average of the ratings (1–5), weighted: a rating weighs in full when the merchant acknowledged the claim and its author had confirmed her e-mail address when she rated (a rating needs it since 2026-12-06), a quarter otherwise; ratings on claims withdrawn before the merchant could answer are left out.',
  })
  averageRating!: number | null;
  @Field(() => Int, { description: 'The ratings averageRating is taken over.' }) ratings!: number;
  // The split of the ratings by weight is no longer published: a merchant sees each rating on its
  // disputes, so the split changing as one known consumer rates told it whether she had confirmed
  // her address (docs/privacy.md, "Public figures"). The fields stay for existing clients, always null.
  @Field(() => Int, { nullable: true, description: 'Always null: not published.', deprecationReason: NOT_PUBLISHED }) ratingsFullWeight!: null;
  @Field(() => Int, { nullable: true, description: 'Always null: not published.', deprecationReason: NOT_PUBLISHED }) ratingsLimitedWeight!: null;
  @Field(() => Int, { description: 'Ratings left out: on claims withdrawn before the merchant could answer.' }) ratingsSetAside!: number;
  @Field(() => Int, { description: 'The claims answeredInTimeShare is taken over (those the merchant had a chance to answer, whose deadline passed or that were answered).' })
  answeredInTimeBasis!: number;
  @Field(() => Int, { description: 'The claims medianFirstResponseHours is taken over.' }) firstResponseBasis!: number;
  @Field(() => Int, { description: 'The ended disputes resolutionRate is taken over.' }) resolutionBasis!: number;
}
