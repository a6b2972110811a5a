import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@recours/clock';
import { loadDisputeHistory } from '@recours/dispute-commands';
import { EVENT_STORE, type EventStore } from '@recours/event-store';
import { FILE_STORAGE, PostgresFileStorage, type FileStorage } from '@recours/file-storage';
import { UPLOADS, type Uploads } from './uploads';

/** An upload nobody attached within this time is deleted. */
export const UNATTACHED_LIFETIME_MS = 24 * 60 * 60 * 1000;
/** Uploads read at a time. */
export const PURGE_PAGE = 500;

/**
 * Deletes uploads not attached to a dispute within 24 hours (and those whose process died while
 * receiving them). An upload set aside for a dispute whose command never landed is checked
 * against the dispute's record first: kept when the record holds it, deleted otherwise.
 * Runs every UPLOADS_PURGE_INTERVAL_MS (default an hour) in each API process: deleting twice is harmless.
 */
@Injectable()
export class UploadPurge implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private readonly logger = new Logger('UploadPurge');

  constructor(
    @Inject(UPLOADS) private readonly uploads: Uploads,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const every = Number(process.env.UPLOADS_PURGE_INTERVAL_MS ?? 60 * 60 * 1000);
    this.timer = setInterval(() => void this.purge().catch((error: Error) => this.logger.warn(`purge failed: ${error.message}`)), every);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /**
   * Deletes what is due as of `now`; answers how many uploads were deleted. Each upload on its
   * own: one the storage keeps refusing to delete is left for the next round, and never keeps
   * the uploads after it from going: every due upload is read, page after page, each past the
   * last one of the page before (a page of such uploads, oldest first, would otherwise be all a
   * round ever read).
   */
  async purge(now: Date = this.clock.now()): Promise<number> {
    const before = new Date(now.getTime() - UNATTACHED_LIFETIME_MS);
    let deleted = 0;
    for (let page = await this.uploads.unattachedBefore(before, PURGE_PAGE); ; page = await this.uploads.unattachedBefore(before, PURGE_PAGE, page[page.length - 1])) {
      for (const candidate of page) {
        try {
          if (await this.purgeOne(candidate)) deleted++;
        } catch (error) {
          this.logger.warn({ msg: 'an upload not attached in time is not deleted yet', uploadId: candidate.id, error: (error as Error).message });
        }
      }
      if (page.length < PURGE_PAGE) break;
    }
    if (this.storage instanceof PostgresFileStorage) await this.storage.sweepOrphans(before);
    if (deleted > 0) this.logger.log(`deleted ${deleted} upload(s) not attached within 24 hours`);
    return deleted;
  }

  /** One upload: kept (and marked attached) when its dispute's record holds it, else deleted; answers whether it was deleted. */
  private async purgeOne(candidate: { id: string; disputeId: string | null }): Promise<boolean> {
    if (candidate.disputeId) {
      const { state } = await loadDisputeHistory(this.store, candidate.disputeId);
      if (state.filed && state.evidence.some((e) => e.file?.id === candidate.id)) {
        await this.uploads.attached(candidate.id);
        return false;
      }
    }
    await this.storage.delete(candidate.id);
    await this.uploads.forget(candidate.id);
    return true;
  }
}
