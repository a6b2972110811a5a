/**
 * The remedies and which of them are a sum of money, the one definition the decider (remedy.ts,
 * which re-exports them) and the web app (parts/remedy-failures.ts) read: no dependency, so that
 * the web app imports this file as it is.
 */

/** What the consumer asks for or is offered (Code de la consommation L217-8 ff.). */
export const REMEDIES = ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'] as const;
export type Remedy = (typeof REMEDIES)[number];

/** Remedies that put the goods back in conformity; L217-10 caps them at 30 days. */
export const IN_KIND_REMEDIES: readonly Remedy[] = ['REPAIR', 'REPLACEMENT'];

/** Remedies that are a sum of money: an offer of them must say how much, and a sum is paid or it is not. */
export const MONETARY_REMEDIES: readonly Remedy[] = ['REFUND', 'PRICE_REDUCTION', 'COMPENSATION'];
