import { signUpViaApi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';

// A French reader from the first page: the app takes the browser's language.
test.use({ locale: 'fr-FR' });

/** A day before today as she types it: JJ/MM/AAAA. */
const typedDaysAgo = (days: number) => {
  const [y, m, d] = new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
};

// What gives away a message that is not hers: an input path, English words, an id.
const RAW_PATH = /\binput\.\w/;
const ENGLISH = /\b(must|Invalid|characters|Required|the purchase|is not|before the)\b/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

test('in French, the sign-up page and the claim form say what is wrong once, next to its field, in French (issue 22 item 2)', async ({ page, request }) => {
  test.setTimeout(300_000);
  const main = page.getByRole('main');
  const expectOnlyFrench = async () => {
    await expect(main).not.toContainText(RAW_PATH);
    await expect(main).not.toContainText(ENGLISH);
    await expect(main).not.toContainText(UUID);
  };

  // Sign-up: the server's refusals, in French, under the field they belong to, once.
  await page.goto('/signup');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Créer un compte');
  await page.getByLabel(/^Votre nom/).fill('Claire Dupont');
  await page.getByLabel(/^Adresse e-mail/).fill('pas-une-adresse');
  await page.getByLabel(/^Mot de passe/).fill('battery-swollen-2025');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  const email = page.getByLabel(/^Adresse e-mail/);
  // Under the field, as its description: a screen reader says it with the field.
  await expect(email).toHaveAccessibleDescription(/doit être une adresse e-mail/);
  await expect(page.getByText('doit être une adresse e-mail', { exact: true })).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectOnlyFrench();

  await email.fill(uniqueEmail('claire'));
  await page.getByLabel(/^Mot de passe/).fill('Password123');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByText(/trop courant|trop facile à deviner/)).toHaveCount(1);
  await expect(page.getByLabel(/^Mot de passe/)).toHaveAccessibleDescription(/trop courant|trop facile à deviner/);
  await expectOnlyFrench();
  await page.getByLabel(/^Mot de passe/).fill('battery-swollen-2025');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await expect(page.getByText('Claire Dupont ·')).toBeVisible();

  // The claim form: each step checks its fields with the server's bounds before moving on.
  const merchantName = `PhoneShop ${Date.now().toString(36)}`;
  await signUpViaApi(request, 'MERCHANT', 'Sofia', uniqueEmail('sofia'), merchantName);
  await page.goto('/claims/new');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Déposer une réclamation');
  const next = page.getByRole('button', { name: 'Suivant' });
  const stepTitle = page.locator('#claim-step-title');
  await page.getByLabel('Rechercher le professionnel').fill(merchantName);
  await page.getByRole('radio', { name: merchantName }).check();
  await next.click();

  // Product: a name longer than the server takes (200 characters) is refused on the step.
  await expect(stepTitle).toContainText('Produit');
  await page.getByLabel(/^Produit/).fill('Galaxy A54 '.repeat(20));
  await page.getByLabel(/^Marque/).fill('Samsung');
  await page.getByLabel(/^Catégorie/).fill('smartphone');
  await next.click();
  await expect(stepTitle).toContainText('Produit');
  await expect(page.getByText('Au plus 200 caractères', { exact: true })).toHaveCount(1);
  await expectOnlyFrench();
  await page.getByLabel(/^Produit/).fill('Galaxy A54');
  await next.click();

  // Purchase: a delivery before the purchase, and an amount that is not one, stop the step.
  await expect(stepTitle).toContainText('Achat');
  await page.getByLabel(/^Date d’achat/).fill(typedDaysAgo(250));
  await page.getByLabel(/^Date de livraison/).fill(typedDaysAgo(260));
  await page.getByLabel(/^Prix payé/).fill('quatre cents');
  await next.click();
  await expect(stepTitle).toContainText('Achat');
  await expect(page.getByText('Ne peut pas précéder la date d’achat', { exact: true })).toHaveCount(1);
  await expect(page.getByText(/^Indiquez un montant comme/)).toHaveCount(1);
  await expectOnlyFrench();
  await page.getByLabel(/^Date de livraison/).fill(typedDaysAgo(248));
  await page.getByLabel(/^Prix payé/).fill('449,00');
  await next.click();

  // Problem: a description shorter than the server's minimum, a defect noticed before delivery.
  await expect(stepTitle).toContainText('Le problème');
  await page.getByLabel(/^Ce qui ne va pas/).fill('Batterie');
  await page.getByLabel(/^Défaut constaté le/).fill(typedDaysAgo(255));
  await next.click();
  await expect(page.getByText('Au moins 10 caractères', { exact: true })).toHaveCount(1);
  await expect(page.getByText('Ne peut pas précéder la date de livraison', { exact: true })).toHaveCount(1);
  await expectOnlyFrench();
  await page.getByLabel(/^Ce qui ne va pas/).fill('La batterie gonfle et la coque arrière se soulève.');
  await page.getByLabel(/^Défaut constaté le/).fill(typedDaysAgo(20));
  await next.click();
  await expect(stepTitle).not.toContainText('Le problème');
  // Nothing refused is left on the step (the rights beside it have their own notes).
  await expect(page.locator('section[aria-labelledby="claim-step-title"]').getByRole('alert')).toHaveCount(0);
});
