import { Global, Inject, Logger, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type Provider } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { DATABASE_CONNECTION, endPool, openPool, type DatabaseConnection } from '@recours/database';
import { EVENT_STORE, masterKeysFromEnv, type EventStore } from '@recours/event-store';
import { Mailer, MailModule } from '@recours/mail';
import { notificationDelivered, notificationFailed, watchNotifierQueue } from '@recours/observability';
import { Pool } from 'pg';
import { linksFrom, publicUrlProblem, type Links } from './messages/links';
import { Notifier } from './notifier';
import { AccountContacts } from './queries/account-contacts';
import { InAppNotifications } from './queries/in-app-notifications';
import { NotificationFeed } from './queries/notification-feed';
import { NotificationPreferences } from './queries/notification-preferences';
import { UndeliveredNotifications } from './queries/undelivered-notifications';
import { migrateNotifications } from './schema/notifications-data-source';
import { EmailChannel } from './sending/email-channel';
import { CurrentAccess } from './sending/current-access';
import { WebhookChannel } from './sending/webhook-channel';
import { UnsubscribeTokens } from './unsubscribe/unsubscribe-token';
import { WebhookRegistry } from './webhooks/webhook-registry';
import { WebhookSecrets } from './webhooks/webhook-secrets';

export interface NotificationsModuleOptions {
  /** Run the notifier in this process (default: yes, unless NOTIFIER=external). */
  runNotifier?: boolean;
  /** The platform's secret, from which the unsubscribe links' key is derived (the API's JWT secret). */
  secret: () => string;
}

/** The notifications' pool (migrated at start-up). */
export const NOTIFICATIONS_POOL = Symbol.for('recours.NotificationsPool');
export const NOTIFICATION_LINKS = Symbol.for('recours.NotificationLinks');
const OPTIONS = Symbol.for('recours.NotificationsOptions');

const QUERIES = [AccountContacts, InAppNotifications, NotificationPreferences, UndeliveredNotifications] as const;

/**
 * Notifications: the notifier (by default in this process) and what the API reads and changes
 * (in-app notifications, preferences, webhooks). Needs DatabaseModule, EventStoreModule and
 * ClockModule (global).
 */
@Global()
@Module({})
export class NotificationsModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Notifier');
  private unwatchQueue: (() => void) | undefined;

  constructor(
    @Inject(OPTIONS) private readonly options: { runNotifier: boolean },
    @Inject(Notifier) private readonly notifier: Notifier,
    @Inject(NotificationFeed) private readonly feed: NotificationFeed,
    @Inject(NOTIFICATIONS_POOL) private readonly pool: Pool,
    @Inject(Mailer) private readonly mailer: Mailer,
    @Inject(WebhookSecrets) private readonly webhookSecrets: WebhookSecrets,
  ) {}

  static forRoot(options: NotificationsModuleOptions): DynamicModule {
    const providers: Provider[] = [
      { provide: OPTIONS, useFactory: () => ({ runNotifier: options.runNotifier ?? process.env.NOTIFIER !== 'external' }) },
      { provide: NOTIFICATION_LINKS, useFactory: () => linksFrom(process.env) },
      { provide: UnsubscribeTokens, useFactory: () => new UnsubscribeTokens(options.secret()) },
      { provide: WebhookSecrets, useFactory: () => new WebhookSecrets(masterKeysFromEnv(process.env)) },
      {
        provide: NOTIFICATIONS_POOL,
        inject: [DATABASE_CONNECTION],
        useFactory: async (connection: DatabaseConnection) => {
          await migrateNotifications(connection.url);
          return openPool({ connectionString: connection.url, max: 6, connectionTimeoutMillis: 5_000, query_timeout: 10_000, application_name: 'recours-notifications' });
        },
      },
      { provide: NotificationFeed, inject: [DATABASE_CONNECTION], useFactory: (connection: DatabaseConnection) => new NotificationFeed(connection.url) },
      {
        provide: Notifier,
        inject: [EVENT_STORE, DATABASE_CONNECTION, NOTIFICATIONS_POOL, Clock, Mailer, NOTIFICATION_LINKS, UnsubscribeTokens, WebhookSecrets],
        useFactory: (store: EventStore, connection: DatabaseConnection, pool: Pool, clock: Clock, mailer: Mailer, links: Links, tokens: UnsubscribeTokens, secrets: WebhookSecrets) => {
          const logger = new Logger('Notifier');
          const now = () => clock.now();
          return new Notifier({
            store,
            connectionString: connection.url,
            pool,
            now,
            channels: {
              EMAIL: new EmailChannel(mailer, new AccountContacts(pool), links, tokens, new CurrentAccess(store), now),
              WEBHOOK: new WebhookChannel(pool, secrets, { production: process.env.NODE_ENV === 'production', allowPrivate: process.env.WEBHOOKS_ALLOW_PRIVATE_NETWORKS === 'true', now }),
            },
            digestHourUtc: Number(process.env.NOTIFICATIONS_DIGEST_HOUR ?? 7),
            onOutcome: (delivery, outcome, willRetry) => {
              const channel = delivery.channel.toLowerCase();
              if (outcome.result === 'sent') notificationDelivered(channel);
              else if (outcome.result === 'failed' && !willRetry) notificationFailed(channel);
            },
            logger,
          });
        },
      },
      ...QUERIES.map((query) => ({ provide: query, inject: [NOTIFICATIONS_POOL], useFactory: (pool: Pool) => new query(pool) })),
      { provide: WebhookRegistry, inject: [NOTIFICATIONS_POOL, WebhookSecrets], useFactory: (pool: Pool, secrets: WebhookSecrets) => new WebhookRegistry(pool, secrets) },
    ];
    return {
      module: NotificationsModule,
      imports: [MailModule],
      providers,
      exports: [NOTIFICATIONS_POOL, NOTIFICATION_LINKS, UnsubscribeTokens, NotificationFeed, Notifier, WebhookRegistry, WebhookSecrets, ...QUERIES],
    };
  }

  async onApplicationBootstrap(): Promise<void> {
    // Secrets stored in plain text by an earlier release, or sealed from the master key being
    // rotated away, sealed from DATA_KEY (one statement when there is none).
    const { sealed } = await this.webhookSecrets.sealStored(this.pool);
    if (sealed > 0) this.logger.log(`${sealed} webhook signing secrets sealed from the master key`);
    if (!this.options.runNotifier) return;
    // A notifier that cannot send would store e-mails nobody ever gets: refuse to start instead.
    if (this.mailer.config.destination.kind === 'none') throw new Error('SMTP_URL is not set: the notifier cannot send e-mail in production (set SMTP_URL, or NOTIFIER=external and run it elsewhere)');
    // Likewise the links those e-mails carry: in production they must point where people open recours.
    const publicUrl = process.env.NODE_ENV === 'production' ? publicUrlProblem(process.env, { required: true }) : null;
    if (publicUrl) throw new Error(publicUrl);
    await this.notifier.start();
    this.unwatchQueue = watchNotifierQueue('outbox', this.notifier.sender.store);
    this.logger.log('notifier started');
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.unwatchQueue?.();
    await this.notifier.stop();
    await this.feed.close();
    await endPool(this.pool).catch(() => undefined);
  }
}
