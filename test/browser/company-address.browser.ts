import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { mailedLinkUrl, mailedToken } from '../support/mailed-links';
import { expectAccessible } from './support/accessibility';
import { gql, PASSWORD, signInInFrench, signUpViaApi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const database = () => process.env.RECOURS_DATABASE_URL as string;

async function inDatabase<T>(work: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: database() });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** The profile's company address section, led to by a link: its heading whole on the screen, below the fixed header. */
async function expectSectionShown(page: import('@playwright/test').Page): Promise<void> {
  const heading = page.getByRole('main').getByRole('heading', { level: 2, name: 'Adresse de l’entreprise' });
  await expect(heading).toBeInViewport({ ratio: 1 });
  const headerBottom = await page.getByRole('banner').evaluate((header) => header.getBoundingClientRect().bottom);
  expect(await heading.evaluate((element) => element.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);
}

/** Nothing shown in English, and no internal id. */
async function expectFrenchOnly(page: import('@playwright/test').Page): Promise<void> {
  const main = page.getByRole('main');
  await expect(main).not.toContainText(UUID);
  await expect(main).not.toContainText(/\b(the|link|your|company|address|sign in|profile)\b/i);
}

test('the owner has her company’s address confirmed, in French: a bad address refused on its field, a lapsed link leading back to the profile’s section, the mailed link verifying the company, the used link saying nothing is left to do; an agent opening the lapsed link is only told', async ({ browser, baseURL, request }, testInfo) => {
  test.setTimeout(180_000);
  const stamp = randomBytes(3).toString('hex');
  const merchantName = `Maison Duprè ${stamp}`;
  const ownerEmail = uniqueEmail('maison-owner');
  const owner = await signUpViaApi(request, 'MERCHANT', 'Hélène Duprè', ownerEmail, merchantName, 'fr');
  // An agent of the team, joined as agents do: invited, then accepting with the link mailed.
  const agentEmail = uniqueEmail('maison-agent');
  await gql(request, `mutation($input: AddMerchantAgentInput!) { addMerchantAgent(input: $input) { id } }`, { input: { email: agentEmail, displayName: 'Paul Agent' } }, owner.token);
  const invitation = await mailedToken(database(), agentEmail, 'AGENT_INVITATION');
  expect(invitation).toEqual(expect.any(String));
  await gql(request, `mutation($input: AcceptAgentInvitationInput!) { acceptAgentInvitation(input: $input) { token } }`, { input: { token: invitation, password: PASSWORD } });

  const page = await (await browser.newContext({ baseURL })).newPage();
  await signInInFrench(page, ownerEmail);
  await page.getByRole('link', { name: 'Profil', exact: true }).first().click();
  await expect(page).toHaveURL(/\/merchant\/profile$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Profil de ${merchantName}`);
  const section = page.getByRole('form', { name: 'Adresse de l’entreprise' });
  await expect(section).toBeVisible();
  await expect(section).toContainText('Confirmez une adresse au domaine de votre entreprise');
  await expectAccessible(page, 'merchant profile with the company address', testInfo);

  // Not an address: the form says so, in French, naming the field (which gets the focus), and sends nothing.
  const field = section.getByLabel(/^Une adresse au domaine de votre entreprise/);
  await field.fill('contact-maison-dupre');
  await section.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
  await expect(section.getByRole('alert')).toHaveText('Vérifiez votre saisieUne adresse au domaine de votre entreprise : Indiquez une adresse e-mail, par exemple nom@exemple.fr');
  await expect(field).toBeFocused();
  // One the browser takes but the API refuses (no domain to speak of): said once, next to its field, in French.
  await field.fill('contact@maison-dupre');
  await section.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const refusal = await field.getAttribute('aria-describedby');
  expect(refusal).toBeTruthy();
  const said = (await page.locator(`[id="${refusal!.split(' ').pop()}"]`).textContent()) ?? '';
  expect(said.length).toBeGreaterThan(0);
  await expect(section.getByText(said, { exact: true })).toHaveCount(1);
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expectFrenchOnly(page);
  await expectAccessible(page, 'company address refused', testInfo);
  for (const address of ['contact-maison-dupre', 'contact@maison-dupre']) expect(await mailedToken(database(), address, 'MERCHANT_ADDRESS')).toBeNull();

  // A first address; its link lapses unopened (a week on, moved behind the app's back).
  const firstEmail = `contact@maison-dupre-${stamp}-ancien.example.test`;
  await field.fill(firstEmail);
  await section.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
  await expect(page.getByText(`Un lien de confirmation est parti vers ${firstEmail}`)).toBeVisible();
  await expect(field).toHaveValue('');
  const lapsedLink = await mailedLinkUrl(database(), firstEmail, 'MERCHANT_ADDRESS');
  expect(lapsedLink?.search).toBe('?purpose=merchant-address');
  const lapsed = `${lapsedLink!.pathname}${lapsedLink!.search}${lapsedLink!.hash}`;
  await inDatabase((db) => db.query(`UPDATE accounts.email_confirmations SET expires_at = now() - interval '1 hour' WHERE purpose = 'MERCHANT_ADDRESS' AND email = $1`, [firstEmail]));

  // Opened now, on her phone: the link no longer works, and the page leads to the profile's company
  // address section, where she asks again (below the support channels' form: the page shows it).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(lapsed);
  await expect(page.getByText('Ce lien devait confirmer une adresse au domaine de votre entreprise, et il ne sert plus')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Renvoyer l’e-mail de confirmation' })).toHaveCount(0);
  await expectFrenchOnly(page);
  await expectAccessible(page, 'company address link lapsed', testInfo);
  await page.getByRole('link', { name: 'Demander un nouveau lien depuis le profil' }).click();
  await expect(page).toHaveURL(/\/merchant\/profile#company-address$/);
  await expectSectionShown(page);
  await expect(section.getByLabel(/^Une adresse au domaine de votre entreprise/)).toBeInViewport();

  // The company's address: the link goes there.
  const domain = `maison-dupre-${stamp}.example.test`;
  const companyEmail = `contact@${domain}`;
  await field.fill(companyEmail);
  await section.getByRole('button', { name: 'Envoyer le lien de confirmation' }).click();
  await expect(page.getByText(`Un lien de confirmation est parti vers ${companyEmail}`)).toBeVisible();

  // The link as mailed (its query says what it is for), opened in her session, as from her mailbox.
  const link = await mailedLinkUrl(database(), companyEmail, 'MERCHANT_ADDRESS');
  expect(link?.search).toBe('?purpose=merchant-address');
  const opened = `${link!.pathname}${link!.search}${link!.hash}`;
  await page.goto(opened);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Confirmer une adresse');
  await expect(page.getByRole('status').filter({ hasText: 'Adresse confirmée : votre entreprise apparaît désormais comme vérifiée, avec le domaine de cette adresse.' })).toBeVisible();
  await expectFrenchOnly(page);
  await expectAccessible(page, 'company address confirmed', testInfo);

  // Her profile says with which address's domain the company is now verified.
  await page.goto('/merchant/profile');
  await expect(page.getByRole('region', { name: 'Adresse de l’entreprise' })).toContainText(`Votre entreprise est vérifiée avec le domaine ${domain}.`);
  await expect(page.getByRole('button', { name: 'Envoyer le lien de confirmation' })).toHaveCount(0);

  // The same link a second time has served, and her company is verified: nothing to ask again
  // (the profile's section has no form any more); the page says so and leads to that section.
  await page.goto(opened);
  await expect(page.getByText(`Ce lien ne sert plus, et il n’y a rien à refaire : votre entreprise est déjà vérifiée, avec le domaine ${domain}.`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Demander un nouveau lien depuis le profil' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Renvoyer l’e-mail de confirmation' })).toHaveCount(0);
  await expectFrenchOnly(page);
  await expectAccessible(page, 'company address link used', testInfo);
  await page.getByRole('link', { name: 'Voir l’adresse de l’entreprise dans le profil' }).click();
  await expect(page).toHaveURL(/\/merchant\/profile#company-address$/);
  await expectSectionShown(page);
  await expect(page.getByRole('region', { name: 'Adresse de l’entreprise' }).getByText(`Votre entreprise est vérifiée avec le domaine ${domain}.`)).toBeInViewport({ ratio: 1 });
  await page.context().close();

  // An agent of the team opening the lapsed link: the explanation only, no way to a page that is not hers.
  const agent = await (await browser.newContext({ baseURL })).newPage();
  await signInInFrench(agent, agentEmail);
  await agent.goto(lapsed);
  await expect(agent.getByText('Ce lien devait confirmer une adresse au domaine de votre entreprise, et il ne sert plus')).toBeVisible();
  await expect(agent.getByRole('main').getByRole('link')).toHaveCount(0);
  await expect(agent.getByRole('main').getByRole('button')).toHaveCount(0);
  await expect(agent).toHaveURL(/\/confirm-email/);
  await expectFrenchOnly(agent);
  await agent.context().close();
});
