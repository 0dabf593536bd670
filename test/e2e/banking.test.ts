import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { createAccount } from '../../src/modules/ledger/index.ts';
import { FACTORY_PASSWORD } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { getInvoice } from '../../src/modules/sales/index.ts';
import { writeCamt053 } from '../../src/platform/formats/camt053/write.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { issueInvoices } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * Banking in Chromium against the real server: the bookkeeper opens the bank account, uploads a CAMT.053
 * statement, sees a continuity flag on the second one, runs auto-match, reads why each match was proposed,
 * accepts the strong ones in bulk, books the bank fee as an entry, undoes one match, and reads the report.
 * A CSV mapping is defined with a live preview. Screenshots: banking-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
let owner = { email: '', password: FACTORY_PASSWORD };
let accountId = '';
let file1 = '';
let file2 = '';

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = fresh.db;
  const f = await makeSales(db, { baseCurrency: 'EUR' });
  const bank = await makeBankAccount(db, f.companyId, {
    currency: 'EUR',
    name: 'Main EUR account',
    iban: 'DE89370400440532013000',
    isDefault: true,
  });
  accountId = bank.id;
  await db.tx((tx) => createAccount(tx, f.ctx, { code: '6800', name: 'Bank fees', type: 'expense' }));
  const payer = await makeParty(db, f.companyId, {
    legalName: 'Beta Retail GmbH',
    currency: 'EUR',
    bank: { iban: 'DE02120300000000202051' },
    ctx: f.ctx,
  });
  const invoice = async (price: string, partyId = f.customer.id) => {
    const d = await makeDraft(db, f, {
      partyId,
      currency: 'EUR',
      issueDate: '2026-03-02',
      lines: [{ description: 'Consulting', quantity: '1', unit: 'HUR', unitPrice: price, taxCode: 'S21' }],
    });
    await db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    return getInvoice(db, f.companyId, d.id);
  };
  const a = await invoice('1000');
  const b = await invoice('400');
  const c = await invoice('200', payer.id);
  const cents = (s: string) => BigInt(s.replace('.', ''));
  const lines = [
    {
      bookingDate: '2026-03-20',
      valueDate: null,
      amountMinor: cents(a.total),
      bankTransactionId: 'T1',
      reference: null,
      counterpartyName: 'Acme Trading s.r.o.',
      counterpartyIban: null,
      remittance: `Invoice ${a.number}`,
      source: '',
    },
    {
      bookingDate: '2026-03-21',
      valueDate: null,
      amountMinor: cents(c.total),
      bankTransactionId: 'T2',
      reference: null,
      counterpartyName: 'BETA RETAIL',
      counterpartyIban: 'DE02120300000000202051',
      remittance: 'March',
      source: '',
    },
    {
      bookingDate: '2026-03-22',
      valueDate: null,
      amountMinor: 20000n,
      bankTransactionId: 'T3',
      reference: b.number,
      counterpartyName: 'Acme Trading s.r.o.',
      counterpartyIban: null,
      remittance: null,
      source: '',
    },
    {
      bookingDate: '2026-03-31',
      valueDate: null,
      amountMinor: -350n,
      bankTransactionId: 'T4',
      reference: null,
      counterpartyName: null,
      counterpartyIban: null,
      remittance: 'Account maintenance fee',
      source: '',
    },
  ];
  const total = lines.reduce((s, l) => s + l.amountMinor, 0n);
  const st = (id: string, opening: bigint, ls: typeof lines, from: string, to: string) =>
    writeCamt053({
      format: 'camt053',
      account: { iban: bank.iban, accountNumber: null, bankId: null },
      currency: 'EUR',
      statementId: id,
      periodFrom: from,
      periodTo: to,
      openingBalanceMinor: opening,
      closingBalanceMinor: opening + ls.reduce((s, l) => s + l.amountMinor, 0n),
      openingDerived: false,
      lines: ls,
    });
  file1 = join(tmpdir(), `banking-e2e-${process.pid}-march.xml`);
  writeFileSync(file1, st('STMT-2026-03', 0n, lines, '2026-03-01', '2026-03-31'));
  file2 = join(tmpdir(), `banking-e2e-${process.pid}-april.xml`);
  writeFileSync(
    file2,
    st(
      'STMT-2026-04',
      total + 100n,
      [
        {
          bookingDate: '2026-04-02',
          valueDate: null,
          amountMinor: 5000n,
          bankTransactionId: 'T5',
          reference: null,
          counterpartyName: 'Unknown payer',
          counterpartyIban: null,
          remittance: 'deposit',
          source: '',
        },
      ],
      '2026-04-01',
      '2026-04-30',
    ),
  );
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
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    if (page && !page.isClosed()) await screenshot(page, `banking-failed-${task.name}`).catch(() => {});
  });
});

async function upload(path: string) {
  await page.getByTestId('import-panel').locator('input[type=file]').setInputFiles(path);
  await page.getByTestId('import-run').click();
  await page.getByTestId('import-result').waitFor();
  return (await page.getByTestId('import-result').textContent()) ?? '';
}

