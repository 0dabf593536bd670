import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makePerson, type PersonFixture } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { createTask } from '../../src/modules/work/index.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { issueInvoices } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * Global search in Chromium against the real server: Ctrl+K from a page, an invoice number, Enter opens the
 * invoice; a customer by part of its name; at 390 px through the header button; the dialog in English, Czech
 * and Spanish. Screenshots: search-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let page: Page;
let base = '';
let admin: PersonFixture;
let invoiceId = '';
let invoiceNumber = '';
let partyId = '';
let taskId = '';

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = fresh.db;
  const f = await makeSales(db);
  admin = await makePerson(db, f.companyId, { role: 'admin', name: 'Search Admin' });
  const draft = await makeDraft(db, f, {
    pricesIncludeTax: true,
    lines: [{ description: 'Audit', quantity: '1', unit: 'C62', unitPrice: '162.99', taxCode: 'S21' }],
  });
  const [issued] = await db.tx((tx) => issueInvoices(tx, f.ctx, [draft.id]));
  invoiceId = draft.id;
  invoiceNumber = issued!.number as string;
  const party = await makeParty(db, f.companyId, {
    legalName: 'Vltava Logistics a.s.',
    currency: 'CZK',
    address: { country: 'CZ' },
  });
  partyId = party.id;
  const task = await db.tx((tx) =>
    createTask(tx, f.ctx, { title: 'Chase the Vltava payment', assigneeId: admin.id }),
  );
  taskId = task.id;
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = { DATABASE_URL: fresh.url, STEWARD_WORKER: 'false', STEWARD_PUBLIC_URL: base };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  const context = await chromium.value.newContext({
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
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
    if (page && !page.isClosed()) await screenshot(page, `search-failed-${task.name}`).catch(() => {});
  });
});

/** Types into the open search dialog and waits until the first option shows `expected`. */
async function typeAndWait(text: string, expected: string | RegExp): Promise<void> {
  const input = page.getByTestId('search-input');
  await input.fill(text);
  await page.getByRole('dialog').getByRole('option').first().filter({ hasText: expected }).waitFor();
}

describe.sequential('global search', () => {
  it('Ctrl+K opens search on any page; an invoice number and Enter open the invoice', async () => {
    await signInWithForm(page, base, admin);
    await page.getByTestId('nav-sales-invoices').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    // The field has the focus: typing goes straight in.
    await page.keyboard.type(invoiceNumber);
    await page.getByRole('dialog').getByRole('option').first().filter({ hasText: invoiceNumber }).waitFor();
    expect(await page.getByRole('dialog').getByRole('option').first().getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await dialog.getByText('Invoices', { exact: true }).count()).toBe(1);
    await screenshot(page, 'search-01-invoice-number-en');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/sales/invoices/${invoiceId}`);
    await dialog.waitFor({ state: 'detached' });
  });

  it('finds a customer by part of its name; arrow keys choose, Esc closes', async () => {
    await page.keyboard.press('Control+K');
    await typeAndWait('vltava log', 'Vltava Logistics a.s.');
    await screenshot(page, 'search-02-party-en');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+K');
    // The number finds the invoice and its journal entry: ↓ moves to the entry, ↓ again wraps to the invoice.
    await typeAndWait(invoiceNumber, invoiceNumber);
    const options = page.getByRole('dialog').getByRole('option');
    await options.nth(1).waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await typeAndWait('Vltava', 'Vltava Logistics a.s.');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/parties/${partyId}`);
  });

  it('at 390 px the header button opens search full screen, in English, Czech and Spanish', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    for (const [locale, label, group] of [
      ['en', 'Search (Ctrl+K)', 'Customers and vendors'],
      ['cs', 'Hledat (Ctrl+K)', 'Zákazníci a dodavatelé'],
      ['es', 'Buscar (Ctrl+K)', 'Clientes y proveedores'],
    ] as const) {
      await page.getByTestId('language-switcher').selectOption(locale);
      if (locale === 'en') await screenshot(page, 'search-03-phone-header');
      await page.getByRole('button', { name: label }).click();
      await typeAndWait('vltava', 'Vltava Logistics a.s.');
      expect(await page.getByRole('dialog').getByText(group, { exact: true }).count()).toBe(1);
      await screenshot(page, `search-03-phone-${locale}`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.setViewportSize({ width: 1440, height: 900 });
    for (const locale of ['cs', 'es'] as const) {
      await page.getByTestId('language-switcher').selectOption(locale);
      await page.keyboard.press('Control+K');
      await typeAndWait('162,99', invoiceNumber);
      await screenshot(page, `search-04-amount-${locale}`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByTestId('language-switcher').selectOption('en');
  });

  it('links a record to a task by searching for it, and shows it by name, not by type and id', async () => {
    await page.goto(`${base}/work/tasks/${taskId}`);
    await page.getByTestId('task-link-search').fill('Vltava');
    await page.getByRole('option', { name: /Customer or vendor · Vltava Logistics a\.s\./ }).click();
    const link = page
      .getByTestId('task-links')
      .getByRole('link', { name: 'Customer or vendor Vltava Logistics a.s.' });
    await link.waitFor();
    await page.getByTestId('task-link-search').fill(invoiceNumber);
    await page.getByRole('option', { name: new RegExp(`Invoice · ${invoiceNumber}`) }).click();
    await page
      .getByTestId('task-links')
      .getByRole('link', { name: `Invoice ${invoiceNumber}` })
      .waitFor();
    await screenshot(page, 'search-05-task-links');
    await link.click();
    await page.waitForURL(`**/parties/${partyId}`);
  });
});
