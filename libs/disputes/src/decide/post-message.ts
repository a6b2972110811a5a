import type { PostMessage } from '../commands/claim-commands';
import { DomainError } from '../errors';
import { MESSAGE_VISIBILITIES, type MessageVisibility } from '../values/message-visibility';
import { checked, identifier, optionalOneOf, text } from '../validation/input';
import { MAX_MESSAGE } from '../validation/shapes';
import { noGuard, type CommandHandler } from './command-handler';
import { contextOf } from './parties';

/**
 * The written record between the parties. A party may also write to the mediator alone once one
 * is assigned; the mediator may write to either party alone or keep a private note.
 */
export const postMessage: CommandHandler<PostMessage> = {
  roles: ['CONSUMER', 'ASSOCIATION', 'MERCHANT', 'MEDIATOR'],
  guard: noGuard,
  validate: (c) =>
    checked(() => {
      identifier(c.messageId, 'messageId');
      text(c.body, 'body', { max: MAX_MESSAGE });
      optionalOneOf(c.visibility, 'visibility', MESSAGE_VISIBILITIES);
    }),
  decide(c, dispute, party, at) {
    if (dispute.messages.some((m) => m.messageId === c.messageId)) {
      return new DomainError('DUPLICATE_MESSAGE', `message ${c.messageId} is already on the record`);
    }
    const visibility = c.visibility ?? 'ALL';
    const own: MessageVisibility | null = party.side === 'CONSUMER' ? 'CONSUMER_AND_MEDIATOR' : party.side === 'MERCHANT' ? 'MERCHANT_AND_MEDIATOR' : null;
    const allowed = party.side === null || visibility === 'ALL' || (visibility === own && Boolean(dispute.mediation?.mediatorId));
    if (!allowed) {
      return new DomainError('VISIBILITY_NOT_ALLOWED', own === visibility ? 'no mediator is assigned yet to write to in private' : `a party may write to everyone or to the mediator alone, not ${visibility}`);
    }
    return [{ type: 'MessagePosted', schemaVersion: 1, data: { ...contextOf(dispute, party, at), messageId: c.messageId, body: c.body, visibility } }];
  },
};
