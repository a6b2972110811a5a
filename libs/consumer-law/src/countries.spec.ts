import { isAssignedCountryCode, ISO_3166_ALPHA_2 } from './countries';

describe('ISO 3166-1 alpha-2: the codes assigned, not every region ICU names', () => {
  it('holds the 249 codes assigned, each a region Intl.DisplayNames knows', () => {
    expect(ISO_3166_ALPHA_2.size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    for (const code of ISO_3166_ALPHA_2) expect([code, names.of(code)]).not.toEqual([code, code]);
  });

  it('knows countries and territories, in upper case only', () => {
    for (const code of ['FR', 'DE', 'BE', 'GB', 'US', 'GR', 'RE', 'BL', 'CW', 'SS', 'AX']) expect(isAssignedCountryCode(code)).toBe(true);
    for (const code of ['fr', 'F', 'FRA', '']) expect(isAssignedCountryCode(code)).toBe(false);
  });

  it('refuses the codes Intl names that are no country: unknown, reserved, user-assigned, withdrawn', () => {
    for (const code of ['ZZ', 'EU', 'UN', 'EZ', 'UK', 'EL', 'XK', 'QO', 'AC', 'IC', 'AN', 'CS', 'SU', 'YU', 'ZR', 'AA']) expect(isAssignedCountryCode(code)).toBe(false);
  });
});
