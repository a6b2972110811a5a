export * from './calendar/calendar-date';
