import { expectAccessible } from './support/accessibility';
import { createStaff, daysAgo, gql, logInAsAdminUi, logInUi, signUpViaApi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';
import { expectFitsScreen, expectNoTextCut } from './support/fits-screen';

const FILE_CLAIM = `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`;
const GRANT = `mutation($input: GrantRepresentationInput!) { grantRepresentation(input: $input) { id } }`;
const REGISTER = `mutation($input: RegisterWebhookInput!) { registerWebhook(input: $input) { webhook { id } } }`;

test('a merchant’s webhooks: each delete button names its address, the focus stays on the list after a delete, an empty list says so (fr, en)', async ({ page, request }, testInfo) => {
  const email = uniqueEmail('hooks');
  const shop = await signUpViaApi(request, 'MERCHANT', 'Hélène', email, `Crochets ${Date.now().toString(36)}`);
  const first = 'https://helpdesk.example.com/recours/one';
  const second = 'https://helpdesk.example.com/recours/two';
  for (const url of [first, second]) await gql(request, REGISTER, { input: { url } }, shop.token);
  await logInUi(page, email);
  await page.goto('/merchant/webhooks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Webhooks');
  const list = page.getByRole('region', { name: 'Your endpoints' });
  // Two buttons read "Delete"; a screen reader tells them apart by the address.
  await expect(list.getByRole('button', { name: `Delete the endpoint ${first}`, exact: true })).toHaveText('Delete');
  await expect(list.getByRole('button', { name: `Delete the endpoint ${second}`, exact: true })).toHaveText('Delete');
  await expect(list.getByText('No endpoint yet', { exact: false })).toHaveCount(0);
  await expectAccessible(page, 'webhooks', testInfo);

  // Deleted from the keyboard: the button is gone, the focus is on the list's heading, not the page's start.
  await list.getByRole('button', { name: `Delete the endpoint ${first}` }).focus();
  await page.keyboard.press('Enter');
  await expect(list.getByText(first, { exact: true })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your endpoints' })).toBeFocused();

  // In French, the same.
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  const liste = page.getByRole('region', { name: 'Vos adresses' });
  await expect(liste.getByRole('button', { name: `Supprimer l’adresse ${second}`, exact: true })).toHaveText('Supprimer');
  await liste.getByRole('button', { name: `Supprimer l’adresse ${second}` }).click();
  await expect(page.getByRole('heading', { name: 'Vos adresses' })).toBeFocused();
  await expect(liste.getByText('Aucune adresse pour le moment\u202f: les événements de vos litiges ne sont envoyés nulle part.', { exact: true })).toBeVisible();
  await expectAccessible(page, 'no webhook, in French', testInfo);
  await page.getByRole('radiogroup', { name: 'Langue' }).getByText('EN').click();
  await expect(page.getByRole('region', { name: 'Your endpoints' }).getByText('No endpoint yet: your disputes\' events are sent nowhere.', { exact: true })).toBeVisible();
});

test('an empty intake says so, without « 0 sur 0 » under it (fr, en)', async ({ browser, baseURL }, testInfo) => {
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await logInAsAdminUi(admin);
  const email = uniqueEmail('mediator');
  // A mediator of no body: no request waits for her.
  await createStaff(admin, 'MEDIATOR', `Médiatrice ${Date.now().toString(36)}`, email);
  await adminContext.close();
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await logInUi(page, email);
  await page.goto('/intake');
  await expect(page.getByText('No request is waiting.', { exact: true })).toBeVisible();
  await expect(page.getByText(/^\d+ of \d+$/)).toHaveCount(0);
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
  await expect(page.getByText('Aucune demande en attente.', { exact: true })).toBeVisible();
  await expect(page.getByText(/^\d+ sur \d+$/)).toHaveCount(0);
  await expectAccessible(page, 'empty intake, in French', testInfo);
  await context.close();
});

test('the association’s pages on a phone, in English: titles, nothing cut, no sideways scroll, axe', async ({ browser, baseURL, request }, testInfo) => {
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await logInAsAdminUi(admin);
  const email = uniqueEmail('association');
  const name = `Association de défense des consommateurs du Nord ${stamp}`;
  const associationId = await createStaff(admin, 'ASSOCIATION', name, email);
  await adminContext.close();
  // A member and her mandate, so the lists have a row.
  const merchant = await signUpViaApi(request, 'MERCHANT', 'Paul', uniqueEmail('paul'), `Électroménager du Nord ${stamp}`);
  const member = await signUpViaApi(request, 'CONSUMER', 'Inès', uniqueEmail('ines'));
  const claim = {
    merchantId: merchant.user.merchantId,
    product: { name: 'Lave-linge hublot 9 kg', category: 'lave-linge', brand: 'Bosch', condition: 'NEW' },
    purchase: { purchasedOn: daysAgo(200), deliveredOn: daysAgo(198), price: { amount: '649.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR', orderReference: `LL-${stamp.toUpperCase()}` },
    problem: { description: 'Le tambour ne tourne plus et une fuite d’eau apparaît à chaque lavage', firstNoticedOn: daysAgo(10), chronology: [] },
    requestedRemedy: 'REPAIR',
  };
  const filed = await gql<{ fileClaim: { id: string } }>(request, FILE_CLAIM, { input: claim }, member.token);
  await gql(request, GRANT, { input: { disputeId: filed.fileClaim.id, associationId } }, member.token);

  const context = await browser.newContext({ baseURL, viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await logInUi(page, email);
  for (const [path, title] of [
    ['/association', 'Cases under mandate'],
    ['/association/problems', 'Systemic problems'],
    ['/association/members', 'Members'],
    ['/association/profile', 'Your association’s profile'],
    ['/associations', 'Consumer associations'],
    [`/disputes/${filed.fileClaim.id}`, null],
  ] as const) {
    await page.goto(path);
    const heading = page.getByRole('heading', { level: 1 });
    if (title) await expect(heading).toHaveText(title);
    else await expect(heading).toHaveText(/Lave-linge/);
    await expect(page).toHaveTitle(`${(await heading.innerText()).trim()} · recours`);
    await expect(page.getByLabel('Loading', { exact: true })).toHaveCount(0);
    await expectFitsScreen(page);
    await expectNoTextCut(page);
    await expectAccessible(page, `${path} on a phone`, testInfo);
  }
  // The members' three columns fit the phone: the dispute is read without scrolling the table sideways.
  await page.goto('/association/members');
  const members = page.getByRole('region', { name: 'Members', exact: true });
  await expect(members.getByRole('link', { name: /^Lave-linge hublot 9 kg/ })).toBeVisible();
  expect(await members.evaluate((box) => box.scrollWidth - box.clientWidth)).toBeLessThanOrEqual(1);
  // The menu on a phone: the association's four pages, none of their names cut.
  await page.getByRole('button', { name: 'Menu' }).click();
  const navigation = page.getByRole('navigation', { name: 'Main navigation' });
  for (const name of ['Cases under mandate', 'Systemic problems', 'Members', 'Our profile']) await expect(navigation.getByRole('link', { name, exact: true })).toBeVisible();
  await expectFitsScreen(page);
  await expectNoTextCut(page);
  await expectAccessible(page, 'the menu on a phone', testInfo);
  await context.close();
});
