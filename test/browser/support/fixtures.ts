import { test as base, expect } from '@playwright/test';

/** Every test runs against the server global setup started. */
export const test = base.extend({
  baseURL: async ({}, use) => {
    const url = process.env.RECOURS_BASE_URL;
    if (!url) throw new Error('RECOURS_BASE_URL is not set: run through playwright.config.ts (global setup starts the server)');
    await use(url);
  },
});

export { expect };
