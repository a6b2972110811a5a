import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '@recours/testing';
import { openSecret, resealTwoFactorSecrets, sealSecret } from './two-factor-secrets';

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
    // One bit of the cipher text flipped: changing the text's last characters could leave it
    // as it was (a text ending in "BA") or change only base64's unused bits.
    const parts = sealed.split('.');
    const cipher = Buffer.from(parts[3], 'base64url');
    cipher[0] ^= 0x01;
    const altered = [...parts.slice(0, 3), cipher.toString('base64url')].join('.');
    expect(altered).not.toBe(sealed);
    expect(() => openSecret(altered, withDataKey)).toThrow();
  });

  describe('npm run keys:rotate (DATA_KEY_PREVIOUS → DATA_KEY)', () => {
    const old = { ...env, DATA_KEY: 'the-master-key-being-replaced-now' } as NodeJS.ProcessEnv;
    const rotating = { ...env, DATA_KEY: 'the-new-master-key-of-this-place', DATA_KEY_PREVIOUS: old.DATA_KEY } as NodeJS.ProcessEnv;
    const after = { ...env, DATA_KEY: rotating.DATA_KEY } as NodeJS.ProcessEnv;
    let database: TestDatabase;
    let client: Client;

    beforeAll(async () => {
      database = await createTestDatabase('two_factor_reseal');
      client = new Client({ connectionString: database.url });
      await client.connect();
      await client.query(`CREATE SCHEMA accounts; CREATE TABLE accounts.two_factor (account_id text PRIMARY KEY, secret text NOT NULL)`);
    });
    afterAll(async () => {
      await client?.end();
      await database?.drop();
    });

    it('seals the secrets sealed from the old key again from the new one, so that they open once recours runs with DATA_KEY only; again, nothing', async () => {
      const jwtSealed = sealSecret('KRSXG5CTMVRXEZLU', env);
      await client.query(`INSERT INTO accounts.two_factor VALUES ('a', $1), ('b', $2)`, [sealSecret('JBSWY3DPEHPK3PXP', old), jwtSealed]);
      expect(await resealTwoFactorSecrets(client, rotating)).toEqual({ resealed: 1 });
      const { rows } = await client.query<{ account_id: string; secret: string }>(`SELECT account_id, secret FROM accounts.two_factor ORDER BY account_id`);
      expect(openSecret(rows[0].secret, after)).toBe('JBSWY3DPEHPK3PXP');
      expect(rows[1].secret).toBe(jwtSealed);
      expect(await resealTwoFactorSecrets(client, rotating)).toEqual({ resealed: 0 });
    });
  });
});
