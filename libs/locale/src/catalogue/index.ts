import type { Locale } from '../locale';
import { en, type MessageKey } from './en';
import { fr } from './fr';

export type { MessageKey };

/**
 * Every sentence the web app shows, in French and English (en.ts, fr.ts), keyed as the web app
 * asks for them. The API reads some too: the timeline tells an event without a sentence of its
 * own by its title here (`event.<Type>`).
 */
export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { en, fr };
export { CHOICES, choiceLabel, choicesInWords, type Choice } from './choice-words';
