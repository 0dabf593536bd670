import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeParty, randomIban } from '../../src/modules/parties/factories.ts';
import { makeDraft, makeSales, type SalesFixture } from '../../src/modules/sales/factories.ts';
import { expectAccessible } from '../support/accessibility.ts';
import { launchBrowser, screenshot, signInWithForm } from '../support/browser.ts';
import { issueInvoices } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { freePort, killAll, startServer } from '../support/process.ts';

/**
 * Customers, vendors and receivables in Chromium against the real server: the customer list and a party's
 * page, a bad IBAN refused with the field named, a good one masked and revealed, a new customer, the AR aging
 * with its chart and drill-down, dunning and the cash forecast. Screenshots: parties-NN-*.png.
 */
let fresh: FreshDatabase | undefined;
let browser: Browser | undefined;
let page: Page;
let base = '';
let f: SalesFixture;
let manager: { email: string; password: string };
const iban = randomIban('CZ');

const heading = (name: string) => page.getByRole('heading', { level: 1, name });

beforeAll(async () => {
  fresh = await freshDatabase();
  f = await makeSales(fresh.db);
  manager = await makePerson(fresh.db, f.companyId, { role: 'manager', name: 'Maria Manager' });
  const a = await makeDraft(fresh.db, f, { issueDate: '2026-01-05', dueDate: '2026-01-19' });
  const b = await makeDraft(fresh.db, f, { issueDate: '2026-03-20', dueDate: '2026-04-20' });
  await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id, b.id]));
  await makeParty(fresh.db, f.companyId, {
    legalName: 'Hierros del Norte S.L.',
    vendor: true,
    address: { city: 'Bilbao', country: 'ES' },
    bank: { iban: true },
    ctx: f.ctx,
  });
  const port = await freePort();
  base = `http://localhost:${port}`;
  const env = { DATABASE_URL: fresh.url, STEWARD_WORKER: 'false', STEWARD_PUBLIC_URL: base };
  const [server, chromium] = await Promise.allSettled([startServer(env, { port }), launchBrowser()]);
  if (chromium.status === 'fulfilled') browser = chromium.value;
  if (server.status === 'rejected') throw server.reason;
  if (chromium.status === 'rejected') throw chromium.reason;
  const context = await chromium.value.newContext({
    locale: 'en-US',
    viewport: { width: 1400, height: 900 },
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
    if (page && !page.isClosed()) await screenshot(page, `parties-failed-${task.name}`).catch(() => {});
  });
});

