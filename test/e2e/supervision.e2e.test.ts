import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { api, createToken, freePort, killAll, signIn, startServer } from '../support/process.ts';

/**
 * The supervision story of issue 4's "Done when", in Chromium against the real server. The owner (from the
 * environment) sets up over the API: accounts, the fiscal year, Accounting with its manager and an assistant,
 * a controller, and the ledger.post policy (≥ 1,000: the Accounting manager; ≥ 10,000: also the controller).
 * The assistant types a 25,000 journal entry and submits it; sees it pending with no way to approve it (and the
 * API refuses); the manager approves from My work's detail view; the controller approves from the list; the
 * entry is posted exactly once and the team view shows each step. Screenshots: supervision-NN-*.png.
 */
const OWNER = { email: 'owner@supervision.test', password: 'owner-password-12345' };
const MANAGER = { name: 'Marta Manager', email: 'marta@supervision.test', password: 'manager-password-1' };
const ASSISTANT = {
  name: 'Adam Assistant',
  email: 'adam@supervision.test',
  password: 'assistant-password-1',
};
const CONTROLLER = {
  name: 'Carla Controller',
  email: 'carla@supervision.test',
  password: 'controller-password-1',
};
const DESCRIPTION = 'Office lease, next quarter';

let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let base = '';
let token = '';
let entryId = '';
let requestId = '';
const contexts: BrowserContext[] = [];
let page: Page;

