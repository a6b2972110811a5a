import { Injectable } from '@nestjs/common';
import { parisDateOf } from '@recours/consumer-law';
import { Clock } from '@recours/clock';
import type { DisputeHistory } from '@recours/dispute-commands';
import type { Dispute } from '@recours/disputes';
import type { Locale } from '@recours/locale';
import type { Viewer } from '../auth/viewer';
import type { Reader } from '../disputes/dispute-access';
import { toDisputeView } from '../disputes/dispute-view';
import { DisputeTimelineText } from '../disputes/timeline/dispute-timeline-text';
import { assessDisputeRights } from '../rights';
import { buildCaseFile } from './case-file.builder';

/** A dispute the viewer may read, as read (DisputeReader.readable). */
export interface ReadableDispute {
  current: DisputeHistory & { state: Dispute };
  reader: Reader;
  viewer: Viewer;
}

/**
 * The case file of a dispute as one party reads it: its view, timeline in the language asked,
 * rights of the day and hash chain. Made for the download (DocumentsController) and for the
 * party's own data archive (myData).
 */
@Injectable()
export class CaseFiles {
  constructor(
    private readonly timelineText: DisputeTimelineText,
    private readonly clock: Clock,
  ) {}

  async make(found: ReadableDispute, language: Locale) {
    const now = this.clock.now();
    const built = toDisputeView(found.current, found.viewer, found.reader, now);
    const view = { ...built, timeline: await this.timelineText.render(built, language) };
    const rights = assessDisputeRights(found.current.state, parisDateOf(now.toISOString()), {}, language);
    const file = await buildCaseFile(found.current, view, found.reader, rights, language, now);
    return { file, view, rights, now };
  }
}
