import { Injectable } from '@nestjs/common';
import { parisDateOf } from '@recours/consumer-law';
import { Clock } from '@recours/clock';
import type { DisputeHistory } from '@recours/dispute-commands';
import { merchantsOwn, type Dispute } from '@recours/disputes';
import type { Locale } from '@recours/locale';
import type { Viewer } from '../auth/viewer';
import type { Reader } from '../disputes/dispute-access';
import { TIMELINE_FACTS, toDisputeView } from '../disputes/dispute-view';
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
    const whole = toDisputeView(found.current, found.viewer, found.reader, now);
    // The merchant team's own business (assignment, internal notes) never leaves in a case file,
    // not even the merchant's own: a case file is shown to a mediator, a court. Those events are
    // in its chain by their digest alone.
    const built = { ...whole, [TIMELINE_FACTS]: whole[TIMELINE_FACTS].filter(({ event }) => !merchantsOwn(event)) };
    const view = { ...built, timeline: await this.timelineText.render(built, language) };
    const rights = assessDisputeRights(found.current.state, parisDateOf(now.toISOString()), {}, language);
    const file = await buildCaseFile(found.current, view, found.reader, rights, language, now);
    return { file, view, rights, now };
  }
}
