import type { ActorKind, DisputeEventType, Instant } from '@recours/disputes';
import type { DataSource, Repository } from 'typeorm';
import type { TimelineViewer } from '@recours/disputes';
import { DISPUTE_TIMELINE } from '../projections/dispute-timeline/dispute-timeline.tables';
import type { RowOf } from '../schema/read-model-table';
import { instant } from './instants';

export interface TimelineEntry {
  /** How many events before it this viewer may read (readerVersions): 0 is the filing, and the events kept from the viewer leave no gap. */
  version: number;
  eventId: string;
  type: DisputeEventType;
  at: Instant;
  actor: { kind: ActorKind; id: string };
  /** The consumer an association acted for. */
  onBehalfOf: string | null;
  /** What happened, in plain words. */
  text: string;
}

/** A dispute's history as one viewer may read it: private notes and side messages left out. */
export class DisputeTimeline {
  private readonly rows: Repository<RowOf<typeof DISPUTE_TIMELINE>>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(DISPUTE_TIMELINE.entity);
  }

  /**
   * `accountId`: the viewer's account, by which an association reads the rows meant for one
   * association alone only when they name it (readsEvent's rule); without it, none of those.
   */
  async forViewer(disputeId: string, viewer: TimelineViewer, accountId?: string): Promise<TimelineEntry[]> {
    const rows = await this.rows
      .createQueryBuilder('t')
      .where('t.disputeId = :disputeId', { disputeId })
      .andWhere(':viewer = ANY(t.visibleTo)', { viewer })
      .andWhere("(:viewer <> 'ASSOCIATION' OR t.associationAlone IS NULL OR t.associationAlone = :accountId)", { accountId: accountId ?? null })
      .orderBy('t.streamVersion', 'ASC')
      .getMany();
    // The rows are exactly the events this viewer reads, in order: each one's rank is its version as the viewer counts it.
    return rows.map((row, version) => ({
      version,
      eventId: row.eventId,
      type: row.eventType as DisputeEventType,
      at: instant(row.occurredAt),
      actor: { kind: row.actorKind as ActorKind, id: row.actorId },
      onBehalfOf: row.onBehalfOf,
      text: row.summary,
    }));
  }
}
