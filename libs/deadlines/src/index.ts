export * from './deadline-process';
export * from './deadlines.module';
