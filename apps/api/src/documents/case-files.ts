import { Injectable } from '@nestjs/common';
import { parisDateOf } from '@recours/consumer-law';
import { Clock } from '@recours/clock';
import type { DisputeHistory } from '@recours/dispute-commands';
import { merchantsOwn, type Dispute } from '@recours/disputes';
import { isUuid } from '@recours/event-store';
import type { Locale } from '@recours/locale';
import { AccountNames } from '../accounts/account-names';
import { AccountsService } from '../accounts/accounts.service';
import type { Viewer } from '../auth/viewer';
import type { Reader } from '../disputes/dispute-access';
import { TIMELINE_FACTS, toDisputeView } from '../disputes/dispute-view';
import { DisputeTimelineText } from '../disputes/timeline/dispute-timeline-text';
import { assessDisputeRights } from '../rights';
import { buildCaseFile } from './case-file.builder';
import type { CaseFileParties } from './case-file.pdf';

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
    private readonly names: AccountNames,
    private readonly accounts: AccountsService,
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
    return { file, view, rights, now, parties: await this.parties(found.current.state) };
  }

  /** Who the dispute is between, by name, as the case file's reader (a mediator, a court) reads it first: the JSON names them by id. */
  private async parties(state: Dispute): Promise<CaseFileParties> {
    const mediatorId = state.mediation?.mediatorId ?? null;
    const [names, [merchant]] = await Promise.all([this.names.of([state.consumerId, mediatorId].filter((id): id is string => id !== null && isUuid(id))), this.accounts.findMerchants([state.merchantId])]);
    return { consumer: names.get(state.consumerId)?.displayName ?? null, merchant: merchant?.name ?? null, mediator: mediatorId ? (names.get(mediatorId)?.displayName ?? null) : null };
  }
}
