import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makeBankAccount } from '../../src/modules/banking/factories.ts';
import { findAccount, postEntries, setRates } from '../../src/modules/ledger/index.ts';
import {
  addToDepartment,
  makeDepartment,
  makePerson,
  type PersonFixture,
} from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { makeBill, makePurchasing } from '../../src/modules/purchasing/factories.ts';
import { submitBill } from '../../src/modules/purchasing/index.ts';
import { createDraft, saveSettings } from '../../src/modules/sales/index.ts';
import { createTask } from '../../src/modules/work/index.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { issueInvoices, postBill } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * The home that tells you what needs you (issue #11), in Chromium against the real server: the owner's KPI
 * cards (cash per bank account in CZK and EUR, receivables, payables, income vs expense), an assistant's queue,
 * and the bell: a manager assigns the assistant a task, the bell counts it, opening it lists it and clears the
 * count. Screenshots at 1440 and 390 px in en, cs and es: home-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
let owner: PersonFixture;
let manager: PersonFixture;
let assistant: PersonFixture;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = fresh.db;
  const f = await makePurchasing(db);
  const c = f.companyId;
  owner = await makePerson(db, c, { role: 'owner', name: 'Olga Owner' });
  manager = await makePerson(db, c, { role: 'manager', name: 'Martin Manager' });
  assistant = await makePerson(db, c, { role: 'assistant', name: 'Anna Assistant' });
  const desk = await makeDepartment(db, c, { name: 'Front desk', managerId: manager.id });
  await addToDepartment(db, c, desk.id, assistant.id);
  const czk = await makeBankAccount(db, c, { currency: 'CZK', name: 'Main CZK', ctx: f.ctx });
  const eur = await makeBankAccount(db, c, { currency: 'EUR', name: 'Euro account', ctx: f.ctx });
  const customer = await makeParty(db, c, { legalName: 'Acme s.r.o.', currency: 'CZK', ctx: f.ctx });
  await db.tx(async (tx) => {
    const account = async (code: string) => (await findAccount(tx, c, code))?.id as string;
    await saveSettings(tx, f.ctx, {
      receivableAccountId: await account('1100'),
      revenueAccountId: await account('4000'),
    });
    await setRates(tx, f.ctx, [{ currency: 'EUR', date: '2025-01-01', rate: '25' }]);
    await postEntries(tx, f.ctx, [
      {
        date: day(-60),
        description: 'Capital',
        lines: [
          { account: czk.ledgerAccountId, debit: '250000.00' },
          { account: '3000', credit: '250000.00' },
        ],
      },
      {
        date: day(-60),
        description: 'Euro capital',
        lines: [
          { account: eur.ledgerAccountId, debit: '8400.00', currency: 'EUR' },
          { account: '3000', credit: '8400.00', currency: 'EUR' },
        ],
      },
    ]);
  });
  for (const [currency, issue, due, price] of [
    ['CZK', -40, -10, '12000'],
    ['CZK', -2, 12, '30000'],
    ['EUR', -35, -6, '900'],
  ] as const) {
    const d = await db.tx((tx) =>
      createDraft(tx, f.ctx, {
        partyId: customer.id,
        currency,
        issueDate: day(issue),
        dueDate: day(due),
        lines: [{ description: 'Consulting', quantity: '1', unit: 'HUR', unitPrice: price, taxCode: 'S21' }],
      }),
    );
    await db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
  }
  const b = await makeBill(db, f, { issueDate: day(-20), dueDate: day(0) });
  await db.tx(async (tx) => {
    await submitBill(tx, f.ctx, b.id);
    await postBill(tx, f.ctx, b.id);
  });
  await db.tx((tx) => createTask(tx, f.ctx, { title: 'Sort the post', departmentId: desk.id }));
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
    if (page && !page.isClosed()) await screenshot(page, `home-failed-${task.name}`).catch(() => {});
  });
});

/** An element's text with the locale's no-break spaces made plain. */
async function text(testId: string): Promise<string> {
  return ((await page.getByTestId(testId).textContent()) ?? '').replace(/\s/g, ' ');
}

async function signOut() {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-form').waitFor();
}