describe.sequential('customers, vendors and receivables', () => {
  it('lists customers and vendors, opens a customer, refuses a bad IBAN, masks and reveals a good one', async () => {
    await signInWithForm(page, base, manager);
    await page.getByTestId('nav-customers').click();
    await heading('Customers').waitFor();
    await page.getByTestId('customers-table').getByText('Acme Trading s.r.o.').waitFor();
    await screenshot(page, 'parties-01-customers');
    await page.getByTestId('nav-vendors').click();
    await heading('Vendors').waitFor();
    await page.getByTestId('vendors-table').getByText('Hierros del Norte S.L.').waitFor();
    await page.getByTestId('nav-customers').click();
    await page.getByRole('link', { name: 'Acme Trading s.r.o.' }).click();
    await heading('Acme Trading s.r.o.').waitFor();
    const bank = page.getByTestId('party-bank-accounts');
    await bank.getByTestId('bank-iban').fill(`CZ00${iban.slice(4)}`);
    await bank.getByTestId('bank-add').click();
    await bank.getByText(/IBAN: The IBAN check digits do not match/).waitFor();
    await bank.getByTestId('bank-iban').fill(iban);
    await bank.getByTestId('bank-add').click();
    await bank.getByText(`•••• ${iban.slice(-4)}`).waitFor();
    await screenshot(page, 'parties-02-bank-masked');
    await bank.getByTestId('bank-reveal').click();
    await bank.getByText(iban.replace(/(.{4})(?=.)/g, '$1 ')).waitFor();
    await screenshot(page, 'parties-03-bank-revealed');
    await page.getByTestId('party-statement').click();
    await heading('Customer statement').waitFor();
    await page.getByTestId('statement-group').getByText('2026-00001').waitFor();
    expect(await page.getByTestId('statement-pdf').getAttribute('href')).toMatch(
      /\/statement\?asOf=.*format=pdf/,
    );
    await screenshot(page, 'parties-03b-statement');
  });

  it('creates a customer from the form and edits it', async () => {
    await page.getByTestId('nav-customers').click();
    await page.getByTestId('party-new').click();
    await page.getByTestId('party-legal-name').fill('Olivos del Sur S.A.');
    // Choices, not codes: typing the country's name offers Germany (DE), not Georgia (GE) as a 2-letter box did.
    await page.getByTestId('party-country').fill('Germ');
    await page.getByRole('option', { name: 'Germany (DE)' }).click();
    expect(await page.getByTestId('party-postalCode').getAttribute('name')).toBe('postalCode');
    // A US address asks for a state from a list, in the US order (city, state, ZIP).
    await page.getByTestId('party-country').fill('United St');
    await page.getByRole('option', { name: 'United States (US)' }).click();
    await page.getByTestId('party-region').fill('Texas');
    await page.getByRole('option', { name: 'Texas (TX)' }).click();
    await page.getByText('ZIP code').waitFor();
    await screenshot(page, 'parties-04a-address-us');
    await page.getByTestId('party-country').fill('Germ');
    await page.getByRole('option', { name: 'Germany (DE)' }).click();
    await page.getByTestId('party-currency').fill('Euro');
    await page.getByRole('option', { name: 'EUR — Euro' }).click();
    await page.getByTestId('party-save').click();
    await heading('Olivos del Sur S.A.').waitFor();
    expect(await page.getByTestId('party-country').inputValue()).toBe('Germany (DE)');
    await page.locator('input[name=paymentTermsDays]').fill('45');
    await page.getByTestId('party-save').click();
    await page.getByTestId('party-saved').waitFor();
    await screenshot(page, 'parties-04-created');
  });

  it('shows the AR aging with a chart and drill-down, dunning and the cash forecast', async () => {
    await page.getByTestId('nav-receivables-aging').click();
    await heading('Receivables aging').waitFor();
    await page.getByTestId('as-of').fill('2026-04-01');
    const table = page.getByTestId('aging-table');
    await table.getByText('Acme Trading s.r.o.').waitFor();
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Party',
      'Currency',
      'Current',
      '1-30',
      '31-60',
      '61-90',
      'Over 90',
      'Total',
    ]);
    await page.getByTestId('aging-party').first().click();
    await page.getByTestId('aging-documents').getByText('2026-00001').waitFor();
    await page.getByTestId('aging-chart').waitFor();
    await screenshot(page, 'parties-05-ar-aging');
    // Bucket limits are edited as day counts, not as "30,60,90" text.
    await page.getByTestId('aging-bucket-add').click();
    await table.getByText('91-120').waitFor();
    await table.getByText('Over 120').waitFor();
    await page.getByTestId('nav-receivables-dunning').click();
    await heading('Dunning').waitFor();
    await page.getByTestId('as-of').fill('2026-04-01');
    await page.getByTestId('dunning-table').getByText('Acme Trading s.r.o.').waitFor();
    // Dunning levels are rows with a start day and a fee, not "1,15:10.00".
    for (const level of [0, 1, 2]) await page.getByTestId(`dunning-level-${level}-fee`).fill('7.50');
    await page
      .getByTestId('dunning-table')
      .getByText(/7[.,]50/)
      .waitFor();
    await screenshot(page, 'parties-06-dunning');
    await page.getByTestId('nav-receivables-forecast').click();
    await heading('Cash forecast').waitFor();
    await page.getByTestId('as-of').fill('2026-04-01');
    await page.getByTestId('forecast-chart').waitFor();
    await screenshot(page, 'parties-07-forecast');
  });

  it('speaks Czech and Spanish on the same pages', async () => {
    await page.getByTestId('language-switcher').selectOption('cs');
    await page.getByTestId('nav-customers').click();
    await heading('Odběratelé').waitFor();
    await page.getByRole('link', { name: 'Acme Trading s.r.o.' }).click();
    await page.getByRole('heading', { name: 'Bankovní účty' }).waitFor();
    await screenshot(page, 'parties-08-customer-cs');
    await page.getByTestId('language-switcher').selectOption('es');
    await page.getByTestId('nav-receivables-aging').click();
    await heading('Antigüedad de cuentas por cobrar').waitFor();
    await page.getByTestId('as-of').fill('2026-04-01');
    await page.getByTestId('aging-table').getByText('No vencido').waitFor();
    await screenshot(page, 'parties-09-aging-es');
    await expectAccessible(page, 'AR aging in Spanish');
    await page.getByTestId('language-switcher').selectOption('en');
  });
});
