import { Inject, Logger, Module, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { DisputeCommands, DisputeCommandsModule } from '@recours/dispute-commands';
import { EVENT_STORE, SUBJECT_KEYS, type EventStore, type SubjectKeyRing } from '@recours/event-store';
import { FILE_STORAGE, FileStorageModule, type FileStorage } from '@recours/file-storage';
import { RetentionCandidates } from '@recours/read-models';
import { UPLOADS, type Uploads } from '../../files/uploads';
import { DisputeErasure } from './dispute-erasure';
import { RetentionProcess } from './retention-process';
import { retentionSettings, type RetentionSettings } from './retention-settings';

const SETTINGS = Symbol.for('recours.RetentionSettings');

/**
 * The retention job (docs/privacy.md, "Retention"): in each API process unless RETENTION=off,
 * every RETENTION_INTERVAL_MS, like the purge of unattached uploads, since it deletes files
 * (the file storage is the API's). Its settings are read and checked at start-up: a wrong
 * RETENTION_* stops the start with a message naming the variable.
 */
@Module({
  imports: [DisputeCommandsModule, FileStorageModule],
  providers: [
    { provide: SETTINGS, useFactory: () => retentionSettings(process.env) },
    {
      provide: RetentionProcess,
      inject: [DisputeCommands, EVENT_STORE, RetentionCandidates, SUBJECT_KEYS, UPLOADS, FILE_STORAGE, SETTINGS, Clock],
      useFactory: (commands: DisputeCommands, store: EventStore, candidates: RetentionCandidates, keys: SubjectKeyRing, uploads: Uploads, storage: FileStorage, settings: RetentionSettings, clock: Clock) => {
        const logger = new Logger('Retention');
        return new RetentionProcess(commands, store, candidates, new DisputeErasure(keys, uploads, storage, store), settings, () => clock.now(), {
          log: (message) => logger.log(message),
          warn: (message) => logger.warn(message),
        });
      },
    },
  ],
  exports: [RetentionProcess],
})
export class RetentionModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    private readonly process: RetentionProcess,
    @Inject(SETTINGS) private readonly settings: RetentionSettings,
  ) {}

  onApplicationBootstrap(): void {
    if (this.settings.run) this.process.start(this.settings.intervalMs);
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.process.stop();
  }
}
