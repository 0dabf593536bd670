import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { createAccount } from '../../src/modules/ledger/index.ts';
import { FACTORY_PASSWORD } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { getBill, saveBill, submitBill } from '../../src/modules/purchasing/index.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { issueInvoices, postBill } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * Payments in Chromium against the real server: a bookkeeper receives a customer's payment, allocates it
 * oldest-first across two open invoices watching the remainder, records it, and sees it in the list; then the
 * payment run pages (the select step and a proposal). Screenshots: payments-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
let owner = { email: '', password: FACTORY_PASSWORD };
let companyId = '';
const billIds: string[] = [];

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = fresh.db;
  const f = await makeSales(db, { baseCurrency: 'EUR' });
  await makeBankAccount(db, f.companyId, {
    currency: 'EUR',
    name: 'Main EUR account',
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
  });
  const line = (price: string) => [
    { description: 'Consulting', quantity: '1', unit: 'HUR', unitPrice: price, taxCode: 'S21' },
  ];
  const a = await makeDraft(db, f, {
    currency: 'EUR',
    issueDate: '2026-03-01',
    dueDate: '2026-03-15',
    lines: line('500'),
  } as never);
  const b = await makeDraft(db, f, {
    currency: 'EUR',
    issueDate: '2026-03-05',
    dueDate: '2026-03-20',
    lines: line('1000'),
  } as never);
  await db.tx((tx) => issueInvoices(tx, f.ctx, [a.id, b.id]));
  // Two posted bills from two vendors with bank accounts, due this month (purchasing's real bills).
  const supplies = await db.tx((tx) =>
    createAccount(tx, f.ctx, { code: '6100', name: 'Supplies', type: 'expense' }),
  );
  const vendors = [
    await makeParty(db, f.companyId, {
      vendor: true,
      customer: false,
      currency: 'EUR',
      legalName: 'Lieferant Müller GmbH',
      address: { country: 'DE' },
      bank: { iban: true },
    }),
    await makeParty(db, f.companyId, {
      vendor: true,
      customer: false,
      currency: 'EUR',
      legalName: 'Proveedor Peña S.L.',
      address: { country: 'ES' },
      bank: { iban: true },
    }),
  ];
  for (const [i, v] of vendors.entries()) {
    const b = await db.tx((tx) =>
      saveBill(tx, f.ctx, {
        vendorId: v.id,
        vendorInvoiceNumber: `FA-2026-004${i + 2}`,
        issueDate: '2026-03-01',
        dueDate: '2026-03-25',
        currency: 'EUR',
        lines: [
          {
            description: 'Supplies',
            accountId: supplies.id,
            taxCode: 'S21',
            quantity: '1',
            unitPrice: i === 0 ? '1000.00' : '100.00',
          },
        ],
      }),
    );
    await db.tx((tx) => submitBill(tx, f.ctx, b.id));
    await db.tx((tx) => postBill(tx, f.ctx, b.id));
    billIds.push(b.id);
  }
  companyId = f.companyId;
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
    if (page && !page.isClosed()) await screenshot(page, `payments-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('payments', () => {
  it('receives a payment across two invoices with the remainder kept as credit', async () => {
    await signInWithForm(page, base, owner);
    await page.getByTestId('nav-payments').click();
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    await page.getByTestId('payment-receive').click();
    await page.getByRole('heading', { level: 1, name: 'Receive payment' }).waitFor();
    await page.getByTestId('payment-customer').click();
    await page.getByRole('option', { name: 'Acme Trading s.r.o.' }).click();
    await page.getByTestId('payment-open-items').waitFor();
    await page.getByTestId('payment-amount').fill('2000');
    expect(await page.getByTestId('payment-remainder').textContent()).toContain(
      'Left to allocate: €2,000.00',
    );
    await page.getByTestId('payment-auto').click();
    // 605.00 + 1,210.00 allocated oldest first; 185.00 stays as credit.
    expect(await page.getByTestId('payment-remainder').textContent()).toContain('Left to allocate: €185.00');
    expect(await page.getByTestId('payment-remainder').textContent()).toContain(
      'will be kept as the customer’s credit',
    );
    await screenshot(page, 'payments-01-receive-allocated');
    // Over-allocating shows the problem at once and blocks saving.
    const [first] = await page.locator('[data-testid^="allocate-"]').all();
    await first?.fill('900');
    expect(await page.getByTestId('payment-remainder').textContent()).toContain(
      'more than the amount received',
    );
    expect(await page.getByText('More than is open.').count()).toBe(1);
    expect(await page.getByTestId('payment-submit').isDisabled()).toBe(true);
    await screenshot(page, 'payments-02-over-allocated');
    await page.getByTestId('payment-auto').click();
    await page.getByTestId('payment-submit').click();
    // The €185.00 left over is kept as credit only once confirmed, by name.
    expect(await page.getByTestId('payment-confirm-text').textContent()).toBe(
      '€185.00 will be kept as credit for Acme Trading s.r.o., not applied to any invoice.',
    );
    await page.getByTestId('payment-confirm-submit').click();
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    const row = page.getByTestId('payments-table').locator('tbody tr').first();
    await row.waitFor();
    expect(await row.textContent()).toContain('RCPT-');
    expect(await row.textContent()).toContain('€2,000.00');
    expect(await row.textContent()).toContain('€185.00');
    expect(await page.getByTestId('payments-credit').textContent()).toContain('Acme Trading s.r.o.: €185.00');
    await screenshot(page, 'payments-03-list');
  });

  it('voids the payment: the invoices reopen and the credit is gone', async () => {
    await page.getByRole('button', { name: 'Void' }).first().click();
    await page.getByTestId('void-reason').fill('Bounced');
    await screenshot(page, 'payments-03b-void');
    await page.getByTestId('void-submit').click();
    await page.getByTestId('payments-table').getByText('Voided').waitFor();
    await page.getByTestId('payments-credit').waitFor({ state: 'detached' });
    await page.getByTestId('payment-receive').click();
    await page.getByTestId('payment-customer').click();
    await page.getByRole('option', { name: 'Acme Trading s.r.o.' }).click();
    expect(await page.getByTestId('payment-open-items').textContent()).toContain('€1,210.00');
  });

  it('payment settings take account codes and say what is wrong', async () => {
    await page.getByTestId('nav-payments').click();
    await page.getByRole('heading', { level: 1, name: 'Payments' }).waitFor();
    await page.getByTestId('payments-settings').click();
    // The dialog shows the current settings (default limit 5.00) before anything is typed.
    await page.waitForFunction(
      () =>
        (document.querySelector('[data-testid="settings-writeOffLimit"]') as HTMLInputElement | null)
          ?.value === '5.00',
    );
    await page.getByTestId('settings-customerCreditAccount').fill('1100');
    await page.getByTestId('settings-save').click();
    await page.getByText('this needs a liability account').waitFor();
    await screenshot(page, 'payments-03c-settings-error');
    await page.getByTestId('settings-customerCreditAccount').fill('');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-save').waitFor({ state: 'detached' });
  });

  it('payment run wizard: select, proposal (drop a bill), release, download the SEPA file', async () => {
    await page.getByTestId('nav-payment-runs').click();
    await page.getByRole('heading', { level: 1, name: 'Payment runs' }).waitFor();
    await page.getByTestId('run-new').click();
    await page.getByTestId('run-new-form').waitFor();
    await page.getByTestId('run-bank').click();
    await page.getByRole('option', { name: 'Main EUR account (EUR)' }).click();
    await page.getByLabel('Bills due by').fill('2026-03-31');
    await page.getByLabel('Execution date').fill('2026-04-01');
    await screenshot(page, 'payments-04-run-select');
    await page.getByTestId('run-propose').click();
    await page.getByTestId('run-items').waitFor();
    expect(await page.getByTestId('run-items').textContent()).toContain('FA-2026-0042');
    expect(await page.getByTestId('run-items').textContent()).toContain('€1,210.00');
    // The box follows the server: the PATCH answers, the run reloads, the total drops.
    await page.getByLabel('Pay FA-2026-0043', { exact: true }).click();
    await page.getByText('Total: €1,210.00 · 1').waitFor();
    await screenshot(page, 'payments-05-run-proposal');
    await page.getByTestId('run-release').click();
    await page.getByTestId('run-released').waitFor();
    await screenshot(page, 'payments-06-run-released');
    const href = await page.getByTestId('run-download').getAttribute('href');
    const file = await page.request.get(`${base}${href}`);
    expect(file.status()).toBe(200);
    const xml = await file.text();
    expect(xml).toContain('<CtrlSum>1210.00</CtrlSum>');
    expect(xml).toContain('Lieferant Muller GmbH');
    expect((await getBill(fresh?.db as never, companyId, billIds[0] ?? '')).status).toBe('paid');
    expect((await getBill(fresh?.db as never, companyId, billIds[1] ?? '')).status).toBe('posted');
  });
});
