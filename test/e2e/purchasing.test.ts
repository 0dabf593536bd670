import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeBill, makePurchasing, type PurchasingFixture } from '../../src/modules/purchasing/factories.ts';
import { createTaxCode } from '../../src/modules/tax/index.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';
import '../support/compose.ts'; // the composed process: approval gate, executors, flows' ports

/**
 * Purchasing in Chromium against the real server with its job worker: the review inbox reads the shipped receipt
 * photo by OCR and shows it beside the proposed bill with confidences; the reviewer creates the vendor and the
 * draft, submits and posts it; the editor warns about a duplicate. Screenshots: purchasing-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let page: Page;
let base = '';
let f: PurchasingFixture;
let manager: { email: string; password: string };

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

beforeAll(async () => {
  fresh = await freshDatabase();
  f = await makePurchasing(fresh.db, { baseCurrency: 'USD' });
  await fresh.db.tx((tx) =>
    createTaxCode(tx, f.ctx, {
      code: 'ST825',
      name: 'Sales tax 8.25 %',
      rate: '8.25',
      kind: 'standard',
      category: 'S',
      inputAccountId: f.accounts.vat.id,
      outputAccountId: f.accounts.vat.id,
    }),
  );
  await makeBill(fresh.db, f, { vendorInvoiceNumber: 'FV-2026-0007', currency: 'USD' });
  manager = await makePerson(fresh.db, f.companyId, { role: 'manager', name: 'Marta Manager' });
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = { DATABASE_URL: fresh.url, STEWARD_PUBLIC_URL: base };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  const context = await chromium.value.newContext({
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    if (page && !page.isClosed()) await screenshot(page, `purchasing-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('purchasing in the browser', () => {
  it('reads the receipt photo in the inbox, shows it beside the proposal, and makes a posted bill', async () => {
    await signInWithForm(page, base, manager);
    await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
    await page.getByRole('navigation').first().waitFor();
    await page.goto(`${base}/purchasing/inbox`);
    await heading('Bill inbox').waitFor();
    await page.locator('input[type=file]').setInputFiles('assets/demo/receipt-office-supplies.png');
    await page.getByTestId('capture-proposal').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByTestId('capture-number').inputValue()).toBe('R-2026-0412');
    await expect.poll(() => page.getByTestId('capture-amount').inputValue()).toBe('200.00');
    await expect.poll(() => page.getByTestId('capture-tax').inputValue()).toBe('ST825');
    await expect.poll(() => page.getByTestId('confidence-number').getAttribute('data-level')).toBe('teal');
    await expect.poll(() => page.getByTestId('confidence-account').getAttribute('data-level')).toBe('red');
    await page.getByTestId('capture-document').getByRole('img').waitFor();
    await screenshot(page, 'purchasing-01-inbox-review');
    await page.getByTestId('capture-create-vendor').check();
    await page.getByTestId('capture-account').selectOption({ label: '6100 Office supplies' });
    await page.getByTestId('capture-convert').click();
    await heading(/R-2026-0412 — Brightline Office Supply Inc\./).waitFor();
    await expect.poll(() => page.getByTestId('bill-total').textContent()).toMatch(/216\.50/);
    await page.getByTestId('bill-submit').click();
    await expect.poll(() => page.getByTestId('bill-status').textContent()).toBe('Approved');
    await page.getByTestId('bill-post').click();
    await expect.poll(() => page.getByTestId('bill-status').textContent()).toBe('Posted');
    await screenshot(page, 'purchasing-02-bill-posted');
  }, 120_000);

  it('warns about a duplicate in the editor and saves only when confirmed', async () => {
    await page.goto(`${base}/purchasing/bills/new`);
    await heading('New bill').waitFor();
    await page.getByTestId('bill-vendor').click();
    await page.getByRole('option', { name: 'Kancelářské potřeby Brno s.r.o.' }).click();
    await page.getByTestId('bill-number').fill('fv-2026-0007');
    await page.getByLabel('Description 1').fill('Paper');
    await page.keyboard.press('Enter');
    await page.getByLabel('Expense or asset account 1').selectOption({ label: '6100 Office supplies' });
    await page.getByLabel('Unit price 1').fill('120');
    await page.getByLabel('Tax 1').selectOption({ label: 'S21 (21 %)' });
    await expect
      .poll(async () => (await page.getByTestId('bill-totals').textContent()) ?? '', { timeout: 10_000 })
      .toMatch(/145\.20/);
    await screenshot(page, 'purchasing-03-editor');
    await page.getByTestId('bill-save').click();
    await page.getByRole('dialog', { name: 'Possible duplicate' }).waitFor();
    await screenshot(page, 'purchasing-04-duplicate-warning');
    await page.getByTestId('duplicate-confirm').click();
    await heading(/fv-2026-0007/).waitFor();
    await page.goto(`${base}/purchasing/bills`);
    await heading('Bills').waitFor();
    await expect.poll(() => page.getByTestId('bills-table').locator('tbody tr').count()).toBe(3);
    await screenshot(page, 'purchasing-05-list');
  });

  it('speaks Czech: the bill list with statuses and amounts in the Czech locale', async () => {
    await page.getByTestId('language-switcher').selectOption('cs');
    await page.goto(`${base}/purchasing/bills`);
    await heading('Přijaté faktury').waitFor();
    await expect.poll(() => page.getByTestId('bills-table').textContent()).toContain('Zaúčtováno');
    await screenshot(page, 'purchasing-06-list-cs');
    await page.getByTestId('language-switcher').selectOption('en');
  });
});
