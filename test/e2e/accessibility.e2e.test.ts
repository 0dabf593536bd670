import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/index.ts';
import {
  type AxeFinding,
  axeFindings,
  describeFindings,
  expectAccessible,
} from '../support/accessibility.ts';
import { launchBrowser, SCREENSHOT_DIR, screenshot, signInWithForm } from '../support/browser.ts';
import { steward } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * axe-core (WCAG 2 A/AA) on every page (issue #11): the owner of the demo company walks every link of the
 * navigation as the DOM shows it (so a new module's pages are covered without touching this file), then the main
 * detail and editor pages and the sign-in page. Any violation fails with the list per page. A summary of the
 * findings (rule × elements) goes to test-results/accessibility.json.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let page: Page;
let base = '';
let owner = { email: '', password: '' };
const ids: Record<string, string> = {};

/** One id of each kind of record that has a detail page (the demo has them all). */
async function firstIds(db: FreshDatabase['db'], companyId: string): Promise<void> {
  const one = async (key: string, sql: string) => {
    const row = await db.query<{ id: string }>(sql, [companyId]);
    if (row.rows[0]) ids[key] = row.rows[0].id;
  };
  await one('invoice', `SELECT id FROM sales_invoices WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('bill', `SELECT id FROM purchasing_bills WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('party', `SELECT id FROM parties WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('entry', `SELECT id FROM ledger_entries WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('task', `SELECT id FROM work_tasks WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('request', `SELECT id FROM work_approval_requests WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('bankAccount', `SELECT id FROM bank_accounts WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('statement', `SELECT id FROM bank_statements WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('run', `SELECT id FROM payment_runs WHERE company_id = $1 ORDER BY id LIMIT 1`);
  await one('department', `SELECT id FROM departments WHERE company_id = $1 ORDER BY code LIMIT 1`);
}

beforeAll(async () => {
  fresh = await freshDatabase();
  const demo = await seedDemo(fresh.db, steward);
  if (!demo) throw new Error('the demo company was already there');
  owner = { email: demo.email, password: demo.password };
  await firstIds(fresh.db, demo.companyId);
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
}, 300_000);

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

/** The page has its heading and nothing is still loading (axe must see the page as a person would). */
async function settled(): Promise<void> {
  await page.locator('h1').first().waitFor();
  await page.waitForFunction(
    () => !document.querySelector('.mantine-Loader-root, .mantine-Skeleton-root[data-visible]'),
    undefined,
    { timeout: 15_000 },
  );
}

const found = new Map<string, AxeFinding[]>();

/** Runs axe on the page as it is and keeps what it finds under `name`. */
async function check(name: string): Promise<void> {
  await settled();
  const findings = await axeFindings(page);
  if (findings.length > 0) found.set(name, findings);
}

/**
 * Fails with every page's findings at once (one run shows all there is to fix). The tally (rule × elements) and
 * the full list go to test-results/accessibility-<part>.{json,txt}.
 */
function expectNoFindings(part: string): void {
  const tally: Record<string, number> = {};
  for (const list of found.values()) for (const f of list) tally[f.rule] = (tally[f.rule] ?? 0) + 1;
  const report = [...found].map(([name, list]) => `${name}:\n${describeFindings(list)}`).join('\n');
  const dir = join(SCREENSHOT_DIR, '..');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `accessibility-${part}.json`), JSON.stringify({ tally, pages: [...found.keys()] }));
  writeFileSync(join(dir, `accessibility-${part}.txt`), report);
  found.clear();
  expect(report, `axe findings by rule: ${JSON.stringify(tally)}`).toBe('');
}

describe.sequential('accessibility (axe-core, WCAG 2 A/AA)', () => {
  it('the sign-in page', async () => {
    await page.goto(`${base}/sign-in`);
    await page.getByTestId('sign-in-form').waitFor();
    await expectAccessible(page, 'sign-in');
  });

  it('every page in the navigation', { timeout: 300_000 }, async () => {
    await signInWithForm(page, base, owner);
    await page.locator('[data-testid="nav-home"]').waitFor();
    const links = await page
      .locator('nav a[data-testid^="nav-"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('data-testid') ?? ''));
    expect(links.length).toBeGreaterThan(30);
    const headings = new Set<string>();
    for (const testId of links) {
      // The page shown already (home after signing in) has nothing to wait for.
      const link = page.getByTestId(testId);
      const before = (await link.getAttribute('aria-current'))
        ? null
        : await page.locator('main h1').first().textContent();
      await link.click();
      // The link is current and the heading is the new page's, not the one still shown while it loads.
      await page.locator(`[data-testid="${testId}"][aria-current="page"]`).waitFor();
      await page.waitForFunction(
        (prev) => prev === null || (document.querySelector('main h1')?.textContent ?? prev) !== prev,
        before,
      );
      headings.add((await page.locator('main h1').first().textContent()) ?? '');
      await check(testId);
    }
    expect(headings.size, 'every page of the navigation has its own heading').toBe(links.length);
    await screenshot(page, 'a11y-01-last-nav-page');
    expectNoFindings('navigation');
  });

  it('the detail and editor pages', { timeout: 180_000 }, async () => {
    const pages: [string, string | undefined][] = [
      ['invoice', ids.invoice && `/sales/invoices/${ids.invoice}`],
      ['invoice-new', '/sales/invoices/new'],
      ['bill', ids.bill && `/purchasing/bills/${ids.bill}`],
      ['bill-new', '/purchasing/bills/new'],
      ['party', ids.party && `/parties/${ids.party}`],
      ['entry', ids.entry && `/ledger/entries/${ids.entry}`],
      ['entry-new', '/ledger/entries/new'],
      ['task', ids.task && `/work/tasks/${ids.task}`],
      ['approval-request', ids.request && `/work/approvals/${ids.request}`],
      ['bank-account', ids.bankAccount && `/banking/${ids.bankAccount}`],
      ['bank-statement', ids.statement && `/banking/statements/${ids.statement}`],
      ['payment-run', ids.run && `/payment-runs/${ids.run}`],
      ['receive-payment', '/payments/receive'],
      ['department', ids.department && `/org/departments/${ids.department}`],
      ['account-password', '/account/password'],
      ['account-tokens', '/account/tokens'],
      ['account-two-factor', '/account/two-factor'],
    ];
    const missing = pages.filter(([, path]) => !path).map(([name]) => name);
    expect(missing, 'the demo has a record for every detail page').toEqual([]);
    for (const [name, path] of pages) {
      await page.goto(`${base}${path}`);
      await check(name);
      if (name === 'invoice' || name === 'approval-request') await screenshot(page, `a11y-02-${name}`);
    }
    expectNoFindings('details');
  });

  it('a narrow screen (390 px) with the navigation open', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/sales/invoices`);
    await check('invoices-390');
    // Reflow (WCAG 1.4.10): the header fits, the company name gives way, the account menu stays on screen.
    const menu = await page.getByTestId('user-menu').boundingBox();
    expect((menu?.x ?? 0) + (menu?.width ?? 0)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.locator('nav a[data-testid="nav-home"]').waitFor();
    await check('navigation-390');
    await screenshot(page, 'a11y-03-navigation-390');
    expectNoFindings('narrow');
  });
});
