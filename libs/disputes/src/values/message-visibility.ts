import type { Side } from './actor';

/**
 * Who may read a message. The parties write on the shared record (ALL) or, once a mediator
 * is assigned, to the mediator in private; the mediator may also keep a note for itself.
 */
export const MESSAGE_VISIBILITIES = ['ALL', 'CONSUMER_AND_MEDIATOR', 'MERCHANT_AND_MEDIATOR', 'MEDIATOR_ONLY'] as const;
export type MessageVisibility = (typeof MESSAGE_VISIBILITIES)[number];

export type Reader = Side | 'MEDIATOR';

export function canRead(visibility: MessageVisibility, reader: Reader): boolean {
  switch (visibility) {
    case 'ALL':
      return true;
    case 'CONSUMER_AND_MEDIATOR':
      return reader !== 'MERCHANT';
    case 'MERCHANT_AND_MEDIATOR':
      return reader !== 'CONSUMER';
    case 'MEDIATOR_ONLY':
      return reader === 'MEDIATOR';
  }
}