const text = async (l: Locator) => ((await l.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
const focusedName = () =>
  page.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("name")');

async function call(method: string, path: string, body?: unknown) {
  const res = await api(base, token, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as Record<string, unknown>;
}

async function invite(person: { name: string; email: string; password: string }, role: string) {
  const invited = await call('POST', '/invitations', { email: person.email, role });
  const link = invited.link as string;
  const accepted = await fetch(`${base}/api/v1/auth/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: link.split('/invite/')[1], name: person.name, password: person.password }),
  });
  expect(accepted.status).toBe(200);
}

/** A fresh browser context (own cookies) signed in as this person, landing on My work. */
async function signInAs(person: { email: string; password: string }): Promise<Page> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'Europe/Prague',
    viewport: { width: 1280, height: 900 },
  });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  page = await context.newPage();
  await signInWithForm(page, base, person);
  await page.getByTestId('my-work').waitFor();
  return page;
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
    STEWARD_COMPANY_NAME: 'Maker & Checker s.r.o.',
    STEWARD_CURRENCY: 'CZK',
  };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;

  token = await createToken(base, await signIn(base, OWNER.email, OWNER.password));
  // The first-run company starts with this year's fiscal year (onboarding seeds it): a 409 here is fine.
  await call('POST', '/ledger/fiscal-years', { year: new Date().getFullYear() }).catch((err: unknown) => {
    if (!/: 409 /.test(String(err))) throw err;
  });
  await call('POST', '/ledger/accounts', { code: '1000', name: 'Bank', type: 'asset', subtype: 'bank' });
  await call('POST', '/ledger/accounts', { code: '6100', name: 'Rent', type: 'expense' });
  await invite(MANAGER, 'manager');
  await invite(ASSISTANT, 'assistant');
  await invite(CONTROLLER, 'manager');
  const people = (await call('GET', '/people?limit=100')).items as { id: string; email: string }[];
  const id = (email: string) => people.find((p) => p.email === email)?.id as string;
  const accounting = await call('POST', '/departments', {
    code: 'ACC',
    name: 'Accounting',
    managerId: id(MANAGER.email),
  });
  await call('POST', `/departments/${accounting.id}/members`, { userId: id(ASSISTANT.email) });
  await call('POST', `/departments/${accounting.id}/members`, { userId: id(MANAGER.email) });
  await call('PUT', '/work/policies/ledger.post', {
    name: 'Journal entries',
    definition: {
      condition: { '>=': [{ var: 'amount' }, '1000'] },
      levels: [
        {
          name: 'Accounting manager',
          approvers: [{ type: 'department_manager', departmentId: accounting.id }],
        },
      ],
      tiers: [
        {
          when: { '>=': [{ var: 'amount' }, '10000'] },
          levels: [{ name: 'Controller', approvers: [{ type: 'people', emails: [CONTROLLER.email] }] }],
        },
      ],
    },
  });
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    if (page && !page.isClosed()) await screenshot(page, `supervision-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('maker-checker in the browser', () => {
  it('the assistant types a 25,000 journal entry and submits it for approval', async () => {
    await signInAs(ASSISTANT);
    await page.goto(`${base}/ledger/entries/new`);
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    await expect.poll(focusedName).toBe('description');
    await page.keyboard.type(DESCRIPTION);
    await page.keyboard.press('Tab');
    await page.keyboard.type('LEASE-Q3');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.0.account');
    await page.keyboard.type('6100');
    await page.getByRole('option', { name: /6100 Rent/ }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.0.debit');
    await page.keyboard.type('25000');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.1.account');
    await page.keyboard.type('1000');
    await page.getByRole('option', { name: /1000 Bank/ }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await focusedName()).toBe('lines.1.credit');
    await page.keyboard.type('25000');
    await page.keyboard.press('Tab');
    await page.getByTestId('entry-balanced').waitFor();
    await screenshot(page, 'supervision-01-assistant-entry');
    await page.getByTestId('submit-entry').click();
    await expect.poll(() => page.getByTestId('entry-status').textContent()).toBe('Pending approval');
    entryId = page.url().split('/ledger/entries/')[1] ?? '';
    expect(entryId).not.toBe('');
    // The assistant may not post: no Post button on the held entry.
    expect(await page.getByTestId('entry-post').count()).toBe(0);
    await screenshot(page, 'supervision-02-assistant-pending');
  });

  it('the assistant sees the request pending in My work, cannot approve it, and the API refuses', async () => {
    await page.getByTestId('nav-home').click();
    const row = page
      .getByTestId('submitted-table')
      .locator('[data-testid^="request-row-"]', { hasText: DESCRIPTION });
    await row.waitFor();
    expect(await row.getByTestId('request-status').textContent()).toBe('Pending');
    expect(await text(row.getByTestId('request-current-level'))).toContain(
      `Level 1: Accounting manager · Waiting on ${MANAGER.email}`,
    );
    requestId = ((await row.getAttribute('data-testid')) ?? '').replace('request-row-', '');
    expect(requestId).toMatch(/\w/);
    // No approve button anywhere for the maker, only withdraw.
    expect(await page.locator('[data-testid^="approve-"]').count()).toBe(0);
    await row.getByTestId(`withdraw-${requestId}`).waitFor();
    expect(await page.getByTestId('waiting-on-me').textContent()).toContain(
      'Nothing waits for your approval.',
    );
    // Nor in the request's own page.
    await row.getByTestId(`request-link-${requestId}`).click();
    await page.getByTestId('request-levels').waitFor();
    expect(await page.getByTestId(`approve-${requestId}`).count()).toBe(0);
    await screenshot(page, 'supervision-03-assistant-my-work');
    // The server refuses the maker, whatever the UI shows.
    const csrf = (await page.context().cookies()).find((c) => c.name === 'steward_csrf')?.value ?? '';
    const res = await page.request.post(`${base}/api/v1/work/approvals/${requestId}/approve`, {
      headers: { 'X-CSRF-Token': csrf, 'content-type': 'application/json' },
      data: { comment: 'approving my own' },
    });
    expect(res.status()).toBe(403);
    const entry = await call('GET', `/ledger/entries/${entryId}`);
    expect(entry.status).toBe('pending_approval');
  });

  it('the Accounting manager sees it in My work, opens the subject and approves', async () => {
    await signInAs(MANAGER);
    const row = page.getByTestId('waiting-table').getByTestId(`request-row-${requestId}`);
    await row.waitFor();
    await screenshot(page, 'supervision-04-manager-my-work');
    await row.getByTestId(`request-link-${requestId}`).click();
    await page.getByTestId('request-subject').waitFor();
    expect(await page.getByTestId('request-subject-link').getAttribute('href')).toBe(
      `/ledger/entries/${entryId}`,
    );
    // The entry's lines by account name, debit and credit, and the total (issue #11: approvers see the figures).
    expect(await text(page.getByTestId('subject-lines-total'))).toContain('CZK 25,000.00');
    expect(await page.getByTestId('request-level-0').getAttribute('data-state')).toBe('current');
    expect(await page.getByTestId('request-level-1').getAttribute('data-state')).toBe('later');
    await screenshot(page, 'supervision-05-manager-request');
    // One click approves (no dialog); the comment beside the buttons goes with it.
    await page.getByTestId('decision-note').fill('Lease checked against the contract.');
    await page.getByTestId(`approve-${requestId}`).click();
    await expect.poll(() => page.getByTestId('request-level-0').getAttribute('data-state')).toBe('done');
    expect(await page.getByTestId('request-level-1').getAttribute('data-state')).toBe('current');
    expect(await page.getByTestId(`approve-${requestId}`).count()).toBe(0);
    expect(await text(page.getByTestId('request-decisions'))).toContain(MANAGER.email);
    // One approval of two: not posted yet.
    expect((await call('GET', `/ledger/entries/${entryId}`)).status).toBe('pending_approval');
    await screenshot(page, 'supervision-06-manager-approved');
  });

  it("the team view shows the request waiting on the controller with the manager's step", async () => {
    await page.getByTestId('nav-work-team').click();
    const row = page.getByTestId(`team-request-${requestId}`);
    await row.waitFor();
    const steps = await text(row.getByTestId(`steps-${requestId}`));
    expect(steps).toContain(`1. Accounting manager: Approved ${MANAGER.email}`);
    expect(steps).toContain(`2. Controller: Waiting on ${CONTROLLER.email}`);
    await page.getByTestId(`workload-${ASSISTANT.email}`).waitFor();
    await page.getByTestId('throughput-table').waitFor({ state: 'attached' });
    await screenshot(page, 'supervision-07-team-waiting');
  });

  it('the controller sees it in My work and approves from the list; the entry is posted', async () => {
    await signInAs(CONTROLLER);
    const row = page.getByTestId('waiting-table').getByTestId(`request-row-${requestId}`);
    await row.waitFor();
    await screenshot(page, 'supervision-08-controller-my-work');
    await row.getByTestId(`approve-${requestId}`).click();
    await expect.poll(() => page.getByTestId(`request-row-${requestId}`).count()).toBe(0);
    expect(await page.getByTestId('waiting-on-me').textContent()).toContain(
      'Nothing waits for your approval.',
    );
    const entry = await call('GET', `/ledger/entries/${entryId}`);
    expect(entry.status).toBe('posted');
    // A second approval of a decided request is a conflict, not a second posting.
    const again = await api(base, token, 'POST', `/work/approvals/${requestId}/approve`, {});
    expect(again.status).toBe(409);
  });

  it('the entry is posted exactly once: journal and trial balance', async () => {
    const entries = await call('GET', `/ledger/entries?q=${encodeURIComponent(DESCRIPTION)}&limit=50`);
    const mine = (entries.items as { description: string; status: string }[]).filter(
      (e) => e.description === DESCRIPTION,
    );
    expect(mine.map((e) => e.status)).toEqual(['posted']);
    await page.getByTestId('nav-ledger-journal').click();
    const row = page.getByTestId('journal-row').filter({ hasText: DESCRIPTION });
    await row.waitFor();
    expect(await row.count()).toBe(1);
    expect(await row.getByTestId('entry-status').textContent()).toBe('Posted');
    await screenshot(page, 'supervision-09-journal-posted');
    await page.getByTestId('nav-ledger-reports-trial-balance').click();
    await page.getByTestId('tb-row-6100').waitFor();
    expect(await text(page.getByTestId('tb-row-6100'))).toContain('25,000.00');
    expect(await text(page.getByTestId('tb-total-debit'))).toContain('25,000.00');
    await screenshot(page, 'supervision-10-trial-balance');
  });

  it('the team view shows every step of the decided request', async () => {
    await signInAs(MANAGER);
    await page.getByTestId('nav-work-team').click();
    const row = page.getByTestId('team-decided-table').getByTestId(`team-request-${requestId}`);
    await row.waitFor();
    expect(await row.getByTestId('request-status').textContent()).toBe('Approved');
    const steps = await text(row.getByTestId(`steps-${requestId}`));
    expect(steps).toContain(`1. Accounting manager: Approved ${MANAGER.email}`);
    expect(steps).toContain('Lease checked against the contract.');
    expect(steps).toContain(`2. Controller: Approved ${CONTROLLER.email}`);
    expect(await page.getByTestId('team-approvals').textContent()).toContain('No approvals are waiting.');
    await screenshot(page, 'supervision-11-team-decided');
    // The assistant's notifications say it was approved.
    await signInAs(ASSISTANT);
    const notes = page.getByTestId('my-notifications');
    await notes.waitFor();
    await expect.poll(async () => (await notes.textContent()) ?? '').toMatch(/approved/i);
    const row2 = page.getByTestId('submitted-table').getByTestId(`request-row-${requestId}`);
    expect(await row2.getByTestId('request-status').textContent()).toBe('Approved');
    await screenshot(page, 'supervision-12-assistant-approved');
  });

  it('an admin editing the policy is told why an invalid condition is refused', async () => {
    await signInAs(OWNER);
    await page.getByTestId('nav-work-policies').click();
    const card = page.getByTestId('policy-ledger.post');
    await card.waitFor();
    expect(await text(card)).toContain('Version 1');
    await card.getByTestId('edit-policy-ledger.post').click();
    const form = page.getByTestId('policy-form');
    await form.waitFor();
    // The builder understood the stored condition and tier.
    expect(await form.getByTestId('condition-rule-0-value').inputValue()).toBe('1000');
    expect(await form.getByTestId('tier-0-rule-0-value').inputValue()).toBe('10000');
    await form.getByTestId('condition-advanced').click();
    await form.getByTestId('condition-raw').fill('{"eval": ["process.exit()"]}');
    await form.getByTestId('policy-save').click();
    const alert = form.getByTestId('error-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('unknown operator "eval"');
    await alert.scrollIntoViewIfNeeded();
    await screenshot(page, 'supervision-13-policy-invalid');
    // Nothing was saved: still version 1.
    expect(((await call('GET', '/work/policies')).items as { version: number }[])[0]?.version).toBe(1);
  });
});
