import { initializeMigrated, migrateUnderLock, POOL_ERROR_LISTENER, POOL_TIMEOUTS } from '@recours/database';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { Notifications1767000000000 } from './migrations/1767000000000-notifications';
import { NotificationsProjectionVersions1796200000000 } from './migrations/1796200000000-projection-versions';
import { NotificationsSentLinkTokens1796400000000 } from './migrations/1796400000000-sent-link-tokens';
import { NotificationsWithoutDispute1796600000000 } from './migrations/1796600000000-notices-without-dispute';
import { NotificationsTombstonesNameNoOne176900000029610 } from './migrations/176900000029610-tombstones-name-no-one';
import { NotificationsAssociationNamedById176900000029760 } from './migrations/176900000029760-association-named-by-id';
import { NotificationsByNamedAccount176900000029900 } from './migrations/176900000029900-notices-by-named-account';
import { NotificationsOutboxByDispute176900000029910 } from './migrations/176900000029910-outbox-by-dispute';
import { NotificationsOutboxByAccountEmailAddress176900000029950 } from './migrations/176900000029950-outbox-by-account-email-address';

function notificationsDataSourceOptions(url: string, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: [Notifications1767000000000, NotificationsProjectionVersions1796200000000, NotificationsSentLinkTokens1796400000000, NotificationsWithoutDispute1796600000000, NotificationsTombstonesNameNoOne176900000029610, NotificationsAssociationNamedById176900000029760, NotificationsByNamedAccount176900000029900, NotificationsOutboxByDispute176900000029910, NotificationsOutboxByAccountEmailAddress176900000029950],
    migrationsTableName: 'notifications_migrations',
    migrationsTransactionMode: 'all',
    extra: { max: poolSize, application_name: 'recours-notifications-schema', ...POOL_TIMEOUTS, ...POOL_ERROR_LISTENER },
  };
}

const LOCK = 'recours.migrations.notifications';

/** The notifications schema's own connection; migrations run once, under an advisory lock. */
export async function openNotificationsDataSource(url: string, poolSize = 5): Promise<DataSource> {
  return initializeMigrated(new DataSource(notificationsDataSourceOptions(url, poolSize)), LOCK);
}

/** Brings the notifications schema up to date, under the same lock, and connects nothing else. */
export async function migrateNotifications(url: string): Promise<void> {
  await migrateUnderLock(notificationsDataSourceOptions(url, 1), LOCK);
}
