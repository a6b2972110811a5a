export * from './clock';
export { RecurringRounds } from './recurring-rounds';
