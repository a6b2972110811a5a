import { Module } from '@nestjs/common';
import { DATABASE_POOL, DatabaseModule } from '@recours/database';
import { DeadlinesModule } from '@recours/deadlines';
import { EVENT_STORE, EventStoreModule, SUBJECT_KEYS } from '@recours/event-store';
import { ObservabilityModule } from '@recours/observability';
import { READ_MODELS_DATA_SOURCE, ReadModelsModule } from '@recours/read-models';
import { ACCOUNTS_DATA_SOURCE } from './accounts/accounts-data-source';
import { NOTIFICATIONS_POOL, NotificationsModule } from '@recours/notifications';
import { AccountsModule } from './accounts/accounts.module';
import { NamedAccountsModule } from './accounts/named-accounts.module';
import { MediationBodiesModule } from './mediation-bodies/mediation-bodies.module';
import { AssociationsModule } from './associations/associations.module';
import { ClockModule } from '@recours/clock';
import { resolveJwtSecret } from './config/jwt-secret';
import { DisputesModule } from './disputes/disputes.module';
import { ApiGraphqlModule } from './graphql/api-graphql.module';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging.module';
import { NotificationsApiModule } from './notifications/notifications-api.module';
import { RightsModule } from './rights';
import { WebAppModule } from './web/web-app.module';
import { FilesModule } from './files/files.module';
import { PrivacyModule } from './privacy/privacy.module';
import { RetentionModule } from './privacy/retention/retention.module';
import { DocumentsModule } from './documents/documents.module';
import { FILE_STORAGE } from '@recours/file-storage';
import { UPLOADS } from './files/uploads';
import { UploadsModule } from './files/uploads.module';
import { OpenDataModule } from './open-data/open-data.module';
import { SystemicProblemsModule } from './systemic-problems/systemic-problems.module';
import { SearchModule } from './search/search.module';

/** Every PostgreSQL pool of the API, by the name its gauges carry. */
const POOLS = { health: DATABASE_POOL, 'event-store': EVENT_STORE, 'subject-keys': SUBJECT_KEYS, 'read-models': READ_MODELS_DATA_SOURCE, accounts: ACCOUNTS_DATA_SOURCE, notifications: NOTIFICATIONS_POOL, 'file-storage': FILE_STORAGE, uploads: UPLOADS };

@Module({
  imports: [LoggingModule, ObservabilityModule.forRoot({ service: 'api', pools: POOLS }), DatabaseModule, EventStoreModule, ReadModelsModule.forRoot(), DeadlinesModule.forRoot(), NotificationsModule.forRoot({ secret: () => resolveJwtSecret(process.env) }), HealthModule, ClockModule, AccountsModule, NamedAccountsModule, UploadsModule, DisputesModule, MediationBodiesModule, AssociationsModule, FilesModule, DocumentsModule, PrivacyModule, RetentionModule, OpenDataModule, SearchModule, SystemicProblemsModule, RightsModule, NotificationsApiModule, ApiGraphqlModule, WebAppModule],
})
export class AppModule {}
