import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import type { DisputeStatus } from '@recours/disputes';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import { ConnectionOf } from '../disputes/graphql/connection';
import { DisputeStatusEnum, RemedyEnum } from '../disputes/graphql/dispute.enums';
import { enumOf } from '../graphql/enum-of';
import { SEARCH_FIELDS, type SearchField } from './highlights';

export const SearchFieldEnum = enumOf(SEARCH_FIELDS, 'SearchField', 'Where a search matched a dispute.');
export type SearchFieldEnum = SearchField;

@ObjectType('HighlightPart')
export class HighlightPartType {
  @Field() text!: string;
  @Field({ description: 'The query matched this part.' }) match!: boolean;
}

@ObjectType('SearchHighlight', { description: "A field of the dispute where the query matched: its text (for the description, the passages that matched) cut into parts." })
export class SearchHighlightType {
  @Field(() => SearchFieldEnum) field!: SearchFieldEnum;
  @Field(() => [HighlightPartType]) parts!: HighlightPartType[];
}

@ObjectType('DisputeSearchHit', { description: 'A dispute the viewer may read that matches the query.' })
export class DisputeSearchHitType {
  @Field(() => ID) id!: string;
  @Field(() => DisputeStatusEnum) status!: DisputeStatus;
  @Field() productName!: string;
  @Field(() => String, { nullable: true }) orderReference!: string | null;
  @Field(() => ID) merchantId!: string;
  @Field(() => String, { nullable: true }) merchantName!: string | null;
  @Field(() => String, { nullable: true, description: 'The consumer who filed the claim, by name.' }) consumerName!: string | null;
  @Field() filedAt!: string;
  @Field() lastActivityAt!: string;
  @Field(() => [SearchHighlightType]) highlights!: SearchHighlightType[];
}

@ObjectType('DisputeSearchConnection')
export class DisputeSearchConnection extends ConnectionOf(DisputeSearchHitType, 'DisputeSearchHit') {}

@InputType('SimilarOutcomesInput')
export class SimilarOutcomesInput {
  @Field(() => ID) @IsUUID() merchantId!: string;
  @Field({ description: 'The product category, as on the claim (case and accents aside).' }) @IsString() @MaxLength(100) category!: string;
}

@ObjectType('OutcomeCount')
export class OutcomeCountType {
  @Field({ description: 'RESOLVED, UNRESOLVED or WITHDRAWN.' }) outcome!: string;
  @Field(() => RemedyEnum, { nullable: true, description: 'The remedy carried out, for a dispute resolved by one.' }) remedy!: string | null;
  @Field(() => Int) count!: number;
  @Field(() => Float, { description: 'Share of the ended disputes (0–1).' }) share!: number;
}

@ObjectType('OutcomeFigures', { description: `How the ended disputes of one scope went. Anonymous: each figure is null unless at least 10 disputes back it.` })
export class OutcomeFiguresType {
  @Field({ description: 'At least 10 ended disputes: the figures over them are given.' }) enough!: boolean;
  @Field(() => Int, { nullable: true }) endedDisputes!: number | null;
  @Field(() => [OutcomeCountType], { nullable: true, description: 'The ended disputes by outcome and remedy, most frequent first.' }) outcomes!: OutcomeCountType[] | null;
  @Field(() => Float, { nullable: true, description: 'Median days from filing to resolution, over the resolved disputes (given from 10 of them).' }) medianDaysToResolution!: number | null;
  @Field(() => Int, { nullable: true }) resolvedDisputes!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the ended disputes settled without mediation (0–1).' }) settledWithoutMediationShare!: number | null;
  @Field({ description: "What the figures rest on, or that there are too few, in the reader's language." }) note!: string;
}

@ObjectType('SimilarOutcomes', { description: 'How disputes like hers ended: with this merchant, and in this category across merchants.' })
export class SimilarOutcomesType {
  @Field(() => OutcomeFiguresType, { description: 'Disputes in this category with this merchant.' }) merchant!: OutcomeFiguresType;
  @Field(() => OutcomeFiguresType, { description: 'Disputes in this category, every merchant together.' }) category!: OutcomeFiguresType;
}
