export * from './test-database';
export * from './test-app';
export * from './api-actors';
export * from './smtp-inbox';
export * from './scrape';
export * from './evidence-samples';
export * from './mailed-links';
export * from './database-search';
