import { readFileSync } from 'node:fs';
import { gql, logInUi, signUpViaApi, uniqueEmail, daysAgo } from './support/accounts';
import { expect, test } from './support/fixtures';
import { screenshot } from './support/screenshots';

/** A 1×1 PNG: a photo of the swollen battery, as far as this test is concerned. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

test('evidence uploaded, previewed and downloaded by the other side; the letter and the case file downloaded; the case file checked on /verify', async ({ browser, baseURL, request }) => {
  const consumerEmail = uniqueEmail('claire');
  const merchantEmail = uniqueEmail('sav');
  const consumerAuth = await signUpViaApi(request, 'CONSUMER', 'Claire', consumerEmail);
  const merchantAuth = await signUpViaApi(request, 'MERCHANT', 'Sofia', merchantEmail, `PhoneShop ${Date.now().toString(36)}`);
  const filed = await gql<{ fileClaim: { id: string } }>(
    request,
    `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`,
    {
      input: {
        merchantId: merchantAuth.user.merchantId,
        product: { name: 'Galaxy A54', category: 'smartphone', brand: 'Samsung', condition: 'NEW' },
        purchase: { purchasedOn: daysAgo(250), deliveredOn: daysAgo(248), price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
        problem: { description: 'The battery swells and the back cover lifts.', firstNoticedOn: daysAgo(20), chronology: [] },
        requestedRemedy: 'REPLACEMENT',
      },
    },
    consumerAuth.token,
  );
  const disputePath = `/disputes/${filed.fileClaim.id}`;

  const consumerContext = await browser.newContext({ baseURL, acceptDownloads: true });
  const consumer = await consumerContext.newPage();
  await logInUi(consumer, consumerEmail);
  await consumer.goto(disputePath);

  // The photo goes up with its progress, and the record shows it with a download and a preview.
  await consumer.getByRole('button', { name: 'Add evidence' }).first().click();
  await consumer.getByLabel('File', { exact: true }).setInputFiles({ name: 'batterie.png', mimeType: 'image/png', buffer: PHOTO });
  await consumer.getByRole('button', { name: 'Add evidence' }).last().click();
  const evidence = consumer.getByRole('listitem').filter({ hasText: 'batterie.png' });
  await expect(evidence.getByRole('button', { name: /^Download/ })).toBeVisible();
  await evidence.getByRole('button', { name: 'Preview' }).click();
  await expect(consumer.getByRole('img', { name: 'Preview of batterie.png' })).toBeVisible();

  // The merchant downloads it, byte for byte.
  const merchantContext = await browser.newContext({ baseURL, acceptDownloads: true });
  const merchant = await merchantContext.newPage();
  await logInUi(merchant, merchantEmail);
  await merchant.goto(disputePath);
  const [photo] = await Promise.all([merchant.waitForEvent('download'), merchant.getByRole('listitem').filter({ hasText: 'batterie.png' }).getByRole('button', { name: /^Download/ }).click()]);
  expect(readFileSync(await photo.path()).equals(PHOTO)).toBe(true);
  expect(photo.suggestedFilename()).toBe('batterie.png');
  // The letter is the consumer's: the merchant has no such button.
  await expect(merchant.getByRole('button', { name: 'Formal notice (French)' })).toHaveCount(0);

  // The consumer downloads the formal notice and the case file.
  const [letter] = await Promise.all([consumer.waitForEvent('download'), consumer.getByRole('button', { name: 'Formal notice (French)' }).click()]);
  expect(readFileSync(await letter.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const [caseFile] = await Promise.all([consumer.waitForEvent('download'), consumer.getByRole('button', { name: 'Case file (JSON)' }).click()]);
  const caseFilePath = await caseFile.path();
  await screenshot(consumer, 'dispute-documents');

  // Anyone checks it on /verify, in the browser.
  await consumer.goto('/verify');
  await consumer.getByLabel('Case file', { exact: true }).setInputFiles(caseFilePath);
  await expect(consumer.getByTestId('verify-result')).toContainText('The case file is intact');
  // One character changed in an event: found, and which one.
  const altered = JSON.parse(readFileSync(caseFilePath, 'utf8'));
  altered.chain.events[1].event.data.name = 'batterie.pnG';
  await consumer.getByLabel('Case file', { exact: true }).setInputFiles({ name: 'dossier.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(altered)) });
  await expect(consumer.getByTestId('verify-result')).toContainText('Event number 2 of the record does not match its fingerprint.');
  await screenshot(consumer, 'verify-altered');

  await consumerContext.close();
  await merchantContext.close();
});
