import { expectAccessible } from './support/accessibility';
import { daysAgo, typedDaysAgo } from './support/accounts';
import { expect, test } from './support/fixtures';
import { expectFitsScreen } from './support/fits-screen';
import { screenshot } from './support/screenshots';

test.describe('public pages, no account', () => {
  test('the rights checker assesses the facts as they are typed, in English and in French', async ({ page }, testInfo) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('After-sales problems, settled on the record');
    await expectAccessible(page, 'home', testInfo);
    await screenshot(page, 'home');

    await page.getByRole('link', { name: 'Check my rights' }).first().click();
    await expect(page).toHaveURL(/\/rights$/);
    const panel = page.getByRole('region', { name: 'Your rights' });
    await expect(panel).toContainText('Enter the purchase and delivery dates');

    await page.getByLabel('Purchase date').fill(daysAgo(240));
    await page.getByLabel('Delivery date').fill(daysAgo(238));
    await page.getByLabel('Defect first noticed on').fill(daysAgo(10));
    await page.getByLabel('Price paid').fill('449.00');

    // The legal conformity warranty runs two years from delivery (L217-3), the presumption too (new goods, L217-7).
    await expect(panel.getByText('Legal conformity warranty')).toBeVisible();
    await expect(panel).toContainText('L217');
    await expect(panel.getByText('Repair', { exact: true })).toBeVisible();
    await expectAccessible(page, 'rights checker', testInfo);
    await screenshot(page, 'rights-checker');

    // Dates long past the warranty: the assessment says it no longer applies.
    await page.getByLabel('Delivery date').fill('2019-01-10');
    await page.getByLabel('Purchase date').fill('2019-01-08');
    await expect(panel.getByText('No', { exact: true }).first()).toBeVisible();

    await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connaître mes droits');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByLabel('Date d’achat')).toHaveValue('08/01/2019');
    const vos = page.getByRole('region', { name: 'Vos droits' });
    // A contract of 2019 predates the encoded French rules: the engine says so, in French.
    await expect(vos).toContainText('les premières règles encodées s’appliquent à partir du 1er janvier 2022');
    // The API writes the rights in the app's language: French sentences, French dates, no English.
    await page.getByLabel('Date d’achat').fill(daysAgo(240));
    await page.getByLabel('Date de livraison').fill(daysAgo(238));
    await expect(vos).toContainText('Garantie légale de conformité');
    await expect(vos).toContainText('Demandez par écrit au vendeur de réparer ou de remplacer le bien');
    await expect(vos).toContainText('Code de la consommation, art. L217-3');
    await expect(vos).not.toContainText('Ask the seller');
    await expect(vos).not.toContainText(/\d{4}-\d{2}-\d{2}/);
    await screenshot(page, 'rights-checker-fr');
  });

  test('the rights checker never falls silent: French amounts and dates, and what is wrong next to its field', async ({ page }, testInfo) => {
    await page.goto('/rights');
    await page.getByRole('radiogroup', { name: 'Language' }).getByText('FR').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connaître mes droits');
    const vos = page.getByRole('region', { name: 'Vos droits' });
    // No browser date input (it would read mm/dd/yyyy): days are typed JJ/MM/AAAA, amounts 449,00.
    await expect(page.locator('input[type="date"]')).toHaveCount(0);
    await expect(page.getByLabel('Date d’achat')).toHaveAttribute('placeholder', 'JJ/MM/AAAA');
    await expect(page.getByLabel('Prix payé')).toHaveAttribute('placeholder', '449,00');
    // French punctuation: a narrow no-break space before the colon.
    await expect(page.getByText('Indiquez les faits de votre achat\u202f: l’évaluation')).toBeVisible();
    // Countries in French alphabetical order.
    const countries = await page.getByLabel('Pays').locator('option').allTextContents();
    expect(countries).toEqual([...countries].sort(new Intl.Collator('fr').compare));
    expect(countries.indexOf('Allemagne')).toBeLessThan(countries.indexOf('Autriche'));

    await page.getByLabel('Date d’achat').fill(typedDaysAgo(240));
    await page.getByLabel('Date de livraison').fill(typedDaysAgo(238));
    await page.getByLabel('Prix payé').fill('449,00');
    await expect(vos).toContainText('Garantie légale de conformité');

    // An amount that is not one: said next to the field, in French; no stale assessment.
    await page.getByLabel('Prix payé').fill('abc');
    await expect(page.getByText('Indiquez un montant comme 449,00')).toBeVisible();
    await expect(vos).toContainText('Corrigez les faits signalés en rouge');
    await expect(vos).not.toContainText('Garantie légale de conformité');
    await page.getByLabel('Prix payé').fill('1 249,90');
    await expect(vos).toContainText('Garantie légale de conformité');

    // A delivery before the purchase.
    await page.getByLabel('Date de livraison').fill(typedDaysAgo(250));
    await expect(page.getByText('La livraison ne peut pas précéder l’achat')).toBeVisible();
    await expect(vos).toContainText('Corrigez les faits signalés en rouge');
    // A day that does not exist, then one in the future.
    await page.getByLabel('Date de livraison').fill('31/02/2026');
    await expect(page.getByText('Indiquez une date au format JJ/MM/AAAA')).toBeVisible();
    await page.getByLabel('Date de livraison').fill(typedDaysAgo(-30));
    await expect(page.getByText('Cette date est dans le futur')).toBeVisible();
    await expect(page.getByText(/Invalid input|asOf|input\./)).toHaveCount(0);
    await expectAccessible(page, 'rights checker with errors, in French', testInfo);

    // The calendar speaks French, weeks start on Monday, and a picked day is written JJ/MM/AAAA.
    await page.getByRole('textbox', { name: 'Date de livraison' }).locator('xpath=..').getByRole('button', { name: 'Ouvrir le calendrier' }).click();
    const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
    // It opens on the month of the day in the field: the future one typed above, 30 days ahead
    // (the month after this one on most days of the year).
    const [, inFieldMonth, inFieldYear] = typedDaysAgo(-30).split('/').map(Number);
    const shown = new Date(inFieldYear!, inFieldMonth! - 1, 1);
    await expect(page.getByRole('button', { name: 'Choisir le mois' })).toHaveText(`${months[shown.getMonth()]} ${shown.getFullYear()}`);
    const picked = new Date(Date.now() - 238 * 86_400_000);
    for (let i = 0; i < (shown.getFullYear() - picked.getFullYear()) * 12 + shown.getMonth() - picked.getMonth(); i++) await page.getByRole('button', { name: 'Mois précédent' }).click();
    await page.getByRole('button', { name: `${picked.getDate()} ${months[picked.getMonth()]} ${picked.getFullYear()}`, exact: true }).click();
    await expect(page.getByLabel('Date de livraison')).toHaveValue(typedDaysAgo(238));
    await expect(vos).toContainText('Garantie légale de conformité');

    // The defect came back after a repair: its dates are asked for, then the assessment returns.
    await page.getByLabel('Le défaut est réapparu après une réparation').check();
    await expect(vos).toContainText('Corrigez les faits signalés en rouge');
    await page.getByLabel('Réparation demandée le').fill(typedDaysAgo(100));
    await page.getByLabel('Bien réparé rendu le').fill(typedDaysAgo(90));
    await expect(vos).toContainText('Garantie légale de conformité');
    await screenshot(page, 'rights-checker-errors-fr');
  });

  test('the directory is public and the app works on a phone-sized screen', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/merchants');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Merchant directory');
    await expectAccessible(page, 'directory on a phone', testInfo);
    // The navigation folds behind a menu button, reachable from the keyboard.
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeVisible();
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Check my rights' })).toBeVisible();
    await screenshot(page, 'phone-menu');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Check my rights' }).click();
    await expect(page).toHaveURL(/\/rights$/);
    await expectFitsScreen(page);

    // The statistics' tables scroll sideways on a phone: each scrolling box is a keyboard stop
    // named by its table's caption (axe: scrollable-region-focusable), or a keyboard could not
    // scroll to the columns past the screen's edge.
    await page.goto('/statistics');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Public statistics');
    const scrolling = page.getByRole('region', { name: /^Share answered in time, resolved and taken to mediation/ });
    await expect(scrolling).toHaveAttribute('tabindex', '0');
    await expectAccessible(page, 'public statistics on a phone', testInfo);
    await expectFitsScreen(page);

    // The link in the sentence of /verify is told from its words by more than its colour.
    await page.goto('/verify');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a case file');
    await expectAccessible(page, 'check a case file', testInfo);
  });
});
