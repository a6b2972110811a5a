import { CATALOGUES, labelKeyInForm, type Locale, type MessageKey, type Phrase } from '@recours/locale';

/**
 * A field of an operation's input as a person reads it, in her language: the label the web app
 * gives it next to its input (`field.<name>` in the catalogue, the name being the path's last
 * segment, unless its form labels it with words of its own, LABELLED_IN_FORM, `form` naming the
 * form as its mutation, or LABELLED_BY_PLACE labels it where it sits), quoted; a field the app labels nowhere is « une valeur » / “a value”,
 * never its path (`input.purchase.price.amount` is for clients: `extensions.fields`).
 */
export function fieldInWords(path: string, locale: Locale, form?: string): string {
  const key = labelKeyInForm(form, inputPath(path)) ?? LABELLED_BY_PLACE[lastTwoNames(path)] ?? `field.${lastName(path)}`;
  // A list item's label counts it, as the form does: « Date de l’événement 2 » for `chronology[1].on`.
  const label = (CATALOGUES[locale] as Readonly<Record<string, string>>)[key]?.replace('{n}', String(lastIndexOf(path) + 1));
  if (label) return locale === 'fr' ? `« ${label} »` : `“${label}”`;
  return locale === 'fr' ? 'une valeur' : 'a value';
}

/** A field the operation does not take: no label, but the name that was sent, as sent. */
const unknownField = (path: string, locale: Locale) => {
  const name = lastName(path);
  return locale === 'fr' ? `« ${name} » n’est pas un champ de ce formulaire` : `“${name}” is not a field of this form`;
};

/** The path's names, list indexes aside: `input.tags[1]`, `input.items.0` end with `tags`, `items`. */
const namesOf = (path: string) => path.replace(/\[\d+\]/g, '').split('.').filter((segment) => !/^\d+$/.test(segment));

/** The path in the argument, without the argument's name: `summary` for `input.summary`. */
const inputPath = (path: string) => namesOf(path).slice(1).join('.');

/** The path's last name. */
const lastName = (path: string) => namesOf(path).pop() ?? '';

/** The path's last two names, `purchase.channel` for `input.purchase.channel`. */
const lastTwoNames = (path: string) => namesOf(path).slice(-2).join('.');

/**
 * A name that means one thing in one input and another elsewhere, labelled where it sits, by the
 * label its form gives it: the purchase's `channel` is how she bought (« Acheté », the claim
 * form's), not how a formal notice was sent (`field.channel`, « Comment »), which a claim refused
 * for its channel read until 2026-12-07.
 */
const LABELLED_BY_PLACE: Readonly<Record<string, MessageKey>> = {
  'purchase.channel': 'claim.channel',
  // A chronology's entry, as the claim form labels it (« Date de l’événement 2 »), not `field.on` (« Le »).
  'chronology.on': 'claim.chronology.on',
  'chronology.what': 'claim.chronology.what',
};

/** The path's last list index (`input.problem.chronology[1].on`, `input.items.1.name`: 1); 0 when there is none. */
const lastIndexOf = (path: string) => Number([...path.matchAll(/\[(\d+)\]|\.(\d+)(?=\.|$)/g)].at(-1)?.slice(1).find((n) => n !== undefined) ?? 0);

/**
 * BAD_USER_INPUT's sentence for a person: each field at fault in words (fieldInWords) with what is
 * wrong with it, « Saisie invalide : « Nom » ne doit pas être vide ». The same for every way in
 * (HTTP and the socket answer the error this sentence is made for: errors.ts, library-words.ts).
 * `form`: the form the input is (its mutation's name, `closeDispute`), for the labels it gives.
 */
export function invalidInputPhrase(problems: ReadonlyArray<{ field: string; code: string; problem: Phrase; detail?: Phrase }>, form?: string): Phrase {
  const say = (locale: Locale) =>
    problems.map((p) => (p.code === 'UNKNOWN_FIELD' ? unknownField(p.field, locale) : `${fieldInWords(p.field, locale, form)} ${p.problem[locale]}`) + (p.detail?.[locale] ?? ''));
  return { en: `Invalid input: ${say('en').join('; ')}`, fr: `Saisie invalide : ${say('fr').join(' ; ')}` };
}
