import { randomBytes } from 'node:crypto';
import { mailedToken } from '../support/mailed-links';
import { expectAccessible } from './support/accessibility';
import { daysAgo, PASSWORD, signUpInUi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';

/**
 * Issue 18 item 3: a claim against a company not on recours. The consumer invites it from the
 * claim form, files her claim and is told to send the formal notice herself; the company takes its
 * profile over, in French, only through an address at its own domain, and finds the claim in its inbox.
 */
test('a company not on recours: invited from the claim form, its profile taken over through its own domain, the claim in its inbox', async ({ browser, baseURL }, testInfo) => {
  test.setTimeout(300_000);
  const databaseUrl = process.env.RECOURS_DATABASE_URL as string;
  const suffix = randomBytes(3).toString('hex');
  const company = `Vélo Bleu ${suffix}`;
  const domain = `velo-bleu-${suffix}.test`;
  const consumerContext = await browser.newContext({ baseURL });
  const companyContext = await browser.newContext({ baseURL });
  const consumer = await consumerContext.newPage();
  const owner = await companyContext.newPage();

  await signUpInUi(consumer, { role: 'CONSUMER', name: 'Chloé', email: uniqueEmail('chloe') });
  await consumer.goto('/claims/new');
  await consumer.getByLabel('Search the merchant').fill(company);
  await consumer.getByRole('button', { name: 'My merchant is not on recours' }).click();
  const invitation = consumer.getByRole('form', { name: 'Invite the company' });
  await expect(invitation.getByLabel(/^Company name/)).toHaveValue(company);
  await invitation.getByLabel(/^Its contact e-mail address/).fill(`contact@${domain}`);
  // A SIREN with a wrong key is told under its field, in her words; nothing is chosen.
  await invitation.getByLabel(/^SIREN/).fill('552 032 535');
  await invitation.getByRole('button', { name: 'Invite and choose this company' }).click();
  await expect(invitation.getByText(/must be a SIREN/)).toBeVisible();
  await expect(consumer.getByText(`Claim against ${company}`)).toHaveCount(0);
  await expectAccessible(consumer, 'claim form, inviting a company', testInfo);
  await invitation.getByLabel(/^SIREN/).fill('');
  await invitation.getByRole('button', { name: 'Invite and choose this company' }).click();
  await expect(consumer.getByText(`Claim against ${company}`)).toBeVisible();
  await expect(consumer.getByText('This company is not yet on recours')).toBeVisible();
  await expect(consumer.getByRole('radio', { name: new RegExp(company) })).toBeChecked();
  await consumer.getByRole('button', { name: 'Next' }).click();

  await consumer.getByLabel(/^Product( \*)?$/).fill('Vélo électrique');
  await consumer.getByLabel('Brand').fill('Bleu');
  await consumer.getByLabel('Category').fill('bicycle');
  await consumer.getByRole('button', { name: 'Next' }).click();
  await consumer.getByLabel('Purchase date').fill(daysAgo(200));
  await consumer.getByLabel('Delivery date').fill(daysAgo(198));
  await consumer.getByLabel('Price paid').fill('1290.00');
  await consumer.getByRole('button', { name: 'Next' }).click();
  await consumer.getByLabel('What is wrong').fill('The motor stops after ten minutes of riding and the battery no longer charges.');
  await consumer.getByLabel('Defect first noticed on').fill(daysAgo(15));
  await consumer.getByLabel('Date of event 1').fill(daysAgo(15));
  await consumer.getByLabel('What happened (event 1)').fill('The motor stopped on the way to work');
  await consumer.getByRole('button', { name: 'Next' }).click();
  await consumer.getByRole('radio', { name: 'Repair' }).check();
  await consumer.getByRole('button', { name: 'Next' }).click();
  await consumer.getByRole('button', { name: 'Next' }).click();
  await consumer.getByRole('button', { name: 'File my claim' }).click();
  await expect(consumer).toHaveURL(/\/disputes\/[0-9a-f-]{36}$/);
  // Her page says the company is not on recours yet, and where the formal notice is.
  const notice = consumer.getByTestId('not-on-recours');
  await expect(notice).toContainText(`${company} is not yet on recours`);
  await expect(notice.getByRole('link', { name: 'Print the formal notice' })).toBeVisible();
  await expect(consumer.getByRole('button', { name: 'Formal notice (French)' })).toBeVisible();
  await expectAccessible(consumer, 'dispute against a company not on recours', testInfo);

  // The company opens its invitation, in French.
  const token = await mailedToken(databaseUrl, `contact@${domain}`, 'MERCHANT_INVITATION');
  expect(token).toEqual(expect.any(String));
  await owner.goto('/');
  await owner.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await owner.goto(`/merchant-invitation#token=${token}`);
  await expect(owner.getByRole('heading', { level: 1 })).toHaveText(`Reprendre le profil de ${company} sur recours`);
  await expectAccessible(owner, 'invitation of a company', testInfo);
  // A free mail provider's address proves nothing: refused under the field.
  await owner.getByLabel(/^Votre adresse au domaine de l’entreprise/).fill('velo.bleu@gmail.com');
  await owner.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(owner.getByText(/fournisseur de messagerie gratuit/)).toBeVisible();
  await owner.getByLabel(/^Votre adresse au domaine de l’entreprise/).fill(`gerante@${domain}`);
  await owner.getByRole('button', { name: 'Recevoir le lien' }).click();
  await expect(owner.getByRole('status')).toContainText(`Un lien vient de partir vers gerante@${domain}`);

  const takeover = await mailedToken(databaseUrl, `gerante@${domain}`, 'MERCHANT_TAKEOVER');
  await owner.goto(`/merchant-takeover#token=${takeover}`);
  await expect(owner.getByRole('heading', { level: 1 })).toHaveText('Reprendre le profil de votre entreprise');
  await expectAccessible(owner, 'taking over a company profile', testInfo);
  await owner.getByLabel(/^Votre nom/).fill('Gérante');
  await owner.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await owner.getByRole('button', { name: 'Reprendre le profil' }).click();
  await expect(owner).toHaveURL(/\/inbox$/);
  await expect(async () => {
    await owner.reload();
    await expect(owner.getByRole('link', { name: 'Vélo électrique' })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });

  // Once the company is on recours, her page no longer says it is not.
  await consumer.reload();
  await expect(consumer.getByRole('heading', { level: 1 })).toHaveText('Bleu Vélo électrique');
  await expect(consumer.getByTestId('not-on-recours')).toHaveCount(0);

  await consumerContext.close();
  await companyContext.close();
});
