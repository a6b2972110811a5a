import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { daysAgo, gql, logInAsAdminUi, logInUi, signUpViaApi, uniqueEmail, PASSWORD } from './support/accounts';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

const FILE_CLAIM = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`;

/** The admin creates a staff account in the UI and reads its id from the confirmation. */
async function createStaff(admin: Page, role: 'MEDIATOR' | 'ASSOCIATION', name: string, email: string): Promise<string> {
  await admin.goto('/admin');
  await admin.getByLabel('Role').selectOption(role);
  await admin.getByLabel(/^Your name/).fill(name);
  await admin.getByLabel(/^Email/).fill(email);
  await admin.getByLabel(/^Password/).fill(PASSWORD);
  await admin.getByRole('button', { name: 'Create the account' }).click();
  const id = admin.getByTestId('created-account-id');
  await expect(id).toHaveText(/^[0-9a-f-]{36}$/);
  return (await id.textContent())!;
}

/** Opens an action (an accordion item), fills its form, and submits it with its own button. */
async function act(page: Page, action: string, fill: (form: Locator) => Promise<void> = async () => undefined): Promise<void> {
  await page.getByRole('button', { name: action }).first().click();
  const form = page.getByRole('region', { name: action });
  await fill(form);
  await form.getByRole('button', { name: action }).click();
}

test('claim refused twice → mandate → mediation: admissibility, settlement accepted by the association and the merchant', async ({ browser, baseURL, request }, testInfo) => {
  const pages = async () => (await browser.newContext({ baseURL })).newPage();
  const [admin, merchant, consumer, association, mediator] = await Promise.all([pages(), pages(), pages(), pages(), pages()]);

  // Staff accounts, created by the admin (ADMIN_EMAIL / ADMIN_PASSWORD of the server).
  await logInAsAdminUi(admin);
  const mediatorEmail = uniqueEmail('mediator');
  const associationEmail = uniqueEmail('association');
  const mediatorId = await createStaff(admin, 'MEDIATOR', 'Médiateur du e-commerce', mediatorEmail);
  await expectAccessible(admin, 'admin', testInfo);
  await screenshot(admin, 'admin');
  const associationId = await createStaff(admin, 'ASSOCIATION', 'UFC Que Choisir Lyon', associationEmail);

  // The merchant designates its consumer mediator on its profile.
  const merchantEmail = uniqueEmail('electro');
  const merchantName = `ElectroMénager ${Date.now().toString(36)}`;
  const merchantAccount = await signUpViaApi(request, 'MERCHANT', 'Karim', merchantEmail, merchantName);
  await logInUi(merchant, merchantEmail);
  await merchant.goto('/merchant/profile');
  await merchant.getByLabel(/^Designated consumer mediator/).fill(mediatorId);
  await merchant.getByRole('button', { name: 'Save' }).click();
  await expect(merchant.getByText('Recorded')).toBeVisible();
  await expectAccessible(merchant, 'merchant profile', testInfo);
  await screenshot(merchant, 'merchant-profile');

  // The claim itself was filed through the form in the other journey; here it is set up directly.
  const consumerEmail = uniqueEmail('nadia');
  const consumerAccount = await signUpViaApi(request, 'CONSUMER', 'Nadia', consumerEmail);
  const { fileClaim } = await gql<{ fileClaim: { id: string } }>(
    request,
    FILE_CLAIM,
    {
      input: {
        merchantId: merchantAccount.user.merchantId,
        product: { name: 'Lave-linge WW90', category: 'washing machine', brand: 'Samsung', condition: 'NEW' },
        purchase: { purchasedOn: daysAgo(300), deliveredOn: daysAgo(295), price: { amount: '649.00', currency: 'EUR' }, channel: 'IN_STORE', country: 'FR' },
        problem: { description: 'The drum stops turning mid-cycle and the machine shows error 3E.', firstNoticedOn: daysAgo(30), chronology: [{ on: daysAgo(30), what: 'Error 3E for the first time' }] },
        requestedRemedy: 'REPAIR',
      },
    },
    consumerAccount.token,
  );
  const disputePath = `/disputes/${fileClaim.id}`;

  // The merchant refuses, in writing, with a reason.
  await merchant.goto(disputePath);
  await act(merchant, 'Refuse the claim', (form) => form.getByLabel(/^Reason/).fill('The damage was caused by overloading the drum'));
  await expect(merchant.getByText('Rejected').first()).toBeVisible();

  // The consumer escalates; the merchant refuses again.
  await logInUi(consumer, consumerEmail);
  await consumer.goto(disputePath);
  await expect(consumer.getByText('The merchant refused the claim')).toBeVisible();
  await expect(consumer.getByText('The damage was caused by overloading the drum').first()).toBeVisible();
  await act(consumer, 'Escalate', (form) => form.getByLabel('Reason (optional)').fill('The load was within the manual’s limits'));
  await expect(consumer.getByText('Escalated').first()).toBeVisible();
  await expect(merchant.getByRole('button', { name: 'Refuse the claim' }).first()).toBeVisible();
  await act(merchant, 'Refuse the claim', (form) => form.getByLabel(/^Reason/).fill('Our supervisor confirms the refusal'));
  await expect(consumer.getByText('Our supervisor confirms the refusal').first()).toBeVisible();

  // She gives the association a mandate; the association asks for mediation on her behalf.
  await act(consumer, 'Give a mandate to an association', (form) => form.getByLabel(/^Association reference/).fill(associationId));
  await expect(consumer.getByText('Association mandate')).toBeVisible();
  await expect(consumer.getByText('Mandate given to an association')).toBeVisible();
  await logInUi(association, associationEmail);
  await expect(association.getByTestId('association-reference')).toHaveText(associationId);
  await expect(async () => {
    await association.reload();
    await expect(association.getByRole('link', { name: 'Lave-linge WW90' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(association.getByRole('region', { name: 'Complaints per merchant' })).toContainText(`${merchantName}1`);
  await expectAccessible(association, 'association cases', testInfo);
  await screenshot(association, 'association-cases');
  await association.getByRole('link', { name: 'Lave-linge WW90' }).click();
  await act(association, 'Request mediation', (form) => form.getByLabel('Summary for the mediator (optional)').fill('Refused twice in writing; the machine is 10 months old.'));
  await expect(association.getByText('Mediation requested').first()).toBeVisible();
  await expect(consumer.getByText('Mediation requested').first()).toBeVisible();

  // The admin assigns the merchant's designated mediator (filled in for it).
  await admin.goto('/admin');
  await admin.getByLabel(/^Dispute id/).fill(fileClaim.id);
  await admin.getByRole('button', { name: 'Open' }).click();
  await admin.getByRole('button', { name: 'Assign a mediator' }).first().click();
  await expect(admin.getByLabel(/^Mediator account id/)).toHaveValue(mediatorId);
  await admin.getByRole('button', { name: 'Assign a mediator' }).last().click();
  await expect(admin.getByText('Mediator assigned').first()).toBeVisible();

  // The mediator: the case in the caseload with its 3-week clock, then admissibility and a proposal.
  await logInUi(mediator, mediatorEmail);
  await expect(mediator).toHaveURL(/\/caseload$/);
  await expect(async () => {
    await mediator.reload();
    await expect(mediator.getByRole('link', { name: 'Lave-linge WW90' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(mediator.getByRole('row').filter({ hasText: 'Lave-linge WW90' })).toContainText('by');
  await expectAccessible(mediator, 'mediator caseload', testInfo);
  await screenshot(mediator, 'mediator-caseload');
  await mediator.getByRole('link', { name: 'Lave-linge WW90' }).click();
  await act(mediator, 'Decide admissibility', async (form) => {
    await form.getByRole('radio', { name: 'Admissible', exact: true }).check();
    await form.getByLabel('Reason (optional)').fill('The merchant refused in writing twice');
  });
  await expect(mediator.getByText('In mediation').first()).toBeVisible();
  await act(mediator, 'Propose a settlement', async (form) => {
    await form.getByLabel('Remedy', { exact: true }).selectOption('REPAIR');
    await form.getByLabel('Days to carry it out (optional)').fill('20');
    await form.getByLabel(/^Terms/).fill('Drum motor replaced free of charge at home, within 20 days');
  });
  await expect(mediator.getByTestId('settlement')).toContainText('Proposed');
  await expectAccessible(mediator, 'mediator dispute page', testInfo);
  await screenshot(mediator, 'mediator-dispute');

  // The association accepts for its member; the merchant accepts: agreement.
  await expect(association.getByRole('button', { name: 'Accept the settlement' })).toBeVisible();
  await association.getByRole('button', { name: 'Accept the settlement' }).click();
  await expect(association.getByTestId('settlement')).toContainText('Consumer');
  await expect(merchant.getByRole('button', { name: 'Accept the settlement' })).toBeVisible();
  await merchant.getByRole('button', { name: 'Accept the settlement' }).click();
  await expect(merchant.getByText('Agreed').first()).toBeVisible();
  await expect(consumer.getByText('Agreed').first()).toBeVisible();
  await expect(consumer.getByText('Agreement', { exact: true })).toBeVisible();
  await screenshot(consumer, 'consumer-dispute-agreed');

  for (const page of [admin, merchant, consumer, association, mediator]) await page.context().close();
});
