import { passwordProblem } from './password';

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
