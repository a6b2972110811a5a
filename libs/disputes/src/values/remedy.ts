import type { Phrase } from '@recours/locale';
import { REMEDIES, type Remedy } from './remedy-kinds';

export { IN_KIND_REMEDIES, MONETARY_REMEDIES, REMEDIES, type Remedy } from './remedy-kinds';

/** Each remedy as a sentence names it ("asking for a repair"), in each language. */
export const REMEDY_PHRASES: Record<Remedy, Phrase> = {
  REPAIR: { en: 'a repair', fr: 'une réparation' },
  REPLACEMENT: { en: 'a replacement', fr: 'un remplacement' },
  REFUND: { en: 'a refund', fr: 'un remboursement' },
  PRICE_REDUCTION: { en: 'a price reduction', fr: 'une réduction du prix' },
  COMPENSATION: { en: 'compensation', fr: 'une indemnisation' },
};

/**
 * The remedies still open after one failed: every one. A failed repair or replacement gives her
 * price reduction or refund (L217-14 2°, 4°) and takes nothing away: she may still prefer a new
 * repair or a replacement (the guide's FAQ: « une nouvelle réparation, un remplacement ou parfois un
 * remboursement »), and an offer of one is hers to accept or decline, the offer telling her what
 * the failure gives her. Damages stay owed whatever failed (L217-8: the remedies are « sans préjudice
 * de l'allocation de dommages et intérêts »). A money remedy that was not paid stays owed.
 *
 * Until 2026-12-06 recours closed the failed remedy (and repair after a failed replacement), its
 * own rule, not the law's, and before 2026-12-05 compensation too: those failures' events keep the
 * list as it was decided, and reading them (RemedyFailed's evolution) gives every remedy back.
 */
export function remediesAfterFailure(): Remedy[] {
  return [...REMEDIES];
}

export const REMEDY_FAILURES = ['NOT_CARRIED_OUT', 'DID_NOT_FIX', 'DEFECT_RECURRED'] as const;
export type RemedyFailure = (typeof REMEDY_FAILURES)[number];

/** Where an agreed remedy comes from: an accepted offer or a settlement both sides accepted. */
export type AgreementSource = 'OFFER' | 'SETTLEMENT';
