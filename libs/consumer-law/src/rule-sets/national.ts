import type { SupportedJurisdiction } from '../jurisdiction';
import { EU_2022_01_01 } from './eu-2022-01-01';
import type { RuleSet } from './rule-set';

/**
 * Member states encoded beyond France: the elements that differ most from the directive's
 * floor (warranty length, presumption, notification duty, limitation), each from a source
 * checked on 2026-12-01 (PT and SE again on 2026-12-02) and listed in docs/consumer-law.md. `verified: false` marks an element
 * taken from the statute as remembered, not found in a stored source: the answer says so.
 * Remedies follow the directive as each state transposed it; damages are national law and
 * stay "not assessed". A directive's later options (Directive 2024/1799) are not encoded.
 */
function national(jurisdiction: SupportedJurisdiction, from: string, rules: Partial<RuleSet>): RuleSet {
  return {
    ...EU_2022_01_01,
    id: `${jurisdiction}-${from}`,
    jurisdiction,
    title: `ruleSet.${jurisdiction}.title` as RuleSet['title'],
    appliesToContractsFrom: from,
    notes: ['ruleSet.national.remediesAsDirective', 'ruleSet.national.checked'],
    ...rules,
  };
}

export const BE_2022_06_01 = national('BE', '2022-06-01', {
  legalWarranty: { months: 24, endIsMinimum: false, basis: ['BE.CC.1649quater.1'] },
  presumption: { newGoodsMonths: 24, usedGoodsMonths: 24, basis: ['BE.CC.1649quater.4'] },
  notification: { rule: { kind: 'MONTHS', months: 2 }, basis: ['BE.CC.1649quater.2'], verified: true },
  // A year from noticing the defect, "sans que ce délai puisse expirer avant la fin du délai de
  // deux ans" of §1 (CJEU C-133/16 Ferenschild, 2017, quotes the paragraph; docs/consumer-law.md).
  limitation: { rules: [{ action: 'CONFORMITY', from: 'DISCOVERY', months: 12, longStop: null, notBeforeWarrantyEnds: true }], basis: ['BE.CC.1649quater.3'], verified: true },
});

export const ES_2022_01_01 = national('ES', '2022-01-01', {
  legalWarranty: { months: 36, endIsMinimum: false, basis: ['ES.TRLGDCU.120', 'ES.RDL.7/2021'] },
  presumption: { newGoodsMonths: 24, usedGoodsMonths: 24, basis: ['ES.TRLGDCU.121'] },
  notification: { rule: { kind: 'NONE' }, basis: ['ES.RDL.7/2021'], verified: true },
  limitation: { rules: [{ action: 'CONFORMITY', from: 'DISCOVERY', months: 60, longStop: null }], basis: ['ES.TRLGDCU.124'], verified: true },
});

// Article numbers checked 2026-12-02 (docs/consumer-law.md, "Member states"): art. 12.º n.º 1 three
// years from delivery; n.º 4 the non-conformity is communicated by any provable means, with no
// deadline; art. 13.º two-year presumption, one year for used goods only where the parties agreed
// the 18-month reduction (n.os 3-4), which the engine cannot know: used goods cite n.º 3 with that caveat; art. 17.º the rights lapse two
// years after that communication.
export const PT_2022_01_01 = national('PT', '2022-01-01', {
  legalWarranty: { months: 36, endIsMinimum: false, basis: ['PT.DL84.12'] },
  presumption: { newGoodsMonths: 24, usedGoodsMonths: 24, basis: ['PT.DL84.13'], usedGoodsBasis: ['PT.DL84.13.3'] },
  notification: { rule: { kind: 'NONE' }, basis: ['PT.DL84.12.4'], verified: true },
  limitation: { rules: [{ action: 'CONFORMITY', from: 'NOTIFICATION', months: 24, longStop: null }], basis: ['PT.DL84.17'], verified: true },
});

export const DE_2022_01_01 = national('DE', '2022-01-01', {
  // Germany uses the limitation model: the liability period is the limitation period of § 438.
  legalWarranty: { months: 24, endIsMinimum: false, basis: ['DE.BGB.438'] },
  presumption: { newGoodsMonths: 12, usedGoodsMonths: 12, basis: ['DE.BGB.477'] },
  notification: { rule: { kind: 'NONE' }, basis: ['DE.HGB.377'], verified: false },
  limitation: { rules: [{ action: 'CONFORMITY', from: 'DELIVERY', months: 24, longStop: null }], basis: ['DE.BGB.438'], verified: false },
});

export const IT_2022_01_01 = national('IT', '2022-01-01', {
  legalWarranty: { months: 24, endIsMinimum: false, basis: ['IT.CCONS.133.1'] },
  presumption: { newGoodsMonths: 12, usedGoodsMonths: 12, basis: ['IT.CCONS.135'] },
  notification: { rule: { kind: 'NONE' }, basis: ['IT.DLGS.170/2021'], verified: true },
  limitation: { rules: [{ action: 'CONFORMITY', from: 'DELIVERY', months: 26, longStop: null }], basis: ['IT.CCONS.133.3'], verified: true },
});

export const NL_2022_01_01 = national('NL', '2022-01-01', {
  legalWarranty: { months: 24, endIsMinimum: true, basis: ['NL.BW.7:17', 'EU.SGD.10.1'] },
  presumption: { newGoodsMonths: 12, usedGoodsMonths: 12, basis: ['NL.BW.7:18'] },
  notification: { rule: { kind: 'REASONABLE_TIME', safeMonths: 2 }, basis: ['NL.BW.7:23.1'], verified: true },
  limitation: { rules: [{ action: 'CONFORMITY', from: 'NOTIFICATION', months: 24, longStop: null }], basis: ['NL.BW.7:23.2'], verified: false },
});

export const SE_2022_05_01 = national('SE', '2022-05-01', {
  // The consumer may complain of a defect that appears within three years of receiving the goods.
  legalWarranty: { months: 36, endIsMinimum: false, basis: ['SE.KKL'] },
  presumption: { newGoodsMonths: 24, usedGoodsMonths: 24, basis: ['SE.KKL'] },
  notification: { rule: { kind: 'REASONABLE_TIME', safeMonths: 2 }, basis: ['SE.KKL'], verified: true },
  // Ten years from the claim's origin (Preskriptionslag 2 §); no source consulted on 2026-12-02
  // settles whether a consumer's defect claim arises at the sale or at delivery (docs/consumer-law.md).
  limitation: { notAssessed: 'limitation.SE.claimOriginUnsettled', basis: ['SE.PRESKL.2', 'SE.KKL'] },
});

export const NATIONAL_RULE_SETS: readonly RuleSet[] = [BE_2022_06_01, ES_2022_01_01, PT_2022_01_01, DE_2022_01_01, IT_2022_01_01, NL_2022_01_01, SE_2022_05_01];
