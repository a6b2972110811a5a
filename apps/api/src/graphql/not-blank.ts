import { Matches } from 'class-validator';
import { VISIBLE_CHARACTER } from '@recours/disputes';

/**
 * A text others read (a name, a title, a reason): blank when it shows nothing, spaces or
 * zero-width characters alike — the domain's one test (showsNothing), for the API's inputs that
 * are not commands.
 */
export const NotBlank = () => Matches(VISIBLE_CHARACTER, { context: { problem: 'BLANK' } });
