import { expect, type Page } from '@playwright/test';

/**
 * Nothing reaches past the screen's right edge: neither the page (which would scroll sideways)
 * nor a fixed bar such as the header (which the page's scroll width does not count, so a French
 * "Se déconnecter" once hung off a phone's screen unseen). Content inside its own scrolling or
 * clipping box is that box's business. Layout settles after a resize (media queries, the
 * navigation's transition), so this waits a few seconds for it; on failure it names what sticks out.
 */
export async function expectFitsScreen(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const found: string[] = [];
          if (document.documentElement.scrollWidth > width) found.push(`the page scrolls sideways (${document.documentElement.scrollWidth}px)`);
          const clippedInside = (el: Element): boolean => {
            for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
              if (getComputedStyle(up).overflowX !== 'visible' && up.getBoundingClientRect().right <= width + 1) return true;
            }
            return false;
          };
          for (const el of Array.from(document.body.querySelectorAll('*'))) {
            if (el.closest('.mantine-Notifications-root')) continue;
            const box = el.getBoundingClientRect();
            if (box.width === 0 || box.right <= width + 1 || box.left >= width) continue;
            if (clippedInside(el)) continue;
            found.push(`<${el.tagName.toLowerCase()} class="${String((el as HTMLElement).className).slice(0, 40)}"> ends at ${Math.round(box.right)}px: "${(el.textContent ?? '').trim().slice(0, 40)}"`);
          }
          return found.slice(0, 8);
        }),
      { timeout: 5_000, message: 'everything fits the screen' },
    )
    .toEqual([]);
}

/**
 * No words cut off: no label kept on one line and clipped by its own box (Mantine's buttons clip
 * their label where the screen is narrower than it, which expectFitsScreen cannot see: nothing
 * sticks out). Hidden texts for screen readers (.visually-hidden), scrolling boxes and fields
 * (whose value scrolls inside them) are not cut. On failure it names what is.
 */
export async function expectNoTextCut(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const found: string[] = [];
          for (const el of Array.from(document.body.querySelectorAll<HTMLElement>('*'))) {
            if (el.closest('.visually-hidden, .mantine-Notifications-root, input, textarea, select')) continue;
            const style = getComputedStyle(el);
            if (!['hidden', 'clip'].includes(style.overflowX) || style.display === 'none' || style.visibility === 'hidden') continue;
            if (el.clientWidth === 0 || el.scrollWidth <= el.clientWidth + 1 || !(el.innerText ?? '').trim()) continue;
            found.push(`<${el.tagName.toLowerCase()} class="${String(el.className).slice(0, 40)}"> shows ${el.clientWidth}px of ${el.scrollWidth}px: "${el.innerText.trim().slice(0, 60)}"`);
          }
          return found.slice(0, 8);
        }),
      { timeout: 5_000, message: 'no words cut off' },
    )
    .toEqual([]);
}
