import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACCOUNT_ROLES } from '../account-role';

export enum Role {
  CONSUMER = 'CONSUMER',
  MERCHANT = 'MERCHANT',
  MEDIATOR = 'MEDIATOR',
  ASSOCIATION = 'ASSOCIATION',
  ADMIN = 'ADMIN',
}
registerEnumType(Role, { name: 'Role', description: 'What an account is: a merchant account is an agent of its merchant.' });
void ACCOUNT_ROLES; // the enum above must list exactly these

export enum SignUpRole {
  CONSUMER = 'CONSUMER',
  MERCHANT = 'MERCHANT',
}
registerEnumType(SignUpRole, { name: 'SignUpRole', description: 'Who may sign up alone; mediators and associations are created by an admin.' });

export enum StaffRole {
  MEDIATOR = 'MEDIATOR',
  ASSOCIATION = 'ASSOCIATION',
  ADMIN = 'ADMIN',
}
registerEnumType(StaffRole, { name: 'StaffRole' });

@ObjectType('User')
export class UserType {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: Role;
  @Field(() => ID, { nullable: true, description: 'The merchant a merchant agent acts for.' }) merchantId!: string | null;
  @Field() displayName!: string;
  @Field({ description: 'Shown to the account itself only.' , nullable: true }) email?: string;
  @Field({ description: 'The merchant account that signed up; it may add agents.' }) merchantOwner!: boolean;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'A bearer token for the Authorization header.' }) token!: string;
  @Field(() => UserType) user!: UserType;
}

@ObjectType()
export class SupportChannelsType {
  @Field({ nullable: true }) hotline?: string;
  @Field({ nullable: true }) email?: string;
  @Field({ nullable: true }) chat?: string;
  @Field(() => [String]) servicePoints!: string[];
}

@ObjectType('Merchant')
export class MerchantType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => SupportChannelsType) supportChannels!: SupportChannelsType;
  @Field(() => ID, { nullable: true, description: 'The consumer mediator the merchant designated.' }) designatedMediatorId!: string | null;
}
