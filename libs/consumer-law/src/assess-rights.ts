import type { CalendarDate } from './calendar/calendar-date';
import type { RightsAnswer, RightsNotAssessed } from './assessment';
import { assessCommercialWarranty } from './commercial-warranty';
import { assessCourtPath } from './court-path';
import type { RightsFacts } from './facts';
import { isEuMemberState, isSupportedJurisdiction } from './jurisdiction';
import { assessLegalWarranty } from './legal-warranty';
import { assessMediation } from './mediation';
import { recommendNextStep } from './next-step';
import { assessPresumption } from './presumption-of-defect';
import { assessRemedies } from './remedies';
import { assessRepairDeadline } from './repair-deadline';
import { selectRuleSet } from './rule-sets/select-rule-set';
import { validateFacts } from './validate-facts';

function notAssessed(code: RightsNotAssessed['code'], jurisdiction: string, message: string): RightsNotAssessed {
  return { kind: 'NOT_ASSESSED', code, jurisdiction, message };
}

function unsupportedJurisdiction(jurisdiction: string): RightsNotAssessed {
  const message = isEuMemberState(jurisdiction)
    ? `The national law of ${jurisdiction} is not encoded. Use 'EU' for the minimum of Directive (EU) 2019/771, bearing in mind that ${jurisdiction} may grant more.`
    : `No consumer-law rules are encoded for '${jurisdiction}'. Supported: FR, EU.`;
  return notAssessed('UNSUPPORTED_JURISDICTION', jurisdiction, message);
}

/**
 * The consumer's rights on `asOf` for a defect in goods bought from a merchant: legal and
 * commercial warranties, presumption of defect, remedies open now, the pending repair
 * deadline, mediation, court path and a next step, each with its legal basis.
 *
 * Pure: no clock, no I/O. Throws RightsInputError (field, message) for facts that cannot
 * be assessed; answers NOT_ASSESSED, never a guess, for a jurisdiction or contract date
 * without encoded rules.
 */
export function assessRights(facts: RightsFacts, asOf: CalendarDate): RightsAnswer {
  const valid = validateFacts(facts, asOf);
  const jurisdiction = valid.jurisdiction;
  if (!isSupportedJurisdiction(jurisdiction)) return unsupportedJurisdiction(jurisdiction);
  const rules = selectRuleSet(jurisdiction, valid.purchasedOn);
  if (!rules) {
    return notAssessed(
      'CONTRACT_DATE_NOT_COVERED',
      jurisdiction,
      `No ${jurisdiction} rule set covers contracts concluded on ${valid.purchasedOn}; the earliest encoded rules apply from 2022-01-01.`,
    );
  }

  const legalWarranty = assessLegalWarranty(valid, rules);
  const presumptionOfDefect = assessPresumption(valid, rules, legalWarranty.runsFrom);
  const commercialWarranty = assessCommercialWarranty(valid, rules);
  const repairDeadline = assessRepairDeadline(valid, rules, asOf);
  const remedies = assessRemedies(valid, rules, legalWarranty, repairDeadline);
  const mediation = assessMediation(valid, rules, asOf);
  const courtPath = assessCourtPath(valid, jurisdiction, asOf);
  const nextStep = recommendNextStep({
    facts: valid,
    jurisdiction,
    legalWarranty,
    presumptionOfDefect,
    commercialWarranty,
    remedies,
    repairDeadline,
    mediation,
    courtPath,
  });

  return {
    kind: 'ASSESSED',
    asOf,
    jurisdiction,
    ruleSet: {
      id: rules.id,
      title: rules.title,
      appliesToContractsFrom: rules.appliesToContractsFrom,
      notes: [...rules.notes],
    },
    legalWarranty,
    presumptionOfDefect,
    commercialWarranty,
    remedies,
    repairDeadline,
    mediation,
    courtPath,
    nextStep,
  };
}
