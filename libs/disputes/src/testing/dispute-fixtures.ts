/**
 * Test data for dispute specs: one washing machine, one merchant, a calendar starting on filing
 * day. One module per idea; this one gathers them for the specs outside libs/disputes.
 */
export * from './actors';
export * from './calendar';
export * from './dispute-spec';
export * from './moments';
export * from './washing-machine-claim';
