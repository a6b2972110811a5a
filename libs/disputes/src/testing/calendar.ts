import { addDays, startOfParisDay } from '@recours/consumer-law';

/** Filing day. Day n is n calendar days later; `dayStart(n)` its first instant in Paris (00:00, 23:00 UTC the day before in winter). */
export const FILED_ON = '2025-03-03';
export const day = (n: number, time = '10:00'): string => `${addDays(FILED_ON, n)}T${time}:00.000Z`;
export const dayStart = (n: number): string => startOfParisDay(addDays(FILED_ON, n));
export const onDay = (n: number): string => addDays(FILED_ON, n);
export const FILED_AT = day(0, '09:00');
