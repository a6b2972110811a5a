import { expectAccessible } from './support/accessibility';
import { daysAgo } from './support/accounts';
import { expect, test } from './support/fixtures';
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
    await expect(page.getByRole('region', { name: 'Vos droits' })).toContainText('Garantie légale de conformité');
    await expect(page.getByLabel('Date d’achat')).toHaveValue('2019-01-08');
    await screenshot(page, 'rights-checker-fr');
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
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });
});
