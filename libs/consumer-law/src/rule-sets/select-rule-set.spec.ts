import { RULE_SETS, selectRuleSet } from './select-rule-set';

describe('rule sets are chosen by the date the contract was concluded', () => {
  it.each([
    ['FR', '2021-12-31', null],
    ['FR', '2022-01-01', 'FR-2022-01-01'],
    ['FR', '2026-07-30', 'FR-2022-01-01'],
    ['FR', '2026-07-31', 'FR-2026-07-31'],
    ['EU', '2021-12-31', null],
    ['EU', '2022-01-01', 'EU-2022-01-01'],
    ['EU', '2026-07-30', 'EU-2022-01-01'],
    ['EU', '2026-07-31', 'EU-2026-07-31'],
    ['EU', '2030-01-01', 'EU-2026-07-31'],
  ] as const)('%s contract of %s → %s', (jurisdiction, date, id) => {
    expect(selectRuleSet(jurisdiction, date)?.id ?? null).toBe(id);
  });

  it('names each rule set after its jurisdiction and start date, once', () => {
    for (const r of RULE_SETS) expect(r.id).toBe(`${r.jurisdiction}-${r.appliesToContractsFrom}`);
    expect(new Set(RULE_SETS.map((r) => r.id)).size).toBe(RULE_SETS.length);
  });

  it('cites a source for every rule', () => {
    for (const r of RULE_SETS) {
      const bases = [
        r.legalWarranty.basis,
        r.presumption.basis,
        r.commercialWarranty.basis,
        r.repairDeadline.basis,
        r.mediation.basis,
        ...Object.values(r.remedies).flatMap((v) => (v === null ? [] : Array.isArray(v) ? [v] : [v.basis])),
      ];
      for (const basis of bases) expect(basis.length).toBeGreaterThan(0);
    }
  });

  it('encodes the periods of each text', () => {
    const fr = selectRuleSet('FR', '2026-07-31')!;
    expect(fr).toMatchObject({
      legalWarranty: { months: 24 },
      repairExtension: { months: 6, once: false },
      presumption: { newGoodsMonths: 24, usedGoodsMonths: 12 },
      repairDeadline: { days: 30 },
      mediation: { months: 12 },
    });
    expect(selectRuleSet('EU', '2026-07-31')).toMatchObject({
      repairExtension: { months: 12, once: true },
      replacementRestart: null,
      presumption: { newGoodsMonths: 12, usedGoodsMonths: 12 },
      repairDeadline: { days: null },
    });
    expect(selectRuleSet('EU', '2026-07-30')?.repairExtension).toBeNull();
  });
});
