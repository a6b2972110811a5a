import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MerchantType } from '../accounts/graphql/account.types';

@ObjectType('SystemicMonth', { description: 'One month of a systemic problem (Paris time).' })
export class SystemicMonthType {
  @Field({ description: 'YYYY-MM, Europe/Paris.' }) month!: string;
  @Field(() => Int, { description: 'Claims filed that month.' }) claims!: number;
  @Field(() => Int, { description: 'Distinct members who filed them.' }) members!: number;
}

@ObjectType('SystemicProblem', { description: "Members' claims against one merchant, in one category, telling one defect (similar descriptions)." })
export class SystemicProblemType {
  @Field(() => ID, { description: "The group's first claim: stable while the group keeps it." }) groupId!: string;
  @Field(() => ID) merchantId!: string;
  @Field(() => MerchantType, { nullable: true }) merchant?: MerchantType | null;
  @Field({ description: 'The product category as the members wrote it, the spelling most claims of the group give (the group is made ignoring case and accents).' }) category!: string;
  @Field({ description: "The group's first description, in the member's words." }) defect!: string;
  @Field(() => Int, { description: 'Distinct members in this situation against this merchant: what a group action counts.' }) members!: number;
  @Field(() => Int) claims!: number;
  @Field(() => Int, { description: 'Distinct members with any claim against this merchant, every category and defect together.' }) merchantMembers!: number;
  @Field() firstFiledAt!: string;
  @Field() lastFiledAt!: string;
  @Field(() => [SystemicMonthType]) months!: SystemicMonthType[];
  @Field(() => [ID], { description: 'The disputes of the group, first filed first.' }) disputeIds!: string[];
}

@ObjectType('SystemicProblems')
export class SystemicProblemsType {
  @Field(() => [SystemicProblemType], { description: 'Most members first.' }) problems!: SystemicProblemType[];
  @Field({ description: 'Accents were ignored when comparing descriptions (PostgreSQL unaccent available).' }) accentsIgnored!: boolean;
  @Field({ description: 'Trigram similarity was used beside shared words (PostgreSQL pg_trgm available).' }) trigramsUsed!: boolean;
}
