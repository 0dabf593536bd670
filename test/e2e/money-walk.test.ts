import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { FACTORY_PASSWORD } from '../../src/modules/org/factories.ts';
import { makeSales } from '../../src/modules/sales/factories.ts';
import { getInvoice, listInvoices } from '../../src/modules/sales/index.ts';
import { writeCamt053 } from '../../src/platform/formats/camt053/write.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';
import '../support/compose.ts'; // the composed process: approval gate, executors, flows' ports

/**
 * Issue #5's walk through money in, in Chromium against the real server, all by hand in the UI: write and
 * issue an invoice → record the customer's payment against it → import the bank statement that carries that
 * payment (a CAMT.053 written here from what the UI showed) → accept the proposed match in the reconciliation
 * workbench → the invoice reads Paid and the statement line reconciled. Screenshots: money-walk-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let page: Page;
let base = '';
let owner = { email: '', password: FACTORY_PASSWORD };
let companyId = '';
let bankId = '';
let invoiceNumber = '';
let invoiceUrl = '';
// The merged web dictionaries (core + every web module's), imported by URL: web code follows the web's tsconfig.
const { cs, en, es } = await import(
  /* @vite-ignore */ pathToFileURL(join(import.meta.dirname, '../../web/src/i18n/dictionaries.ts')).href
);
const IBAN = 'DE89370400440532013000';
const today = new Date().toISOString().slice(0, 10);
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const plain = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

