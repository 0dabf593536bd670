import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { api, createToken, freePort, killAll, signIn, startServer } from '../support/process.ts';

/**
 * The accounting pages as an accountant meets them, in Chromium against the real server (fresh database, owner
 * from the environment). Accounts and fiscal years are made over the API; then a journal entry is typed with
 * the keyboard alone and posted, found in the journal, drilled into from the trial balance, reversed; a locked
 * period refuses a posting and names itself; the reports speak Czech. Screenshots: ledger-NN-*.png.
 */
const OWNER = { email: 'controller@ledger.test', password: 'double-entry-1494' };

// Czech report titles as web/src/i18n/ledger/cs.ts has them.
const CS = {
  accounting: 'Účetnictví',
  chart: 'Účtová osnova',
  journal: 'Účetní deník',
  trialBalance: 'Obratová předvaha',
  balanceSheet: 'Rozvaha',
  incomeStatement: 'Výsledovka',
};

// "Today" as the browser sees it: its context runs in Prague, an hour or two ahead of a UTC test machine, so the
// dates agree even when the test runs late in the evening.
const BROWSER_TIME_ZONE = 'Europe/Prague';
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: BROWSER_TIME_ZONE }).format(new Date());
const THIS_MONTH = TODAY.slice(0, 7);
const YEAR_START = `${TODAY.slice(0, 4)}-01-01`;

let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
let token = '';
let entryId = '';

/** Text with the non-breaking spaces Intl puts into money turned into plain ones. */
const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const focusedName = () =>
  page.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("name")');

