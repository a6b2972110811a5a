import { addDays, type CalendarDate } from '@recours/consumer-law';

/** The time the formal notice gives the merchant to answer: fifteen days from the letter, stated as a date. */
export const FORMAL_NOTICE_DAYS = 15;

/**
 * The day a notice sent on `sentOn` gives the merchant to answer by, as the letter recours prepares
 * states it when it is sent the day it is dated (documents/formal-notice.letter.ts). A letter that
 * waits for a later legal term (L217-10, a repair asked for) gives that term instead.
 */
export const formalNoticeAnswerBy = (sentOn: CalendarDate): CalendarDate => addDays(sentOn, FORMAL_NOTICE_DAYS);
