import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PASSWORD_MAX_LENGTH } from '../../accounts/password';

@InputType({ description: 'Erasing your own account: your password again, and your code when two-step verification is on.' })
export class EraseMyAccountInput {
  @Field() @IsString() @MaxLength(PASSWORD_MAX_LENGTH) password!: string;
  @Field({ nullable: true, description: 'With two-step verification on (then required): the 6-digit code of the authenticator app, or a recovery code.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  code?: string;
}

@InputType({ description: "The administrator erases a person's data on her request." })
export class EraseDataSubjectInput {
  @Field(() => ID) @IsUUID() accountId!: string;
  @Field({ description: 'Why (the request, its date and channel): kept with the erasure. Do not name the person: her name would outlive her erasure here.' })
  @IsString()
  @Length(1, 2000)
 
  reason!: string;
}
