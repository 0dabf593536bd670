import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { expectAccessible } from '../support/accessibility.ts';
import { launchBrowser, screenshot } from '../support/browser.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * The foundation as a person meets it, in Chromium against the real server (child process, fresh database):
 * first-run setup with the token from the console, sign-out and keyboard-only sign-in, a department, an
 * invitation accepted in another browser, Czech, the people export and the audit log. One flow: each step
 * builds on the one before. Screenshots: test-results/screenshots/e2e-NN-*.png.
 */

const OWNER = { name: 'Ada Lovelace', email: 'ada@example.test', password: 'analytical-engine-1843' };
const INVITEE = {
  name: 'Charles Babbage',
  email: 'charles@example.test',
  password: 'difference-engine-1822',
};
const COMPANY = 'Lovelace & Babbage s.r.o.';
const DEPARTMENT = { code: 'ENG', name: 'Engines' };

// Czech strings as web/src/i18n/cs.ts has them (the web dictionaries are outside the server's tsconfig).
const CS = {
  departments: 'Oddělení',
  people: 'Lidé',
  invitations: 'Pozvánky',
  audit: 'Auditní záznam',
  organisation: 'Organizace',
  home: 'Moje práce',
  myDepartments: 'Moje oddělení',
};

let fresh: FreshDatabase | undefined;
let base = '';
let output: () => string = () => '';
let browser: Browser | undefined;
let owner: BrowserContext;
let page: Page;
let departmentId = '';
let inviteLink = '';

const url = (path: string) => `${base}${path}`;

/** The one-time token `steward start` prints on a first run, after the line that names it. */
async function setupToken(): Promise<string> {
  const pattern = /one-time setup token:\s*\n\s*(\S+)/;
  await expect.poll(() => pattern.test(output()), { timeout: 10_000 }).toBe(true);
  return output().match(pattern)?.[1] as string;
}

/** The element with the keyboard focus, by its name attribute. */
const focusedName = (p: Page) =>
  p.evaluate<string | null>('document.activeElement && document.activeElement.getAttribute("name")');

