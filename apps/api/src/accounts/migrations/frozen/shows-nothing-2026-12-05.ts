/*
 * showsNothing (libs/disputes/src/validation/input.ts) as it was when migration
 * BlankSupportChannels was written, 2026-12-05. A copy on purpose: a migration that called the
 * live test of blank text would clear different contacts on a new database than it did on one
 * upgraded before the test changed. Unicode property classes have no PostgreSQL regex form, so
 * this rule stays TypeScript, frozen. Never edit it.
 */

const SHOWS_NOTHING = String.raw`\s\p{Default_Ignorable_Code_Point}\u2800`;
const VISIBLE_CHARACTER = new RegExp(`[^${SHOWS_NOTHING}\\p{M}]`, 'u');

export const showsNothingOf20261205 = (value: string): boolean => !VISIBLE_CHARACTER.test(value);
