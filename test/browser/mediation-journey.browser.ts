import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expectAccessible } from './support/accessibility';
import { createStaff, daysAgo, gql, logInAsAdminUi, logInUi, sessionToken, signUpViaApi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';
import { expectFitsScreen } from './support/fits-screen';

/** A one-pixel PNG: the mandate she signed, photographed. */
const SIGNED_MANDATE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

const FILE_CLAIM = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`;

/** Opens an action (an accordion item), fills its form, and submits it with its own button. */
async function act(page: Page, action: string, fill: (form: Locator) => Promise<void> = async () => undefined): Promise<void> {
  await page.getByRole('button', { name: action }).first().click();
  const form = page.getByRole('region', { name: action });
  await fill(form);
  await form.getByRole('button', { name: action }).click();
}

test('claim refused twice → mandate → mediation: admissibility, settlement accepted by the association and the merchant', async ({ browser, baseURL, request }, testInfo) => {
  // Five browsers and a whole mediation: minutes on a shared, loaded two-core machine.
  test.setTimeout(600_000);
  const pages = async () => (await browser.newContext({ baseURL })).newPage();
  const [admin, merchant, consumer, association, mediator] = await Promise.all([pages(), pages(), pages(), pages(), pages()]);

  // Staff accounts, created by the admin (ADMIN_EMAIL / ADMIN_PASSWORD of the server).
  await logInAsAdminUi(admin);
  const mediatorEmail = uniqueEmail('mediator');
  const associationEmail = uniqueEmail('association');
  const mediatorId = await createStaff(admin, 'MEDIATOR', 'Médiateur du e-commerce', mediatorEmail);
  await expectAccessible(admin, 'admin', testInfo);
  await screenshot(admin, 'admin');
  const associationName = `UFC Que Choisir Lyon ${Date.now().toString(36)}`;
  await createStaff(admin, 'ASSOCIATION', associationName, associationEmail);

  // The mediator belongs to a mediation body (set up by the admin through the API: no admin form for bodies yet).
  const adminToken = await sessionToken(admin);
  const bodyName = `Médiation du e-commerce ${Date.now().toString(36)}`;
  const { createMediationBody } = await gql<{ createMediationBody: { id: string } }>(request, `mutation($input: CreateMediationBodyInput!) { createMediationBody(input: $input) { id } }`, { input: { name: bodyName, sectors: ['électroménager'] } }, adminToken);
  await gql(request, `mutation($input: AddBodyMediatorInput!) { addBodyMediator(input: $input) { id } }`, { input: { bodyId: createMediationBody.id, mediatorId } }, adminToken);

  // The merchant chooses its consumer mediation body from a list on its profile (L612-1), no id to paste.
  const merchantEmail = uniqueEmail('electro');
  const merchantName = `ElectroMénager ${Date.now().toString(36)}`;
  const merchantAccount = await signUpViaApi(request, 'MERCHANT', 'Karim', merchantEmail, merchantName);
  await logInUi(merchant, merchantEmail);
  await merchant.goto('/merchant/profile');
  await merchant.getByLabel(/^Consumer mediation body/).selectOption({ label: `${bodyName} (électroménager)` });
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
  // Escalated, the case waits for the merchant: its inbox names the consumer.
  await merchant.goto('/inbox');
  await expect(async () => {
    await merchant.reload();
    await expect(merchant.getByRole('row').filter({ hasText: 'Lave-linge WW90' })).toContainText('Nadia', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await merchant.goto(disputePath);

  // The supervisor offers a paid repair rather than a free one; the offer is still open when mediation is requested.
  await expect(merchant.getByRole('button', { name: 'Make an offer' }).first()).toBeVisible();
  await merchant.getByRole('button', { name: 'Make an offer' }).first().click();
  await merchant.getByLabel('Remedy', { exact: true }).selectOption('REPAIR');
  await merchant.getByLabel('Terms').fill('Drum motor replaced at half price, our supervisor’s last word');
  await merchant.getByRole('button', { name: 'Make an offer' }).last().click();
  await expect(consumer.getByTestId('offer')).toContainText('our supervisor’s last word');

  // She gives the association a mandate; the association asks for mediation on her behalf.
  // The association writes its directory profile; she finds it in the public directory, then
  // chooses it from the dispute by name, scope and areas: no reference to paste.
  await logInUi(association, associationEmail);
  await association.goto('/association/profile');
  await association.getByLabel(/^What you help with/).fill('Litiges de garantie : électroménager, téléphonie.');
  await association.getByRole('button', { name: 'Save' }).click();
  await expect(association.getByText('Recorded')).toBeVisible();
  await expectAccessible(association, 'association profile', testInfo);
  await consumer.goto('/associations');
  await consumer.getByLabel('Search by name, subject or place').fill('electromenager'); // accents optional
  await expect(consumer.getByRole('article', { name: associationName })).toContainText('Litiges de garantie');
  await expectAccessible(consumer, 'association directory', testInfo);
  await consumer.goto(disputePath);
  await act(consumer, 'Give a mandate to an association', async (form) => {
    await form.getByLabel('Find an association').fill(associationName);
    await form.getByRole('radio', { name: associationName }).check();
    await expect(form).toContainText('Litiges de garantie');
    // The mandate she signed, kept with the dispute (issue 19 item 1).
    await form.getByLabel('Signed mandate (optional)').setInputFiles({ name: 'mandat-signe.png', mimeType: 'image/png', buffer: SIGNED_MANDATE });
  });
  await expect(consumer.getByRole('button', { name: 'Download the signed mandate' })).toBeVisible();
  await expect(consumer.getByText('Association mandate')).toBeVisible();
  await expect(consumer.getByText(associationName).first()).toBeVisible();
  await expect(consumer.getByText('Mandate given to an association')).toBeVisible();
  // Her dispute shows on the association's roster, under her name.
  await association.goto('/association/members');
  await expect(async () => {
    await association.reload();
    await expect(association.getByRole('row').filter({ hasText: 'Nadia' })).toContainText('Lave-linge WW90', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expectAccessible(association, 'association members', testInfo);
  await association.goto('/association');
  await expect(async () => {
    await association.reload();
    await expect(association.getByRole('link', { name: 'Lave-linge WW90' })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expect(association.getByRole('region', { name: 'Complaints per merchant' })).toContainText(`${merchantName}1`);
  await expectAccessible(association, 'association cases', testInfo);
  await screenshot(association, 'association-cases');
  await association.getByRole('link', { name: 'Lave-linge WW90' }).click();
  const [mandate] = await Promise.all([association.waitForEvent('download'), association.getByRole('button', { name: 'Download the signed mandate' }).click()]);
  expect(readFileSync(await mandate.path()).equals(SIGNED_MANDATE)).toBe(true);
  expect(mandate.suggestedFilename()).toBe('mandat-signe.png');
  await act(association, 'Request mediation', (form) => form.getByLabel('Summary for the mediator (optional)').fill('Refused twice in writing; the machine is 10 months old.'));
  await expect(association.getByText('Mediation requested').first()).toBeVisible();
  await expect(consumer.getByText('Mediation requested').first()).toBeVisible();

  // The page follows the phase: the earlier offer stays acceptable until it lapses (the domain keeps it on the
  // table), and says so; the clock that now runs is admissibility's; the body's intake gave the case to its
  // mediator at once, whose turn it is (before that, whose turn read "The mediation body").
  await expect(consumer.getByTestId('offer')).toContainText('Still open');
  await expect(consumer.getByTestId('offer-during-mediation')).toContainText('can still be accepted until');
  await expect(consumer.getByTestId('next-deadline')).toContainText('Admissibility decision');
  // The intake answers the request from its own subscription (or its sweep, every 30 s): on a loaded machine it may take a while.
  await expect(consumer.getByTestId('whose-turn')).toHaveText('Mediator', { timeout: 60_000 });
  await expect(consumer.getByRole('region', { name: 'Your rights' })).toBeVisible();

  // The right audience: the merchant reads the consumer's rights, not "Your rights"; an agent's name is not "Your name".
  await merchant.reload();
  await expect(merchant.getByTestId('whose-turn')).toHaveText('Mediator', { timeout: 60_000 });
  await expect(merchant.getByRole('region', { name: 'The consumer’s rights' })).toBeVisible();
  await expect(merchant.getByRole('region', { name: 'Your rights' })).toHaveCount(0);
  await merchant.goto('/merchant/profile');
  await expect(merchant.getByLabel(/^Agent’s name/)).toBeVisible();
  await expect(merchant.getByLabel(/^Your name/)).toHaveCount(0);
  await merchant.goto(disputePath);

  // Nobody assigns it by hand: the request went to the body's intake, which gave it at once to its least-loaded mediator.
  await expect(consumer.getByText('Mediator assigned').first()).toBeVisible();

  // The mediator: the case in the caseload with its 3-week clock, then admissibility and a proposal.
  await logInUi(mediator, mediatorEmail);
  await expect(mediator).toHaveURL(/\/caseload$/);
  await expect(async () => {
    await mediator.reload();
    await expect(mediator.getByRole('link', { name: 'Lave-linge WW90' })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expect(mediator.getByRole('row').filter({ hasText: 'Lave-linge WW90' })).toContainText('by');
  await expectAccessible(mediator, 'mediator caseload', testInfo);
  await screenshot(mediator, 'mediator-caseload');
  await mediator.getByRole('link', { name: 'Lave-linge WW90' }).click();
  await act(mediator, 'Decide admissibility', async (form) => {
    await form.getByRole('radio', { name: 'Admissible', exact: true }).check();
    await form.getByLabel('Reason (optional)').fill('The merchant refused in writing, then offered only a paid repair');
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
  // What R612-4 has the parties reminded of, where they answer.
  await expect(association.getByTestId('settlement-your-choice')).toContainText('You are free to accept or refuse this solution');
  await expect(association.getByTestId('settlement-your-choice')).toContainText('R612-4');
  await association.getByRole('button', { name: 'Accept the settlement' }).click();
  await expect(association.getByTestId('settlement')).toContainText('Consumer');
  await expect(merchant.getByRole('button', { name: 'Accept the settlement' })).toBeVisible();
  // The merchant answers the dispute as it now is: her page shows the association's acceptance (the live
  // update) first. Clicked before it arrives, her answer carries the version before it and is refused, rightly,
  // with « the dispute changed meanwhile » (seen once on a loaded machine): her acceptance now concludes the
  // agreement, which it did not on the page she saw (unaffected-answer.ts accepts only an answer that decides the same).
  await expect(merchant.getByTestId('settlement')).toContainText('Consumer');
  await merchant.getByRole('button', { name: 'Accept the settlement' }).click();
  await expect(merchant.getByText('Agreed').first()).toBeVisible();
  await expect(consumer.getByText('Agreed').first()).toBeVisible();
  await expect(consumer.getByText('Agreement', { exact: true })).toBeVisible();
  await screenshot(consumer, 'consumer-dispute-agreed');

  // The association renounces its mandate (C. civ. art. 2007): what it means is said first, its
  // reason goes to the consumer, a confirmation is asked; it is then back on its cases, and the
  // consumer reads why in her timeline.
  await association.getByRole('button', { name: 'Renounce the mandate' }).first().click();
  const renouncing = association.getByRole('region', { name: 'Renounce the mandate' });
  await expect(renouncing).toContainText('article 2007 of the French Civil Code');
  await renouncing.getByLabel(/^Reason, told to the consumer/).fill('Our volunteer lawyer leaves the association');
  await renouncing.getByRole('button', { name: 'Renounce the mandate' }).click();
  await expect(renouncing.getByRole('alert')).toContainText('I confirm that we renounce the mandate'); // the confirmation is required
  await renouncing.getByLabel(/^I confirm that we renounce the mandate/).check();
  await expectAccessible(association, 'renouncing a mandate', testInfo);
  await renouncing.getByRole('button', { name: 'Renounce the mandate' }).click();
  await expect(association).toHaveURL(/\/association$/);
  await expect(async () => {
    await consumer.reload();
    await expect(consumer.getByText(/renounced the mandate: Our volunteer lawyer leaves the association/)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  // The merchant reads that the mandate ended, never why.
  await expect(async () => {
    await merchant.reload();
    await expect(merchant.getByText(/ended its mandate: it no longer represents the consumer/)).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(merchant.getByText(/Our volunteer lawyer/)).toHaveCount(0);

  // The mediator will be away: she declares it on the intake page (typed days, the picker's format),
  // the body's table says until when, and "I am back" ends it (issue 18 item 1).
  const parisDay = (offset: number, dateStyle?: 'medium') => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', dateStyle }).format(new Date(Date.now() + offset * 86_400_000));
  await mediator.goto('/intake');
  const absences = mediator.getByRole('region', { name: 'My absences' });
  await expect(absences.getByText('No absence planned.')).toBeVisible();
  await absences.getByLabel(/^First day away/).fill(parisDay(0));
  await absences.getByLabel(/^Last day away/).fill(parisDay(3));
  await absences.getByRole('button', { name: 'Declare the absence' }).click();
  await expect(absences.getByRole('listitem')).toHaveCount(1);
  await expect(mediator.getByRole('row').filter({ hasText: 'Médiateur du e-commerce' })).toContainText(parisDay(3, 'medium'));
  await expectAccessible(mediator, 'intake with absences', testInfo);
  // On her phone the body's five-column table scrolls inside its panel: the page did sideways.
  await mediator.setViewportSize({ width: 375, height: 800 });
  await expectFitsScreen(mediator);
  await mediator.setViewportSize({ width: 1280, height: 900 });
  await absences.getByRole('button', { name: 'I am back' }).click();
  await expect(absences.getByText('No absence planned.')).toBeVisible();

  // The body's annual activity report (R614-2), from the body's panel: this year's request, found
  // admissible, ended by the proposal both sides accepted; each chart with its table.
  await mediator.getByRole('link', { name: 'Annual activity report' }).click();
  await expect(mediator.getByRole('heading', { level: 1 })).toContainText(bodyName);
  const figures = mediator.getByTestId('report-figures');
  await expect(async () => {
    await mediator.reload();
    await expect(figures.getByRole('definition').nth(3)).toHaveText('1', { timeout: 5_000 });
  }).toPass({ timeout: 30_000 });
  await expect(figures.getByRole('definition').first()).toHaveText('1');
  await expect(mediator.getByRole('row', { name: /Proposal accepted by both sides/ })).toContainText('1');
  await expect(mediator.getByRole('button', { name: 'Download the figures (CSV)' })).toBeVisible();
  await expectAccessible(mediator, 'mediation body activity report', testInfo);
  await screenshot(mediator, 'mediation-activity-report');

  for (const page of [admin, merchant, consumer, association, mediator]) await page.context().close();
});
