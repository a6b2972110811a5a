import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { DisputeCommands, DisputeCommandsModule } from '@recours/dispute-commands';
import { EVENT_STORE, SUBJECT_KEYS, type EventStore, type SubjectKeyRing } from '@recours/event-store';
import { FILE_STORAGE, FileStorageModule, type FileStorage } from '@recours/file-storage';
import { RetentionCandidates } from '@recours/read-models';
import type { DataSource } from 'typeorm';
import { ACCOUNTS_DATA_SOURCE } from '../../accounts/accounts-data-source';
import { AccountsModule } from '../../accounts/accounts.module';
import { UPLOADS, type Uploads } from '../../files/uploads';
import { DisputeErasure } from './dispute-erasure';
import { LogRetention } from './log-retention';
import { RetentionFailures } from './retention-failures';
import { RetentionProcess } from './retention-process';
import { retentionSettings, type RetentionSettings } from './retention-settings';

const SETTINGS = Symbol.for('recours.RetentionSettings');

/**
 * The retention job (docs/privacy.md, "Retention"), and with it the trimming of the access log
 * and the outbox (LogRetention): in each API process unless RETENTION=off,
 * every RETENTION_INTERVAL_MS, like the purge of unattached uploads, since it deletes files
 * (the file storage is the API's). Its settings are read and checked at start-up: a wrong
 * RETENTION_* stops the start with a message naming the variable.
 */
@Module({
  imports: [DisputeCommandsModule, FileStorageModule, AccountsModule],
  providers: [
    { provide: SETTINGS, useFactory: () => retentionSettings(process.env) },
    { provide: RetentionFailures, inject: [ACCOUNTS_DATA_SOURCE], useFactory: (dataSource: DataSource) => new RetentionFailures(dataSource) },
    {
      provide: RetentionProcess,
      inject: [DisputeCommands, EVENT_STORE, RetentionCandidates, RetentionFailures, SUBJECT_KEYS, UPLOADS, FILE_STORAGE, SETTINGS, Clock],
      useFactory: (commands: DisputeCommands, store: EventStore, candidates: RetentionCandidates, failures: RetentionFailures, keys: SubjectKeyRing, uploads: Uploads, storage: FileStorage, settings: RetentionSettings, clock: Clock) => {
        const logger = new Logger('Retention');
        return new RetentionProcess(commands, store, candidates, failures, new DisputeErasure(keys, uploads, storage, store), settings, () => clock.now(), {
          log: (message) => logger.log(message),
          warn: (message) => logger.warn(message),
          error: (message) => logger.error(message),
        });
      },
    },
    {
      provide: LogRetention,
      inject: [ACCOUNTS_DATA_SOURCE, SETTINGS, Clock],
      useFactory: (dataSource: DataSource, settings: RetentionSettings, clock: Clock) => {
        const logger = new Logger('LogRetention');
        return new LogRetention(dataSource, settings, () => clock.now(), {
          log: (message) => logger.log(message),
          warn: (message) => logger.warn(message),
          error: (message) => logger.error(message),
        });
      },
    },
  ],
  exports: [RetentionProcess, RetentionFailures, LogRetention],
})
export class RetentionModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly process: RetentionProcess,
    private readonly logs: LogRetention,
    @Inject(SETTINGS) private readonly settings: RetentionSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.settings.run) return;
    this.process.start(this.settings.intervalMs);
    this.logs.start(this.settings.intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all([this.process.stop(), this.logs.stop()]);
  }
}
