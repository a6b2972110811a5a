import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS, WEBHOOK_EVENT_TYPES, WEBHOOK_EVENT_TYPES_NEVER_SENT } from '@recours/notifications';
import { PageInfoType } from '../../disputes/graphql/connection';
import { enumOf } from '../../graphql/enum-of';
import { Locale } from '../../i18n/locale';

/** OTHER: a kind this version of recours does not word (stored by a newer notifier during an upgrade); its text says that something happened in the dispute. */
export const NotificationKindEnum = enumOf(
  [...NOTIFICATION_KINDS, 'OTHER'] as const,
  'NotificationKind',
  'What a notification tells. OTHER: news this version of recours does not describe in detail; its title and body say that something happened in the dispute.',
);
export const WebhookEventTypeEnum = enumOf(
  WEBHOOK_EVENT_TYPES,
  'WebhookEventType',
  "A dispute event a merchant's webhook may receive (the event's name, e.g. CLAIM_FILED).",
  Object.fromEntries(WEBHOOK_EVENT_TYPES_NEVER_SENT.map((type) => [type, "Never sent: the consumer's side alone reads it."])),
);

export const DigestFrequency = enumOf(
  ['NONE', 'DAILY'] as const,
  'DigestFrequency',
  'NONE: each notification e-mailed at once. DAILY: one e-mail a day gathers them (deadline reminders still go at once).',
);
export type DigestFrequency = keyof typeof DigestFrequency;

export const DeliveryState = enumOf(['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const, 'DeliveryState', 'PENDING: to be sent or retried; SENT; FAILED after the last retry; SKIPPED: nobody to send it to any more.');
export type DeliveryState = keyof typeof DeliveryState;

@ObjectType('Notification', { description: 'Something that happened in one of your disputes, in your language; or, naming no dispute, that your access to a company’s cases ended (TEAM_ACCESS_ENDED).' })
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKindEnum) kind!: string;
  @Field(() => ID, { nullable: true, description: 'The dispute it tells of; null for a notice about no one dispute (TEAM_ACCESS_ENDED).' }) disputeId!: string | null;
  @Field({ description: 'Names the dispute by its product and merchant (a notice about no one dispute: the company).' }) title!: string;
  @Field() body!: string;
  @Field({ description: 'When it happened in the dispute.' }) occurredAt!: Date;
  @Field() createdAt!: Date;
  @Field() read!: boolean;
}

@ObjectType('NotificationEdge')
export class NotificationEdge {
  @Field() cursor!: string;
  @Field(() => NotificationType) node!: NotificationType;
}

@ObjectType('NotificationConnection')
export class NotificationConnection {
  @Field(() => [NotificationEdge]) edges!: NotificationEdge[];
  @Field(() => PageInfoType) pageInfo!: PageInfoType;
  @Field(() => Int, { description: 'Your unread notifications, every page together.' }) unreadCount!: number;
}

@ObjectType('MarkNotificationsReadPayload')
export class MarkNotificationsReadPayload {
  @Field(() => [ID], { description: 'The notifications this marked read (yours, unread until now).' }) marked!: string[];
  @Field(() => Int) unreadCount!: number;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesType {
  @Field(() => Locale, { description: 'The language of your e-mails and notifications (your account\'s).' }) locale!: Locale;
  @Field({ description: 'Notifications by e-mail (the in-app ones always).' }) emailNotifications!: boolean;
  @Field(() => DigestFrequency) digest!: DigestFrequency;
}

@ObjectType('Webhook', { description: "An endpoint of the merchant's that receives its disputes' events." })
export class WebhookType {
  @Field(() => ID) id!: string;
  @Field() url!: string;
  @Field(() => [WebhookEventTypeEnum], { nullable: true, description: 'The types it receives; null: every type.' }) events!: string[] | null;
  @Field() createdAt!: Date;
}

@ObjectType('RegisterWebhookPayload')
export class RegisterWebhookPayload {
  @Field(() => WebhookType) webhook!: WebhookType;
  @Field({ description: 'Signs every delivery (Recours-Signature). Shown this once: keep it now.' }) secret!: string;
}

@ObjectType('WebhookDelivery', { description: 'One delivery of an event to a webhook, retried until it succeeds or fails for good.' })
export class WebhookDeliveryType {
  @Field(() => ID, { description: 'The Recours-Delivery header: the same on every automatic retry.' }) id!: string;
  @Field(() => ID) webhookId!: string;
  @Field(() => ID, { nullable: true }) eventId!: string | null;
  @Field(() => WebhookEventTypeEnum) type!: string;
  @Field(() => DeliveryState) state!: DeliveryState;
  @Field(() => Int) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer, if any.' }) lastStatus!: number | null;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) sentAt!: Date | null;
  @Field(() => Date, { nullable: true }) nextAttemptAt!: Date | null;
  @Field({ description: 'Made by redeliverWebhook.' }) redelivery!: boolean;
}

@ObjectType('UndeliveredNotification', { description: 'A notification the notifier gave up on after its last retry.' })
export class UndeliveredNotificationType {
  @Field(() => ID) id!: string;
  @Field() channel!: string;
  @Field(() => ID, { nullable: true }) disputeId!: string | null;
  @Field() kind!: string;
  @Field(() => Int) attempts!: number;
  @Field(() => String, { nullable: true }) lastError!: string | null;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) lastAttemptAt!: Date | null;
}
