import type { DisputeCommandOf } from '../commands/command-envelope';
import { fieldProblem } from '../validation/field-problems';
import type { RulesOf } from '../commands/command-rules';
import { noGuard } from '../commands/command-rules';
import { DomainError, invalidInput } from '../errors';
import { contextOf } from '../parties';
import { recorded } from '../events/recorded';
import { parisDateOf, type CalendarDate } from '@recours/consumer-law';
import { z } from 'zod';
import { calendarDate, oneOf } from '../validation/input';
import { FORMAL_NOTICE_CHANNELS, type FormalNoticeChannel } from '../values/formal-notice-channel';

export type RecordFormalNotice = DisputeCommandOf<'RecordFormalNotice', { sentOn: CalendarDate; channel: FormalNoticeChannel }>;

export type FormalNoticeCommand = RecordFormalNotice;

export const formalNoticeRules: RulesOf<FormalNoticeCommand> = {
  /**
   * The consumer records that she sent the formal notice recours prepared (GET
   * /disputes/:id/formal-notice.pdf). It is a written complaint: the one-year window for a
   * mediation (Code de la consommation L612-2 4°) runs from the earliest written complaint on
   * record, so a later notice does not reopen the year (mediation/written-complaint.ts).
   */
  RecordFormalNotice: {
    roles: ['CONSUMER', 'ASSOCIATION'],
    guard: noGuard,
    payload: z.object({ sentOn: calendarDate().describe('The day the formal notice was sent (YYYY-MM-DD).'), channel: oneOf(FORMAL_NOTICE_CHANNELS, 'FormalNoticeChannel') }),
    mutation: {
      name: 'recordFormalNotice',
      description:
        'The consumer (or her association) records that the formal notice was sent: a written complaint, from which the one-year window for a mediation runs (Article L612-2 of the French Consumer Code).',
    },
    decide(c, dispute, party, at) {
      if (c.sentOn > parisDateOf(at)) return invalidInput('sentOn', fieldProblem('AFTER_TODAY', { today: parisDateOf(at) }));
      if (c.sentOn < dispute.claim.purchase.purchasedOn) return invalidInput('sentOn', fieldProblem('BEFORE_PURCHASE', { purchasedOn: dispute.claim.purchase.purchasedOn }));
      if ((dispute.formalNotices ?? []).some((n) => n.sentOn === c.sentOn && n.channel === c.channel)) {
        return new DomainError('FORMAL_NOTICE_ALREADY_RECORDED', { sentOn: c.sentOn });
      }
      return [recorded('FormalNoticeRecorded', contextOf(dispute, party, at), { sentOn: c.sentOn, channel: c.channel })];
    },
  },
};
