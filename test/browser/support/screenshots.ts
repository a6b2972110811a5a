import type { Page } from '@playwright/test';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** A picture of a main page for the README (docs/screenshots/<name>.png). */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Notifications fade in and out: keep them out of the picture.
  await page.evaluate(() => document.querySelectorAll('.mantine-Notifications-root').forEach((n) => ((n as HTMLElement).style.display = 'none')));
  await page.screenshot({ path: join(DIR, `${name}.png`), fullPage: true, animations: 'disabled' });
  await page.evaluate(() => document.querySelectorAll('.mantine-Notifications-root').forEach((n) => ((n as HTMLElement).style.display = '')));
}
