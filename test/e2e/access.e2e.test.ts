import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { api, createToken, freePort, killAll, signIn, startServer } from '../support/process.ts';

/**
 * What an assistant sees: no admin navigation, and the audit page opened by its URL explains the missing
 * permission instead of showing data. The assistant is made over the API (owner's bearer token → invitation
 * → accept), then signs in through the browser like anyone else.
 */
const OWNER = { email: 'owner@access.test', password: 'owner-password-12345' };
const ASSISTANT = { name: 'Alice Assistant', email: 'alice@access.test', password: 'assistant-password-1' };

let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let context: BrowserContext;
let page: Page;
let base = '';

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
  };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;

  const token = await createToken(base, await signIn(base, OWNER.email, OWNER.password));
  const invited = await api(base, token, 'POST', '/invitations', {
    email: ASSISTANT.email,
    role: 'assistant',
  });
  expect(invited.status).toBe(201);
  const link = (invited.body as { link: string }).link;
  const accepted = await fetch(`${base}/api/v1/auth/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      token: link.split('/invite/')[1],
      name: ASSISTANT.name,
      password: ASSISTANT.password,
    }),
  });
  expect(accepted.status).toBe(200);

  context = await chromium.value.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(15_000);
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

it('an assistant signs in and sees no admin navigation or admin actions', async () => {
  await signInWithForm(page, base, ASSISTANT);
  await page.getByRole('heading', { level: 1, name: /, Alice$/ }).waitFor();
  expect(await page.getByTestId('my-role').textContent()).toContain('Assistant');

  // What an assistant may use is there; the administration is not.
  await page.getByTestId('nav-org-departments').waitFor();
  expect(await page.getByTestId('nav-org-people').count()).toBe(1);
  for (const admin of ['nav-org-invitations', 'nav-audit'])
    expect(await page.getByTestId(admin).count(), admin).toBe(0);
  const nav = page.getByRole('navigation', { name: 'Main navigation' }).first();
  for (const label of ['Invitations', 'Audit log'])
    expect(await nav.getByRole('link', { name: label }).count(), label).toBe(0);
  expect(await page.getByTestId('pending-invitations').count()).toBe(0);
  expect(await page.getByTestId('recent-audit').count()).toBe(0);
  await screenshot(page, 'e2e-access-01-assistant-home');

  // People may be read, not managed: no invite button.
  await page.getByTestId('nav-org-people').click();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await page.getByRole('cell', { name: ASSISTANT.email }).waitFor();
  expect(await page.getByTestId('invite-person').count()).toBe(0);
  // Departments may be read, not created.
  await page.getByTestId('nav-org-departments').click();
  await page.getByRole('heading', { level: 1, name: 'Departments' }).waitFor();
  expect(await page.getByTestId('new-department').count()).toBe(0);
});

it('opening the audit page by its URL shows a permission message, not data', async () => {
  await page.goto(`${base}/audit`);
  const alert = page.getByRole('alert').filter({ hasText: 'You do not have permission to do this' });
  await alert.waitFor();
  expect(await page.getByTestId('audit-table').count()).toBe(0);
  expect(await page.getByRole('heading', { level: 1, name: 'Audit log' }).count()).toBe(0);
  expect(await page.content()).not.toContain(OWNER.email);
  await screenshot(page, 'e2e-access-02-audit-forbidden');
  // The server says no as well: hiding is only a courtesy.
  const res = await page.request.get(`${base}/api/v1/audit`);
  expect(res.status()).toBe(403);
  expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
});