describe.sequential('banking', () => {
  it('lists the bank accounts and imports statements; a gap in balances is flagged', async () => {
    await signInWithForm(page, base, owner);
    await page.getByTestId('nav-banking').click();
    await page.getByRole('heading', { level: 1, name: 'Bank accounts' }).waitFor();
    expect(await page.getByTestId('bank-accounts').textContent()).toContain('DE89370400440532013000');
    await screenshot(page, 'banking-01-accounts');
    await page.getByRole('link', { name: 'Main EUR account' }).click();
    await page.getByTestId('import-panel').waitFor();
    expect(await upload(file1)).toContain('Imported 4, skipped as duplicates 0, continuity: OK');
    expect(await upload(file1)).toContain('Imported 0, skipped as duplicates 4');
    expect(await upload(file2)).toContain('continuity: Flagged');
    expect(await page.getByTestId('import-result').textContent()).toContain(
      'does not follow the last imported closing balance',
    );
    await page.getByTestId('statements-table').getByTestId('continuity-flagged').waitFor();
    await screenshot(page, 'banking-02-imported-flagged');
  });

  it('defines a CSV mapping with a live preview that names a bad line', async () => {
    await page.getByTestId('mapping-toggle').click();
    await page.getByTestId('mapping-name').fill('Bank CSV');
    await page.getByTestId('mapping-amount').fill('Amount');
    await page.getByTestId('mapping-col-bookingDate').fill('Date');
    await page.getByTestId('mapping-col-text').fill('Text');
    await page
      .getByTestId('mapping-sample')
      .fill('Date;Amount;Text\n01.03.2026;-1250,50;Rent\n02.03.2026;99.90;Mixed');
    await page.getByTestId('mapping-preview').click();
    await page.getByText('Line 3 of the CSV statement').waitFor();
    await page
      .getByTestId('mapping-sample')
      .fill('Date;Amount;Text\n01.03.2026;-1250,50;Rent\n02.03.2026;99,90;Refund');
    await page.getByTestId('mapping-preview').click();
    await page.getByTestId('mapping-preview-table').waitFor();
    expect(await page.getByTestId('mapping-preview-table').textContent()).toContain('-€1,250.50');
    await screenshot(page, 'banking-03-csv-mapping');
    await page.getByTestId('mapping-save').click();
    await page.getByText('Mapping "Bank CSV" saved.').waitFor();
  });

  it('auto-matches with reasons, accepts in bulk, books the fee, undoes one, and reports', async () => {
    await page.goto(`${base}/banking/${accountId}/reconcile`);
    await page.getByTestId('auto-match').click();
    await page.getByTestId('work-notice').waitFor();
    const proposals = page.getByTestId('proposals');
    await proposals.waitFor();
    const text = (await proposals.textContent()) ?? '';
    expect(text).toContain('Reference and amount');
    expect(text).toContain('Amount and counterparty');
    expect(text).toContain('Partial payment');
    expect(text).toContain('IBAN');
    await screenshot(page, 'banking-04-proposals');
    // the two strong ones are preselected; the partial payment (score 70) is left to a human
    expect(await page.getByTestId('accept-selected').textContent()).toContain('(2)');
    await page.getByTestId('accept-selected').click();
    await page.getByTestId('accepted').getByText('Reference and amount').waitFor();
    const feeRow = page.getByTestId('open-lines').locator('tr', { hasText: 'Account maintenance fee' });
    await feeRow.getByRole('button', { name: 'Book as entry' }).click();
    const option = await page
      .getByTestId('entry-account')
      .locator('option', { hasText: '6800 Bank fees' })
      .getAttribute('value');
    await page.getByTestId('entry-account').selectOption(option ?? '');
    await screenshot(page, 'banking-05-book-fee');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('accepted').getByText('Booked as entry').waitFor();
    await screenshot(page, 'banking-06-workbench');
    await page
      .getByTestId('accepted')
      .locator('tr', { hasText: 'Amount and counterparty' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await page.getByText('Reconciliation undone').waitFor();
    await page.getByTestId('open-lines').getByText('BETA RETAIL').waitFor();
    await screenshot(page, 'banking-07-undone');
  });

  it('shows the statement with each line’s status and the reconciliation report', async () => {
    await page.goto(`${base}/banking/${accountId}`);
    await page.getByTestId('statements-table').getByRole('link').last().click();
    await page.getByTestId('statement-report').waitFor();
    const report = (await page.getByTestId('statement-report').textContent()) ?? '';
    expect(report).toContain('Matched lines: 2');
    expect(report).toContain('Unmatched lines: 2 (€442.00)');
    expect(report).toContain('Opening + lines − closing: €0.00');
    expect(await page.getByTestId('statement-lines').textContent()).toContain('Booked as entry');
    await screenshot(page, 'banking-08-statement-report');
  });

  it('speaks Czech and Spanish on the workbench', async () => {
    await page.goto(`${base}/banking/${accountId}/reconcile`);
    for (const [locale, heading] of [
      ['cs', 'Párování — Main EUR account'],
      ['es', 'Conciliación — Main EUR account'],
    ] as const) {
      await page.getByTestId('language-switcher').selectOption(locale);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      await screenshot(page, `banking-09-workbench-${locale}`);
    }
    await page.getByTestId('language-switcher').selectOption('en');
  });
});
