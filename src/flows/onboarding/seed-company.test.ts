import { describe, expect, it } from 'vitest';
import { sessionFrom, testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { listAccounts, listFiscalYears } from '../../modules/ledger/index.ts';
import { makeCompany } from '../../modules/org/factories.ts';
import { getSettings } from '../../modules/sales/index.ts';
import { listTaxCodes } from '../../modules/tax/index.ts';

const fresh = withFreshDatabase();

/** A new company per country, made through the API by an owner, then its first invoice with no other call. */
const CASES = [
  { country: 'US', currency: 'USD', taxCode: 'ST', total: '108.88', receivable: '1100', revenue: '4000' },
  { country: 'CZ', currency: 'CZK', taxCode: 'S21', total: '121.00', receivable: '311', revenue: '604' },
  { country: 'ES', currency: 'EUR', taxCode: 'S21', total: '121.00', receivable: '430', revenue: '700' },
  { country: 'DE', currency: 'EUR', taxCode: 'S19', total: '119.00', receivable: '1100', revenue: '4010' },
] as const;

async function ownerSession() {
  const t = testApp(fresh.db);
  const { owner } = await makeCompany(fresh.db);
  const signed = await t.request('POST', '/api/v1/auth/sign-in', {
    body: { email: owner.email, password: owner.password },
  });
  expect(signed.status).toBe(200);
  return { t, session: sessionFrom(signed) };
}

describe('onboarding: a new company is ready to invoice', () => {
  it.each(CASES)('a $country company issues its first invoice with no setup', async (c) => {
    const { t, session } = await ownerSession();
    const made = await t.request('POST', '/api/v1/companies', {
      session,
      body: { name: `First ${c.country}`, baseCurrency: c.currency, country: c.country },
    });
    expect(made.status).toBe(201);
    expect(made.body.country).toBe(c.country);
    const company = made.body.id as string;
    const party = await t.request('POST', '/api/v1/parties', {
      session,
      company,
      body: { legalName: 'First Customer', customer: true },
    });
    expect(party.status).toBe(201);
    const draft = await t.request('POST', '/api/v1/sales/invoices', {
      session,
      company,
      body: {
        partyId: party.body.id,
        lines: [{ description: 'Work', quantity: '1', unit: 'C62', unitPrice: '100', taxCode: c.taxCode }],
      },
    });
    expect(draft.status).toBe(201);
    const issued = await t.request('POST', `/api/v1/sales/invoices/${draft.body.id}/issue`, {
      session,
      company,
      body: {},
    });
    expect(issued.status).toBe(200);
    expect(issued.body.status).toBe('issued');
    expect(issued.body.total).toBe(c.total);
    // The defaults are the chart's own accounts, and they stay editable through the ordinary settings.
    const settings = await getSettings(fresh.db, company);
    const accounts = await listAccounts(fresh.db, company);
    const code = (id: string | null) => accounts.find((a) => a.id === id)?.code;
    expect(code(settings.receivableAccountId)).toBe(c.receivable);
    expect(code(settings.revenueAccountId)).toBe(c.revenue);
    expect(settings.seller).toMatchObject({ name: `First ${c.country}`, country: c.country });
    // The setup checklist ticks from the data: taxes were seeded, the first invoice is issued; no bank yet.
    const checklist = await t.request('GET', '/api/v1/setup-checklist', { session, company });
    expect(checklist.status).toBe(200);
    const done = Object.fromEntries(
      (checklist.body.steps as { key: string; done: boolean }[]).map((s) => [s.key, s.done]),
    );
    expect(done).toEqual({
      company: false,
      taxes: true,
      bank: false,
      firstInvoice: true,
      firstReconciliation: false,
    });
  });

  it('seeds one chart, the current fiscal year, tax codes and settings, all audited, editable afterwards', async () => {
    const { t, session } = await ownerSession();
    const made = await t.request('POST', '/api/v1/companies', {
      session,
      body: { name: 'Praha s.r.o.', baseCurrency: 'CZK' },
    });
    const company = made.body.id as string;
    // No country given: CZK places it in CZ.
    const accounts = await listAccounts(fresh.db, company);
    expect(accounts.some((a) => a.code === '311')).toBe(true);
    expect(new Set(accounts.map((a) => a.code)).size).toBe(accounts.length);
    const year = new Date().getUTCFullYear();
    const years = await listFiscalYears(fresh.db, company);
    expect(years.some((y) => y.startDate <= `${year}-12-31` && y.endDate >= `${year}-01-01`)).toBe(true);
    expect(years[0]!.periods).toHaveLength(12);
    expect((await listTaxCodes(fresh.db, company)).map((x) => x.code)).toContain('S21');
    const audit = await fresh.db.query<{ entity_type: string }>(
      'SELECT DISTINCT entity_type FROM audit_events WHERE company_id = $1',
      [company],
    );
    expect(audit.rows.map((r) => r.entity_type)).toEqual(
      expect.arrayContaining(['company', 'ledger_chart', 'fiscal_year', 'tax_code', 'sales_settings']),
    );
    const revenue = accounts.find((a) => a.code === '602')!;
    const edited = await t.request('PUT', '/api/v1/sales/settings', {
      session,
      company,
      body: { revenueAccountId: revenue.id },
    });
    expect(edited.status).toBe(200);
    expect((await getSettings(fresh.db, company)).revenueAccountId).toBe(revenue.id);
  });

  it('a country that is not an ISO code is a 422 and makes nothing', async () => {
    const { t, session } = await ownerSession();
    const bad = await t.request('POST', '/api/v1/companies', {
      session,
      body: { name: 'Nowhere', baseCurrency: 'EUR', country: 'usa' },
    });
    expect(bad.status).toBe(422);
    const rows = await fresh.db.query('SELECT 1 FROM companies WHERE name = $1', ['Nowhere']);
    expect(rows.rowCount).toBe(0);
  });
});
