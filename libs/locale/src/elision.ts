import { ERASED_PERSON, ERASED_PERSON_WORDS } from './erased-words';
import { unmarked } from './typography';

/**
 * Whether French elides the word before this name: « le profil d’Acme », « qu’Orange », but
 * « de Fnac ». The rule recours follows:
 * - a vowel first (a e i o u, accented or not, either case, and the ligatures œ æ) elides:
 *   « d’Électro Dépôt », « d’Œnologie & Co »;
 * - y elides before a consonant (« d’Yves Rocher ») and not before a vowel, where it is sounded as
 *   a consonant (« de Yamaha », « de Yoplait »);
 * - h never does: French elides before a mute h (« d’Hélène ») but not an aspirated one
 *   (« de Hachette », « de Hyundai »), and nothing in a name says which it is; « de Hermès » reads
 *   less usual than « d’Hermès » but is not wrong, the other mistake would be;
 * - a digit, a quotation mark or any other sign does not (« de 3 Suisses », « de « Acme » »).
 * Acronyms are read as written: « d’EDF », « de SFR » (what is usually written).
 * A tombstone's name (ERASED_PERSON) reads « une personne dont… » in French: it elides.
 */
export function elidesBefore(name: string): boolean {
  const read = unmarked(name).trimStart().replace(ERASED_PERSON, ERASED_PERSON_WORDS.fr);
  // The letters without their accents: « É » is « e », « Ô » is « o ».
  const [first = '', second = ''] = Array.from(read.slice(0, 8).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
  if (/[aeiouœæ]/.test(first)) return true;
  return first === 'y' && /\p{L}/u.test(second) && !/[aeiouy]/.test(second);
}

/** The French words that elide before a vowel, as they are written before a consonant. */
export type ElidingWord = 'de' | 'De' | 'que' | 'Que' | 'le' | 'Le' | 'la' | 'La' | 'jusque' | 'lorsque' | 'puisque';

/** The word before a name, elided when the name asks for it: elide('que', 'Orange') is « qu’Orange », elide('le', 'Fnac') « le Fnac ». */
export function elide(word: ElidingWord, name: string): string {
  return elidesBefore(name) ? `${word.slice(0, -1)}’${name}` : `${word} ${name}`;
}

/** « de » and a name, as French writes it: « d’Acme », « de Fnac », « d’Yves Rocher », « de 3 Suisses ». */
export const frenchOf = (name: string): string => elide('de', name);

/**
 * The arguments a catalogue sentence may choose its elision by, added for every text argument:
 * `<argument>Elides`, 'yes' or 'no' (elidesBefore). A French sentence writes the word before a
 * name as an ICU select on it, `{nameElides, select, yes {d’} other {de }}{name}`; the caller
 * passes `{ name }` alone, and cannot forget to say how the name begins. An argument the caller
 * gives under that name is kept.
 */
export function withElisions<V extends string | number>(values: Readonly<Record<string, V>>): Record<string, V | 'yes' | 'no'> {
  const all: Record<string, V | 'yes' | 'no'> = {};
  for (const [key, value] of Object.entries(values)) if (typeof value === 'string') all[`${key}Elides`] = elidesBefore(value) ? 'yes' : 'no';
  return Object.assign(all, values);
}
