import { mailedToken } from '../support/mailed-links';
import { expectAccessible } from './support/accessibility';
import { loginViaApi, PASSWORD, signUpViaApi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';

test('a forgotten password, in French: the link by e-mail, a new password, signed in', async ({ page, request }, testInfo) => {
  const email = uniqueEmail('oubli');
  await signUpViaApi(request, 'CONSUMER', 'Margaux Oubli', email);

  await page.goto('/login');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await expectAccessible(page, 'forgotten password', testInfo);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await expect(page.getByRole('status')).toContainText('Si un compte existe à cette adresse');

  // The link of the e-mail, as she would click it in her mailbox.
  const token = await mailedToken(process.env.RECOURS_DATABASE_URL as string, email, 'RESET_PASSWORD');
  expect(token).toEqual(expect.any(String));
  await page.goto(`/reset-password#token=${token}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choisir un nouveau mot de passe');
  // A common password is refused in her words, and the link still works after.
  await page.getByLabel('Nouveau mot de passe').fill('Password123');
  await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
  await expect(page.getByRole('alert')).toContainText('trop courant');
  await page.getByLabel('Nouveau mot de passe').fill(`${PASSWORD}-nouveau`);
  await page.getByRole('button', { name: 'Enregistrer et me connecter' }).click();
  await expect(page).not.toHaveURL(/reset-password/);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('sign-in: successful sign-ins never count towards a lockout, and a typo is told in French (issue 22 item 7)', async ({ page, request }) => {
  const email = uniqueEmail('habituee');
  await signUpViaApi(request, 'CONSUMER', 'Inès Habituée', email);
  // Twelve ordinary sign-ins (more than the ten failures an account may take in 15 minutes).
  for (let i = 0; i < 12; i++) await loginViaApi(request, email);

  await page.goto('/login');
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(`${PASSWORD}-typo`);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).last().click();
  // One typo after twelve sign-ins: told it is wrong, in French, not locked out.
  await expect(page.getByRole('alert')).toContainText('Adresse e-mail ou mot de passe incorrect');
  await expect(page.getByRole('alert')).not.toContainText(/tentatives|attempts/i);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).last().click();
  await expect(page.getByText('Inès Habituée ·')).toBeVisible();
});
