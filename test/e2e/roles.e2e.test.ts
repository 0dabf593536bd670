import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { api, createToken, freePort, killAll, signIn, startServer } from '../support/process.ts';

/**
 * Roles as data in the UI (issue #10 item 6): the owner makes a "Payroll clerk" company role on Settings →
 * Roles by ticking permissions, gives it to a member on the People page, and the member then sees only what
 * the role allows — the pages it opens work, the navigation hides the rest and a forbidden page opened by its
 * URL shows the no-access state. The member joins over the API (owner's token → invitation → accept).
 */
const OWNER = { email: 'owner@roles.test', password: 'owner-password-12345' };
const CLERK = { name: 'Carla Clerk', email: 'carla@roles.test', password: 'clerk-password-12345' };
const ROLE = 'Payroll clerk';

let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let owner: BrowserContext;
let page: Page;
let base = '';
let token = '';
let clerkId = '';

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

  token = await createToken(base, await signIn(base, OWNER.email, OWNER.password));
  const invited = await api(base, token, 'POST', '/invitations', { email: CLERK.email, role: 'assistant' });
  expect(invited.status).toBe(201);
  const link = (invited.body as { link: string }).link;
  const accepted = await fetch(`${base}/api/v1/auth/invitations/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token: link.split('/invite/')[1], name: CLERK.name, password: CLERK.password }),
  });
  expect(accepted.status).toBe(200);
  const people = await api(base, token, 'GET', `/people?q=${encodeURIComponent(CLERK.email)}`);
  clerkId = (people.body as { items: { id: string }[] }).items[0]?.id ?? '';
  expect(clerkId).toMatch(/^usr_/);

  owner = await chromium.value.newContext({ locale: 'en-US', viewport: { width: 1440, height: 900 } });
  owner.setDefaultTimeout(15_000);
  page = await owner.newPage();
  // Deleting asks for confirmation (window.confirm): the owner says yes.
  page.on('dialog', (d) => void d.accept());
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

it('the owner creates "Payroll clerk" on Settings → Roles by ticking permissions', async () => {
  await signInWithForm(page, base, OWNER);
  await page.getByTestId('nav-org-roles').click();
  await page.getByRole('heading', { level: 1, name: 'Roles and permissions' }).waitFor();
  // The built-in roles are listed, marked and not editable.
  const ownerRow = page.getByTestId('role-row-owner');
  await ownerRow.getByText('Built-in').waitFor();
  expect(await ownerRow.getByRole('button').count()).toBe(0);

  await page.getByTestId('new-role').click();
  const form = page.getByRole('form', { name: 'New role' });
  await form.getByLabel('Name').fill(ROLE);
  await form.getByLabel('Description').fill('Reads people; sees the members of their own departments');
  await screenshot(page, 'e2e-roles-01-form-1440');
  // Permissions by module, each with its description, ticked by keyboard (Space) like any checkbox.
  const people = form.getByRole('checkbox', { name: /See the people of the company/ });
  await people.focus();
  await page.keyboard.press('Space');
  expect(await people.isChecked()).toBe(true);
  await form.getByRole('checkbox', { name: /See a department's members/ }).check();
  // A department-scoped permission may be limited to the member's own departments.
  await form.getByTestId('reach-org.department.read').check();
  await page.getByTestId('role-save').click();
  await form.waitFor({ state: 'detached' });

  const row = page.getByTestId(`role-row-${ROLE}`);
  await row.getByText('Company role').waitFor();
  expect(await row.getByRole('button', { name: `Edit ${ROLE}` }).count()).toBe(1);
  await screenshot(page, 'e2e-roles-02-list-1440');

  // What the server now holds is what was ticked.
  const roles = await api(base, token, 'GET', '/roles');
  const made = (
    roles.body as { name: string; builtin: boolean; permissions: { name: string; reach: string }[] }[]
  ).find((r) => r.name === ROLE);
  expect(made?.builtin).toBe(false);
  expect(made?.permissions).toEqual([
    expect.objectContaining({ name: 'org.department.read', reach: 'departments' }),
    expect.objectContaining({ name: 'org.people.read', reach: 'company' }),
  ]);
});

it('the owner gives the role to a member on the People page; the role cannot be deleted while held', async () => {
  await page.getByTestId('nav-org-people').click();
  await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await page.getByRole('button', { name: `Actions for ${CLERK.name}` }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  const select = page.getByTestId('person-role');
  // Built-in and company roles in one select.
  expect(await select.locator('optgroup').count()).toBe(2);
  await select.selectOption({ label: ROLE });
  await page.getByTestId('person-save').click();
  await page.getByTestId('person-form').waitFor({ state: 'detached' });
  const clerkRow = page.getByRole('row').filter({ hasText: CLERK.email });
  await clerkRow.getByTestId('person-role-name').filter({ hasText: ROLE }).waitFor();

  const person = await api(base, token, 'GET', `/people/${clerkId}`);
  expect(person.body).toMatchObject({ role: 'custom', roleName: ROLE });

  // Deleting a role someone holds is a 409, said in words.
  await page.getByTestId('nav-org-roles').click();
  await page.getByRole('button', { name: `Delete ${ROLE}` }).click();
  const alert = page.getByTestId('role-in-use');
  await alert.waitFor();
  expect(await alert.textContent()).toContain(`The role "${ROLE}" is held by 1 person`);
  await page.getByTestId(`role-row-${ROLE}`).waitFor();
});

it('screenshots of the roles page at 1440 and 390 px, and in Czech', async () => {
  await page.reload();
  await page.getByTestId(`role-row-${ROLE}`).waitFor();
  await screenshot(page, 'e2e-roles-03-page-1440');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByTestId(`role-row-${ROLE}`).waitFor();
  await screenshot(page, 'e2e-roles-04-page-390');
  // Czech: the language switcher (in the header at desktop width) saves the choice to the profile.
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByTestId('language-switcher').selectOption('cs');
  await page.getByRole('heading', { level: 1, name: 'Role a oprávnění' }).waitFor();
  await page.getByTestId(`role-row-${ROLE}`).getByText('Vlastní role').waitFor();
  await screenshot(page, 'e2e-roles-05-page-1440-cs');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'e2e-roles-06-page-390-cs');
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByTestId('new-role').click();
  await page.getByRole('form', { name: 'Nová role' }).waitFor();
  await screenshot(page, 'e2e-roles-07-form-1440-cs');
});

it('the member signs in and sees only what the payroll clerk role allows', async () => {
  const ctx = await (browser as Browser).newContext({
    locale: 'en-US',
    viewport: { width: 1280, height: 800 },
  });
  ctx.setDefaultTimeout(15_000);
  const clerk = await ctx.newPage();
  await signInWithForm(clerk, base, CLERK);
  await clerk.getByRole('heading', { level: 1, name: /, Carla$/ }).waitFor();

  // The navigation offers People and hides what the role does not hold.
  await clerk.getByTestId('nav-org-people').waitFor();
  for (const hidden of [
    'nav-org-departments',
    'nav-org-invitations',
    'nav-org-roles',
    'nav-audit',
    'nav-ledger',
  ])
    expect(await clerk.getByTestId(hidden).count(), hidden).toBe(0);
  await screenshot(clerk, 'e2e-roles-08-clerk-home');

  // A page the role allows works.
  await clerk.getByTestId('nav-org-people').click();
  await clerk.getByRole('heading', { level: 1, name: 'People' }).waitFor();
  await clerk.getByRole('cell', { name: CLERK.email }).waitFor();
  expect(await clerk.getByTestId('invite-person').count()).toBe(0);

  // A page it does not allow, opened by its URL, shows the no-access state and no data.
  for (const path of ['/org/departments', '/audit']) {
    await clerk.goto(`${base}${path}`);
    await clerk.getByRole('alert').filter({ hasText: 'You do not have permission to do this' }).waitFor();
  }
  expect(await clerk.content()).not.toContain(OWNER.email);
  await screenshot(clerk, 'e2e-roles-09-clerk-forbidden');
  // The server says no as well.
  const res = await clerk.request.get(`${base}/api/v1/departments`);
  expect(res.status()).toBe(403);
  await ctx.close();
});
