import type { LegalWarranty, RemedyKind, RemedyOption, RepairDeadline } from './assessment';
import type { RuleSet } from './rule-sets/rule-set';
import type { ValidFacts } from './validate-facts';

interface Ground {
  reason: string;
  basis: string;
}

/**
 * Why price reduction or refund is open: repair or replacement comes first and the second
 * tier opens only on one of these grounds (L217-14; art. 13(4)).
 */
function secondTierGrounds(facts: ValidFacts, rules: RuleSet, deadline: RepairDeadline | null): Ground[] {
  const r = rules.remedies;
  const grounds: Ground[] = [];
  if (facts.remedyRefused) grounds.push({ reason: 'the seller refused to repair or replace', basis: r.refused });
  if (facts.remedyImpossible) grounds.push({ reason: 'repair and replacement are impossible', basis: r.impossible });
  if (deadline?.overdue) {
    grounds.push({ reason: `the repair requested on ${deadline.requestedOn} was not done by ${deadline.dueOn}`, basis: r.overdue });
  }
  if (facts.defectReappeared) grounds.push({ reason: 'the defect came back after the seller tried to fix it', basis: r.reappeared });
  if (facts.seriousDefect) grounds.push({ reason: 'the defect is serious enough for an immediate remedy', basis: r.serious });
  return grounds;
}

function option(remedy: RemedyKind, available: boolean, reason: string, basis: string): RemedyOption {
  return { remedy, available, reason, basis };
}

/** The remedies of the legal conformity warranty open today, each with why and on what basis. */
export function assessRemedies(
  facts: ValidFacts,
  rules: RuleSet,
  legal: LegalWarranty,
  deadline: RepairDeadline | null,
): RemedyOption[] {
  const r = rules.remedies;
  const compensation = r.compensation;
  if (!legal.applies) {
    const reason = `the legal conformity warranty ended on ${legal.expiresOn}, before the defect was noticed on ${facts.defectNoticedOn}`;
    return [
      option('REPAIR', false, reason, r.repairOrReplacement),
      option('REPLACEMENT', false, reason, r.repairOrReplacement),
      option('PRICE_REDUCTION', false, reason, r.priceReduction),
      option('REFUND', false, reason, r.refund),
      option('COMPENSATION', false, reason, compensation.basis),
    ];
  }

  const firstTier = !facts.remedyRefused && !facts.remedyImpossible;
  const timing =
    rules.repairDeadline.days === null
      ? 'within a reasonable time'
      : `within ${rules.repairDeadline.days} days of your request`;
  const firstTierReason = firstTier
    ? `you choose between repair and replacement; the seller must do it free of charge, shipping included, ${timing}`
    : `the seller ${facts.remedyRefused ? 'refused it' : 'cannot do it'}: ask for a price reduction or a refund instead`;

  const grounds = secondTierGrounds(facts, rules, deadline);
  const open = grounds.length > 0;
  const groundsText = grounds.map((g) => g.reason).join('; ');
  const groundsBasis = grounds.map((g) => g.basis);
  const secondTierReason = open
    ? `open because ${groundsText}`
    : 'only once repair or replacement is refused, impossible, late, has failed, or the defect is serious';
  const refundOpen = open && !facts.minorDefect;
  const refundReason = open && facts.minorDefect ? 'the defect is minor: a price reduction only, no refund' : secondTierReason;

  return [
    option('REPAIR', firstTier, firstTierReason, r.repairOrReplacement),
    option('REPLACEMENT', firstTier, firstTierReason, r.repairOrReplacement),
    option('PRICE_REDUCTION', open, secondTierReason, [r.priceReduction, ...groundsBasis].join('; ')),
    option(
      'REFUND',
      refundOpen,
      refundReason,
      [r.refund, ...groundsBasis, ...(facts.minorDefect ? [r.minorDefect] : [])].join('; '),
    ),
    option('COMPENSATION', compensation.available, compensation.reason, compensation.basis),
  ];
}
