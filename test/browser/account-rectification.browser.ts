import { mailedToken } from '../support/mailed-links';
import { expectAccessible } from './support/accessibility';
import { createStaff, logInAsAdminUi, logInUi, PASSWORD, signInInFrench, signUpViaApi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';
import { expectFitsScreen, expectNoTextCut } from './support/fits-screen';

test('she corrects her name and her address herself, in French: the name at once, the address through the link sent to it', async ({ page, request }, testInfo) => {
  const email = uniqueEmail('rectif');
  await signUpViaApi(request, 'CONSUMER', 'Margot Duprè', email);
  await signInInFrench(page, email);
  await expect(page.getByText('Margot Duprè ·')).toBeVisible();

  await page.getByRole('link', { name: 'Mon compte' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
  await expectAccessible(page, 'account page', testInfo);
  // On her phone each button says what it does in full: Mantine kept a label on one line and
  // cut it at the screen's edge (« Mettre en place la vérification en d », « Effacer définitivement mon compt »).
  await page.setViewportSize({ width: 375, height: 800 });
  await expectFitsScreen(page);
  await expectNoTextCut(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  // Her archive is hers whole: the note for a company's account is not hers to read.
  await expect(page.getByText('Téléchargez tout ce que recours détient sur vous')).toBeVisible();
  await expect(page.getByText('Pour un compte d’entreprise')).toHaveCount(0);
  await expect(page.getByText('Pour un compte de médiateur')).toHaveCount(0);

  // Her name, misspelt at sign-up: corrected, and the header reads the new one.
  await page.getByLabel(/^Votre nom tel que les autres le lisent/).fill('Margot Dupré');
  await page.getByRole('button', { name: 'Changer mon nom' }).click();
  await expect(page.getByText('Nom changé')).toBeVisible();
  await expect(page.getByText('Margot Dupré ·')).toBeVisible();

  // A wrong password sends nothing and says so on its field, in French.
  const newEmail = uniqueEmail('rectif-nouvelle');
  await page.getByLabel(/^Nouvelle adresse/).fill(newEmail);
  await page.getByLabel(/^Mot de passe actuel/).first().fill(`${PASSWORD}-faux`);
  await page.getByRole('button', { name: 'Changer mon adresse' }).click();
  await expect(page.getByText('n’est pas votre mot de passe')).toBeVisible();
  expect(await mailedToken(process.env.RECOURS_DATABASE_URL as string, newEmail, 'CHANGE_EMAIL')).toBeNull();

  await page.getByLabel(/^Mot de passe actuel/).first().fill(PASSWORD);
  await page.getByRole('button', { name: 'Changer mon adresse' }).click();
  await expect(page.getByText('Si cette adresse peut servir, un lien y a été envoyé')).toBeVisible();

  // The link of the e-mail sent to the new address (it names its purpose), as she would open it from her mailbox.
  const token = await mailedToken(process.env.RECOURS_DATABASE_URL as string, newEmail, 'CHANGE_EMAIL');
  expect(token).toEqual(expect.any(String));
  await page.goto(`/confirm-email?purpose=change-email#token=${token}`);
  await expect(page.getByRole('status').filter({ hasText: 'Votre compte utilise désormais cette adresse' })).toBeVisible();
  // Every session ended, this one too: she signs in again, with the new address.
  await page.getByRole('link', { name: 'Me connecter avec ma nouvelle adresse' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.getByLabel(/^Adresse e-mail/).fill(newEmail);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).last().click();
  await expect(page.getByText('Margot Dupré ·')).toBeVisible();

  // The same link a second time has served: the page offers to ask for the change again from her
  // account, not the sign-up's confirmation.
  await page.goto(`/confirm-email?purpose=change-email#token=${token}`);
  await expect(page.getByText('Ce lien devait confirmer une nouvelle adresse e-mail pour votre compte, et il ne sert plus')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Renvoyer l’e-mail de confirmation' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Changer d’adresse depuis mon compte' }).click();
  await expect(page).toHaveURL(/\/account$/);
});

test('a company’s agent is told, in French, that her data holds her own actions, not the customers’ case files', async ({ page, request }) => {
  const email = uniqueEmail('donnees-vendeur');
  await signUpViaApi(request, 'MERCHANT', 'Rémi Vendeur', email, 'Boutique Rémi');
  await signInInFrench(page, email);
  await page.getByRole('link', { name: 'Mon compte' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mon compte');
  await expect(page.getByText('Pour un compte d’entreprise : vos propres actions dans les litiges que vous avez traités')).toBeVisible();
  await expect(page.getByText('Pour un compte de médiateur')).toHaveCount(0);
});

test('a mediator is told that her data holds her own actions in her mediations, not the parties’ case files', async ({ browser, baseURL }) => {
  const pages = async () => (await browser.newContext({ baseURL })).newPage();
  const [admin, page] = [await pages(), await pages()];
  await logInAsAdminUi(admin);
  const email = uniqueEmail('donnees-mediatrice');
  await createStaff(admin, 'MEDIATOR', 'Maud Médiatrice', email);
  // A mediator signs in with two-step verification (the browser server runs as in production): set up on the way.
  await logInUi(page, email);
  await page.getByRole('link', { name: 'My account' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My account');
  await expect(page.getByText('For a mediator’s account: your own actions in the disputes you mediate (')).toBeVisible();
  await expect(page.getByText('For a company’s account')).toHaveCount(0);
});
