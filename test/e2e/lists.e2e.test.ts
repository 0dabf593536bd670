import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { FACTORY_PASSWORD } from '../../src/modules/org/factories.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { issueInvoices } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * The shared list page on the invoices list in Chromium: sort by a header (server-side), status and date-range
 * filters in the URL, the per-currency totals row, a saved view re-applied, two drafts issued in bulk, the
 * phone card layout at 390 px, the N and ? keys, and the list in Czech and Spanish. Screenshots: lists-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
let owner = { email: '', password: FACTORY_PASSWORD };

const line = (price: string) => [
  { description: 'Consulting', quantity: '1', unit: 'HUR', unitPrice: price, taxCode: 'S21' },
];

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = fresh.db;
  const f = await makeSales(db);
  // Issued in March: CZK 100 / 300 and EUR 200; issued in April: CZK 50. Two drafts (CZK 70, EUR 80).
  const made: Array<{ id: string }> = [];
  for (const [price, date, currency] of [
    ['100', '2026-03-02', 'CZK'],
    ['300', '2026-03-10', 'CZK'],
    ['200', '2026-03-12', 'EUR'],
    ['50', '2026-04-01', 'CZK'],
  ] as const)
    made.push(await makeDraft(db, f, { issueDate: date, currency, lines: line(price) }));
  await db.tx((tx) =>
    issueInvoices(
      tx,
      f.ctx,
      made.map((m) => m.id),
    ),
  );
  await makeDraft(db, f, { issueDate: '2026-05-01', currency: 'CZK', lines: line('70') });
  await makeDraft(db, f, { issueDate: '2026-05-02', currency: 'EUR', lines: line('80') });
  const row = await db.query<{ email: string }>(
    `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.company_id = $1 AND m.role = 'owner'`,
    [f.companyId],
  );
  owner = { email: row.rows[0]?.email ?? '', password: FACTORY_PASSWORD };
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = { DATABASE_URL: fresh.url, STEWARD_WORKER: 'false', STEWARD_PUBLIC_URL: base };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  context = await chromium.value.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
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
    if (page && !page.isClosed()) await screenshot(page, `lists-failed-${task.name}`).catch(() => {});
  });
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const rows = () => page.getByTestId('invoices-table').locator('tbody tr');
const firstCells = () => rows().locator('td:nth-child(2)').allTextContents();

