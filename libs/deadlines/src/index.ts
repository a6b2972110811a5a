export * from './deadline-process';
