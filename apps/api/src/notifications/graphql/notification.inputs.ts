import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsBoolean, IsEnum, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { WEBHOOK_EVENT_TYPES } from '@recours/notifications';
import { Locale } from '../../i18n/locale';
import { Trimmed } from '../../graphql/trimmed';
import { DigestFrequency, WebhookEventTypeEnum } from './notification.types';
import { choice } from '../../graphql/choice';

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID]) @ArrayMinSize(1) @ArrayMaxSize(200) @IsUUID('all', { each: true }) ids!: string[];
}

@InputType()
export class UpdateMyPreferencesInput {
  @Field(() => Locale, { nullable: true, description: 'The language of your e-mails and notifications.' }) @IsOptional() @IsEnum(Locale) locale?: Locale;
  @Field({ nullable: true }) @IsOptional() @IsBoolean() emailNotifications?: boolean;
  @Field(() => DigestFrequency, { nullable: true }) @IsOptional() @IsEnum(DigestFrequency, choice('DigestFrequency')) digest?: DigestFrequency;
}

@InputType()
export class RegisterWebhookInput {
  // Stored as typed it would be shown and compared with its spaces: " https://a.fr/ " is https://a.fr/.
  @Field({ description: 'https:// in production; never a loopback, private or link-local address.' }) @Trimmed() @IsString() @MaxLength(2000) url!: string;
  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'The types to receive; absent: every type.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENT_TYPES.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENT_TYPES, { each: true })
  events?: string[];
}
