import { openSecret, sealSecret } from './two-factor-secrets';

describe('two-factor secrets at rest', () => {
  const env = { JWT_SECRET: 'a-jwt-secret-that-is-long-enough-for-this-test' } as NodeJS.ProcessEnv;

  it('are sealed (no plain text), each time differently, and open again with the same key', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', env);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealSecret('JBSWY3DPEHPK3PXP', env)).not.toBe(sealed);
    expect(sealed.startsWith('v1.jwt-secret.')).toBe(true);
    expect(openSecret(sealed, env)).toBe('JBSWY3DPEHPK3PXP');
  });

  it('use DATA_KEY when it is set, and cannot be opened with another key or once altered', () => {
    const withDataKey = { ...env, DATA_KEY: 'master-key-of-this-deployment' } as NodeJS.ProcessEnv;
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', withDataKey);
    expect(sealed.startsWith('v1.data-key.')).toBe(true);
    expect(openSecret(sealed, withDataKey)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => openSecret(sealed, { ...withDataKey, DATA_KEY: 'another-key' } as NodeJS.ProcessEnv)).toThrow();
    expect(() => openSecret(sealed, env)).toThrow(/DATA_KEY/);
    const altered = `${sealed.slice(0, -2)}${sealed.endsWith('A') ? 'B' : 'A'}A`;
    expect(() => openSecret(altered, withDataKey)).toThrow();
  });
});
