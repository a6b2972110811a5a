import { isUuid, UUID_PATTERN } from './uuid';

describe('isUuid: the one UUID pattern', () => {
  it('takes 8-4-4-4-12 hexadecimal digits of any version, in either case', () => {
    for (const id of ['0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9f', '0192F0A4-7B1C-7D2E-8F30-4A5B6C7D8E9F', '9b2c5f1e-3d4a-4b6c-9d8e-1f2a3b4c5d6e', '00000000-0000-0000-0000-000000000000', '12345678-1234-0234-1234-123456789abc'])
      expect([id, isUuid(id)]).toEqual([id, true]);
  });

  it('refuses anything else: other shapes, spaces, braces, non-strings', () => {
    for (const id of ['', 'DISPUTE-1', '0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9', '0192f0a47b1c7d2e8f304a5b6c7d8e9f', ' 0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9f', '{0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9f}', '0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9g', '0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9f\n'])
      expect([id, isUuid(id)]).toEqual([id, false]);
    for (const value of [undefined, null, 42, { toString: () => '0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9f' }]) expect(isUuid(value)).toBe(false);
  });

  it('is a pattern without state: tested again and again, the same answer', () => {
    expect(UUID_PATTERN.global || UUID_PATTERN.sticky).toBe(false);
    expect([1, 2, 3].map(() => UUID_PATTERN.test('0192f0a4-7b1c-7d2e-8f30-4a5b6c7d8e9f'))).toEqual([true, true, true]);
  });
});
