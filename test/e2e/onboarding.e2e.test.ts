import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { FACTORY_PASSWORD } from '../../src/modules/org/factories.ts';
import { createUser } from '../../src/modules/org/index.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { SYSTEM_ACTOR } from '../../src/platform/context.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { steward } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * Onboarding in Chromium: a company made like `steward company create --country CZ` (nothing else set up)
 * issues its first invoice from the editor, the home page's setup checklist ticks it, and a report prints
 * without the app shell but with company, period and printed-on. Screenshots onboarding-NN-*.png at 1440 and
 * 390 px, in English, Czech and Spanish.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
const owner = { email: 'founder@onboarding.test', password: FACTORY_PASSWORD };
const COMPANY = 'Nová firma s.r.o.';

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = fresh.db;
  const companyId = await db.tx(async (tx) => {
    const user = await createUser(tx, SYSTEM_ACTOR, null, null, { ...owner, name: 'Jana Zakladatelka' });
    const company = await steward.companies.create(
      tx,
      SYSTEM_ACTOR,
      null,
      { name: COMPANY, baseCurrency: 'CZK', country: 'CZ' },
      user.id,
    );
    return company.id;
  });
  await makeParty(db, companyId, { legalName: 'První zákazník a.s.', customer: true, currency: 'CZK' });
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
    if (page && !page.isClosed()) await screenshot(page, `onboarding-failed-${task.name}`).catch(() => {});
  });
});

const heading = (name: string) => page.getByRole('heading', { level: 1, name });
const stepDone = (key: string) => page.getByTestId(`setup-step-${key}`).getAttribute('data-done');

describe.sequential('onboarding', () => {
  it('a new company issues its first invoice with no setup, and the checklist ticks it', async () => {
    await signInWithForm(page, base, owner);
    await page.getByTestId('setup-checklist').waitFor();
    expect(await stepDone('taxes')).toBe('true');
    expect(await stepDone('firstInvoice')).toBe('false');
    await screenshot(page, 'onboarding-01-checklist-1440-en');
    await page.getByTestId('nav-sales-invoices').click();
    await heading('Invoices').waitFor();
    await page.getByTestId('invoice-new').click();
    await heading('New invoice').waitFor();
    await page.getByTestId('invoice-customer').click();
    await page.getByRole('option', { name: 'První zákazník a.s.' }).click();
    await page.getByLabel('Description 1').fill('Consulting');
    await page.getByLabel('Quantity 1').fill('10');
    await page.getByLabel('Unit price 1').fill('1500');
    await page.getByLabel('Tax 1').selectOption({ label: 'S21 (21 %)' });
    await page.getByTestId('invoice-save-issue').click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 15_000 })
      .toMatch(/^Invoice \d{4}-00001$/);
    await expect.poll(() => page.getByTestId('invoice-status').textContent()).toBe('Issued');
    await screenshot(page, 'onboarding-02-first-invoice-issued');
    await page.goto(`${base}/`);
    await page.getByTestId('setup-checklist').waitFor();
    await expect.poll(() => stepDone('firstInvoice')).toBe('true');
  });

  it('a report prints without the app shell, with company, period and printed-on', async () => {
    const year = new Date().getFullYear();
    await page.goto(`${base}/ledger/reports/income-statement?from=${year}-01-01&to=${year}-12-31`);
    await page.getByRole('cell', { name: '604' }).waitFor();
    expect(await page.getByTestId('report-print-header').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const header = page.getByTestId('report-print-header');
    await header.waitFor();
    const text = (await header.textContent()) ?? '';
    expect(text).toContain(COMPANY);
    expect(text).toContain('Printed on');
    expect(text).toMatch(new RegExp(`${year}`));
    expect(await page.getByTestId('nav-sales-invoices').isVisible()).toBe(false);
    expect(await page.locator('header').first().isVisible()).toBe(false);
    await screenshot(page, 'onboarding-03-report-print-1440-en');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'onboarding-04-report-print-390-en');
    await page.emulateMedia({ media: 'screen' });
  });

  it('the checklist and the printed report in Czech and Spanish, at 1440 and 390 px', async () => {
    const words = {
      cs: { checklist: 'Nastavte svou firmu', printed: 'Vytištěno' },
      es: { checklist: 'Configure su empresa', printed: 'Impreso el' },
    } as const;
    const year = new Date().getFullYear();
    for (const lang of ['cs', 'es'] as const) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(`${base}/`);
      await page.getByTestId('language-switcher').selectOption(lang);
      await page.getByTestId('setup-checklist').getByText(words[lang].checklist).waitFor();
      await screenshot(page, `onboarding-05-checklist-1440-${lang}`);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.reload();
      await page.getByTestId('setup-checklist').waitFor();
      await screenshot(page, `onboarding-06-checklist-390-${lang}`);
      await page.goto(`${base}/ledger/reports/income-statement?from=${year}-01-01&to=${year}-12-31`);
      await page.emulateMedia({ media: 'print' });
      await page
        .getByTestId('report-print-header')
        .getByText(words[lang].printed, { exact: false })
        .waitFor();
      await screenshot(page, `onboarding-07-report-print-390-${lang}`);
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
