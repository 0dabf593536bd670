import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/**
 * Browser tests drive Debian's chromium (apt-get install chromium) through playwright-core, which ships no
 * browser of its own. Override the binary with CHROMIUM_PATH.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = join('test-results', 'screenshots');

export function launchBrowser(): Promise<Browser> {
  // Playwright passes --no-sandbox by default (chromiumSandbox: false), which chromium needs as root in CI.
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true });
}

/** Saves a full-page screenshot as a CI artifact: test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in through the real sign-in form (the browser tests' usual first step). */
export async function signInWithForm(
  page: Page,
  base: string,
  who: { email: string; password: string },
): Promise<void> {
  await page.goto(`${base}/sign-in`);
  const form = page.getByTestId('sign-in-form');
  await form.locator('input[name=email]').fill(who.email);
  await form.locator('input[name=password]').fill(who.password);
  await page.getByTestId('sign-in-submit').click();
}