describe.sequential('lists', () => {
  it('sorts invoices by total on the server, filters by status and date range, totals per currency', async () => {
    await signInWithForm(page, base, owner);
    await page.getByTestId('nav-sales-invoices').click();
    await heading('Invoices').waitFor();
    await expect.poll(() => rows().count()).toBe(6);
    await page.getByTestId('sort-total').click();
    await expect.poll(() => page.url()).toContain('sort=total');
    // Ascending by the amount in minor units: 60.50 (CZK 50) first … 363.00 (CZK 300) last.
    await expect.poll(async () => (await rows().first().textContent()) ?? '').toContain('60.50');
    await page.getByTestId('sort-total').click();
    await expect.poll(() => page.url()).toContain('sort=-total');
    await expect.poll(async () => (await rows().first().textContent()) ?? '').toContain('363.00');
    expect(await page.getByRole('columnheader', { name: /Total/ }).first().getAttribute('aria-sort')).toBe(
      'descending',
    );
    await page.getByTestId('invoices-status').selectOption('issued');
    await page.getByTestId('invoices-from').fill('2026-03-01');
    await page.getByTestId('invoices-to').fill('2026-03-31');
    await expect.poll(() => rows().count()).toBe(3);
    // The totals of the filtered set, one row per currency: CZK 121 + 363, EUR 242.
    const totals = page.getByTestId('totals-row');
    await expect.poll(() => totals.count()).toBe(2);
    expect(await totals.nth(0).textContent()).toContain('Total CZK (2)');
    expect(await totals.nth(0).textContent()).toContain('484.00');
    expect(await totals.nth(1).textContent()).toContain('Total EUR (1)');
    expect(await totals.nth(1).textContent()).toContain('242.00');
    expect(page.url()).toMatch(/status=issued/);
    expect(page.url()).toMatch(/from=2026-03-01/);
    await screenshot(page, 'lists-01-invoices-sorted-filtered-totals-en');
  });

  it('saves the view and applies it again; the column chooser hides a column', async () => {
    await page.getByTestId('views-menu').click();
    await page.getByTestId('view-save').click();
    await page.getByTestId('view-name').fill('March issued');
    await page.getByTestId('view-save-submit').click();
    await page.getByTestId('view-name').waitFor({ state: 'detached' });
    // A clean list, then the saved view brings filters and sort back.
    await page.goto(`${base}/sales/invoices`);
    await expect.poll(() => rows().count()).toBe(6);
    await page.getByTestId('views-menu').click();
    await page.getByTestId('view-apply').filter({ hasText: 'March issued' }).click();
    await expect.poll(() => rows().count()).toBe(3);
    expect(await page.getByTestId('invoices-status').inputValue()).toBe('issued');
    expect(await page.getByTestId('invoices-from').inputValue()).toBe('2026-03-01');
    expect(page.url()).toContain('sort=-total');
    await page.getByTestId('columns-menu').click();
    await page.getByTestId('column-dueDate').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('columnheader', { name: 'Due date' }).count()).toBe(0);
    await screenshot(page, 'lists-02-view-applied-column-hidden');
    await page.getByTestId('columns-menu').click();
    await page.getByTestId('column-dueDate').click();
    await page.keyboard.press('Escape');
  });

  it('selects two drafts and issues them in bulk', async () => {
    await page.goto(`${base}/sales/invoices?status=draft`);
    await expect.poll(() => rows().count()).toBe(2);
    await page.getByTestId('select-all').check();
    await page.getByTestId('bulk-bar').waitFor();
    expect(await page.getByTestId('bulk-bar').textContent()).toContain('2 selected');
    await screenshot(page, 'lists-03-two-drafts-selected');
    await page.getByTestId('bulk-issue').click();
    await page.getByTestId('bulk-result').getByText('2 done.').waitFor();
    await expect.poll(() => rows().count()).toBe(0);
    await page.getByTestId('invoices-status').selectOption('issued');
    await expect.poll(() => rows().count()).toBe(6);
    expect((await firstCells()).length).toBe(6);
  });

  it('N opens a new invoice, ? shows the keys; never while typing', async () => {
    await page.goto(`${base}/sales/invoices`);
    await heading('Invoices').waitFor();
    await page.getByRole('searchbox').first().fill('n');
    await page.keyboard.press('n');
    expect(page.url()).not.toContain('/new');
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('Shift+Slash');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await screenshot(page, 'lists-04-shortcuts-help');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.keyboard.press('n');
    await heading('New invoice').waitFor();
    // Ctrl+S saves in an editor with a save action (the journal entry form): with nothing filled in, the
    // save is tried and the server's refusal shows; the browser's own "save page" never opens.
    await page.goto(`${base}/ledger/entries/new`);
    await page.getByTestId('save-draft').waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.keyboard.press('Control+s');
    await page.getByRole('alert').first().waitFor();
  });

  it('shows cards at 390 px and the list in Czech and Spanish', async () => {
    for (const [locale, title, total] of [
      ['cs', 'Faktury', 'Celkem CZK'],
      ['es', 'Facturas', 'Total CZK'],
      ['en', 'Invoices', 'Total CZK'],
    ] as const) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${base}/sales/invoices?status=issued&sort=-total`);
      await page.getByTestId('language-switcher').selectOption(locale);
      await heading(title).waitFor();
      await page.getByTestId('totals-row').first().getByText(total).waitFor();
      await screenshot(page, `lists-05-invoices-1440-${locale}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.getByTestId('list-cards').waitFor();
      expect(await page.getByTestId('invoices-table').count()).toBe(0);
      await expect.poll(() => page.getByTestId('invoice-row-card').count()).toBe(6);
      expect(await page.getByTestId('totals-card').first().textContent()).toContain(total);
      await screenshot(page, `lists-06-invoices-390-${locale}`);
    }
  });
});
