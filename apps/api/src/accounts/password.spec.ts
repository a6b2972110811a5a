import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwordProblem', () => {
  it.each(['Password123', 'Qwertyuiop1', 'recours2026', '1234567890a', 'Azertyuiop1', 'Motdepasse1'])('refuses %s, common or breached, in French and English', (password) => {
    const problem = passwordProblem(password, 'claire@example.test');
    expect(problem?.en).toMatch(/too common or too easy to guess/);
    expect(problem?.fr).toMatch(/trop courant ou trop facile à deviner/);
  });

  it("refuses a password built on the account's own name or address", () => {
    expect(passwordProblem('Durand-1985', 'cdurand@example.test', 'Claire Durand')?.en).toMatch(/too common/);
    expect(passwordProblem('Boulangerie-77', 'contact@boulangerie.fr')?.en).toMatch(/too common/);
  });

  it('accepts long passwords that are not common', () => {
    for (const password of ['battery-swollen-2025', 'Correct-Horse-42', 'counter-desk-77']) expect(passwordProblem(password, 'claire@example.test')).toBeNull();
  });

  it('keeps the earlier rules, said in both languages', () => {
    expect(passwordProblem('short-1', 'claire@example.test')).toEqual({ en: 'must be at least 10 characters', fr: 'doit compter au moins 10 caractères' });
    expect(passwordProblem('onlyletterslong', 'claire@example.test')?.fr).toMatch(/lettres/);
    expect(passwordProblem('claire-desk-2025', 'claire@example.test')?.en).toBe('must not contain the e-mail address');
  });
});

describe('hashPassword', () => {
  const saved = { nodeEnv: process.env.NODE_ENV, cost: process.env.RECOURS_TEST_PASSWORD_COST };
  afterEach(() => {
    if (saved.nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = saved.nodeEnv;
    if (saved.cost === undefined) delete process.env.RECOURS_TEST_PASSWORD_COST;
    else process.env.RECOURS_TEST_PASSWORD_COST = saved.cost;
  });
  const costOf = (hash: string) => /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(hash)?.slice(1).map(Number);

  it("hashes at OWASP's minimum (19 MiB, 2 passes) outside Jest, whatever the environment says", async () => {
    process.env.RECOURS_TEST_PASSWORD_COST = 'low';
    for (const nodeEnv of ['production', 'development', undefined]) {
      if (nodeEnv === undefined) delete process.env.NODE_ENV;
      else process.env.NODE_ENV = nodeEnv;
      expect(costOf(await hashPassword('battery-swollen-2025'))).toEqual([19_456, 2, 1]);
    }
  });

  it('hashes at the real cost under Jest unless the suite asks for the low one (the reliability suite does not)', async () => {
    process.env.NODE_ENV = 'test';
    delete process.env.RECOURS_TEST_PASSWORD_COST;
    expect(costOf(await hashPassword('battery-swollen-2025'))).toEqual([19_456, 2, 1]);
    process.env.RECOURS_TEST_PASSWORD_COST = 'low';
    expect(costOf(await hashPassword('battery-swollen-2025'))).toEqual([256, 1, 1]);
  });

  it('verifies a hash of either cost by the cost it names', async () => {
    process.env.NODE_ENV = 'test';
    process.env.RECOURS_TEST_PASSWORD_COST = 'low';
    const low = await hashPassword('battery-swollen-2025');
    delete process.env.RECOURS_TEST_PASSWORD_COST;
    const real = await hashPassword('battery-swollen-2025');
    for (const hash of [low, real]) {
      expect(await verifyPassword(hash, 'battery-swollen-2025')).toBe(true);
      expect(await verifyPassword(hash, 'battery-swollen-2026')).toBe(false);
    }
  });
});
