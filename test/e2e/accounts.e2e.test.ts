import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * The chart of accounts' bulk tools in Chromium against the real server (fresh database, owner from the
 * environment): a template starts the chart, two names are edited in the table with the keyboard alone and
 * saved, and a CSV import is checked (a bad row is reported), fixed and imported. Screenshots: accounts-NN-*.png.
 */
const OWNER = { email: 'bookkeeper@accounts.test', password: 'chart-of-accounts-1' };
const HEADER = 'code,name,type,subtype,parent,currency,name_en,name_cs,name_es';

let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const focusedLabel = () =>
  page.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("aria-label")');
const csv = (rows: string[]) => ({
  name: 'accounts.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`${[HEADER, ...rows].join('\n')}\n`, 'utf8'),
});

beforeAll(async () => {
  fresh = await freshDatabase();
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = {
    DATABASE_URL: fresh.url,
    STEWARD_WORKER: 'false',
    STEWARD_PUBLIC_URL: base,
    STEWARD_ADMIN_EMAIL: OWNER.email,
    STEWARD_ADMIN_PASSWORD: OWNER.password,
    STEWARD_COMPANY_NAME: 'Chart & Co.',
    STEWARD_CURRENCY: 'EUR',
  };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  context = await chromium.value.newContext({ locale: 'en-US', viewport: { width: 1400, height: 900 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    if (page && !page.isClosed()) await screenshot(page, `accounts-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('chart of accounts: template, table editing, import', () => {
  it('starts the chart from the generic template', async () => {
    await signInWithForm(page, base, OWNER);
    await page.getByTestId('nav-ledger').click();
    await page.getByTestId('nav-ledger-accounts').click();
    await heading('Chart of accounts').waitFor();
    await page.getByTestId('apply-template').click();
    const form = page.getByTestId('template-form');
    // The four templates, named in the user's language.
    expect(await form.locator('select[name=template] option').allTextContents()).toEqual([
      'Generic small business',
      'United States (small business)',
      'Czech Republic (standard chart of accounts)',
      'Spain (Plan General de Contabilidad)',
    ]);
    await page.getByTestId('template-apply').click();
    await form.getByTestId('template-done').waitFor();
    await screenshot(page, 'accounts-01-template');
    await page.keyboard.press('Escape');
    await page.getByTestId('account-row-1010').waitFor();
    expect(await page.getByTestId('account-row-1010').textContent()).toContain('Cash on hand');
  });

  it('edits two names in the table with the keyboard and saves them', async () => {
    await page.getByTestId('bulk-toggle').click();
    const grid = page.getByTestId('accounts-grid');
    await grid.waitFor();
    await page.getByLabel('Name, account 1010', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Petty cash');
    // Down to the next account's name: the text is selected, so typing replaces it.
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel()).toBe('Name, account 1020');
    await page.keyboard.type('Main bank account');
    // Tab and Enter move too; the arrows at the edge of the text go left and right.
    await page.keyboard.press('Enter');
    expect(await focusedLabel()).toBe('Name, account 1100');
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('Type, account 1100');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('Name, account 1100');
    expect(await grid.locator('[data-changed]').count()).toBe(2);
    expect(await page.getByTestId('bulk-changed').textContent()).toBe('2 changed');
    await screenshot(page, 'accounts-02-grid-edited');

    await page.getByTestId('bulk-save').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('bulk-summary').waitFor();
    expect(await page.getByTestId('bulk-summary').textContent()).toContain('Saved 2 accounts.');
    expect(await page.getByTestId('grid-status-1020').textContent()).toBe('Saved');
    expect(await grid.locator('[data-changed]').count()).toBe(0);

    // A row the server refuses keeps its edit and shows why; the other row is saved. Discard reverts the rest.
    await page.getByLabel('Code, account 1100', { exact: true }).fill('1200');
    await page.getByLabel('Name, account 1300', { exact: true }).fill('Prepayments');
    await page.getByTestId('bulk-save').click();
    await page.getByTestId('bulk-summary').waitFor();
    expect(await page.getByTestId('bulk-summary').textContent()).toContain('1 account could not be saved');
    expect(await page.getByTestId('grid-status-1100').textContent()).toBe(
      'Another account already has the code 1200.',
    );
    expect(await page.getByTestId('grid-status-1300').textContent()).toBe('Saved');
    expect(await page.getByLabel('Code, account 1100', { exact: true }).inputValue()).toBe('1200');
    await screenshot(page, 'accounts-03-grid-row-error');
    await page.getByTestId('bulk-discard').click();
    expect(await page.getByLabel('Code, account 1100', { exact: true }).inputValue()).toBe('1100');
    expect(await grid.locator('[data-changed]').count()).toBe(0);

    await page.reload();
    await page.getByTestId('account-row-1020').waitFor();
    expect(await page.getByTestId('account-row-1010').textContent()).toContain('Petty cash');
    expect(await page.getByTestId('account-row-1020').textContent()).toContain('Main bank account');
  });

  it('imports a CSV: the dry run reports the bad row, the fixed file is imported', async () => {
    await page.getByTestId('import-accounts').click();
    const form = page.getByTestId('import-form');
    const file = form.locator('input[type=file]');
    await file.setInputFiles(
      csv([
        '9800,Software subscriptions,expense,,,,Software subscriptions,Předplatné softwaru,Suscripciones de software',
        '9810,Cloud hosting,expanse,,9800,,,,',
      ]),
    );
    await page.getByTestId('import-check').click();
    await form.getByTestId('import-report').waitFor();
    const bad = form.getByTestId('import-error-2');
    expect(await bad.locator('td').nth(1).textContent()).toBe('type');
    expect(await form.getByTestId('import-error-1').count()).toBe(0);
    expect(await page.getByTestId('import-run').count()).toBe(0);
    await screenshot(page, 'accounts-04-import-report');

    await file.setInputFiles(
      csv([
        '9800,Software subscriptions,expense,,,,Software subscriptions,Předplatné softwaru,Suscripciones de software',
        '9810,Cloud hosting,expense,,9800,,,,',
      ]),
    );
    await page.getByTestId('import-check').click();
    await form.getByTestId('import-ok').waitFor();
    await page.getByTestId('import-run').click();
    await form.getByTestId('import-done').waitFor();
    expect(await form.getByTestId('import-done').textContent()).toBe('Imported 2 accounts.');
    await page.keyboard.press('Escape');
    await page.getByTestId('account-row-9810').waitFor();
    expect(await page.getByTestId('account-row-9810').getAttribute('data-depth')).toBe('2');
    await screenshot(page, 'accounts-05-imported');
  });
});
