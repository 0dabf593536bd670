import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { createAccount } from '../../src/modules/ledger/index.ts';
import { FACTORY_PASSWORD } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { getBill, saveBill, submitBill } from '../../src/modules/purchasing/index.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { getInvoice, listInvoices } from '../../src/modules/sales/index.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { issueInvoices, postBill } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * Issue #11, money in and out that cannot be booked wrong: a USD customer's payment picks the USD bank account
 * (not the EUR default), a mismatched account is shown and credit needs a confirmation naming it; Receive payment
 * from an invoice and Pay from a bill arrive prefilled, record, and the toast links to the payment (Undo voids
 * it); Duplicate opens a new draft's editor. Screenshots: money-actions-NN-*.png (1440 and 390 px, en/cs/es).
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
let companyId = '';
let invoiceId = '';
let invoiceNumber = '';
let billId = '';
const owner = { email: '', password: FACTORY_PASSWORD };
const db = () => (fresh as FreshDatabase).db;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  fresh = await freshDatabase();
  const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
  companyId = f.companyId;
  // The EUR account comes first: it is what the page used to default to whatever the customer owed.
  await makeBankAccount(fresh.db, f.companyId, {
    currency: 'EUR',
    name: 'Main EUR account',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
  });
  await makeBankAccount(fresh.db, f.companyId, {
    currency: 'USD',
    name: 'US dollar account',
    iban: null,
    accountNumber: '123456789',
    routingNumber: '081000032',
  });
  const acme = await makeParty(fresh.db, f.companyId, {
    customer: true,
    currency: 'USD',
    legalName: 'Acme Inc.',
    address: { country: 'US' },
  });
  const inv = await makeDraft(fresh.db, f, {
    partyId: acme.id,
    currency: 'USD',
    issueDate: daysAgo(30),
    dueDate: daysAgo(5),
    lines: [{ description: 'Support plan', quantity: '1', unit: 'C62', unitPrice: '134.70', taxCode: 'S21' }],
  } as never);
  await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [inv.id]));
  invoiceId = inv.id;
  invoiceNumber = (await getInvoice(fresh.db, f.companyId, inv.id)).number ?? '';

  const supplies = await fresh.db.tx((tx) =>
    createAccount(tx, f.ctx, { code: '6100', name: 'Supplies', type: 'expense' }),
  );
  const vendor = await makeParty(fresh.db, f.companyId, {
    vendor: true,
    customer: false,
    currency: 'EUR',
    legalName: 'Lieferant Müller GmbH',
    address: { country: 'DE' },
    bank: { iban: true },
  });
  const bill = await fresh.db.tx((tx) =>
    saveBill(tx, f.ctx, {
      vendorId: vendor.id,
      vendorInvoiceNumber: 'FA-2026-0042',
      issueDate: daysAgo(40),
      dueDate: daysAgo(10),
      currency: 'EUR',
      lines: [{ description: 'Supplies', accountId: supplies.id, taxCode: 'S21', unitPrice: '1000.00' }],
    }),
  );
  await fresh.db.tx((tx) => submitBill(tx, f.ctx, bill.id));
  await fresh.db.tx((tx) => postBill(tx, f.ctx, bill.id));
  billId = bill.id;

  const row = await fresh.db.query<{ email: string }>(
    `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.company_id = $1 AND m.role = 'owner'`,
    [f.companyId],
  );
  owner.email = row.rows[0]?.email ?? '';
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
  await signInWithForm(page, base, owner);
  await page.getByTestId('nav-payments').waitFor();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    if (page && !page.isClosed()) await screenshot(page, `money-actions-failed-${task.name}`).catch(() => {});
  });
});

const bankShown = () => page.getByTestId('payment-bank').inputValue();

/** Resizes, then waits until the navigation has slid out (at 390 px) or in (at 1440 px): steady screenshots. */
async function resize(width: number): Promise<void> {
  await page.setViewportSize({ width, height: width < 600 ? 844 : 900 });
  await page.waitForFunction((w) => {
    const nav = document.querySelector('.mantine-AppShell-navbar');
    const right = nav?.getBoundingClientRect().right ?? 0;
    return w < 600 ? right <= 0 : right >= 200;
  }, width);
}

