import type { RuleSet } from './rule-set';

const SGD = 'Directive (EU) 2019/771 art.';

/** The baseline of the Sale of Goods Directive as adopted, for contracts from 1 January 2022 (art. 24). */
export const EU_2022_01_01: RuleSet = {
  id: 'EU-2022-01-01',
  jurisdiction: 'EU',
  title: 'Directive (EU) 2019/771 (Sale of Goods Directive) baseline, contracts from 2022-01-01',
  appliesToContractsFrom: '2022-01-01',
  notes: [
    "The directive's own minimum, not the law of a member state: national law may give more (longer periods, a two-year presumption) or add duties (notice within two months, art. 12).",
  ],
  legalWarranty: { months: 24, basis: `${SGD} 10(1)` },
  repairExtension: null,
  replacementRestart: null,
  presumption: { newGoodsMonths: 12, usedGoodsMonths: 12, basis: `${SGD} 11(1)` },
  commercialWarranty: { basis: `${SGD} 17` },
  remedies: {
    repairOrReplacement: `${SGD} 13(2), 14`,
    priceReduction: `${SGD} 13(4), 15`,
    refund: `${SGD} 13(4), 16`,
    minorDefect: `${SGD} 13(5)`,
    refused: `${SGD} 13(4)(a), (d)`,
    impossible: `${SGD} 13(3), 13(4)(a)`,
    overdue: `${SGD} 13(4)(a), 14(1)(b)`,
    reappeared: `${SGD} 13(4)(b)`,
    serious: `${SGD} 13(4)(c)`,
    compensation: {
      available: false,
      reason: 'damages are left to national law, which the EU baseline does not encode',
      basis: `${SGD} 3(6)`,
    },
  },
  repairDeadline: { days: null, basis: `${SGD} 14(1)(b) (within a reasonable period, no fixed number of days)` },
  mediation: {
    months: 12,
    basis: 'Directive 2013/11/EU art. 5(4)(a), (e) (an ADR entity may require a prior complaint and may refuse referrals made more than one year after it)',
    lapsedReason: "more than one year has passed since the written complaint, so the ADR entity may refuse; check its own rules",
  },
};
