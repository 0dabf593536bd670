import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeSales, type SalesFixture } from '../../src/modules/sales/factories.ts';
import { saveSettings } from '../../src/modules/sales/index.ts';
import { expectAccessible } from '../support/accessibility.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';
import '../support/compose.ts'; // the composed process: approval gate, executors, flows' ports

/**
 * Sales in Chromium against the real server: the invoice list, the keyboard-first editor with live totals,
 * issuing (legal number), PDF download, a credit note, status filters, tax codes, invoicing settings, and the
 * list in Czech with money in the Czech locale. Screenshots: sales-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let page: Page;
let base = '';
let f: SalesFixture;
let manager: { email: string; password: string };

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

beforeAll(async () => {
  fresh = await freshDatabase();
  f = await makeSales(fresh.db);
  manager = await makePerson(fresh.db, f.companyId, { role: 'manager', name: 'Marta Manager' });
  await fresh.db.tx((tx) =>
    saveSettings(tx, f.ctx, {
      seller: {
        name: 'Northwind s.r.o.',
        vatId: 'CZ87654321',
        street: 'Karlova 1',
        city: 'Brno',
        postalCode: '602 00',
        country: 'CZ',
      },
    }),
  );
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = { DATABASE_URL: fresh.url, STEWARD_WORKER: 'false', STEWARD_PUBLIC_URL: base };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  const context = await chromium.value.newContext({
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
  });
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
    if (page && !page.isClosed()) await screenshot(page, `sales-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('sales invoices in the browser', () => {
  it('writes an invoice with the keyboard, sees live totals, issues it and downloads the PDF', async () => {
    await signInWithForm(page, base, manager);
    await page.getByTestId('nav-sales-invoices').click();
    await heading('Invoices').waitFor();
    await page.getByTestId('invoice-new').click();
    await heading('New invoice').waitFor();
    await page.getByTestId('invoice-customer').click();
    await page.getByRole('option', { name: 'Acme Trading s.r.o.' }).click();
    // The currency is chosen by name; the field shows the code and the name.
    await expect.poll(() => page.getByTestId('invoice-currency').inputValue()).toMatch(/^CZK — /);
    // Keyboard: type a cell, Enter to the next; Enter on the last cell adds a line.
    await page.getByLabel('Description 1').fill('Consulting');
    await page.keyboard.press('Enter');
    await page.keyboard.type('10');
    await page.keyboard.press('Enter'); // unit
    await page.keyboard.press('Enter'); // unit price
    await page.keyboard.type('1500');
    await page.keyboard.press('Enter'); // discount
    await page.keyboard.press('Enter'); // tax
    await page.keyboard.press('Enter'); // → new line
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Description 2');
    await page.keyboard.type('Book');
    await page.getByLabel('Quantity 2').fill('2');
    await page.getByLabel('Unit price 2').fill('349.90');
    await page.getByLabel('Discount % 2').fill('10');
    await page.getByLabel('Tax 2').selectOption({ label: 'S12 (12 %)' });
    // Units are chosen by name (UN/ECE Rec. 20 code underneath), not as "C62" or "H87".
    await page.getByLabel('Unit 2', { exact: true }).selectOption({ label: 'piece' });
    expect(await page.getByLabel('Unit 2', { exact: true }).inputValue()).toBe('H87');
    await expect
      .poll(
        async () =>
          ((await page.getByTestId('invoice-total').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' '),
        { timeout: 10_000 },
      )
      .toBe('CZK 18,855.40');
    await screenshot(page, 'sales-01-editor-live-totals');
    await expectAccessible(page, 'invoice editor with lines');
    await page.getByTestId('invoice-save-issue').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Invoice 2026-00001');
    await expect.poll(() => page.getByTestId('invoice-status').textContent()).toBe('Issued');
    await screenshot(page, 'sales-02-issued');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('invoice-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe('2026-00001.pdf');
    const [ubl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('invoice-ubl').click()]);
    expect(ubl.suggestedFilename()).toBe('2026-00001.xml');
    await page.getByTestId('invoice-email').click();
    await page.getByTestId('invoice-emailed').waitFor();
  });

  it('credits the invoice in full and filters the list by status', async () => {
    await page.getByTestId('invoice-credit').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toBe('Credit note CN-2026-00001');
    await screenshot(page, 'sales-03-credit-note');
    await page.getByTestId('nav-sales-invoices').click();
    await heading('Invoices').waitFor();
    await page.getByTestId('invoices-table').getByText('CN-2026-00001').waitFor();
    await page.getByTestId('invoices-status').selectOption('credited');
    await expect.poll(() => page.getByTestId('invoices-table').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('invoices-table').getByText('2026-00001').waitFor();
    await screenshot(page, 'sales-04-list-credited');
  });

  it('shows tax codes and the invoicing settings', async () => {
    await page.getByTestId('nav-tax-codes').click();
    await heading('Tax codes').waitFor();
    await page.getByTestId('tax-codes-table').getByText('VATEX-EU-AE · Reverse charge').waitFor();
    await screenshot(page, 'sales-05-tax-codes');
    await page.getByTestId('nav-sales-settings').click();
    await heading('Invoicing settings').waitFor();
    await expect.poll(() => page.getByTestId('seller-vatId').inputValue()).toBe('CZ87654321');
    await page.getByTestId('series-table').getByText('{YYYY}-{NNNNN}', { exact: true }).waitFor();
    await screenshot(page, 'sales-06-settings');
  });

  it('reads in Czech with Czech money', async () => {
    const cs = await (browser as Browser).newContext({
      locale: 'cs-CZ',
      viewport: { width: 1400, height: 900 },
    });
    const p = await cs.newPage();
    await signInWithForm(p, base, manager);
    await p.getByTestId('nav-sales-invoices').click();
    await p.getByTestId('language-switcher').selectOption('cs');
    await p.getByRole('heading', { level: 1, name: 'Faktury' }).waitFor();
    await p.getByTestId('invoices-table').getByText('CN-2026-00001').waitFor();
    const text = (await p.getByTestId('invoices-table').textContent()) ?? '';
    expect(text.replace(/[\u00a0\u202f]/g, ' ')).toContain('18 855,40 Kč');
    expect(text).toContain('Dobropisovaná');
    await screenshot(p, 'sales-07-list-cs');
    await cs.close();
  });
});
