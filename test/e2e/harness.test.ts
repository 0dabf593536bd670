import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser.ts';

// Proves the browser harness itself (chromium starts, renders, screenshots land in test-results/), so a
// failing department test points at the app, not at the plumbing.
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('renders a page in chromium and saves a screenshot', async () => {
  const page = await browser.newPage();
  await page.setContent(
    '<main><h1>Steward</h1><button onclick="this.textContent=\'clicked\'">go</button></main>',
  );
  await page.getByRole('button', { name: 'go' }).click();
  await expect.poll(() => page.getByRole('button').textContent()).toBe('clicked');
  expect(existsSync(await screenshot(page, 'harness'))).toBe(true);
});
