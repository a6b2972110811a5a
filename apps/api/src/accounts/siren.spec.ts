import { isSiren, sirenDigits } from './siren';

describe('SIREN', () => {
  it('accepts real SIRENs, written with or without spaces', () => {
    // Registered companies' SIRENs (La Poste's 356000000 among them).
    for (const siren of ['552032534', '552 100 554', '443 061 841', '356000000', '732 829 320']) expect(isSiren(siren)).toBe(true);
  });

  it('refuses a wrong key, a wrong length and anything but digits', () => {
    for (const siren of ['552032535', '732829321', '12345678', '1234567890', 'ABCDEFGHI', '', '552-032-534', '55203253４']) expect(isSiren(siren)).toBe(false);
  });

  // Review of the journeys, finding 15: 000000000 passed the key and was taken by the first invitation.
  it('refuses nine zeros, which pass the key but name no company', () => {
    for (const siren of ['000000000', '000 000 000']) expect(isSiren(siren)).toBe(false);
  });

  it('keeps the 9 digits', () => {
    expect(sirenDigits(' 552 032 534 ')).toBe('552032534');
  });
});
