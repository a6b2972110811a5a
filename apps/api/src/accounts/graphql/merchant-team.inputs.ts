import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType({ description: 'The owner removes an agent from its team.' })
export class RemoveMerchantAgentInput {
  @Field(() => ID, { description: 'The agent to remove: not the owner, and handling no open case.' }) @IsUUID() agentId!: string;
}

@InputType({ description: 'The owner hands its merchant to another of its agents.' })
export class TransferMerchantOwnershipInput {
  @Field(() => ID, { description: 'The agent who becomes the owner; the former owner stays, as a supervisor.' }) @IsUUID() agentId!: string;
}
