import { Module } from '@nestjs/common';
import { ClockModule } from '@recours/clock';
import { DATABASE_POOL, DatabaseModule } from '@recours/database';
import { EVENT_STORE, EventStoreModule, SUBJECT_KEYS } from '@recours/event-store';
import { NOTIFICATIONS_POOL, NotificationsModule } from '@recours/notifications';
import { ObservabilityModule } from '@recours/observability';
import { resolveJwtSecret } from '../../api/src/config/jwt-secret';
import { LoggingModule } from '../../projector/src/logging.module';
import { NotifierProbes } from './notifier-probes';

/**
 * The notifier as a process of its own, next to API processes started with NOTIFIER=external.
 * It signs unsubscribe links with the API's secret (JWT_SECRET, or the one kept in DATA_DIR).
 * With METRICS_PORT set, it serves /metrics, /health/live and /health/ready on that port.
 */
@Module({
  imports: [
    LoggingModule,
    ObservabilityModule.forRoot({ service: 'notifier', probes: NotifierProbes, pools: { health: DATABASE_POOL, 'event-store': EVENT_STORE, 'subject-keys': SUBJECT_KEYS, notifications: NOTIFICATIONS_POOL } }),
    ClockModule,
    DatabaseModule,
    EventStoreModule,
    NotificationsModule.forRoot({ runNotifier: true, secret: () => resolveJwtSecret(process.env) }),
  ],
  providers: [NotifierProbes],
})
export class NotifierModule {}
