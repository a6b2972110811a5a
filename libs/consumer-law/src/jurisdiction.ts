/**
 * Jurisdictions whose rules are encoded. 'EU' is the baseline of Directive (EU) 2019/771
 * itself, not the law of any member state; the member states listed here have their own rule
 * sets (see rule-sets/national.ts); any other code is answered "not assessed", never mapped to
 * the baseline. See docs/consumer-law.md.
 */
export const SUPPORTED_JURISDICTIONS = ['FR', 'EU', 'BE', 'ES', 'PT', 'DE', 'IT', 'NL', 'SE'] as const;

export type SupportedJurisdiction = (typeof SUPPORTED_JURISDICTIONS)[number];

export function isSupportedJurisdiction(value: string): value is SupportedJurisdiction {
  return (SUPPORTED_JURISDICTIONS as readonly string[]).includes(value);
}

/** ISO 3166-1 alpha-2 codes of the 27 member states (Greece is GR, not EL). */
export const EU_MEMBER_STATES: readonly string[] = [
  'AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU',
  'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK',
];

export function isEuMemberState(country: string): boolean {
  return EU_MEMBER_STATES.includes(country);
}
