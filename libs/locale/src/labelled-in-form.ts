import type { MessageKey } from './catalogue/en';

/**
 * A field a form labels with words of its own, not with `field.<name>` (which another form's
 * field of the same name reads): by the form, named as its mutation (`closeDispute`), and the
 * field's path in its input (`summary`, `purchase.channel`). The web form labels its input with it
 * and the API names the field with it in a refusal (apps/api, field-words.ts): one label in both.
 * Until 2026-12-07 the remedy report's day read « Le » / “On”, and the closing summary the
 * mediation request's « Résumé pour le médiateur ».
 */
export const LABELLED_IN_FORM: Readonly<Record<string, MessageKey>> = {
  'reportRemedyCarriedOut.on': 'remedy.carriedOutOn',
  'closeDispute.summary': 'close.summary',
};

/** The catalogue key of a field's label in a form: its own there (LABELLED_IN_FORM), else `field.<last name>`. */
export function labelKeyInForm(form: string | undefined, path: string): MessageKey | undefined {
  return form === undefined ? undefined : LABELLED_IN_FORM[`${form}.${path}`];
}

/** The form an input type is for, as LABELLED_IN_FORM names it: `CloseDisputeInput` and the command `CloseDispute` are `closeDispute`'s. */
export const formOfType = (name: string): string => (name.endsWith('Input') ? name.slice(0, -'Input'.length) : name).replace(/^[A-Z]/, (first) => first.toLowerCase());
