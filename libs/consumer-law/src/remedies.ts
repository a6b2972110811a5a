import type { LegalWarranty, RemedyKind, RemedyOption, RepairDeadline } from './assessment';
import type { Citation } from './messages/citations';
import type { RenderedMessage } from './messages/message';
import type { Renderer } from './messages/renderer';
import { lateRemedies } from './repair-deadline';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

interface Ground {
  reason: RenderedMessage;
  basis: Citation[];
}

/**
 * Why price reduction or refund is open: repair or replacement comes first and the second
 * tier opens only on one of these grounds (L217-14; art. 13(4)).
 */
function secondTierGrounds(facts: ValidFacts, rules: RuleSet, deadline: RepairDeadline | null, r: Renderer): Ground[] {
  const b = rules.remedies;
  const grounds: Ground[] = [];
  if (facts.remedyRefused) grounds.push({ reason: r.say('ground.refused'), basis: b.refused });
  if (facts.remedyImpossible) grounds.push({ reason: r.say('ground.impossible'), basis: b.impossible });
  if (deadline?.overdue) {
    grounds.push({ reason: r.say(`ground.overdue.${deadline.remedy}`, { requestedOn: deadline.requestedOn, dueOn: deadline.dueOn! }), basis: b.late });
  }
  for (const late of lateRemedies(facts, rules)) {
    grounds.push({ reason: r.say(`ground.late.${late.remedy}`, { requestedOn: late.requestedOn, dueOn: late.dueOn, doneOn: late.doneOn }), basis: b.late });
  }
  if (facts.costsOrMajorInconvenience && b.burden) grounds.push({ reason: r.say('ground.burden'), basis: b.burden });
  if (facts.defectReappeared) grounds.push({ reason: r.say('ground.reappeared'), basis: b.reappeared });
  if (facts.seriousDefect) grounds.push({ reason: r.say('ground.serious'), basis: b.serious });
  return grounds;
}

function option(remedy: RemedyKind, available: boolean, reason: RenderedMessage, basis: readonly Citation[], r: Renderer): RemedyOption {
  return { remedy, available, reason: reason.text, reasonMessage: reason, ...r.cite(basis) };
}

/** The remedies of the legal conformity warranty open today, each with why and on what basis. */
export function assessRemedies(facts: ValidFacts, rules: RuleSet, legal: LegalWarranty, deadline: RepairDeadline | null, r: Renderer): RemedyOption[] {
  const b = rules.remedies;
  if (!legal.applies) {
    const ended = r.say('remedy.warrantyEnded', { expiresOn: legal.expiresOn, noticedOn: facts.defectNoticedOn });
    return [
      option('REPAIR', false, ended, b.repairOrReplacement, r),
      option('REPLACEMENT', false, ended, b.repairOrReplacement, r),
      option('PRICE_REDUCTION', false, ended, b.priceReduction, r),
      option('REFUND', false, ended, b.refund, r),
      option('COMPENSATION', false, ended, b.compensation.basis, r),
    ];
  }

  // After a refusal the consumer may still demand performance (L217-12); only impossibility closes it.
  const enforceableAfterRefusal = facts.remedyRefused && b.performanceAfterRefusal !== null;
  const firstTier = !facts.remedyImpossible && (!facts.remedyRefused || enforceableAfterRefusal);
  const firstTierReason = facts.remedyImpossible
    ? r.say('remedy.firstTier.impossible')
    : facts.remedyRefused
      ? r.say(enforceableAfterRefusal ? 'remedy.firstTier.refusedEnforceable' : 'remedy.firstTier.refused')
      : rules.repairDeadline.days === null
        ? r.say('remedy.firstTier.reasonableTime')
        : r.say('remedy.firstTier.days', { days: rules.repairDeadline.days });
  const firstTierBasis = [...b.repairOrReplacement, ...(enforceableAfterRefusal ? b.performanceAfterRefusal! : [])];

  const grounds = secondTierGrounds(facts, rules, deadline, r);
  const open = grounds.length > 0;
  const groundsBasis = grounds.flatMap((g) => g.basis);
  const secondTierReason = open
    ? r.say('remedy.secondTier.open', { grounds: grounds.map((g) => g.reason.text).join(r.locale === 'fr' ? ' ; ' : '; '), codes: grounds.map((g) => g.reason.code).join(',') })
    : r.say('remedy.secondTier.closed');
  const refundReason = open && facts.minorDefect ? r.say('remedy.refund.minor') : secondTierReason;
  const compensation = b.compensation;
  const compensationReason = compensation.available && (open || facts.defectReappeared) ? r.say('remedy.compensation.afterFailure') : r.say(compensation.reason);

  return [
    option('REPAIR', firstTier, firstTierReason, firstTierBasis, r),
    option('REPLACEMENT', firstTier, firstTierReason, firstTierBasis, r),
    option('PRICE_REDUCTION', open, secondTierReason, [...b.priceReduction, ...groundsBasis], r),
    option('REFUND', open && !facts.minorDefect, refundReason, [...b.refund, ...groundsBasis, ...(facts.minorDefect ? b.minorDefect : [])], r),
    // L217-8 keeps damages in every case, a failed or refused remedy included.
    option('COMPENSATION', compensation.available, compensationReason, compensation.basis, r),
  ];
}
