export * from './dispute-commands.module';
export * from './dispute-commands';
export * from './dispute-command-errors';
export * from './dispute-history';
export * from './dispute-histories';
export * from './dispute-turns';
export * from './account-references';
export * from './erasure-signal';
