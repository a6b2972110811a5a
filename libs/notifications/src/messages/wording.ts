import type { Locale } from '@recours/locale';
import { formatFor } from '@recours/consumer-law';

/** Words the notifications' sentences are built from, in each language. */
export const REMEDY_WORDS: Record<Locale, Record<string, string>> = {
  fr: { REPAIR: 'une réparation', REPLACEMENT: 'un remplacement', REFUND: 'un remboursement', PRICE_REDUCTION: 'une réduction du prix', COMPENSATION: 'une indemnisation' },
  en: { REPAIR: 'a repair', REPLACEMENT: 'a replacement', REFUND: 'a refund', PRICE_REDUCTION: 'a price reduction', COMPENSATION: 'compensation' },
};

/** The French remedies that are feminine (« une réparation … exécutée »); the others are masculine. */
export const FEMININE_REMEDIES: ReadonlySet<string> = new Set(['REPAIR', 'PRICE_REDUCTION', 'COMPENSATION']);

export const DEADLINE_WORDS: Record<Locale, Record<string, string>> = {
  fr: {
    MERCHANT_RESPONSE: 'répondre à la réclamation',
    OFFER_EXPIRY: 'répondre à l’offre',
    REMEDY_DUE: 'exécuter la solution convenue',
    REMEDY_CONFIRMATION: 'confirmer ou contester la solution déclarée réalisée',
    ADMISSIBILITY_DUE: 'se prononcer sur la recevabilité de la médiation',
    MEDIATION_OUTCOME_DUE: 'conclure la médiation',
    SETTLEMENT_ANSWER: 'répondre à la solution proposée par le médiateur',
  },
  en: {
    MERCHANT_RESPONSE: 'answer the claim',
    OFFER_EXPIRY: 'answer the offer',
    REMEDY_DUE: 'carry out the agreed remedy',
    REMEDY_CONFIRMATION: 'confirm or contest the remedy reported carried out',
    ADMISSIBILITY_DUE: 'decide whether the mediation is admissible',
    MEDIATION_OUTCOME_DUE: 'bring the mediation to an outcome',
    SETTLEMENT_ANSWER: 'answer the mediator’s proposed settlement',
  },
};

export const LEVEL_WORDS: Record<Locale, Record<string, string>> = {
  fr: { SUPERVISOR: 'un responsable', COMPLAINTS_DEPARTMENT: 'le service réclamations' },
  en: { SUPERVISOR: 'a supervisor', COMPLAINTS_DEPARTMENT: 'the complaints department' },
};

export const FAILURE_WORDS: Record<Locale, Record<string, string>> = {
  fr: { NOT_CARRIED_OUT: "n’a pas été exécutée", DID_NOT_FIX: "n’a pas réglé le problème", DEFECT_RECURRED: "n’a pas tenu : le défaut est revenu" },
  en: { NOT_CARRIED_OUT: 'was not carried out', DID_NOT_FIX: 'did not fix the problem', DEFECT_RECURRED: 'did not last: the defect came back' },
};

/** A calendar date (2026-03-12) as a reader writes it: « 12 mars 2026 », “12 March 2026”, by the rights engine's own writer (« 1er juin 2026 »). */
export function dateWords(date: unknown, locale: Locale): string {
  if (typeof date !== 'string') return '';
  return formatFor(locale).date(date);
}

/** An amount in its currency, as the reader writes it: « 129,99 € », “€129.99”. */
export function moneyWords(amount: unknown, currency: unknown, locale: Locale): string {
  if (typeof amount !== 'string' || typeof currency !== 'string') return '';
  return formatFor(locale).money(amount, currency);
}
