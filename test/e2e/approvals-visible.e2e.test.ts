import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { saveDraft, submitDraft } from '../../src/modules/ledger/index.ts';
import { FACTORY_PASSWORD } from '../../src/modules/org/factories.ts';
import { ctxOf, installLedgerPolicy, makeSupervision } from '../../src/modules/work/factories.ts';
import { getPolicy, listRequests } from '../../src/modules/work/index.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import '../support/compose.ts'; // the composed process: the gate holds the entries made below
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * Approvers see what they approve (issue #11): a controller opens a held journal entry, its approval request
 * and My work, and on each sees the lines by account name with debit and credit and the total, formatted as
 * money — and approves with one click, on a phone too (the buttons in view). The policy's condition is a form
 * that saves back exactly what is stored. Screenshots: approvals-NN-*.png at 1440 and 390 px, en/cs/es.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';
let controller = { email: '', password: FACTORY_PASSWORD };
let companyId = '';
let policyId = '';
const held: { entryId: string; requestId: string }[] = [];

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const db = () => (fresh as FreshDatabase).db;
const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** The decision button lies wholly inside the phone's viewport, as the page opens (once the resize settled). */
async function expectInView(l: Locator): Promise<void> {
  await l.waitFor();
  const inside = async () => {
    const b = await l.boundingBox();
    return !!b && b.x >= 0 && b.y >= 0 && b.x + b.width <= PHONE.width && b.y + b.height <= PHONE.height;
  };
  await expect.poll(inside, { timeout: 5_000 }).toBe(true);
}

beforeAll(async () => {
  fresh = await freshDatabase();
  const db = fresh.db;
  const f = await makeSupervision(db);
  companyId = f.company.id;
  // Every journal entry from 1,000 waits for the controller; from 10,000 also for the accounting manager.
  const policy = await installLedgerPolicy(db, f, {
    condition: { and: [{ '>=': [{ var: 'amount' }, '1000.00'] }, { '==': [{ var: 'currency' }, 'EUR'] }] },
    levels: [{ name: 'Controller', approvers: [{ type: 'people', userIds: [f.controller.id] }] }],
    tiers: [
      {
        when: { '>=': [{ var: 'amount' }, '10000.00'] },
        levels: [
          { name: 'Accounting manager', approvers: [{ type: 'people', userIds: [f.accountingManager.id] }] },
        ],
      },
    ],
  });
  policyId = policy.id;
  const assistant = ctxOf(f.people.assistant, companyId);
  for (const [amount, description] of [
    ['4200.00', 'Office rent March'],
    ['1250.50', 'Printer lease'],
  ] as const) {
    const draft = await db.tx((tx) =>
      saveDraft(tx, assistant, {
        date: '2026-03-02',
        description,
        lines: [
          { account: '6000', debit: amount },
          { account: '1000', credit: amount },
        ],
      }),
    );
    await db.tx((tx) => submitDraft(tx, assistant, draft.id));
    const [r] = await listRequests(db, companyId, { status: 'pending', entityId: draft.id });
    held.push({ entryId: draft.id, requestId: r?.id ?? '' });
  }
  controller = { email: f.controller.email, password: FACTORY_PASSWORD };
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = { DATABASE_URL: fresh.url, STEWARD_WORKER: 'false', STEWARD_PUBLIC_URL: base };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  context = await chromium.value.newContext({ locale: 'en-US', viewport: DESKTOP });
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
    if (page && !page.isClosed()) await screenshot(page, `approvals-failed-${task.name}`).catch(() => {});
  });
});

async function setLanguage(locale: 'en' | 'cs' | 'es'): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.getByTestId('language-switcher').selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

