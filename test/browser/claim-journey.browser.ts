import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectAccessible } from './support/accessibility';
import { mailedToken } from '../support/mailed-links';
import { daysAgo, signUpInUi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';
import { expectFitsScreen } from './support/fits-screen';
import { screenshot } from './support/screenshots';

const INVOICE = Buffer.from('%PDF-1.4\nFacture CMD-2026-0310-77 — Samsung Galaxy A54 — 449,00 EUR\n%%EOF\n');

test('claim → offer → accept → remedy confirmed → feedback, consumer and merchant side by side', async ({ browser, baseURL }, testInfo) => {
  // Two browsers and a whole case: minutes on a shared, loaded two-core machine.
  test.setTimeout(600_000);
  const merchantName = `PhoneShop ${Date.now().toString(36)}`;
  const consumerContext = await browser.newContext({ baseURL });
  const merchantContext = await browser.newContext({ baseURL });
  const consumer = await consumerContext.newPage();
  const merchant = await merchantContext.newPage();

  // The merchant signs up and publishes its after-sales channels.
  await signUpInUi(merchant, { role: 'MERCHANT', name: 'Sofia', email: uniqueEmail('sofia'), merchantName });
  await expect(merchant).toHaveURL(/\/merchant\/profile$/);
  await merchant.getByLabel('Email', { exact: true }).fill('sav@phoneshop.example');
  await merchant.getByLabel('Hotline').fill('+33 1 23 45 67 89');
  await merchant.getByRole('button', { name: 'Save' }).click();
  await expect(merchant.getByText('Recorded')).toBeVisible();
  // An agent invited at a mistyped address: the invitation waits, and the owner withdraws it.
  const invite = merchant.locator('form', { has: merchant.getByRole('heading', { name: 'Add an agent' }) });
  await invite.getByLabel('Agent’s name').fill('Agathe');
  await invite.getByLabel(/^Email/).fill(uniqueEmail('agathe-typo'));
  await invite.getByRole('button', { name: 'Add an agent' }).click();
  await expect(invite.getByText('Agathe: Agent, invited, not accepted yet')).toBeVisible();
  await invite.getByRole('button', { name: 'Withdraw the invitation to Agathe' }).click();
  await expect(merchant.getByText('The invitation to Agathe is withdrawn')).toBeVisible();
  await expect(invite.getByText('Agathe: Agent, invited, not accepted yet')).toHaveCount(0);

  // The consumer files a guided claim.
  const claireEmail = uniqueEmail('claire');
  await signUpInUi(consumer, { role: 'CONSUMER', name: 'Claire', email: claireEmail });
  await expect(consumer).toHaveURL(/\/disputes$/);
  // Her address confirmed through the link mailed at sign-up, as she would: a rating needs it.
  const confirmation = await mailedToken(process.env.RECOURS_DATABASE_URL as string, claireEmail, 'VERIFY_EMAIL');
  expect(confirmation).toEqual(expect.any(String));
  await consumer.goto(`/confirm-email#token=${confirmation}`);
  await expect(consumer.getByRole('status').filter({ hasText: 'Your e-mail address is confirmed.' })).toBeVisible();
  // The public directory and the claim form's first step list merchants before anything is
  // typed (they once opened on an internal error: merchants(search: null)).
  await consumer.goto('/merchants');
  await expect(consumer.getByText(merchantName).first()).toBeVisible();
  await expect(consumer.getByRole('alert')).toHaveCount(0);
  await consumer.goto('/disputes');
  await consumer.getByRole('link', { name: 'File a claim' }).first().click();
  await expect(consumer.getByRole('heading', { level: 1 })).toHaveText('File a claim');
  await expect(consumer.getByRole('main').getByRole('radio').first()).toBeVisible();
  await expect(consumer.getByRole('alert')).toHaveCount(0);

  await consumer.getByLabel('Search the merchant').fill(merchantName);
  await consumer.getByRole('radio', { name: merchantName }).check();
  await expect(consumer.getByText(`Claim against ${merchantName}`)).toBeVisible();
  await consumer.getByRole('button', { name: 'Next' }).click();

  await consumer.getByLabel(/^Product( \*)?$/).fill('Galaxy A54');
  await consumer.getByLabel('Brand').fill('Samsung');
  await consumer.getByLabel('Category').fill('smartphone');
  await consumer.getByLabel('Model').fill('SM-A546B');
  await consumer.getByLabel('Serial number').fill('R58T90ABCDE');
  await consumer.getByRole('button', { name: 'Next' }).click();

  // Nothing to assess before the dates; then the rights appear as they are typed.
  const rights = consumer.getByRole('region', { name: 'Your rights' });
  await expect(rights).toContainText('as soon as the purchase and delivery dates');
  await consumer.getByRole('button', { name: 'Next' }).click();
  await expect(consumer.getByText('Required').first()).toBeVisible();
  await consumer.getByLabel('Purchase date').fill(daysAgo(250));
  await consumer.getByLabel('Delivery date').fill(daysAgo(248));
  await consumer.getByLabel('Price paid').fill('449.00');
  await consumer.getByLabel('Order reference').fill('CMD-2026-0310-77');
  await expect(rights.getByText('Legal conformity warranty')).toBeVisible();
  await expect(rights).toContainText('Code de la consommation art. L217-3');
  await expectAccessible(consumer, 'claim form, purchase step', testInfo);
  await screenshot(consumer, 'claim-purchase-step');
  await consumer.getByRole('button', { name: 'Next' }).click();

  await consumer.getByLabel('What is wrong').fill('The battery swells and the back cover lifts; the phone shuts down at 40% charge.');
  await consumer.getByLabel('Defect first noticed on').fill(daysAgo(20));
  await consumer.getByLabel('Date of event 1').fill(daysAgo(20));
  await consumer.getByLabel('What happened (event 1)').fill('Phone shut down at 40% for the first time');
  await consumer.getByRole('button', { name: 'Add an event' }).click();
  await consumer.getByLabel('Date of event 2').fill(daysAgo(12));
  await consumer.getByLabel('What happened (event 2)').fill('Back cover visibly lifted by the battery');
  await screenshot(consumer, 'claim-problem-step');
  await consumer.getByRole('button', { name: 'Next' }).click();

  await consumer.getByRole('radio', { name: 'Replacement' }).check();
  await consumer.getByRole('button', { name: 'Next' }).click();

  // Evidence: the fingerprint is computed in the browser (SubtleCrypto); only it is sent.
  await consumer.getByLabel('Add files').setInputFiles({ name: 'facture.pdf', mimeType: 'application/pdf', buffer: INVOICE });
  const sha256 = createHash('sha256').update(INVOICE).digest('hex');
  await expect(consumer.getByText(`${sha256.slice(0, 16)}…`)).toBeVisible();
  await expect(consumer.getByLabel('Kind of facture.pdf')).toHaveValue('INVOICE');
  await consumer.getByRole('button', { name: 'Next' }).click();

  // Exactly the name: the similar-outcomes panel's heading names the merchant too.
  await expect(consumer.getByText(merchantName, { exact: true })).toBeVisible();
  await consumer.getByRole('button', { name: 'File my claim' }).click();
  await expect(consumer).toHaveURL(/\/disputes\/[0-9a-f-]{36}$/);
  const disputeUrl = new URL(consumer.url()).pathname;
  await expect(consumer.getByRole('heading', { level: 1 })).toHaveText('Samsung Galaxy A54');
  await expect(consumer.getByText('Awaiting the merchant').first()).toBeVisible();
  await expect(consumer.getByText(`${sha256.slice(0, 12)}…`)).toBeVisible();
  // Only what availableActions allows: no offer to answer yet.
  await expect(consumer.getByRole('button', { name: 'Accept the offer' })).toHaveCount(0);
  await expect(consumer.getByRole('button', { name: 'Withdraw the claim' })).toBeVisible();

  // The merchant finds it in its inbox (read models are eventually consistent: reload until it shows).
  await merchant.goto('/inbox');
  await expect(async () => {
    await merchant.reload();
    await expect(merchant.getByRole('link', { name: 'Galaxy A54' })).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  // The inbox names who filed the claim.
  await expect(merchant.getByRole('row').filter({ hasText: 'Galaxy A54' })).toContainText('Claire');
  await expectAccessible(merchant, 'merchant inbox', testInfo);
  await screenshot(merchant, 'merchant-inbox');
  // On a phone the inbox is a list of cards: every column readable, nothing clipped.
  await merchant.setViewportSize({ width: 390, height: 844 });
  await expect(merchant.getByTestId('case-card').filter({ hasText: 'Galaxy A54' })).toContainText('Claire');
  await expectFitsScreen(merchant);
  await expectAccessible(merchant, 'merchant inbox on a phone', testInfo);
  await screenshot(merchant, 'merchant-inbox-phone');
  await merchant.setViewportSize({ width: 1280, height: 900 });
  // The bell told the merchant of the claim (the notifier runs as with `npm start`); its
  // notification leads to the dispute and is read from then on.
  const bell = merchant.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(/Notifications: [1-9]\d* unread/, { timeout: 30_000 });
  await bell.click();
  await merchant.getByRole('dialog').getByText(/New claim: .*Galaxy A54/).click();
  await expect(merchant).toHaveURL(new RegExp(`${disputeUrl}$`));
  await expect(bell).toHaveAccessibleName('Notifications');

  await merchant.getByRole('button', { name: 'Make an offer' }).click();
  await merchant.getByLabel('Remedy', { exact: true }).selectOption('REPLACEMENT');
  await merchant.getByLabel('Days to carry it out (optional)').fill('15');
  await merchant.getByLabel('Terms').fill('Same model, new, shipped free of charge');
  await merchant.getByRole('button', { name: 'Make an offer' }).last().click();
  await expect(merchant.getByTestId('offer')).toContainText('Open');
  await screenshot(merchant, 'merchant-dispute-offer');

  // The consumer's page updates by itself (disputeUpdated over graphql-ws): no reload.
  const accept = consumer.getByRole('button', { name: 'Accept the offer' });
  await expect(accept).toBeVisible();
  await expect(consumer.getByTestId('offer')).toContainText('Same model, new, shipped free of charge');
  await expectAccessible(consumer, 'dispute page with an offer', testInfo);
  await screenshot(consumer, 'consumer-dispute-offer');
  await accept.click();
  await expect(consumer.getByText('Agreed').first()).toBeVisible();
  // The answer took its buttons away: the focus is on the panel that holds the next step.
  await expect(consumer.getByRole('heading', { name: 'What you can do now' })).toBeFocused();
  await expect(consumer.getByText('Agreement', { exact: true })).toBeVisible();

  await consumer.getByRole('button', { name: 'Confirm the remedy' }).click();
  await consumer.getByRole('radio', { name: 'Yes, it was delivered' }).check();
  await consumer.getByRole('button', { name: 'Confirm the remedy' }).last().click();
  await expect(consumer.getByText('Resolved').first()).toBeVisible();
  // Her form closed with the act, and the act is no longer offered: the focus, which was on its
  // button, is on the panel's title, not dropped to the page's start.
  await expect(consumer.getByRole('heading', { name: 'What you can do now' })).toBeFocused();

  await consumer.getByRole('button', { name: 'Leave feedback' }).click();
  // The rating is a radio group: from the keyboard, Space picks one and the arrows move.
  await consumer.getByRole('radio', { name: '1 out of 5' }).focus();
  await consumer.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await consumer.keyboard.press('ArrowRight');
  await expect(consumer.getByRole('radio', { name: '5 out of 5' })).toBeChecked();
  await consumer.getByLabel('Comment (optional)').fill('Quick and fair');
  await consumer.getByRole('button', { name: 'Leave feedback' }).last().click();
  // Her words stand in the feedback and, quoted, in the timeline.
  await expect(consumer.getByText('Quick and fair', { exact: true }).first()).toBeVisible();
  await expect(consumer.getByText('Nothing to do for you at the moment.')).toBeVisible();
  await expect(consumer.getByRole('heading', { name: 'What you can do now' })).toBeFocused();
  await expect(merchant.getByText('Resolved').first()).toBeVisible();
  await screenshot(consumer, 'consumer-dispute-resolved');

  // Time travel: back to the first event, the case as it stood then, read-only.
  const slider = consumer.getByRole('slider', { name: 'Moment in the case’s history' });
  await slider.focus();
  await consumer.keyboard.press('Home');
  await expect(consumer.getByTestId('time-travel-banner')).toBeVisible();
  await expect(consumer.getByText('Awaiting the merchant').first()).toBeVisible();
  await expect(consumer.getByRole('heading', { name: 'What you can do now' })).toHaveCount(0);
  await screenshot(consumer, 'time-travel');
  await consumer.getByRole('button', { name: 'Back to now' }).click();
  await expect(consumer.getByText('Resolved').first()).toBeVisible();

  // Her list, in French this time, and the merchant's public scorecard.
  await consumer.goto('/disputes');
  await expect(async () => {
    await consumer.reload();
    await expect(consumer.getByRole('row').filter({ hasText: 'Galaxy A54' })).toContainText('Resolved', { timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expectAccessible(consumer, 'my disputes', testInfo);
  await consumer.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await expect(consumer.getByRole('heading', { level: 1 })).toHaveText('Mes litiges');
  await expect(consumer.getByRole('row').filter({ hasText: 'Galaxy A54' })).toContainText('Résolu');
  await screenshot(consumer, 'my-disputes-fr');

  // In French, the consumer's pages show no id and no browser date input; French punctuation.
  await consumer.goto(disputeUrl);
  await expect(consumer.getByRole('heading', { level: 1 })).toHaveText('Samsung Galaxy A54');
  // The whole page, its history included: the server writes the history in the reader's language,
  // naming people (issue 14), where it said "The merchant (agent 19d3a11a-…)".
  await expect(consumer.getByRole('main')).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  const history = consumer.locator('section[aria-labelledby="timeline-title"]');
  await expect(history).toContainText('a déposé une réclamation pour le produit Samsung Galaxy A54');
  await expect(history).not.toContainText(/filed a claim|accepted the offer|The merchant/);
  await expect(consumer.locator('input[type="date"]')).toHaveCount(0);
  await expect(consumer.getByText('Vos droits', { exact: true })).toBeVisible();

  // On a phone: the list becomes cards (nothing clipped), the claim form's steps a thin bar.
  await consumer.setViewportSize({ width: 390, height: 844 });
  await consumer.goto('/disputes');
  const card = consumer.getByTestId('case-card').filter({ hasText: 'Galaxy A54' });
  await expect(card).toContainText('Résolu');
  await expectFitsScreen(consumer);
  const badge = await card.getByText('Résolu').boundingBox();
  expect(badge!.x + badge!.width).toBeLessThanOrEqual(390);
  await expectAccessible(consumer, 'my disputes on a phone', testInfo);
  await screenshot(consumer, 'my-disputes-phone');
  await consumer.goto('/claims/new');
  await expect(consumer.getByTestId('claim-progress')).toBeVisible();
  await expect(consumer.getByText('Étape 1 sur 7 — Professionnel')).toBeInViewport();
  await expect(consumer.locator('input[type="date"]')).toHaveCount(0);
  await screenshot(consumer, 'claim-form-phone');

  await merchant.getByRole('link', { name: 'Scorecard' }).click();
  await expect(merchant.getByRole('heading', { level: 1 })).toHaveText(merchantName);
  await expect(async () => {
    await merchant.reload();
    await expect(merchant.getByText('claims received')).toBeVisible({ timeout: 5_000 });
  }).toPass({ timeout: 60_000 });
  await expectAccessible(merchant, 'merchant scorecard', testInfo);
  await screenshot(merchant, 'merchant-scorecard');

  // The public statistics, for anyone: this merchant's month drawn and, beside each chart, the
  // same figures as a table (what screen readers read); the open data they come from downloads.
  await merchant.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Public statistics' }).click();
  await expect(merchant.getByRole('heading', { level: 1 })).toHaveText('Public statistics');
  await merchant.getByRole('combobox', { name: 'Merchant' }).fill(merchantName);
  await merchant.getByRole('option', { name: merchantName }).click();
  const month = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date());
  const claimsTable = merchant.getByRole('table', { name: `Claims filed per month, ${merchantName}` });
  await expect(claimsTable.getByRole('row', { name: month })).toContainText('1');
  await expect(merchant.getByRole('table', { name: new RegExp(`^Average rating given by consumers.*${merchantName}`) }).getByRole('row', { name: month })).toContainText('5 / 5');
  await expect(merchant.getByTestId('monthly-chart').first().locator('svg.recharts-surface')).toBeVisible();
  await expectAccessible(merchant, 'public statistics', testInfo);
  await screenshot(merchant, 'public-statistics');
  const download = merchant.waitForEvent('download');
  await merchant.getByRole('link', { name: 'Download the open data (CSV)' }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain(merchantName);

  await consumerContext.close();
  await merchantContext.close();
});
