export * from './dispute-history';
export * from './dispute-command-errors';
export * from './handle-dispute-command';
