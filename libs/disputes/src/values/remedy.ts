import type { Phrase } from '@recours/locale';

/** What the consumer asks for or is offered (Code de la consommation L217-8 ff.). */
export const REMEDIES = ['REPAIR', 'REPLACEMENT', 'REFUND', 'PRICE_REDUCTION', 'COMPENSATION'] as const;
export type Remedy = (typeof REMEDIES)[number];

/** Each remedy as a sentence names it ("asking for a repair"), in each language. */
export const REMEDY_PHRASES: Record<Remedy, Phrase> = {
  REPAIR: { en: 'a repair', fr: 'une réparation' },
  REPLACEMENT: { en: 'a replacement', fr: 'un remplacement' },
  REFUND: { en: 'a refund', fr: 'un remboursement' },
  PRICE_REDUCTION: { en: 'a price reduction', fr: 'une réduction du prix' },
  COMPENSATION: { en: 'compensation', fr: 'une indemnisation' },
};

/** Remedies that put the goods back in conformity; L217-10 caps them at 30 days. */
export const IN_KIND_REMEDIES: readonly Remedy[] = ['REPAIR', 'REPLACEMENT'];

/** Remedies that are a sum of money, so an offer of them must say how much. */
export const MONETARY_REMEDIES: readonly Remedy[] = ['REFUND', 'PRICE_REDUCTION', 'COMPENSATION'];

/**
 * The remedies still open after one failed. A repair that failed or did not last opens
 * replacement, price reduction or refund; a failed replacement leaves price reduction or refund.
 * L217-14 (2°, 4°) opens price reduction and refund after a failed attempt; closing the failed
 * remedy itself is recours's rule, not the law's, and the refusal says so (REMEDY_NOT_AVAILABLE):
 * the rights engine still lists repair and replacement. Damages stay owed whatever failed (L217-8: the remedies are "sans préjudice
 * de l'allocation de dommages et intérêts"), so compensation is never closed. A money remedy that
 * was not paid stays owed: nothing is closed.
 */
export function remediesAfterFailure(available: readonly Remedy[], failed: Remedy): Remedy[] {
  const opened: readonly Remedy[] =
    failed === 'REPAIR'
      ? ['REPLACEMENT', 'PRICE_REDUCTION', 'REFUND', 'COMPENSATION']
      : failed === 'REPLACEMENT'
        ? ['PRICE_REDUCTION', 'REFUND', 'COMPENSATION']
        : REMEDIES;
  return withDamages(available.filter((remedy) => opened.includes(remedy)));
}

/**
 * The list with compensation in it. Failures recorded before 2026-12-05 closed compensation too,
 * against L217-8; their events keep what was decided, and reading them gives the right back.
 */
export function withDamages(available: readonly Remedy[]): Remedy[] {
  return available.includes('COMPENSATION') ? [...available] : [...available, 'COMPENSATION'];
}

export const REMEDY_FAILURES = ['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED'] as const;
export type RemedyFailure = (typeof REMEDY_FAILURES)[number];

/** Where an agreed remedy comes from: an accepted offer or a settlement both sides accepted. */
export type AgreementSource = 'OFFER' | 'SETTLEMENT';