describe.sequential('money actions', () => {
  it('a USD customer gets the USD account; the EUR account shows the mismatch and credit needs a confirmation', async () => {
    await page.goto(`${base}/payments/receive`);
    await page.getByTestId('payment-customer').click();
    await page.getByRole('option', { name: 'Acme Inc.' }).click();
    await expect.poll(bankShown).toBe('US dollar account (USD)');
    await page.getByTestId('payment-open-items').getByText(invoiceNumber).waitFor();
    await screenshot(page, 'money-actions-01-receive-usd-1440');

    await page.getByTestId('payment-bank').click();
    await page.getByRole('option', { name: 'Main EUR account (EUR)' }).click();
    expect(await page.getByTestId('payment-currency-mismatch').textContent()).toBe(
      'This bank account is in EUR, but Acme Inc. has nothing open in EUR; their open items are in USD. Choose a USD account, or the money will only be kept as credit.',
    );
    await page.getByTestId('payment-amount').fill('162.99');
    await page.getByTestId('payment-submit').click();
    expect(await page.getByTestId('payment-confirm-text').textContent()).toBe(
      '€162.99 will be kept as credit for Acme Inc., not applied to any invoice.',
    );
    await screenshot(page, 'money-actions-02-confirm-credit-1440');
    await page.getByTestId('payment-confirm-back').click();
    await page.getByTestId('payment-confirm-text').waitFor({ state: 'detached' });
    await resize(390);
    await screenshot(page, 'money-actions-03-mismatch-390');
    await resize(1440);
  });

  it('Receive payment on the invoice arrives prefilled; the toast names it and links to the payment', async () => {
    await page.goto(`${base}/sales/invoices/${invoiceId}`);
    await page.getByTestId('invoice-overdue').waitFor();
    await resize(390);
    await screenshot(page, 'money-actions-04-invoice-390');
    await resize(1440);
    await page.getByTestId('invoice-receive-payment').click();
    await expect.poll(() => page.getByTestId(`allocate-${invoiceNumber}`).inputValue()).toBe('162.99');
    expect(await bankShown()).toBe('US dollar account (USD)');
    expect(await page.getByTestId('payment-amount').inputValue()).toBe('162.99');
    expect(await page.getByTestId('payment-remainder').textContent()).toContain('$0.00');
    await screenshot(page, 'money-actions-05-receive-prefilled-1440');
    // The same prefilled page in Czech and Spanish.
    for (const lang of ['cs', 'es'] as const) {
      await page.getByTestId('language-switcher').selectOption(lang);
      await page
        .getByRole('heading', { level: 1, name: lang === 'cs' ? 'Přijmout platbu' : 'Registrar cobro' })
        .waitFor();
      await screenshot(page, `money-actions-06-receive-prefilled-${lang}`);
    }
    await page.getByTestId('language-switcher').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Receive payment' }).waitFor();

    await page.getByTestId('payment-submit').click();
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    const toast = page.getByTestId('payment-recorded');
    expect(await toast.textContent()).toContain(
      `Payment of $162.99 from Acme Inc. recorded, applied to ${invoiceNumber}.`,
    );
    await screenshot(page, 'money-actions-07-toast-1440');
    expect((await getInvoice(db(), companyId, invoiceId)).status).toBe('paid');
    await page.getByTestId('payment-recorded-link').click();
    await page.getByRole('heading', { level: 1, name: /^Receipt RCPT-/ }).waitFor();
    expect(await page.getByTestId('payment-allocations').textContent()).toContain(invoiceNumber);
    await screenshot(page, 'money-actions-08-payment-detail-1440');
  });

  it('Pay on an overdue bill records the vendor payment prefilled; Undo voids it and the bill is open again', async () => {
    await page.goto(`${base}/purchasing/bills/${billId}`);
    expect(await page.getByTestId('bill-overdue').textContent()).toBe('Overdue 10 d');
    await page.getByTestId('bill-pay').click();
    await expect.poll(() => page.getByTestId('allocate-FA-2026-0042').inputValue()).toBe('1210.00');
    expect(await bankShown()).toBe('Main EUR account (EUR)');
    await resize(390);
    await screenshot(page, 'money-actions-09-pay-bill-390');
    await resize(1440);
    await page.getByTestId('payment-submit').click();
    const toast = page.getByTestId('payment-recorded');
    await toast.waitFor();
    expect(await toast.textContent()).toContain(
      'Payment of €1,210.00 to Lieferant Müller GmbH recorded, applied to FA-2026-0042.',
    );
    expect((await getBill(db(), companyId, billId)).status).toBe('paid');
    await resize(390);
    await screenshot(page, 'money-actions-10-toast-390');
    await resize(1440);
    await page.getByTestId('payment-undo').click();
    await toast.getByText('was undone (voided)').waitFor();
    expect((await getBill(db(), companyId, billId)).status).toBe('posted');
  });

  it('Duplicate on an invoice and on a bill opens the new draft in its editor', async () => {
    await page.goto(`${base}/sales/invoices/${invoiceId}`);
    await page.getByTestId('invoice-duplicate').click();
    await expect.poll(() => page.url()).toMatch(/\/sales\/invoices\/[^/]+\/edit$/);
    const copyId = page.url().split('/').at(-2) ?? '';
    expect(copyId).not.toBe(invoiceId);
    const copy = await getInvoice(db(), companyId, copyId);
    expect(copy).toMatchObject({ status: 'draft', currency: 'USD', customer: 'Acme Inc.', total: '162.99' });
    expect((await listInvoices(db(), companyId, { status: 'draft' }, undefined)).items).toHaveLength(1);
    await screenshot(page, 'money-actions-11-invoice-duplicate-editor');

    await page.goto(`${base}/purchasing/bills/${billId}`);
    await page.getByTestId('bill-duplicate').click();
    await expect.poll(() => page.url()).toMatch(/\/purchasing\/bills\/[^/]+\/edit$/);
    const billCopy = await getBill(db(), companyId, page.url().split('/').at(-2) ?? '');
    expect(billCopy).toMatchObject({
      status: 'draft',
      vendorInvoiceNumber: 'COPY-FA-2026-0042',
      total: '1210.00',
    });
    await screenshot(page, 'money-actions-12-bill-duplicate-editor');
  });
});