async function newContext(): Promise<BrowserContext> {
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({
    locale: 'en-US',
    timezoneId: 'Europe/Prague',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

const heading = (p: Page, name: string | RegExp) => p.getByRole('heading', { level: 1, name });

beforeAll(async () => {
  fresh = await freshDatabase();
  // Server and browser start in parallel: together they are most of this file's time on 2 cores.
  // No STEWARD_ADMIN_EMAIL: a first run, which prints a setup token. Links are made for the URL we browse.
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = { DATABASE_URL: fresh.url, STEWARD_WORKER: 'false', STEWARD_PUBLIC_URL: base };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  output = server.value.output;
  owner = await newContext();
  page = await owner.newPage();
});

afterAll(async () => {
  await browser?.close().catch(() => {});
  await killAll();
  if (fresh) await dropFreshDatabase(fresh);
});

beforeEach(({ task }) => {
  onTestFailed(async () => {
    if (page && !page.isClosed()) await screenshot(page, `e2e-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('foundation in the browser', () => {
  it('sends a fresh install to setup, which creates the company and signs the owner in', async () => {
    const token = await setupToken();
    await page.goto(url('/'));
    await page.waitForURL(/\/setup$/);
    await heading(page, 'Set up Steward').waitFor();
    await page.locator('input[name=setupToken]').fill(token);
    await page.locator('input[name=companyName]').fill(COMPANY);
    await page.locator('select[name=currency]').selectOption('CZK');
    await page.locator('select[name=timeZone]').selectOption('Europe/Prague');
    await page.locator('input[name=name]').fill(OWNER.name);
    await page.locator('input[name=email]').fill(OWNER.email);
    await page.locator('input[name=password]').fill(OWNER.password);
    await screenshot(page, 'e2e-01-setup');
    await expectAccessible(page, 'setup');
    await page.getByTestId('setup-submit').click();

    await heading(page, /^Good (morning|afternoon|evening), Ada$/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByTestId('company-name').textContent()).toBe(COMPANY);
    await expect.poll(() => page.getByTestId('my-role').textContent()).toContain('Owner');
    await screenshot(page, 'e2e-02-home-after-setup');
  });

  it('signs out, then signs in again with the keyboard alone', async () => {
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/sign-in$/);
    await heading(page, 'Sign in').waitFor();
    // Signed out for real: the app sends us back to sign-in.
    await page.goto(url('/org/departments'));
    await page.waitForURL(/\/sign-in\?redirect=/);
    await page.goto(url('/sign-in'));

    const form = page.getByTestId('sign-in-form');
    await form.waitFor();
    // The e-mail field has the focus on arrival, Tab reaches the password, Enter submits.
    await expect.poll(() => focusedName(page)).toBe('email');
    await page.keyboard.type(OWNER.email);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('password');
    await page.keyboard.type(OWNER.password);
    await screenshot(page, 'e2e-03-sign-in');
    await page.keyboard.press('Enter');

    await heading(page, /^Good (morning|afternoon|evening), Ada$/).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('creates a department, which appears in the list', async () => {
    await page.getByTestId('nav-org-departments').click();
    await heading(page, 'Departments').waitFor();
    await page.getByTestId('new-department').click();
    const form = page.getByTestId('department-form');
    await form.locator('input[name=code]').fill(DEPARTMENT.code);
    await form.locator('input[name=name]').fill(DEPARTMENT.name);
    await page.getByTestId('department-save').click();
    await form.waitFor({ state: 'detached' });

    const link = page.getByTestId('departments-table').getByRole('link', { name: DEPARTMENT.name });
    await link.waitFor();
    departmentId = (await link.getAttribute('href'))?.split('/').pop() ?? '';
    expect(departmentId).toMatch(/^dep_/);
    const row = page.getByTestId('departments-table').getByRole('row').filter({ hasText: DEPARTMENT.name });
    expect(await row.textContent()).toContain(DEPARTMENT.code);
    await screenshot(page, 'e2e-04-departments');
  });

  it('invites a person with a role and the department, and shows the link (no SMTP)', async () => {
    await page.getByTestId('nav-org-invitations').click();
    await heading(page, 'Invitations').waitFor();
    const form = page.getByTestId('invite-form');
    await form.locator('input[name=email]').fill(INVITEE.email);
    await form.locator('select[name=role]').selectOption('manager');
    await page.getByTestId('invite-departments').click();
    await page.getByRole('option', { name: `${DEPARTMENT.code} — ${DEPARTMENT.name}` }).click();
    await page.keyboard.press('Escape');
    await page.getByTestId('invite-submit').click();

    const result = page.getByTestId('invite-result');
    await result.waitFor();
    expect(await result.textContent()).toContain(INVITEE.email);
    inviteLink = await page.getByTestId('invite-link').inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${url('/invite/')}\\S+$`));

    const row = page.getByTestId('invitations-table').getByRole('row').filter({ hasText: INVITEE.email });
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain('Manager');
    expect(text).toContain(DEPARTMENT.code);
    await screenshot(page, 'e2e-05-invitation');
  });

  it('lets the invitee accept in another browser and land in the app, in the department', async () => {
    const invitee = await newContext();
    try {
      const p = await invitee.newPage();
      await p.goto(inviteLink);
      const form = p.getByTestId('accept-invite-form');
      await form.waitFor();
      expect(await form.textContent()).toContain(COMPANY);
      await form.getByLabel('Your name').fill(INVITEE.name);
      await form.getByLabel('New password').fill(INVITEE.password);
      await form.getByLabel('Repeat the password').fill(INVITEE.password);
      await screenshot(p, 'e2e-06-accept-invitation');
      await expectAccessible(p, 'accept invitation');
      await p.getByTestId('accept-invite-submit').click();

      await heading(p, /^Good (morning|afternoon|evening), Charles$/).waitFor();
      const departments = p.getByTestId('my-departments');
      await departments.getByRole('link', { name: DEPARTMENT.name }).waitFor();
      expect(await p.getByTestId('my-role').textContent()).toContain('Manager');
      await screenshot(p, 'e2e-07-invitee-home');
    } finally {
      await invitee.close();
    }
  });

  it('switches the owner to Czech: navigation and headings, kept after a reload', async () => {
    await page.getByTestId('nav-home').click();
    await page.getByTestId('language-switcher').selectOption('cs');
    // .first(): the navbar and the scroll area inside it are both labelled navigation landmarks.
    const nav = page.getByRole('navigation', { name: 'Hlavní navigace' }).first();
    await nav.getByRole('link', { name: CS.departments, exact: true }).waitFor();
    for (const label of [CS.home, CS.people, CS.invitations, CS.audit])
      expect(await nav.getByRole('link', { name: label, exact: true }).count()).toBe(1);
    expect(await nav.textContent()).toContain(CS.organisation);
    await heading(page, /^(Dobré ráno|Dobré odpoledne|Dobrý večer), Ada$/).waitFor();
    await page.getByRole('heading', { name: CS.myDepartments }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('cs');

    // Saved to the profile, not only in this tab.
    await page.reload();
    await page.getByRole('heading', { name: CS.myDepartments }).waitFor();
    await nav.getByRole('link', { name: CS.departments, exact: true }).click();
    await heading(page, CS.departments).waitFor();
    await screenshot(page, 'e2e-08-czech');
    await expectAccessible(page, 'departments in Czech');
  });

  it('exports the people list as CSV with both people', async () => {
    await page.getByTestId('nav-org-people').click();
    await heading(page, CS.people).waitFor();
    await page.getByRole('cell', { name: INVITEE.email }).waitFor();
    await screenshot(page, 'e2e-09-people');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('people-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('people.csv');
    const path = await download.path();
    const csv = await readFile(path, 'utf8');
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toBe('name,email,role,job_title,reports_to,departments,status,id');
    expect(lines).toHaveLength(3);
    const byEmail = new Map(lines.slice(1).map((l) => [l.split(',')[1], l]));
    expect(byEmail.get(OWNER.email)).toMatch(/^Ada Lovelace,ada@example\.test,owner,/);
    expect(byEmail.get(INVITEE.email)).toMatch(
      /^Charles Babbage,charles@example\.test,manager,.*,ENG,active,/,
    );
  });

  it('lists the events in the audit log, the department creation among them', async () => {
    await page.getByTestId('nav-audit').click();
    await heading(page, CS.audit).waitFor();
    const table = page.getByTestId('audit-table');
    const rowAbout = (entityId: string) =>
      table.getByRole('row').filter({ has: page.getByText(entityId, { exact: true }) });
    const created = rowAbout(departmentId);
    await created.waitFor();
    const text = await created.textContent();
    expect(text).toContain('create');
    expect(text).toContain('department');
    expect(text).toContain(OWNER.email); // the actor
    // The invitation and its acceptance by the invitee are there too.
    const accepted = table.getByRole('row').filter({ hasText: 'accept' }).filter({ hasText: INVITEE.email });
    expect(await accepted.count()).toBe(1);
    expect(await accepted.textContent()).toContain('invitation');
    await screenshot(page, 'e2e-10-audit');
  });
});
