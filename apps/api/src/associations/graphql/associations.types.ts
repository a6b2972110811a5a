import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsBoolean, IsOptional, IsString, Length, MaxLength, ValidateIf } from 'class-validator';
import { DisputeStatusEnum } from '../../disputes/graphql/dispute.enums';
import { EmailAddress } from '../../graphql/email-address';

@ObjectType('AssociationArea', { description: 'A French département an association serves.' })
export class AssociationAreaType {
  @Field({ description: 'Its official number: 69, 2A, 974.' }) code!: string;
  @Field({ description: 'Its name (the same in French and English).' }) name!: string;
}

@ObjectType('Association', { description: 'A consumer association in the public directory: a consumer chooses one here to give it a mandate.' })
export class AssociationType {
  @Field(() => ID, { description: 'What grantRepresentation takes as associationId.' }) id!: string;
  @Field({ description: 'Its name, as it writes it (its account’s name until it does).' }) name!: string;
  @Field({ description: 'Its scope, in its own words; empty until it writes one.' }) description!: string;
  @Field({ description: 'It takes members from all of France.' }) national!: boolean;
  @Field(() => [AssociationAreaType], { description: 'The départements it serves.' }) areas!: AssociationAreaType[];
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

@ObjectType('AssociationMemberDispute', { description: 'A dispute a member mandated the association on.' })
export class AssociationMemberDisputeType {
  @Field(() => ID) id!: string;
  @Field() productName!: string;
  @Field(() => String, { nullable: true }) merchantName!: string | null;
  @Field(() => DisputeStatusEnum) status!: string;
  @Field() mandateGrantedAt!: string;
}

@ObjectType('AssociationMember', { description: 'A consumer with a mandate running to the association.' })
export class AssociationMemberType {
  @Field(() => ID) consumerId!: string;
  @Field() displayName!: string;
  @Field({ description: 'When the first of the mandates running was given.' }) since!: string;
  @Field(() => [AssociationMemberDisputeType]) disputes!: AssociationMemberDisputeType[];
}

/** Every field optional: one left out stays as it is; an empty contact clears it. */
@InputType()
export class UpdateAssociationProfileInput {
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @Field({ nullable: true, description: 'Its scope: what it helps consumers with.' }) @IsOptional() @IsString() @MaxLength(2000) description?: string;
  @Field({ nullable: true, description: 'It takes members from all of France.' }) @IsOptional() @IsBoolean() national?: boolean;
  @Field(() => [String], { nullable: true, description: 'The départements it serves, by number (69, 2A, 974); replaces the list.' })
  @IsOptional()
  @ArrayMaxSize(101)
  @ArrayUnique()
  @IsString({ each: true })
  @MaxLength(3, { each: true })
  areas?: string[];
  @Field({ nullable: true, description: 'Where consumers write to it; "" clears it.' }) @IsOptional() @ValidateIf((_, v) => v !== '') @EmailAddress() email?: string;
  @Field({ nullable: true, description: '"" clears it.' }) @IsOptional() @IsString() @MaxLength(40) phone?: string;
  @Field({ nullable: true, description: 'Its web site (https://…); "" clears it.' }) @IsOptional() @IsString() @MaxLength(300) website?: string;
}