async function call(method: string, path: string, body?: unknown) {
  const res = await api(base, token, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown>;
}

/** A 409 from creating what onboarding already made is fine; anything else is not. */
function unlessAlreadyThere(err: unknown): void {
  if (!/: 409 /.test(String(err))) throw err;
}

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
    STEWARD_COMPANY_NAME: 'Pacioli & Co.',
    STEWARD_CURRENCY: 'CZK',
  };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;

  token = await createToken(base, await signIn(base, OWNER.email, OWNER.password));
  // The first-run company starts with this year's fiscal year (onboarding seeds it); last year is ours to add.
  for (const year of [Number(TODAY.slice(0, 4)) - 1, Number(TODAY.slice(0, 4))])
    await call('POST', '/ledger/fiscal-years', { year }).catch(unlessAlreadyThere);
  const assets = await call('POST', '/ledger/accounts', {
    code: '1000',
    name: 'Current assets',
    type: 'asset',
  });
  await call('POST', '/ledger/accounts', {
    code: '1010',
    name: 'Bank',
    type: 'asset',
    subtype: 'bank',
    parentId: assets.id,
  });
  await call('POST', '/ledger/accounts', {
    code: '1020',
    name: 'Petty cash',
    type: 'asset',
    subtype: 'cash',
    parentId: assets.id,
  });
  await call('POST', '/ledger/accounts', { code: '3000', name: 'Share capital', type: 'equity' });
  await call('POST', '/ledger/accounts', { code: '4000', name: 'Sales', type: 'income' });
  await call('POST', '/ledger/accounts', { code: '5000', name: 'Office rent', type: 'expense' });
  // Some history for the dashboard and the reports: capital paid in, a sale.
  await call('POST', '/ledger/entries', {
    date: YEAR_START,
    description: 'Capital paid in',
    post: true,
    lines: [
      { account: '1010', debit: '50000' },
      { account: '3000', credit: '50000' },
    ],
  });
  await call('POST', '/ledger/entries', {
    date: TODAY,
    description: 'Consulting invoice 17',
    post: true,
    lines: [
      { account: '1010', debit: '12000' },
      { account: '4000', credit: '12000' },
    ],
  });

  context = await chromium.value.newContext({
    locale: 'en-US',
    timezoneId: BROWSER_TIME_ZONE,
    viewport: { width: 1280, height: 860 },
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
    if (page && !page.isClosed()) await screenshot(page, `ledger-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('accounting in the browser', () => {
  it('signs in and opens the Accounting section and its chart of accounts', async () => {
    await signInWithForm(page, base, OWNER);
    await page.getByTestId('nav-ledger').click();
    await heading('Accounting').waitFor();
    await page.getByTestId('chart-income-expense').locator('svg').waitFor();
    await screenshot(page, 'ledger-01-dashboard');

    await page.getByTestId('nav-ledger-accounts').click();
    await heading('Chart of accounts').waitFor();
    const bank = page.getByTestId('account-row-1010');
    await bank.waitFor();
    expect(await bank.getAttribute('data-depth')).toBe('2');
    // Collapse the parent: its children leave the tree.
    await page.getByRole('button', { name: 'Collapse Current assets' }).click();
    await expect.poll(() => page.getByTestId('account-row-1010').count()).toBe(0);
    await page.getByRole('button', { name: 'Expand Current assets' }).click();
    await bank.waitFor();
    // An account with postings cannot be deleted: the server says why.
    await page.getByTestId('delete-account-1010').click();
    await page.getByTestId('error-alert').waitFor();
    expect(await page.getByTestId('error-alert').textContent()).toMatch(/posting/i);
    await screenshot(page, 'ledger-02-accounts');
  });

  it('enters a journal entry with the keyboard alone and posts it', async () => {
    await page.getByTestId('nav-ledger-journal').click();
    await heading('Journal').waitFor();
    await page.getByTestId('new-entry').click();
    await heading('New entry').waitFor();
    await expect.poll(focusedName).toBe('description');
    await page.keyboard.type('Office rent for the month');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('reference');
    await page.keyboard.type('RENT-1');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.0.account');
    // Type-ahead by code, Tab takes the match and moves on.
    await page.keyboard.type('500');
    await page.getByRole('option', { name: /5000 Office rent/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.0.debit');
    await page.keyboard.type('1,250.50');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.0.memo');
    await page.keyboard.type('March');
    await page.keyboard.press('Tab');
    // Unbalanced: the difference shows and Post is disabled.
    await expect
      .poll(() => page.getByTestId('entry-difference').getAttribute('data-difference'))
      .toBe('1250.50');
    expect(await page.getByTestId('post-entry').isDisabled()).toBe(true);
    // Type-ahead by name.
    expect(await focusedName()).toBe('lines.1.account');
    await page.keyboard.type('bank');
    await page.getByRole('option', { name: /1010 Current assets:Bank/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.1.credit');
    await page.keyboard.type('1250.5');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.1.memo');
    // Enter on the last cell adds a line and puts the focus in it.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('line-row').count()).toBe(3);
    expect(await focusedName()).toBe('lines.2.account');
    await expect
      .poll(() => page.getByTestId('entry-difference').getAttribute('data-difference'))
      .toBe('0.00');
    expect(await page.getByTestId('entry-balanced').textContent()).toBe('Balanced');
    expect(await page.getByTestId('post-entry').isEnabled()).toBe(true);
    await screenshot(page, 'ledger-03-entry-form');

    // Ctrl+Enter saves the draft (the empty third line is dropped) and opens it.
    await page.keyboard.press('Control+Enter');
    await heading('Draft journal entry').waitFor();
    entryId = new URL(page.url()).pathname.split('/').pop() as string;
    expect(await page.getByTestId('entry-status').textContent()).toBe('Draft');
    expect(await page.getByTestId('entry-lines').locator('tbody tr').count()).toBe(2);
    const draft = (await call('GET', `/ledger/entries/${entryId}`)) as { draftLines: { debit?: string }[] };
    expect(draft.draftLines[0]?.debit).toBe('1250.50');

    await page.getByTestId('entry-post').click();
    await heading(/^Journal entry #\d+$/).waitFor();
    expect(await page.getByTestId('entry-status').textContent()).toBe('Posted');
    expect(await text(page.getByTestId('entry-lines'))).toContain('CZK 1,250.50');
    await screenshot(page, 'ledger-04-entry-posted');
  });

  it('shows the entry in the journal', async () => {
    await page.getByTestId('nav-ledger-journal').click();
    await heading('Journal').waitFor();
    const row = page.getByTestId('journal-row').filter({ hasText: 'Office rent for the month' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Posted');
    expect(await text(row)).toContain('CZK 1,250.50');
    await screenshot(page, 'ledger-05-journal');
  });

  it('drills down from the trial balance to the register and on to the entry', async () => {
    await page.getByTestId('nav-ledger-reports-trial-balance').click();
    await heading('Trial balance').waitFor();
    await page.getByTestId('tb-row-5000').waitFor();
    const debit = await text(page.getByTestId('tb-total-debit'));
    expect(debit).toBe(await text(page.getByTestId('tb-total-credit')));
    expect(debit).toBe('CZK 62,000.00');
    await screenshot(page, 'ledger-06-trial-balance');

    await page.getByTestId('tb-row-5000').getByTestId('register-link').click();
    await heading('Register: 5000 Office rent').waitFor();
    const row = page.getByTestId('register-row').first();
    await row.waitFor();
    expect(await text(row)).toContain('CZK 1,250.50');
    await screenshot(page, 'ledger-07-register');

    await row.getByTestId('register-entry-link').click();
    await heading(/^Journal entry #\d+$/).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/ledger/entries/${entryId}`);
  });

  it('reverses the entry on a date', async () => {
    await page.getByTestId('entry-reverse').click();
    const form = page.getByTestId('reverse-form');
    await form.waitFor();
    expect(await form.locator('input[name=reverseDate]').inputValue()).toBe(TODAY);
    await screenshot(page, 'ledger-08-reverse-dialog');
    await page.getByTestId('reverse-confirm').click();
    await page.getByTestId('reversed-by').waitFor();
    expect(await page.getByTestId('entry-reverse').count()).toBe(0);
    await screenshot(page, 'ledger-09-reversed');
    await page.getByTestId('reversed-by').click();
    await page.getByTestId('reversal-of').waitFor();
    expect(await text(page.getByTestId('entry-lines'))).toContain('CZK 1,250.50');
  });

  it('locks a period; a posting into it is refused, naming the period; unlocking asks for a reason', async () => {
    await page.getByTestId('nav-ledger-periods').click();
    await heading('Periods').waitFor();
    await page.getByTestId(`lock-${THIS_MONTH}`).click();
    await page.getByTestId(`unlock-${THIS_MONTH}`).waitFor();
    expect(await page.getByTestId(`period-${THIS_MONTH}`).textContent()).toContain('Locked');
    await screenshot(page, 'ledger-10-period-locked');

    await page.goto(`${base}/ledger/entries/new`);
    await heading('New entry').waitFor();
    await page.locator('input[name=description]').fill('Late invoice');
    await page.locator('input[name="lines.0.account"]').fill('4000');
    await page.keyboard.press('Enter');
    await page.locator('input[name="lines.0.credit"]').fill('300');
    await page.locator('input[name="lines.1.account"]').fill('1020');
    await page.keyboard.press('Enter');
    await page.locator('input[name="lines.1.debit"]').fill('300');
    await page.getByTestId('post-entry').click();
    const alert = page.getByTestId('error-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The period is locked');
    expect(await alert.textContent()).toContain(`The period ${THIS_MONTH} is locked`);
    await screenshot(page, 'ledger-11-locked-refused');

    await page.getByTestId('nav-ledger-periods').click();
    await page.getByTestId(`unlock-${THIS_MONTH}`).click();
    expect(await page.getByTestId('unlock-confirm').isDisabled()).toBe(true);
    await page.locator('textarea[name=reason]').fill('Late supplier invoice');
    await page.getByTestId('unlock-confirm').click();
    await page.getByTestId(`lock-${THIS_MONTH}`).waitFor();
  });

  it('shows the income statement with a comparative column and the balance sheet', async () => {
    await page.getByTestId('nav-ledger-reports-income-statement').click();
    await heading('Income statement').waitFor();
    await page.getByTestId('is-net').waitFor();
    expect(await text(page.getByTestId('is-net'))).toBe('CZK 12,000.00');
    expect(await page.getByTestId('income-statement').textContent()).toContain('Previous period');
    await screenshot(page, 'ledger-12-income-statement');

    await page.getByTestId('nav-ledger-reports-balance-sheet').click();
    await heading('Balance sheet').waitFor();
    expect(await text(page.getByTestId('bs-total-assets'))).toBe('CZK 62,000.00');
    await screenshot(page, 'ledger-13-balance-sheet');
  });

  it('tracks a dimension and filters the income statement, balance sheet and cash flow by it (any dates)', async () => {
    await page.getByTestId('nav-ledger-accounts').click();
    await heading('Chart of accounts').waitFor();
    await page.getByTestId('track-project').check();
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/ledger/dimensions') && r.request().method() === 'PUT',
    );
    await page.getByTestId('dimensions-save').click();
    expect((await saved).status()).toBe(200);
    // Cash moved into the till for project Apollo; the bank side carries no project.
    await call('POST', '/ledger/entries', {
      date: TODAY,
      description: 'Float for the Apollo site',
      post: true,
      lines: [
        { account: '1020', debit: '500', project: 'Apollo' },
        { account: '1010', credit: '500' },
      ],
    });

    await page.getByTestId('nav-ledger-reports-income-statement').click();
    await heading('Income statement').waitFor();
    await page.locator('select[name=dimension]').selectOption('project');
    await page.locator('input[name=value]').fill('Apollo');
    await page.locator('input[name=value]').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('value')).toBe('Apollo');
    // Up to today, not a month's end: dimension reports take any dates.
    await page.getByTestId('is-net').waitFor();
    expect(await text(page.getByTestId('is-net'))).toBe('CZK 0.00');
    await screenshot(page, 'ledger-13b-income-statement-by-project');

    await page.getByTestId('nav-ledger-reports-balance-sheet').click();
    await heading('Balance sheet').waitFor();
    expect(await text(page.getByTestId('bs-total-assets'))).toBe('CZK 62,000.00');
    await page.locator('select[name=dimension]').selectOption('project');
    await page.locator('input[name=value]').fill('Apollo');
    await page.locator('input[name=value]').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('value')).toBe('Apollo');
    await expect.poll(() => text(page.getByTestId('bs-total-assets'))).toBe('CZK 500.00');
    // Only the till line carries Apollo: its other side shows as the untagged difference.
    expect(await text(page.getByTestId('bs-untagged'))).toBe('CZK 500.00');
    await screenshot(page, 'ledger-13c-balance-sheet-by-project');
    // The drill-down keeps the filter: the till's register by Apollo has the one tagged line.
    await page.getByRole('link', { name: 'Current assets:Petty cash' }).click();
    await page.getByTestId('register-row').first().waitFor();
    expect(new URL(page.url()).searchParams.get('value')).toBe('Apollo');
    expect(await page.getByTestId('register-row').count()).toBe(1);
    expect(await text(page.getByTestId('register-row').first())).toContain('CZK 500.00');

    await page.getByTestId('nav-ledger-reports-cash-flow').click();
    await heading('Cash-flow statement').waitFor();
    await page.getByTestId('cf-closing').waitFor();
    await page.locator('select[name=method]').selectOption('indirect');
    await expect.poll(() => new URL(page.url()).searchParams.get('method')).toBe('indirect');
    await page.locator('select[name=dimension]').selectOption('project');
    await page.locator('input[name=value]').fill('Apollo');
    await page.locator('input[name=value]').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('value')).toBe('Apollo');
    await expect.poll(() => text(page.getByTestId('cf-closing'))).toBe('CZK 500.00');
    expect(await text(page.getByTestId('cf-total-operating'))).toBe('CZK 500.00');
    await screenshot(page, 'ledger-13d-cash-flow-by-project');
    await page.getByTestId('nav-ledger-reports-balance-sheet').click();
    await heading('Balance sheet').waitFor();
  });

  it('speaks Czech: the report titles and the navigation', async () => {
    await page.getByTestId('language-switcher').selectOption('cs');
    await heading(CS.balanceSheet).waitFor();
    const nav = page.getByRole('navigation').first();
    for (const label of [CS.chart, CS.journal, CS.trialBalance, CS.incomeStatement])
      await nav.getByRole('link', { name: label }).waitFor();
    await nav.getByRole('link', { name: CS.trialBalance }).click();
    await heading(CS.trialBalance).waitFor();
    expect(await text(page.getByTestId('tb-total-debit'))).toBe('62 000,00 Kč');
    await screenshot(page, 'ledger-14-czech-trial-balance');
    await nav.getByRole('link', { name: CS.incomeStatement }).click();
    await heading(CS.incomeStatement).waitFor();
    await nav.getByRole('link', { name: 'Přehled' }).click();
    await heading(CS.accounting).waitFor();
    await page.getByTestId('chart-cash').locator('svg').waitFor();
    await screenshot(page, 'ledger-15-czech-dashboard');
  });
});
