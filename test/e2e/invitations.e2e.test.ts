import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, signIn, startServer } from '../support/process.ts';

/**
 * Issue #9: an invitation link never signs in an existing account. Bob already works for Home Co; an owner
 * invites him to Second Co. He opens the link, is asked to sign in, signs in with his own password, accepts,
 * and lands in Second Co. Nora has no account: she accepts by choosing her name and password.
 *
 * Mail is configured (a dead SMTP address; the worker is off, so nothing is sent) because with mail no
 * response carries a link: the tests read each link from the queued mail, as the invitee would.
 */
const OWNER = { email: 'owner@invite.test', password: 'owner-password-12345' };
const BOB = { name: 'Bob Builder', email: 'bob@invite.test', password: 'bob-password-123456' };
const NORA = { name: 'Nora Newcomer', email: 'nora@invite.test', password: 'nora-password-123456' };
const SECOND = 'Second Co';

let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let base = '';
let session: { cookie: string; csrf: string };

async function ownerCall(method: string, path: string, body: unknown, companyId?: string) {
  const res = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      ...(companyId ? { 'x-company-id': companyId } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function mailedLink(email: string): Promise<string> {
  const row = (
    await fresh!.db.query<{ body_text: string }>(
      'SELECT body_text FROM mail_outbox WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1',
      [email],
    )
  ).rows[0];
  const link = row?.body_text.match(/https?:\/\/\S+\/invite\/\S+/)?.[0];
  if (!link) throw new Error(`no invitation mail to ${email}`);
  return link;
}

let secondId = '';

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
    STEWARD_COMPANY_NAME: 'Home Co',
    SMTP_URL: 'smtp://127.0.0.1:9',
  };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;

  session = await signIn(base, OWNER.email, OWNER.password);
  // Bob joins Home Co as a new person, so that he is an existing account when Second Co invites him.
  const bobHome = await ownerCall('POST', '/invitations', { email: BOB.email, role: 'assistant' });
  expect(bobHome.body).toMatchObject({ link: null, emailed: true });
  const token = (await mailedLink(BOB.email)).split('/invite/')[1];
  const accepted = await fetch(`${base}/api/v1/auth/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, name: BOB.name, password: BOB.password }),
  });
  expect(accepted.status).toBe(200);

  const second = await ownerCall('POST', '/companies', { name: SECOND, baseCurrency: 'EUR' });
  expect(second.status).toBe(201);
  secondId = String(second.body.id);
  const bobSecond = await ownerCall('POST', '/invitations', { email: BOB.email, role: 'manager' }, secondId);
  expect(bobSecond.body).toMatchObject({ link: null, emailed: true, existingUser: null });
  const noraSecond = await ownerCall(
    'POST',
    '/invitations',
    { email: NORA.email, role: 'auditor' },
    secondId,
  );
  expect(noraSecond.body).toMatchObject({ link: null, emailed: true, existingUser: null });
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

async function newPage(): Promise<Page> {
  const context = await browser!.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  context.setDefaultTimeout(15_000);
  return context.newPage();
}

it('an existing user opens the link, is asked to sign in, signs in, accepts and lands in the new company', async () => {
  const page = await newPage();
  try {
    const link = await mailedLink(BOB.email);
    await page.goto(link);
    const existing = page.getByTestId('accept-invite-existing');
    await existing.waitFor();
    expect(await existing.textContent()).toContain(`${BOB.email} already has a Steward account`);
    // No way in through the link: no password form, only "sign in".
    expect(await page.getByTestId('accept-invite-form').count()).toBe(0);
    await screenshot(page, 'e2e-invite-01-existing-asked-to-sign-in');

    await page.getByTestId('accept-invite-sign-in').click();
    const form = page.getByTestId('sign-in-form');
    await form.waitFor();
    await form.locator('input[name=email]').fill(BOB.email);
    await form.locator('input[name=password]').fill(BOB.password);
    await page.getByTestId('sign-in-submit').click();

    // Back on the invitation, now signed in as Bob.
    const accept = page.getByTestId('accept-invite-accept');
    await accept.waitFor();
    expect(await existing.textContent()).toContain(`You are signed in as ${BOB.email}`);
    await screenshot(page, 'e2e-invite-02-existing-signed-in');
    await accept.click();

    await page.getByRole('heading', { level: 1, name: /, Bob$/ }).waitFor();
    const role = page.getByTestId('my-role');
    await role.filter({ hasText: SECOND }).waitFor();
    expect(await role.textContent()).toContain('Manager');
    await screenshot(page, 'e2e-invite-03-existing-joined');
  } finally {
    await page.context().close();
  }
});

it('a new person accepts by choosing a name and password and lands in the company', async () => {
  const page = await newPage();
  try {
    await page.goto(await mailedLink(NORA.email));
    const form = page.getByTestId('accept-invite-form');
    await form.waitFor();
    expect(await form.textContent()).toContain(SECOND);
    await form.getByLabel('Your name').fill(NORA.name);
    await form.getByLabel('New password').fill(NORA.password);
    await form.getByLabel('Repeat the password').fill(NORA.password);
    await page.getByTestId('accept-invite-submit').click();

    await page.getByRole('heading', { level: 1, name: /, Nora$/ }).waitFor();
    const role = page.getByTestId('my-role');
    await role.filter({ hasText: SECOND }).waitFor();
    expect(await role.textContent()).toContain('Auditor');
    await screenshot(page, 'e2e-invite-04-new-person-joined');
  } finally {
    await page.context().close();
  }
});
