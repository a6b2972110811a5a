import { assessRights } from './assess-rights';
import type { RightsAnswer } from './assessment';
import type { RightsFacts } from './facts';
import { AS_OF, BASE_FACTS } from './testing/rights-facts-fixtures';

/** The answer with remedies also folded into { REPAIR: true, ... } so a case can state availability briefly. */
function view(answer: RightsAnswer) {
  if (answer.kind !== 'ASSESSED') return answer;
  return { ...answer, available: Object.fromEntries(answer.remedies.map((r) => [r.remedy, r.available])) };
}

const has = (text: string) => expect.stringContaining(text);
const remedy = (remedy: string, fields: object) => expect.arrayContaining([expect.objectContaining({ remedy, ...fields })]);

interface Case {
  name: string;
  facts?: Partial<RightsFacts>;
  asOf?: string;
  expected: object;
}

const EU = { jurisdiction: 'EU' };
const EU_2026 = { purchasedOn: '2026-07-30', deliveredOn: '2026-08-05', defectNoticedOn: '2026-09-20' };
const REPAIRED = { requestedOn: '2025-06-01', completedOn: '2025-06-20', handedOverOn: '2025-06-20' };

const CASES: Case[] = [
  // Legal conformity warranty: 2 years from delivery, end day included.
  {
    name: 'FR L217-3: the legal warranty runs 2 years from delivery, rule set FR-2022-01-01',
    expected: {
      kind: 'ASSESSED',
      ruleSet: { id: 'FR-2022-01-01', notes: [] },
      legalWarranty: { applies: true, expiresOn: '2027-03-15', runsFrom: '2025-03-15', extensionMonths: 0, basis: 'Code de la consommation art. L217-3' },
    },
  },
  {
    name: 'FR L217-3: the last day, 2027-03-15, is covered',
    facts: { defectNoticedOn: '2027-03-15' },
    asOf: '2027-03-20',
    expected: { legalWarranty: { applies: true, expiresOn: '2027-03-15' }, available: { REPAIR: true } },
  },
  {
    name: 'FR L217-3: the day after, 2027-03-16, is not covered; hidden defects (C. civ. 1641) pointed to',
    facts: { defectNoticedOn: '2027-03-16' },
    asOf: '2027-03-20',
    expected: {
      legalWarranty: { applies: false, expiresOn: '2027-03-15' },
      available: { REPAIR: false, REPLACEMENT: false, PRICE_REDUCTION: false, REFUND: false, COMPENSATION: false },
      remedies: remedy('REPAIR', { reason: has('ended on 15 March 2027') }),
      nextStep: expect.stringMatching(/ended on 15 March 2027.*paid repair.*1641/),
    },
  },
  {
    name: 'FR L217-7: new goods, defect presumed at delivery through 24 months (last day 15 March 2027)',
    facts: { defectNoticedOn: '2027-03-15' },
    asOf: '2027-03-20',
    expected: { presumptionOfDefect: { applies: true, until: '2027-03-15', basis: 'Code de la consommation art. L217-7' } },
  },
  {
    name: 'FR L217-7: used goods, 12-month presumption, last day 15 March 2026 covered',
    facts: { goodsCondition: 'USED', defectNoticedOn: '2026-03-15' },
    asOf: '2026-03-20',
    expected: { presumptionOfDefect: { applies: true, until: '2026-03-15' } },
  },
  {
    name: 'FR L217-7 + L217-3: used goods, 2026-03-16 outside the presumption but inside the 2-year warranty',
    facts: { goodsCondition: 'USED', defectNoticedOn: '2026-03-16' },
    asOf: '2026-03-20',
    expected: {
      presumptionOfDefect: { applies: false, until: '2026-03-15' },
      legalWarranty: { applies: true, expiresOn: '2027-03-15' },
      nextStep: has('Gather evidence that the defect existed at delivery: the presumption in your favour ended on 15 March 2026.'),
    },
  },
  {
    name: 'CPC 641 + FR L217-3: delivered 29 February 2024, the warranty ends 28 February 2026 (covered)',
    facts: { purchasedOn: '2024-02-20', deliveredOn: '2024-02-29', defectNoticedOn: '2026-02-28' },
    asOf: '2026-03-02',
    expected: { legalWarranty: { applies: true, expiresOn: '2026-02-28' } },
  },
  {
    name: 'CPC 641 + FR L217-3: delivered 29 February 2024, 1 March 2026 is not covered',
    facts: { purchasedOn: '2024-02-20', deliveredOn: '2024-02-29', defectNoticedOn: '2026-03-01' },
    asOf: '2026-03-02',
    expected: { legalWarranty: { applies: false, expiresOn: '2026-02-28' } },
  },
  {
    name: 'CPC 641 + FR L217-7: used goods delivered 29 February 2024, presumption until 28 February 2025',
    facts: { goodsCondition: 'USED', purchasedOn: '2024-02-20', deliveredOn: '2024-02-29', defectNoticedOn: '2025-02-28' },
    asOf: '2025-03-05',
    expected: { presumptionOfDefect: { applies: true, until: '2025-02-28' } },
  },
  {
    name: 'Directive 2019/771 art. 10(1): EU baseline, 2 years from delivery, rule set EU-2022-01-01',
    facts: EU,
    expected: {
      ruleSet: { id: 'EU-2022-01-01', notes: [has('not the law of a member state')] },
      legalWarranty: { applies: true, expiresOn: '2027-03-15', basis: 'Directive (EU) 2019/771 art. 10(1)' },
    },
  },
  {
    name: 'Directive 2019/771 art. 10(1): EU, 2027-03-16 is not covered; no French hidden-defects pointer',
    facts: { ...EU, defectNoticedOn: '2027-03-16' },
    asOf: '2027-03-20',
    expected: {
      legalWarranty: { applies: false, expiresOn: '2027-03-15' },
      nextStep: 'Neither the legal conformity warranty nor a commercial warranty covers a defect noticed on 16 March 2027: the legal conformity warranty ended on 15 March 2027. Ask the seller for a quote for a paid repair.',
    },
  },
  {
    name: 'Directive 2019/771 art. 11(1): EU presumption is 1 year even for new goods, last day 15 March 2026',
    facts: { ...EU, defectNoticedOn: '2026-03-15' },
    asOf: '2026-03-20',
    expected: { presumptionOfDefect: { applies: true, until: '2026-03-15', basis: 'Directive (EU) 2019/771 art. 11(1)' } },
  },
  {
    name: 'Directive 2019/771 art. 11(1): EU presumption, 2026-03-16 is outside',
    facts: { ...EU, defectNoticedOn: '2026-03-16' },
    asOf: '2026-03-20',
    expected: { presumptionOfDefect: { applies: false, until: '2026-03-15' } },
  },

  // Repairs and replacements.
  {
    name: 'FR L217-13: one repair adds 6 months, last day 15 September 2027 covered',
    facts: { repairs: [REPAIRED], defectNoticedOn: '2027-09-15' },
    asOf: '2027-09-20',
    expected: {
      legalWarranty: { applies: true, expiresOn: '2027-09-15', extensionMonths: 6, basis: has('L217-13 para. 1') },
    },
  },
  {
    name: 'FR L217-13: one repair, 2027-09-16 is not covered',
    facts: { repairs: [REPAIRED], defectNoticedOn: '2027-09-16' },
    asOf: '2027-09-20',
    expected: { legalWarranty: { applies: false, expiresOn: '2027-09-15' } },
  },
  {
    name: 'FR L217-13: two repairs add 6 months each, warranty to 15 March 2028',
    facts: {
      repairs: [REPAIRED, { requestedOn: '2026-01-05', completedOn: '2026-01-25', handedOverOn: '2026-01-25' }],
      defectNoticedOn: '2028-03-15',
    },
    asOf: '2028-03-20',
    expected: { legalWarranty: { applies: true, expiresOn: '2028-03-15', extensionMonths: 12 } },
  },
  {
    name: 'FR L217-13: a repair asked on the last covered day (15 March 2027) still extends to 15 September 2027',
    facts: { repairs: [{ requestedOn: '2027-03-15', completedOn: '2027-04-01', handedOverOn: '2027-04-01' }], defectNoticedOn: '2027-03-10' },
    asOf: '2027-04-05',
    expected: { legalWarranty: { expiresOn: '2027-09-15', extensionMonths: 6 } },
  },
  {
    name: 'FR L217-13: a repair asked the day after expiry (2027-03-16) was not under the warranty, no extension',
    facts: { repairs: [{ requestedOn: '2027-03-16', completedOn: '2027-04-01', handedOverOn: '2027-04-01' }], defectNoticedOn: '2027-03-10' },
    asOf: '2027-04-05',
    expected: { legalWarranty: { expiresOn: '2027-03-15', extensionMonths: 0, basis: 'Code de la consommation art. L217-3' } },
  },
  {
    name: 'FR L217-13 + L217-10: a pending repair extends nothing yet and is due 30 days after the request',
    facts: { repairs: [{ requestedOn: '2026-01-12' }] },
    expected: {
      legalWarranty: { expiresOn: '2027-03-15', extensionMonths: 0 },
      repairDeadline: { requestedOn: '2026-01-12', dueOn: '2026-02-11', overdue: false, basis: has('L217-10') },
    },
  },
  {
    name: 'FR L217-13 para. 2: a replacement instead of the requested repair restarts 2 years from its delivery',
    facts: {
      repairs: [{ requestedOn: '2025-09-01' }],
      replacements: [{ deliveredOn: '2025-09-20', insteadOfRequestedRepair: true }],
    },
    expected: {
      legalWarranty: { applies: true, runsFrom: '2025-09-20', expiresOn: '2027-09-20', basis: has('L217-13 para. 2') },
      presumptionOfDefect: { until: '2027-09-20' },
      repairDeadline: null,
    },
  },
  {
    name: 'FR L217-13 para. 2: a restart replaces earlier repair extensions (new goods, new 2-year period)',
    facts: {
      repairs: [REPAIRED, { requestedOn: '2025-10-01' }],
      replacements: [{ deliveredOn: '2025-10-15', insteadOfRequestedRepair: true }],
    },
    expected: { legalWarranty: { runsFrom: '2025-10-15', expiresOn: '2027-10-15', extensionMonths: 0 } },
  },
  {
    name: 'FR L217-10: a replacement delivered the day the repair was asked closes the request',
    facts: {
      repairs: [{ requestedOn: '2025-10-01' }],
      replacements: [{ deliveredOn: '2025-10-01', insteadOfRequestedRepair: true }],
    },
    expected: { repairDeadline: null, legalWarranty: { runsFrom: '2025-10-01' } },
  },
  {
    name: 'FR L217-13 para. 2: a replacement the consumer chose does not restart the warranty',
    facts: { replacements: [{ deliveredOn: '2025-09-20', insteadOfRequestedRepair: false }] },
    expected: { legalWarranty: { runsFrom: '2025-03-15', expiresOn: '2027-03-15' } },
  },
  {
    name: 'FR L217-13: a repair of the replacement goods extends the restarted period to 20 March 2028',
    facts: {
      repairs: [{ requestedOn: '2025-09-01' }, { requestedOn: '2026-01-05', completedOn: '2026-01-20', handedOverOn: '2026-01-20' }],
      replacements: [{ deliveredOn: '2025-09-20', insteadOfRequestedRepair: true }],
    },
    expected: { legalWarranty: { runsFrom: '2025-09-20', expiresOn: '2028-03-20', extensionMonths: 6 } },
  },
  {
    name: 'Directive 2019/771 art. 10: in the EU baseline a replacement does not restart the period',
    facts: {
      ...EU,
      repairs: [{ requestedOn: '2025-09-01' }],
      replacements: [{ deliveredOn: '2025-09-20', insteadOfRequestedRepair: true }],
    },
    expected: {
      legalWarranty: { runsFrom: '2025-03-15', expiresOn: '2027-03-15' },
      presumptionOfDefect: { until: '2026-03-15' },
      repairDeadline: null,
    },
  },

  // Rule sets before and after 31 July 2026.
  {
    name: 'Directive 2019/771 art. 10 before Directive 2024/1799: EU contract of 30 July 2026, a repair adds nothing',
    facts: { ...EU, ...EU_2026, repairs: [{ requestedOn: '2026-10-01', completedOn: '2026-10-10', handedOverOn: '2026-10-10' }] },
    asOf: '2026-11-01',
    expected: { ruleSet: { id: 'EU-2022-01-01' }, legalWarranty: { expiresOn: '2028-08-05', extensionMonths: 0 } },
  },
  {
    name: 'Directive 2024/1799 art. 16 (art. 10(2a)): EU contract of 31 July 2026, a repair adds 12 months',
    facts: { ...EU, ...EU_2026, purchasedOn: '2026-07-31', repairs: [{ requestedOn: '2026-10-01', completedOn: '2026-10-10', handedOverOn: '2026-10-10' }] },
    asOf: '2026-11-01',
    expected: {
      ruleSet: { id: 'EU-2026-07-31', appliesToContractsFrom: '2026-07-31' },
      legalWarranty: { expiresOn: '2029-08-05', extensionMonths: 12, basis: has('2024/1799') },
    },
  },
  {
    name: 'Directive 2024/1799 (art. 10(2a) "once"): two repairs still add 12 months only',
    facts: {
      ...EU,
      ...EU_2026,
      purchasedOn: '2026-07-31',
      repairs: [
        { requestedOn: '2026-10-01', completedOn: '2026-10-10', handedOverOn: '2026-10-10' },
        { requestedOn: '2027-02-01', completedOn: '2027-02-10', handedOverOn: '2027-02-10' },
      ],
    },
    asOf: '2027-03-01',
    expected: { legalWarranty: { expiresOn: '2029-08-05', extensionMonths: 12 } },
  },
  {
    name: 'FR L217-13 (Directive 2024/1799 not transposed): FR contract of 31 July 2026 keeps 6 months, with a note',
    facts: { ...EU_2026, purchasedOn: '2026-07-31', repairs: [{ requestedOn: '2026-10-01', completedOn: '2026-10-10', handedOverOn: '2026-10-10' }] },
    asOf: '2026-11-01',
    expected: {
      ruleSet: { id: 'FR-2026-07-31', notes: expect.arrayContaining([has('2024/1799')]) },
      legalWarranty: { expiresOn: '2029-02-05', extensionMonths: 6 },
    },
  },
  {
    name: 'FR L217-13: FR contract of 30 July 2026 falls under FR-2022-01-01, 6 months',
    facts: { ...EU_2026, repairs: [{ requestedOn: '2026-10-01', completedOn: '2026-10-10', handedOverOn: '2026-10-10' }] },
    asOf: '2026-11-01',
    expected: { ruleSet: { id: 'FR-2022-01-01', notes: [] }, legalWarranty: { expiresOn: '2029-02-05', extensionMonths: 6 } },
  },

  // Commercial warranty.
  {
    name: 'FR L217-21: no commercial warranty given',
    expected: { commercialWarranty: { applies: false, expiresOn: null, basis: 'Code de la consommation art. L217-21' } },
  },
  {
    name: 'FR L217-21: a 36-month commercial warranty covers a defect after the legal warranty ended',
    facts: { commercialWarrantyMonths: 36, defectNoticedOn: '2027-06-01' },
    asOf: '2027-06-10',
    expected: {
      legalWarranty: { applies: false },
      commercialWarranty: { applies: true, expiresOn: '2028-03-15' },
      available: { REPAIR: false },
      nextStep: has('Claim under the commercial warranty, which runs until 15 March 2028'),
    },
  },
  {
    name: 'FR L217-21: the commercial warranty covers its last day, 2028-03-15',
    facts: { commercialWarrantyMonths: 36, defectNoticedOn: '2028-03-15' },
    asOf: '2028-03-20',
    expected: { commercialWarranty: { applies: true, expiresOn: '2028-03-15' } },
  },
  {
    name: 'FR L217-21: the day after, 2028-03-16, nothing covers the defect',
    facts: { commercialWarrantyMonths: 36, defectNoticedOn: '2028-03-16' },
    asOf: '2028-03-20',
    expected: { commercialWarranty: { applies: false }, nextStep: has('Neither the legal conformity warranty nor a commercial warranty covers a defect noticed on 16 March 2028') },
  },

  // Remedies and the 30-day repair deadline.
  {
    name: 'FR L217-9, L217-11: repair or replacement first, free of charge; compensation on top (L217-8)',
    expected: {
      available: { REPAIR: true, REPLACEMENT: true, PRICE_REDUCTION: false, REFUND: false, COMPENSATION: true },
      remedies: remedy('REPAIR', { reason: has('free of charge, shipping included, within 30 days'), basis: has('L217-11') }),
      nextStep: has('Ask the seller in writing to repair or replace the goods'),
    },
  },
  {
    name: 'FR L217-10: day 30 after the request (2026-02-11) the repair is still in time',
    facts: { repairs: [{ requestedOn: '2026-01-12' }] },
    asOf: '2026-02-11',
    expected: {
      repairDeadline: { dueOn: '2026-02-11', overdue: false },
      available: { PRICE_REDUCTION: false, REFUND: false },
      nextStep: has('the seller has until 11 February 2026'),
    },
  },
  {
    name: 'FR L217-10 + L217-14 2°: day 31 (2026-02-12) the repair is overdue, price reduction or refund open',
    facts: { repairs: [{ requestedOn: '2026-01-12' }] },
    asOf: '2026-02-12',
    expected: {
      repairDeadline: { dueOn: '2026-02-11', overdue: true },
      available: { REPAIR: true, PRICE_REDUCTION: true, REFUND: true },
      remedies: remedy('PRICE_REDUCTION', { reason: has('was not done by 11 February 2026'), basis: has('L217-14 2°') }),
      nextStep: has('price reduction, or for a full refund'),
    },
  },
  {
    name: 'Directive 2019/771 art. 14(1)(b): EU repair within a reasonable time, no fixed deadline',
    facts: { ...EU, repairs: [{ requestedOn: '2026-01-12' }] },
    asOf: '2026-06-01',
    expected: {
      repairDeadline: { requestedOn: '2026-01-12', dueOn: null, overdue: false },
      available: { PRICE_REDUCTION: false },
      nextStep: has('within a reasonable time'),
    },
  },
  {
    name: 'FR L217-14 1° + L217-12: the seller refused, price reduction or refund, and performance stays enforceable',
    facts: { remedyRefused: true },
    expected: {
      available: { REPAIR: true, REPLACEMENT: true, PRICE_REDUCTION: true, REFUND: true },
      remedies: remedy('REPAIR', { reason: has('if it is not justified (impossibility, disproportionate cost), you may demand performance'), basis: has('L217-12') }),
    },
  },
  {
    name: 'FR L217-12, L217-14: repair and replacement impossible, price reduction or refund',
    facts: { remedyImpossible: true },
    expected: {
      available: { REPAIR: false, PRICE_REDUCTION: true, REFUND: true },
      remedies: remedy('REFUND', { basis: has('L217-12') }),
    },
  },
  {
    name: 'FR L217-14: a minor defect bars the refund, the price reduction stays',
    facts: { remedyRefused: true, minorDefect: true },
    expected: {
      available: { PRICE_REDUCTION: true, REFUND: false },
      remedies: remedy('REFUND', { reason: has('minor'), basis: has('no termination for a minor defect') }),
      nextStep: has('(the defect is minor, so no refund)'),
    },
  },
  {
    name: 'FR L217-14 4°: the defect came back after a repair, price reduction or refund',
    facts: { repairs: [REPAIRED], defectReappeared: true },
    expected: { available: { REPAIR: true, PRICE_REDUCTION: true, REFUND: true }, remedies: remedy('REFUND', { basis: has('L217-14 4°') }) },
  },
  {
    name: 'FR L217-14: a serious defect opens price reduction or refund at once, repair still possible',
    facts: { seriousDefect: true },
    expected: { available: { REPAIR: true, PRICE_REDUCTION: true, REFUND: true } },
  },
  {
    name: 'Directive 2019/771 art. 3(6): the EU baseline leaves compensation to national law',
    facts: EU,
    expected: { available: { COMPENSATION: false }, remedies: remedy('COMPENSATION', { basis: 'Directive (EU) 2019/771 art. 3(6)' }) },
  },

  // Mediation.
  {
    name: 'FR L612-2: no written complaint yet, mediation not open',
    expected: {
      mediation: { eligible: false, lapsesOn: null },
      nextStep: has('Make every request in writing and keep a copy: a written complaint opens the one-year window'),
    },
  },
  {
    name: 'FR L612-2: the last admissible day is one year after the written complaint (2026-12-01)',
    facts: { writtenComplaintOn: '2025-12-01', defectNoticedOn: '2025-11-20', remedyRefused: true },
    asOf: '2026-12-01',
    expected: {
      mediation: { eligible: true, lapsesOn: '2026-12-01', basis: has('L612-2') },
      nextStep: has('refer the dispute to the consumer mediator by 1 December 2026'),
    },
  },
  {
    name: 'FR L612-2 + CPC 750-1: the day after (2 December 2026) mediation has lapsed, conciliation before court',
    facts: { writtenComplaintOn: '2025-12-01', defectNoticedOn: '2025-11-20', remedyRefused: true },
    asOf: '2026-12-02',
    expected: {
      mediation: { eligible: false, lapsesOn: '2026-12-01', reason: has('more than one year') },
      nextStep: has('The mediation window closed on 1 December 2026; before going to court, try conciliation'),
    },
  },
  {
    name: 'FR L612-2 + CPC 641: a complaint of 29 February 2024 can go to the mediator until 28 February 2025',
    facts: { purchasedOn: '2023-06-01', deliveredOn: '2023-06-05', defectNoticedOn: '2024-02-10', writtenComplaintOn: '2024-02-29' },
    asOf: '2025-02-28',
    expected: { mediation: { eligible: true, lapsesOn: '2025-02-28' } },
  },
  {
    name: 'Directive 2013/11/EU art. 5(4)(e): after one year an EU ADR entity may refuse',
    facts: { ...EU, writtenComplaintOn: '2025-12-01', defectNoticedOn: '2025-11-20' },
    asOf: '2026-12-02',
    expected: { mediation: { eligible: false, lapsesOn: '2026-12-01', reason: has('may refuse'), basis: has('2013/11/EU') } },
  },

  // Court path.
  {
    name: 'CPC 750-1: a claim of exactly EUR 5,000.00 needs an amicable attempt first',
    facts: { price: { amount: '5000.00', currency: 'EUR' } },
    expected: {
      courtPath: { amicableAttemptRequired: true, europeanSmallClaims: false, basis: has('750-1'), explanation: has('conciliateur de justice') },
    },
  },
  {
    name: 'CPC 750-1: a claim of EUR 5,000.01 goes to court without an amicable attempt',
    facts: { price: { amount: '5000.01', currency: 'EUR' } },
    expected: { courtPath: { amicableAttemptRequired: false, explanation: has('exceeds EUR 5,000') } },
  },
  {
    name: 'CPC 750-1: the claimed amount, not the price, is tested (EUR 1,200 of a EUR 6,000 purchase)',
    facts: { price: { amount: '6000', currency: 'EUR' }, claimAmount: { amount: '1200', currency: 'EUR' } },
    expected: { courtPath: { claimAmount: { amount: '1200', currency: 'EUR' }, amicableAttemptRequired: true } },
  },
  {
    name: 'CPC 750-1 (décret 2023-357): before 1 October 2023 the restored rule is not applied',
    facts: { purchasedOn: '2022-05-01', deliveredOn: '2022-05-03', defectNoticedOn: '2023-05-01' },
    asOf: '2023-09-30',
    expected: { courtPath: { amicableAttemptRequired: null, explanation: has('from 1 October 2023') } },
  },
  {
    name: 'CPC 750-1 (décret 2023-357): from 1 October 2023 the amicable attempt is required',
    facts: { purchasedOn: '2022-05-01', deliveredOn: '2022-05-03', defectNoticedOn: '2023-05-01' },
    asOf: '2023-10-01',
    expected: { courtPath: { amicableAttemptRequired: true } },
  },
  {
    name: 'Reg. 861/2007 art. 2(1): FR consumer, DE merchant, EUR 5,000 claim, European Small Claims open',
    facts: { consumerCountry: 'FR', merchantCountry: 'DE', price: { amount: '5000', currency: 'EUR' } },
    expected: { courtPath: { europeanSmallClaims: true, amicableAttemptRequired: true, basis: has('861/2007') } },
  },
  {
    name: 'Reg. 861/2007 art. 2(1): cross-border claim of EUR 5,000.01, no European Small Claims',
    facts: { consumerCountry: 'FR', merchantCountry: 'DE', price: { amount: '5000.01', currency: 'EUR' } },
    expected: { courtPath: { europeanSmallClaims: false, explanation: has('exceeds EUR 5,000.') } },
  },
  {
    name: 'Reg. 861/2007 art. 2(3): Denmark does not take part in the European Small Claims Procedure',
    facts: { consumerCountry: 'FR', merchantCountry: 'DK' },
    expected: { courtPath: { europeanSmallClaims: false } },
  },
  {
    name: 'Reg. 861/2007 art. 3: FR consumer and FR merchant is not a cross-border case',
    facts: { consumerCountry: 'FR', merchantCountry: 'FR' },
    expected: { courtPath: { europeanSmallClaims: false, explanation: has('not in two different participating member states') } },
  },
  {
    name: 'Reg. 861/2007 art. 3: a cross-border flag without countries is enough',
    facts: { crossBorder: true },
    expected: { courtPath: { europeanSmallClaims: true } },
  },
  {
    name: 'CPC 750-1 / Reg. 861/2007: a claim in PLN cannot be tested against EUR 5,000 without conversion',
    facts: { price: { amount: '1999.00', currency: 'PLN' } },
    expected: { courtPath: { amicableAttemptRequired: null, europeanSmallClaims: null, explanation: has('1,999.00 must be converted first') } },
  },
  {
    name: 'Directive 2019/771 baseline + CPC 750-1: FR consumer buys from an ES merchant, sues at home: amicable attempt and European Small Claims',
    facts: { ...EU, consumerCountry: 'FR', merchantCountry: 'ES', price: { amount: '899.00', currency: 'EUR' } },
    expected: {
      kind: 'ASSESSED',
      jurisdiction: 'EU',
      ruleSet: { id: 'EU-2022-01-01' },
      courtPath: { courtCountry: 'FR', amicableAttemptRequired: true, europeanSmallClaims: true, basis: has('750-1') },
    },
  },
  {
    name: 'Directive 2019/771 baseline: the same claim before a Spanish court, art. 750-1 CPC does not apply',
    facts: { ...EU, consumerCountry: 'FR', merchantCountry: 'ES', courtCountry: 'ES', price: { amount: '899.00', currency: 'EUR' } },
    expected: { courtPath: { courtCountry: 'ES', amicableAttemptRequired: null, europeanSmallClaims: true, basis: expect.not.stringContaining('750-1') } },
  },
  {
    name: 'Directive 2013/11/EU + Reg. 861/2007: EU case after the mediation window, European Small Claims next',
    facts: { ...EU, consumerCountry: 'DE', merchantCountry: 'FR', defectNoticedOn: '2025-04-01', writtenComplaintOn: '2025-04-10', remedyRefused: true },
    asOf: '2026-04-11',
    expected: { nextStep: has('The mediation window closed on 10 April 2026; the European Small Claims Procedure is open') },
  },
  {
    name: 'FR L612-2 + CPC 750-1: above EUR 5,000 and after the mediation window, a court claim remains',
    facts: { price: { amount: '6000', currency: 'EUR' }, defectNoticedOn: '2025-04-01', writtenComplaintOn: '2025-04-10', remedyRefused: true },
    asOf: '2026-04-11',
    expected: { nextStep: has('what remains is a claim before the court') },
  },

  // Declining rather than guessing.
  {
    name: 'Unsupported: AT national law is not encoded and is not mapped to the EU baseline',
    facts: { jurisdiction: 'AT' },
    expected: { kind: 'NOT_ASSESSED', code: 'UNSUPPORTED_JURISDICTION', jurisdiction: 'AT', message: has("Use “EU”") },
  },
  {
    name: 'Unsupported: US',
    facts: { jurisdiction: 'US' },
    expected: { kind: 'NOT_ASSESSED', code: 'UNSUPPORTED_JURISDICTION', message: has('Supported: France, European Union') },
  },
  {
    name: 'Ordonnance 2021-1247 (L217-3): an FR contract of 31 December 2021 predates the encoded rules',
    facts: { purchasedOn: '2021-12-31', deliveredOn: '2022-01-05', defectNoticedOn: '2022-06-01' },
    expected: { kind: 'NOT_ASSESSED', code: 'CONTRACT_DATE_NOT_COVERED', message: 'No rule set encoded for France covers contracts concluded on 31 December 2021; the earliest encoded rules apply from 1 January 2022.' },
  },
];

describe('assessRights: dated cases, each citing the rule it checks', () => {
  it('has at least 40 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(40));

  it.each(CASES)('$name', ({ facts, asOf, expected }) => {
    expect(view(assessRights({ ...BASE_FACTS, ...facts }, asOf ?? AS_OF))).toMatchObject(expected);
  });
});
