import { closeReason } from './live-socket';

describe('closeReason', () => {
  it('keeps words that fit the 123 bytes a close frame holds, and cuts longer ones at a whole character, with an ellipsis', () => {
    const french = 'Ce jeton de connexion n’est pas valide ou a expiré\u202f; reconnectez-vous';
    expect(closeReason(french)).toBe(french);
    const long = 'é'.repeat(100);
    const cut = closeReason(long);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(123);
    expect(cut).toBe(`${'é'.repeat(60)}…`);
  });
});
