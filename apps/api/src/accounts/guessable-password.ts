import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';
import * as fr from '@zxcvbn-ts/language-fr';

/**
 * Common and breached passwords, checked offline: zxcvbn-ts's dictionaries (the most common
 * passwords from public breaches, common words in English and French, names, keyboard patterns)
 * find "Password123", "Qwertyuiop1" and "1234567890a"; the words of this platform are added, so
 * that "recours2026" is found too. Score 3 is zxcvbn's "safely unguessable" threshold for an
 * online attack (about 10^8 guesses).
 */
const MINIMUM_SCORE = 3;
const PLATFORM_WORDS = ['recours', 'litige', 'litiges', 'reclamation', 'mediation', 'mediateur', 'sav', 'dispute', 'claim'];

let checker: ZxcvbnFactory | undefined;
/** Built on first use: the dictionaries take a moment to load and are needed only at sign-up. */
const passwordChecker = () =>
  (checker ??= new ZxcvbnFactory({
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary, ...fr.dictionary, platform: PLATFORM_WORDS },
  }));

/** True when the password is among the common or breached ones, or made of the account's own words. */
export function isGuessablePassword(password: string, ownWords: readonly string[]): boolean {
  return passwordChecker().check(password, ownWords.filter((w) => w.length >= 3)).score < MINIMUM_SCORE;
}
