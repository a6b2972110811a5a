import type { Page } from '@playwright/test';
import { daysAgo, gql, PASSWORD, signUpViaApi, uniqueEmail } from './support/accounts';
import { expect, test } from './support/fixtures';

// A French reader: the app takes the browser's language.
test.use({ locale: 'fr-FR' });

/**
 * Words no French sentence holds (people's own words aside): one of them on a page means a
 * sentence left in English. Short French homographs ("on", "or", "dispute") are not in the list.
 */
// Word edges that know accented letters: JavaScript's \b does not, and took the "Is" of "Isère" for "is".
const ENGLISH = /(?<![\p{L}\p{N}])(the|and|of|your|you|with|this|that|is|are|was|were|has|have|will|should|please|loading|submit|claim|claims|merchant|merchants|rights|warranty|offer|refund|repair|consumer|required|must|not found|sign in|sign out)(?![\p{L}\p{N}])/iu;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** What a page shows that is not French: each English word or id, with the words around it. */
async function notFrench(page: Page, name: string): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Lists and panels load after the title: wait until nothing on screen says it is loading.
  // Exactly the word (a loader's label or text): "téléchargement" in a sentence is not loading.
  // Visible ones only: a closed form's panel (the mandate's association list) loads unseen, and
  // innerText below reads only what is shown.
  await expect(page.getByText('Chargement', { exact: true }).or(page.getByLabel('Chargement', { exact: true })).filter({ visible: true })).toHaveCount(0, { timeout: 30_000 });
  // People's own words in another language are marked with it (lang, issue 22 item 10): they are
  // shown as written, so they are not the app's English. Unmarked English is.
  const text = await page.evaluate(() => {
    let all = document.body.innerText;
    for (const passage of document.body.querySelectorAll<HTMLElement>('[lang]:not([lang|="fr"])')) all = all.replace(passage.innerText, ' ');
    return all;
  });
  const found: string[] = [];
  // Issue 22 "done when": no native date input (it reads mm/dd/yyyy whatever the page's language).
  if ((await page.locator('input[type="date"]').count()) > 0) found.push(`${name}: a native date input`);
  for (const pattern of [ENGLISH, UUID]) {
    for (const match of text.matchAll(new RegExp(pattern.source, 'giu'))) {
      found.push(`${name}: «${text.slice(Math.max(0, match.index - 40), match.index + match[0].length + 40).replace(/\s+/g, ' ')}»`);
    }
  }
  return found;
}

test('every main page of a consumer, in French: no English sentence, no id (issue 14)', async ({ page, request }) => {
  test.setTimeout(300_000);
  const email = uniqueEmail('claire');
  const consumer = await signUpViaApi(request, 'CONSUMER', 'Claire Dupont', email, undefined, 'fr');
  const merchantName = `Boutique ${Date.now().toString(36)}`;
  // An English-speaking merchant: its words reach a French consumer as written, marked lang="en".
  const merchant = await signUpViaApi(request, 'MERCHANT', 'John Smith', uniqueEmail('john'), merchantName, 'en');
  const filed = await gql<{ fileClaim: { id: string } }>(
    request,
    `mutation($input: FileClaimInput!) { fileClaim(input: $input) { id } }`,
    {
      input: {
        merchantId: merchant.user.merchantId,
        product: { name: 'Lave-linge WW90', category: 'électroménager', brand: 'Samsung', condition: 'NEW' },
        purchase: { purchasedOn: daysAgo(250), deliveredOn: daysAgo(248), price: { amount: '449.00', currency: 'EUR' }, channel: 'ONLINE', country: 'FR' },
        problem: { description: 'Le tambour ne tourne plus depuis une semaine.', firstNoticedOn: daysAgo(20), chronology: [] },
        requestedRemedy: 'REPAIR',
      },
    },
    consumer.token,
  );
  const disputeId = filed.fileClaim.id;
  await gql(request, `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }`, { input: { disputeId, remedy: 'REPAIR', terms: 'Home repair within two weeks' } }, merchant.token);
  await gql(request, `mutation($input: PostMessageInput!) { postMessage(input: $input) { id } }`, { input: { disputeId, body: 'We will look into it this week, thank you for your patience.' } }, merchant.token);

  // The detector itself: it must catch what the pages once showed.
  expect('Your rights').toMatch(ENGLISH);
  expect('The merchant (agent 19d3a11a-5b2c-4c1e-9f3a-0c1d2e3f4a5b) offered').toMatch(UUID);
  expect('Vos droits : la garantie légale de conformité court jusqu’au 1er mars 2027.').not.toMatch(ENGLISH);

  const found: string[] = [];
  // Public pages first, as anyone sees them.
  for (const [path, name] of [['/', 'accueil'], ['/rights', 'vérifier mes droits'], ['/merchants', 'annuaire'], ['/associations', 'annuaire des associations'], [`/merchants/${merchant.user.merchantId}`, 'fiche du professionnel'], ['/statistics', 'statistiques'], ['/verify', 'vérifier un dossier']] as const) {
    await page.goto(path);
    found.push(...(await notFrench(page, name)));
  }
  expect(found).toEqual([]);

  await page.goto('/login');
  await page.getByLabel(/^Adresse e-mail/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).last().click();
  await expect(page.getByText('Claire Dupont ·')).toBeVisible();

  for (const [path, name] of [['/disputes', 'mes litiges'], ['/claims/new', 'déposer une réclamation'], [`/disputes/${disputeId}`, 'un litige'], ['/notifications', 'notifications']] as const) {
    await page.goto(path);
    if (path === `/disputes/${disputeId}`) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Samsung Lave-linge WW90');
      // Issue 22 item 10: the merchant's English words carry lang="en", the consumer's own French ones lang="fr".
      // Where they stand alone (the messages, the offers) and where the timeline quotes them in a French sentence.
      for (const words of ['We will look into it this week, thank you for your patience.', 'Home repair within two weeks']) {
        const passages = page.getByText(words, { exact: true });
        await expect(passages).toHaveCount(2);
        for (const passage of await passages.all()) await expect(passage).toHaveAttribute('lang', 'en');
      }
      await expect(page.getByText('Le tambour ne tourne plus depuis une semaine.')).toHaveAttribute('lang', 'fr');
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    }
    found.push(...(await notFrench(page, name)));
  }

  expect(found).toEqual([]);
});