/** Both widths of the home in the current language; at 390 px the cards stack in one column. */
async function shootHome(lang: string, n: string) {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByTestId('kpi-income-expense').waitFor();
  await screenshot(page, `home-${n}-${lang}-1440`);
  await page.setViewportSize({ width: 390, height: 844 });
  // One column: the receivables card sits under the cash card, and nothing is wider than the phone.
  await page.waitForFunction(() => {
    const box = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
    const [cash, ar] = [box('kpi-cash'), box('kpi-receivables')];
    return !!cash && !!ar && ar.top > cash.bottom && Math.abs(ar.left - cash.left) < 2;
  });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // The header keeps the bell and the account menu on screen.
  for (const id of ['bell', 'user-menu']) {
    const b = await page.getByTestId(id).boundingBox();
    expect(b && b.x + b.width <= 390).toBe(true);
  }
  await screenshot(page, `home-${n}-${lang}-390`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

describe.sequential('home', () => {
  it("shows the owner's figures: cash per bank account, receivables, payables, income vs expense", async () => {
    await signInWithForm(page, base, owner);
    await page.getByTestId('kpi-cash').waitFor();
    const cash = await text('kpi-cash');
    expect(cash).toContain('Main CZK');
    expect(cash).toContain('CZK 250,000.00');
    expect(cash).toContain('€8,400.00');
    const ar = await text('kpi-receivables');
    expect(ar).toContain('Overdue (1)');
    expect(ar).toContain('CZK 14,520.00');
    expect(ar).toContain('€1,089.00');
    expect(await text('kpi-payables')).toContain('Due by Sunday (1)CZK 1,210.00');
    await shootHome('en', '01-owner');
    // The overdue link opens the invoice list filtered to overdue.
    await page.getByRole('link', { name: 'Overdue invoices' }).click();
    await page.getByTestId('invoices-status').waitFor();
    expect(await page.getByTestId('invoices-status').inputValue()).toBe('overdue');
    await page.getByText('Acme s.r.o.').first().waitFor();
  });

  it('in Czech and Spanish too', async () => {
    await page.goto(`${base}/`);
    for (const [lang, heading] of [
      ['cs', 'Co na vás čeká'],
      ['es', 'Lo que le espera'],
    ] as const) {
      await page.getByTestId('language-switcher').selectOption(lang);
      await page.getByRole('heading', { name: heading }).waitFor();
      await shootHome(lang, '02-owner');
    }
    await page.getByTestId('language-switcher').selectOption('en');
    await page.getByRole('heading', { name: 'What needs you' }).waitFor();
    await signOut();
  });

  it("an assistant's home shows their queue; the bell counts a task a manager assigns, lists it and clears", async () => {
    await signInWithForm(page, base, assistant);
    const tasks = page.getByTestId('kpi-tasks');
    await tasks.waitFor();
    expect(await page.getByTestId('tasks-queue').textContent()).toContain('1');
    expect(await page.getByTestId('bell').getAttribute('aria-label')).toBe('Notifications');
    // Another person assigns the assistant a task through the API.
    const made = await fetch(`${base}/api/v1/work/tasks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${manager.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Call Acme about the late invoice', assigneeId: assistant.id }),
    });
    expect(made.status).toBe(201);
    // The bell polls; coming back to the window asks at once.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="bell"]')?.getAttribute('aria-label') ===
        'Notifications, 1 unread',
    );
    await screenshot(page, 'home-03-assistant-bell-count');
    await page.getByTestId('bell').focus();
    await page.keyboard.press('Enter');
    const item = page.getByTestId('bell-item').first();
    await item.waitFor();
    expect(await item.textContent()).toContain('Call Acme about the late invoice');
    await page.waitForFunction(
      () => document.querySelector('[data-testid="bell"]')?.getAttribute('aria-label') === 'Notifications',
    );
    await screenshot(page, 'home-04-assistant-bell-open');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'home-05-assistant-bell-open-390');
    await page.keyboard.press('Escape');
    await page.getByTestId('bell-panel').waitFor({ state: 'hidden' });
    await page.getByTestId('bell').click();
    await page.getByTestId('bell-item').first().click();
    await page.getByRole('heading', { level: 1, name: 'Call Acme about the late invoice' }).waitFor();
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
