import type { MessageVisibility } from '../values/message-visibility';

// The declaration each sub-domain writes beside its events; apart from visibility.ts, which
// composes those declarations, so that a sub-domain's events do not import what imports them.

/**
 * Who reads an event: the shared record (`SHARED`: every party, the admin, the merchant's
 * webhooks); the consumer's side alone (`CONSUMER_SIDE`: the consumer and every association that
 * reads the dispute); the consumer and the one association the event names (`CONSUMER_AND_NAMED`,
 * for an event that carries an `associationId`, and only for one: whom she asks for advice is hers
 * to know, each association reading its own sharing and not another's; why an association renounced
 * is between it and her); the merchant's team alone (`MERCHANT_TEAM`, issue 18 item 2: who handles
 * the case, its internal notes); or whom a message is addressed to (`AS_ADDRESSED`, for an event
 * that carries a message's `visibility`, and only for one).
 */
export type EventReaders = 'SHARED' | 'CONSUMER_SIDE' | 'CONSUMER_AND_NAMED' | 'MERCHANT_TEAM' | 'AS_ADDRESSED';

/**
 * Each sub-domain says who reads each of its events, beside them (`<X>_READERS` in
 * `<x>.events.ts`), every event listed: a new event's author decides it, nothing is shared by
 * default.
 */
export type ReadersOf<E extends { type: string; data: unknown }> = {
  readonly [T in E['type']]: Extract<E, { type: T }>['data'] extends { visibility: MessageVisibility }
    ? 'AS_ADDRESSED'
    : Extract<E, { type: T }>['data'] extends { associationId: string }
      ? Exclude<EventReaders, 'AS_ADDRESSED'>
      : Exclude<EventReaders, 'AS_ADDRESSED' | 'CONSUMER_AND_NAMED'>;
};
