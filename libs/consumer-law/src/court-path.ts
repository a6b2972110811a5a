import type { CalendarDate } from './calendar/calendar-date';
import type { CourtPath } from './assessment';
import { isEuMemberState } from './jurisdiction';
import type { Citation } from './messages/citations';
import type { RenderedMessage } from './messages/message';
import type { Renderer } from './messages/renderer';
import { compareAmounts } from './money';
import type { ValidFacts } from './validate-facts';

/**
 * Procedure depends on the court seised and on the day a claim is filed, not on the law of
 * the contract nor its date: a French court applies CPC art. 750-1 whatever law governs the
 * sale, to the amount claimed (not the price). Both thresholds are inclusive: "n'excédant pas
 * 5 000 euros" (CPC art. 750-1) and "does not exceed EUR 5 000" (Regulation 861/2007 art. 2(1)).
 */
const SMALL_CLAIM_LIMIT_EUR = '5000';

// Décret n° 2023-357 restored art. 750-1 for proceedings brought from this date.
const AMICABLE_ATTEMPT_FROM = '2023-10-01';

/** Denmark does not take part in the European Small Claims Procedure (Regulation 861/2007 art. 2(3)). */
function takesPartInSmallClaims(country: string | null): boolean {
  return country === null || (isEuMemberState(country) && country !== 'DK');
}

function isEuropeanCrossBorder(facts: ValidFacts): boolean {
  return facts.crossBorder && takesPartInSmallClaims(facts.consumerCountry) && takesPartInSmallClaims(facts.merchantCountry);
}

/** The court seised: as given, else the consumer's country, else France for a French-law case with no country known. */
function courtOf(facts: ValidFacts, jurisdiction: string): string | null {
  return facts.courtCountry ?? (jurisdiction === 'FR' ? 'FR' : null);
}

export function assessCourtPath(facts: ValidFacts, jurisdiction: string, asOf: CalendarDate, r: Renderer): CourtPath {
  const claimAmount = facts.claimAmount;
  const courtCountry = courtOf(facts, jurisdiction);
  const french = courtCountry === 'FR';
  const basis: Citation[] = [...(french ? (['FR.CPC.750-1'] as const) : []), 'EU.REG.861/2007', ...(facts.courtCountry && facts.consumerCountry ? (['EU.BRUSSELS_IA.18'] as const) : [])];
  const messages: RenderedMessage[] = [];
  if (facts.claimAmountIsPrice) messages.push(r.say('court.claimIsPrice'));
  const done = (amicableAttemptRequired: boolean | null, europeanSmallClaims: boolean | null): CourtPath => ({
    claimAmount,
    claimAmountIsPrice: facts.claimAmountIsPrice,
    courtCountry,
    amicableAttemptRequired,
    europeanSmallClaims,
    explanation: messages.map((m) => m.text).join(' '),
    explanationMessages: messages,
    ...r.cite(basis),
  });
  if (claimAmount.currency !== 'EUR') {
    messages.push(r.say('court.notEuro', { amount: claimAmount.amount, currency: claimAmount.currency }));
    return done(null, null);
  }

  const small = compareAmounts(claimAmount.amount, SMALL_CLAIM_LIMIT_EUR) <= 0;
  let amicableAttemptRequired: boolean | null = null;
  if (!french) {
    messages.push(r.say(courtCountry ? 'court.notFrench' : 'court.unknownCourt', { country: courtCountry ?? '' }));
  } else if (asOf < AMICABLE_ATTEMPT_FROM) {
    messages.push(r.say('court.beforeRestoration'));
  } else if (small) {
    amicableAttemptRequired = true;
    messages.push(r.say('court.amicableRequired', { amount: claimAmount.amount, currency: 'EUR' }));
  } else {
    amicableAttemptRequired = false;
    messages.push(r.say('court.amicableNotRequired', { amount: claimAmount.amount, currency: 'EUR' }));
  }

  const crossBorder = isEuropeanCrossBorder(facts);
  const europeanSmallClaims = crossBorder && small;
  messages.push(r.say(europeanSmallClaims ? 'court.smallClaims.open' : crossBorder ? 'court.smallClaims.tooHigh' : 'court.smallClaims.notCrossBorder'));
  return done(amicableAttemptRequired, europeanSmallClaims);
}