beforeAll(async () => {
  fresh = await freshDatabase();
  const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
  companyId = f.companyId;
  bankId = (
    await makeBankAccount(fresh.db, f.companyId, {
      currency: 'EUR',
      name: 'Main EUR account',
      iban: IBAN,
      bic: 'COBADEFFXXX',
    })
  ).id;
  const row = await fresh.db.query<{ email: string }>(
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
  const context = await chromium.value.newContext({
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
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
    if (page && !page.isClosed()) await screenshot(page, `money-walk-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('invoice → payment → statement → reconciliation', () => {
  it('1. writes and issues an invoice', async () => {
    await signInWithForm(page, base, owner);
    await page.getByTestId('nav-sales-invoices').click();
    await heading('Invoices').waitFor();
    await page.getByTestId('invoice-new').click();
    await heading('New invoice').waitFor();
    await page.getByTestId('invoice-customer').click();
    await page.getByRole('option', { name: 'Acme Trading s.r.o.' }).click();
    // The currency is chosen by name; the field shows the code and the name.
    await expect.poll(() => page.getByTestId('invoice-currency').inputValue()).toMatch(/^EUR — /);
    await page.getByLabel('Description 1').fill('Practice set-up, November');
    await page.getByLabel('Quantity 1').fill('8');
    await page.getByLabel('Unit price 1').fill('125');
    await page.getByLabel('Tax 1').selectOption({ label: 'S21 (21 %)' });
    await expect
      .poll(async () => plain(await page.getByTestId('invoice-total').textContent()), { timeout: 10_000 })
      .toBe('€1,210.00');
    await screenshot(page, 'money-walk-01-invoice-draft');
    await page.getByTestId('invoice-save-issue').click();
    await expect
      .poll(() => page.getByTestId('invoice-status').textContent(), { timeout: 15_000 })
      .toBe('Issued');
    invoiceNumber =
      ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').match(/\d{4}-\d+/)?.[0] ?? '';
    expect(invoiceNumber).toMatch(/^\d{4}-\d{5}$/);
    invoiceUrl = page.url();
    await screenshot(page, 'money-walk-02-invoice-issued');
  });

  it('2. records the customer’s payment against it', async () => {
    await page.getByTestId('nav-payments').click();
    await heading('Payments').waitFor();
    await page.getByTestId('payment-receive').click();
    await heading('Receive payment').waitFor();
    await page.getByTestId('payment-customer').click();
    await page.getByRole('option', { name: 'Acme Trading s.r.o.' }).click();
    await page.getByTestId('payment-open-items').getByText(invoiceNumber).waitFor();
    await page.getByTestId('payment-amount').fill('1210');
    await page.getByTestId('payment-auto').click();
    expect(plain(await page.getByTestId('payment-remainder').textContent())).toContain('€0.00');
    await screenshot(page, 'money-walk-03-payment-allocated');
    await page.getByTestId('payment-submit').click();
    await heading('Payments').waitFor();
    const row = page.getByTestId('payments-table').locator('tbody tr').first();
    await row.waitFor();
    expect(plain(await row.textContent())).toContain('€1,210.00');
    await screenshot(page, 'money-walk-04-payment-recorded');
    await page.goto(invoiceUrl);
    await expect.poll(() => page.getByTestId('invoice-status').textContent()).toBe('Paid');
  });

  it('3. imports the bank statement that carries the payment', async () => {
    const file = join(tmpdir(), `money-walk-${process.pid}.xml`);
    writeFileSync(
      file,
      writeCamt053({
        format: 'camt053',
        account: { iban: IBAN, accountNumber: null, bankId: null },
        currency: 'EUR',
        statementId: `STMT-${today}`,
        periodFrom: today,
        periodTo: today,
        openingBalanceMinor: 500000n,
        closingBalanceMinor: 500000n + 121000n - 450n,
        openingDerived: false,
        lines: [
          {
            bookingDate: today,
            valueDate: today,
            amountMinor: 121000n,
            bankTransactionId: 'WALK-1',
            reference: null,
            counterpartyName: 'Acme Trading s.r.o.',
            counterpartyIban: null,
            remittance: `Invoice ${invoiceNumber}`,
            source: '',
          },
          {
            bookingDate: today,
            valueDate: today,
            amountMinor: -450n,
            bankTransactionId: 'WALK-2',
            reference: null,
            counterpartyName: null,
            counterpartyIban: null,
            remittance: 'Account maintenance fee',
            source: '',
          },
        ],
      }),
    );
    await page.getByTestId('nav-banking').click();
    await heading('Bank accounts').waitFor();
    await page.getByRole('link', { name: 'Main EUR account' }).click();
    await page.getByTestId('import-panel').locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-run').click();
    await page.getByTestId('import-result').waitFor();
    await page.waitForTimeout(400); // let the button's loading animation finish before the picture
    expect(await page.getByTestId('import-result').textContent()).toMatch(/2/);
    await screenshot(page, 'money-walk-05-statement-imported');
  });

  it('4. accepts the proposed match in the reconciliation workbench', async () => {
    await page.goto(`${base}/banking/${bankId}/reconcile`);
    await page.getByTestId('auto-match').click();
    const proposals = page.getByTestId('proposals');
    await proposals.waitFor();
    const row = proposals.locator('tr', { hasText: 'Acme Trading' }).first();
    await row.waitFor();
    expect(plain(await row.textContent())).toContain('1,210.00');
    await screenshot(page, 'money-walk-06-proposal');
    await page.getByTestId('accept-selected').click();
    await page.getByTestId('accepted').locator('tr', { hasText: 'Acme Trading' }).waitFor();
    // The fee is still open, for a human to book.
    await page.getByTestId('open-lines').getByText('Account maintenance fee').waitFor();
    await screenshot(page, 'money-walk-07-accepted');
  });

  it('5. the invoice reads Paid and the statement line is reconciled', async () => {
    await page.goto(`${base}/banking/${bankId}`);
    await page.getByTestId('statements-table').getByRole('link').first().click();
    await page.getByTestId('statement-report').waitFor();
    const lines = page.getByTestId('statement-lines');
    const paid = lines.locator('tr', { hasText: 'Acme Trading' });
    await paid.waitFor();
    expect(plain(await page.getByTestId('statement-report').textContent())).toContain(
      'Matched lines: 1 (€1,210.00)',
    );
    await screenshot(page, 'money-walk-08-statement-reconciled');
    await page.goto(invoiceUrl);
    await expect.poll(() => page.getByTestId('invoice-status').textContent()).toBe('Paid');
    await screenshot(page, 'money-walk-09-invoice-paid');
    // The database agrees.
    const inv = (await listInvoices(fresh!.db, companyId, {}, undefined, 5)).items.find(
      (i) => i.number === invoiceNumber,
    );
    expect((await getInvoice(fresh!.db, companyId, inv!.id)).status).toBe('paid');
    const reconciled = await fresh!.db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM bank_statement_lines WHERE company_id = $1 AND reconciliation_id IS NOT NULL`,
      [companyId],
    );
    expect(reconciled.rows[0]?.n).toBe('1');
  });

  it('6. the same pages in Czech and Spanish show no English fallback', async () => {
    const english = en as Record<string, string>;
    const words = (text: string) => text.replace(/\{\w+\}/g, '').match(/\p{L}{2,}/gu)?.length ?? 0;
    const pages: [string, string][] = [
      ['invoice', invoiceUrl],
      ['payments', `${base}/payments`],
      ['bank-account', `${base}/banking/${bankId}`],
      ['reconcile', `${base}/banking/${bankId}/reconcile`],
    ];
    for (const [locale, dict] of [
      ['cs', cs],
      ['es', es],
    ] as const) {
      const local = dict as Record<string, string>;
      // English phrases (two words or more) that this locale translates differently: none may show.
      const giveaways = Object.keys(english)
        .filter(
          (k) =>
            local[k] !== english[k] && words(english[k] as string) >= 2 && !/\{/.test(english[k] as string),
        )
        .map((k) => english[k] as string);
      await page.getByTestId('language-switcher').selectOption(locale);
      for (const [name, url] of pages) {
        await page.goto(url);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, not Mantine's inline <style> blocks
        const text = await page.locator('main').innerText();
        expect(
          giveaways.filter((g) => text.includes(g)),
          `${locale} ${name}`,
        ).toEqual([]);
        await screenshot(page, `money-walk-1${locale === 'cs' ? 0 : 1}-${locale}-${name}`);
      }
    }
    await page.getByTestId('language-switcher').selectOption('en');
  });
});
