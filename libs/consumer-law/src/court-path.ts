import type { CalendarDate } from './calendar/calendar-date';
import type { CourtPath } from './assessment';
import { isEuMemberState, type SupportedJurisdiction } from './jurisdiction';
import { compareAmounts } from './money';
import type { ValidFacts } from './validate-facts';

/**
 * Procedure depends on the day a claim is filed, not on the contract date, so these rules
 * are dated by asOf. Both thresholds are inclusive: "n'excédant pas 5 000 euros" (CPC
 * art. 750-1) and "does not exceed EUR 5 000" (Regulation 861/2007 art. 2(1)).
 */
const SMALL_CLAIM_LIMIT_EUR = '5000';

const AMICABLE_ATTEMPT = {
  // Décret n° 2023-357 restored art. 750-1 for proceedings brought from this date.
  inForceFrom: '2023-10-01',
  basis: 'Code de procédure civile art. 750-1 (restored by décret n° 2023-357)',
};

const SMALL_CLAIMS_BASIS = 'Regulation (EC) No 861/2007 art. 2(1) and 3, as amended by Regulation (EU) 2015/2421';

/** Denmark does not take part in the European Small Claims Procedure (Regulation 861/2007 art. 2(3)). */
function takesPartInSmallClaims(country: string | null): boolean {
  return country === null || (isEuMemberState(country) && country !== 'DK');
}

function isEuropeanCrossBorder(facts: ValidFacts): boolean {
  return facts.crossBorder && takesPartInSmallClaims(facts.consumerCountry) && takesPartInSmallClaims(facts.merchantCountry);
}

export function assessCourtPath(facts: ValidFacts, jurisdiction: SupportedJurisdiction, asOf: CalendarDate): CourtPath {
  const claimAmount = facts.claimAmount;
  const basis = (jurisdiction === 'FR' ? [AMICABLE_ATTEMPT.basis, SMALL_CLAIMS_BASIS] : [SMALL_CLAIMS_BASIS]).join('; ');
  if (claimAmount.currency !== 'EUR') {
    return {
      claimAmount,
      amicableAttemptRequired: null,
      europeanSmallClaims: null,
      explanation: `The EUR 5,000 thresholds need the claim in euros; ${claimAmount.amount} ${claimAmount.currency} must be converted first, which this engine does not do.`,
      basis,
    };
  }

  const small = compareAmounts(claimAmount.amount, SMALL_CLAIM_LIMIT_EUR) <= 0;
  const explanation: string[] = [];
  let amicableAttemptRequired: boolean | null = null;
  if (jurisdiction === 'EU') {
    explanation.push('Whether an amicable attempt must precede a court claim is national procedure, not part of the EU baseline.');
  } else if (asOf < AMICABLE_ATTEMPT.inForceFrom) {
    explanation.push('Art. 750-1 CPC as restored applies to claims filed from 2023-10-01; earlier versions are not encoded.');
  } else if (small) {
    amicableAttemptRequired = true;
    explanation.push(
      `A claim of EUR ${claimAmount.amount} (EUR 5,000 or less) must first go through conciliation by a conciliateur de justice (free), mediation or a participatory procedure, or the court will declare it inadmissible.`,
    );
  } else {
    amicableAttemptRequired = false;
    explanation.push(`A claim of EUR ${claimAmount.amount} exceeds EUR 5,000: no prior amicable attempt is required by art. 750-1 CPC.`);
  }

  const crossBorder = isEuropeanCrossBorder(facts);
  const europeanSmallClaims = crossBorder && small;
  explanation.push(
    europeanSmallClaims
      ? 'The European Small Claims Procedure is open: a cross-border claim of EUR 5,000 or less.'
      : crossBorder
        ? 'The European Small Claims Procedure is closed: the claim exceeds EUR 5,000.'
        : 'The European Small Claims Procedure is closed: the parties are not in two different participating member states.',
  );
  return { claimAmount, amicableAttemptRequired, europeanSmallClaims, explanation: explanation.join(' '), basis };
}