describe.sequential('approvers see what they approve', () => {
  it('the held journal entry shows debit and credit by account name, the total, and the decision', async () => {
    const [rent] = held;
    await signInWithForm(page, base, controller);
    await page.getByTestId('nav-home').waitFor();
    await page.goto(`${base}/ledger/entries/${rent?.entryId}`);
    const lines = page.getByTestId('entry-lines');
    await lines.waitFor();
    const rows = await lines.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain('6000 Rent');
    expect(rows[0]).toContain('€4,200.00');
    expect(rows[1]).toContain('1000 Bank');
    expect(rows[1]).toContain('€4,200.00');
    expect(await text(page.getByTestId('entry-lines-total'))).toBe('Total€4,200.00€4,200.00');
    expect(await text(page.getByTestId('decision-bar').getByTestId('subject-total'))).toBe(
      'Total: €4,200.00',
    );
    await page.getByTestId(`approve-${rent?.requestId}`).waitFor();
    await screenshot(page, 'approvals-01-entry-1440-en');
    await page.setViewportSize(PHONE);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectInView(page.getByTestId(`approve-${rent?.requestId}`));
    await expectInView(page.getByTestId(`reject-${rent?.requestId}`));
    await screenshot(page, 'approvals-02-entry-390-en');
  });

  it('the approval request shows the same lines and total, in English, Czech and Spanish, at 1440 and 390 px', async () => {
    const [rent] = held;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${base}/work/approvals/${rent?.requestId}`);
    const figures = page.getByTestId('subject-lines');
    await figures.waitFor();
    expect(await text(figures.locator('tbody tr').first())).toBe('6000 Rent€4,200.00');
    expect(await text(figures.locator('tbody tr').nth(1))).toBe('1000 Bank€4,200.00');
    expect(await text(page.getByTestId('subject-lines-total'))).toBe('Total€4,200.00€4,200.00');
    // Money as money: never the raw "4200.00 EUR".
    expect(await text(page.locator('main'))).not.toContain('4200.00');
    const expected = {
      en: { debit: 'Debit', approve: 'Approve', total: '€4,200.00' },
      cs: { debit: 'Má dáti', approve: 'Schválit', total: '4 200,00 €' },
      es: { debit: 'Debe', approve: 'Aprobar', total: '4200,00 €' },
    } as const;
    for (const locale of ['en', 'cs', 'es'] as const) {
      await setLanguage(locale);
      await figures.getByText(expected[locale].debit, { exact: true }).waitFor();
      const approve = page.getByTestId(`approve-${rent?.requestId}`);
      expect(await text(approve)).toBe(expected[locale].approve);
      expect(await text(page.getByTestId('subject-lines-total'))).toContain(expected[locale].total);
      await screenshot(page, `approvals-03-request-1440-${locale}`);
      await page.setViewportSize(PHONE);
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectInView(approve);
      await screenshot(page, `approvals-04-request-390-${locale}`);
    }
    await setLanguage('en');
  });

  it('My work lists both with their lines and totals; one click approves the printer lease (390 px)', async () => {
    const [rent, printer] = held;
    await page.goto(`${base}/`);
    const card = page.getByTestId(`request-row-${printer?.requestId}`);
    await card.waitFor();
    expect(await text(card.getByTestId('subject-lines-total'))).toBe('Total€1,250.50€1,250.50');
    expect(await text(card.getByTestId('subject-lines'))).toContain('6000 Rent');
    expect(await text(page.getByTestId(`request-row-${rent?.requestId}`))).toContain('€4,200.00');
    await screenshot(page, 'approvals-05-my-work-1440-en');
    await page.setViewportSize(PHONE);
    const approve = card.getByTestId(`approve-${printer?.requestId}`);
    await approve.scrollIntoViewIfNeeded();
    const box = await approve.boundingBox();
    expect((box?.x ?? -1) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'approvals-06-my-work-390-en');
    await approve.click();
    // One click: no dialog, the request leaves the list and the entry is posted.
    await card.waitFor({ state: 'detached' });
    expect(await page.getByTestId('decision-comment').count()).toBe(0);
    await page.goto(`${base}/ledger/entries/${printer?.entryId}`);
    await page.getByTestId('entry-lines').waitFor();
    expect(await page.getByTestId('decision-bar').count()).toBe(0);
  });

  it('approves the rent with one click on the entry page itself, at 390 px', async () => {
    const [rent] = held;
    await page.goto(`${base}/ledger/entries/${rent?.entryId}`);
    const approve = page.getByTestId(`approve-${rent?.requestId}`);
    await expectInView(approve);
    await approve.click();
    await page.getByTestId('decision-bar').waitFor({ state: 'detached' });
    await page.getByText('Posted', { exact: true }).first().waitFor();
    await screenshot(page, 'approvals-07-entry-posted-390-en');
    await page.setViewportSize(DESKTOP);
  });

  it('the policy condition is a form (amount as money, currency), and saving it keeps the stored definition', async () => {
    const before = await getPolicy(db(), companyId, policyId);
    // The controller may not manage policies: the owner does.
    await page.context().clearCookies();
    const owner = await db().query<{ email: string }>(
      `SELECT u.email FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.company_id = $1 AND m.role = 'owner'`,
      [companyId],
    );
    await signInWithForm(page, base, { email: owner.rows[0]?.email ?? '', password: FACTORY_PASSWORD });
    await page.getByTestId('nav-home').waitFor();
    await page.goto(`${base}/work/policies`);
    await page.getByTestId('edit-policy-ledger.post').click();
    const form = page.getByTestId('policy-form');
    await form.waitFor();
    expect(await form.getByTestId('condition-raw').count()).toBe(0);
    expect(await form.getByTestId('condition-rule-0-field').inputValue()).toBe('Amount');
    expect(await form.getByTestId('condition-rule-0-op').inputValue()).toBe('≥');
    expect(await form.getByTestId('condition-rule-0-value').inputValue()).toBe('1000.00');
    expect(await form.getByTestId('condition-rule-1-field').inputValue()).toBe('Currency');
    expect(await form.getByTestId('condition-rule-1-value').inputValue()).toBe('EUR');
    await screenshot(page, 'approvals-08-policy-form-1440-en');
    await form.getByTestId('policy-save').click();
    await form.waitFor({ state: 'detached' });
    const after = await getPolicy(db(), companyId, policyId);
    expect(after.definition).toEqual(before.definition);
  });
});
