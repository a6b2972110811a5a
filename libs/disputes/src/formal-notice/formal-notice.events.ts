import type { CalendarDate } from '@recours/consumer-law';
import type { DisputeEventOf, EventContext } from '../events/event-envelope';
import type { Evolution, SchemaVersions } from '../events/evolution';
import type { PersonalFields } from '../events/personal-fields';
import type { ReadersOf } from '../events/event-readers';
import { notify, type NotificationsOf } from '../events/notification-intent';
import type { FormalNoticeChannel } from '../values/formal-notice-channel';
import { formalNoticeAnswerBy, formalNoticeDemand } from './formal-notice-period';

/** The consumer (or her association) sent the merchant a formal notice (mise en demeure). */
export type FormalNoticeRecorded = DisputeEventOf<'FormalNoticeRecorded', EventContext & { sentOn: CalendarDate; channel: FormalNoticeChannel }>;

export type FormalNoticeEvent = FormalNoticeRecorded;

export const FORMAL_NOTICE_EVENT_VERSIONS = { FormalNoticeRecorded: 1 } as const satisfies SchemaVersions<FormalNoticeEvent>;

/** What a person wrote or what identifies them, per event (erasure and sealing: events/personal-data.ts). */
export const FORMAL_NOTICE_PERSONAL_FIELDS = { FormalNoticeRecorded: [] } as const satisfies PersonalFields<FormalNoticeEvent>;

/** Who reads each event (events/visibility.ts). */
export const FORMAL_NOTICE_READERS = { FormalNoticeRecorded: 'SHARED' } as const satisfies ReadersOf<FormalNoticeEvent>;

/**
 * Whom each event tells (events/notification-intent.ts). The notice is addressed to the merchant:
 * its agents hear that it was sent, on what day, and by when it asks for the remedy.
 */
export const FORMAL_NOTICE_NOTIFICATIONS: NotificationsOf<FormalNoticeEvent> = {
  FormalNoticeRecorded: (event, dispute) =>
    notify('FORMAL_NOTICE_SENT', ['MERCHANT'], {
      sentOn: event.data.sentOn,
      answerBy: formalNoticeAnswerBy(dispute, event.data.sentOn),
      requestedRemedy: dispute.claim.requestedRemedy,
      // What the letter demands, which past the warranty may differ from what she first asked for.
      remedy: formalNoticeDemand(dispute, event.data.sentOn),
    }),
};

export const formalNoticeEvolution: Evolution<FormalNoticeEvent> = {
  FormalNoticeRecorded: (s, event) => ({
    ...s,
    formalNotices: [...(s.formalNotices ?? []), { sentOn: event.data.sentOn, channel: event.data.channel, at: event.data.at, by: event.data.by }],
  }),
};
