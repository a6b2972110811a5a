import type { ConfirmRemedyFulfilled } from '../commands/remedy-commands';
import { checked, optionalText } from '../validation/input';
import { MAX_NOTE } from '../validation/shapes';
import { agreementInProgress } from './agreement-guard';
import type { CommandHandler } from './command-handler';
import { contextOf } from './parties';

/** Only the consumer, who was owed the remedy, can say it was delivered; that resolves the dispute. */
export const confirmRemedyFulfilled: CommandHandler<ConfirmRemedyFulfilled> = {
  roles: ['CONSUMER', 'ASSOCIATION'],
  guard: agreementInProgress,
  validate: (c) => checked(() => optionalText(c.note, 'note', { max: MAX_NOTE })),
  decide(c, dispute, party, at) {
    const context = contextOf(dispute, party, at);
    const { remedy, source, sourceId } = dispute.agreement!;
    return [
      { type: 'RemedyFulfilled', schemaVersion: 1, data: { ...context, remedy, source, sourceId, ...(c.note !== undefined && { note: c.note }) } },
      { type: 'DisputeClosed', schemaVersion: 1, data: { ...context, outcome: 'RESOLVED' } },
    ];
  },
};
