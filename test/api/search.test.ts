import { beforeAll, describe, expect, it } from 'vitest';
import {
  addToDepartment,
  makeCustomRoleMember,
  makeDepartment,
  makePerson,
  type PersonFixture,
} from '../../src/modules/org/factories.ts';
import { loadPrincipal } from '../../src/modules/org/index.ts';
import { makeParty } from '../../src/modules/parties/factories.ts';
import { makeBill, makePurchasing, type PurchasingFixture } from '../../src/modules/purchasing/factories.ts';
import { makeDraft, makeSales, type SalesFixture } from '../../src/modules/sales/factories.ts';
import type { Sql } from '../../src/platform/db/index.ts';
import {
  amountCandidates,
  matchesAmount,
  parseSearchQuery,
  SearchResult,
} from '../../src/platform/search/index.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { issueInvoices, steward } from '../support/compose.ts';
import { withFreshDatabase } from '../support/db.ts';
import { insertSearchRows } from '../support/search-bulk.ts';

/** Global search: every kind by number, name, amount or reference; permission and company filtering; bad q. */
const fresh = withFreshDatabase();

let t: TestApp;
let s: SalesFixture; // company S: invoices, its customer, entries, tasks, people
let p: PurchasingFixture; // company P: bills and its vendor
let adminS: PersonFixture;
let adminP: PersonFixture;
let invoiceNumber: string;
let invoiceId: string;
let billId: string;

async function search(as: PersonFixture, q: string, limit?: number) {
  const query = new URLSearchParams({ q, ...(limit !== undefined ? { limit: String(limit) } : {}) });
  return t.request('GET', `/api/v1/search?${query}`, { token: as.token });
}

async function hits(as: PersonFixture, q: string) {
  const res = await search(as, q);
  expect(res.status).toBe(200);
  return SearchResult.parse(res.body);
}

beforeAll(async () => {
  t = testApp(fresh.db);
  s = await makeSales(fresh.db);
  p = await makePurchasing(fresh.db);
  adminS = await makePerson(fresh.db, s.companyId, { role: 'admin', name: 'Olga Administratorová' });
  adminP = await makePerson(fresh.db, p.companyId, { role: 'admin' });
  // 162.99 CZK, tax included: the total is exactly 16299 minor units.
  const draft = await makeDraft(fresh.db, s, {
    pricesIncludeTax: true,
    orderReference: 'PO-77813',
    lines: [{ description: 'Audit', quantity: '1', unit: 'C62', unitPrice: '162.99', taxCode: 'S21' }],
  });
  const [issued] = await fresh.db.tx((tx) => issueInvoices(tx, s.ctx, [draft.id]));
  invoiceId = draft.id;
  invoiceNumber = issued!.number as string;
  const bill = await makeBill(fresh.db, p, { vendorInvoiceNumber: 'FV-2026-0042' });
  billId = bill.id;
  for (const [description, reference] of [
    ['Quarterly rent for the Brno warehouse', 'LEASE-9'],
    ['Office cleaning', null],
  ] as const) {
    const res = await t.request('POST', '/api/v1/ledger/entries', {
      token: adminS.token,
      body: {
        date: '2026-03-02',
        description,
        ...(reference ? { reference } : {}),
        lines: [
          { account: '6000', debit: '100' },
          { account: '1000', credit: '100' },
        ],
        post: true,
      },
    });
    expect(res.status).toBe(201);
  }
}, 60_000);

describe('global search', () => {
  it('finds an invoice by its number first, by the customer, by an order reference and by its amount', async () => {
    const byNumber = await hits(adminS, invoiceNumber);
    expect(byNumber.hits[0]).toMatchObject({
      kind: 'invoice',
      id: invoiceId,
      title: invoiceNumber,
      exact: true,
      amount: '162.99',
      currency: 'CZK',
      link: `/sales/invoices/${invoiceId}`,
    });
    expect((await hits(adminS, 'acme trad')).hits.map((h) => h.kind)).toEqual(
      expect.arrayContaining(['invoice', 'party']),
    );
    expect((await hits(adminS, 'PO-778')).hits.find((h) => h.kind === 'invoice')?.id).toBe(invoiceId);
    for (const typed of ['162.99', '162,99']) {
      const found = (await hits(adminS, typed)).hits.find((h) => h.kind === 'invoice');
      expect(found, typed).toMatchObject({ id: invoiceId, exact: true });
    }
    // 16299 is 16 299.00 CZK, not this invoice.
    expect((await hits(adminS, '16299')).hits.some((h) => h.id === invoiceId)).toBe(false);
  });

  it('finds a bill by the vendor number, the vendor and its amount; a party by part of its name, code or VAT id', async () => {
    expect((await hits(adminP, 'FV-2026-0042')).hits[0]).toMatchObject({
      kind: 'bill',
      id: billId,
      exact: true,
      link: `/purchasing/bills/${billId}`,
    });
    const vendor = await hits(adminP, 'potřeby brno');
    expect(vendor.hits.map((h) => h.kind)).toEqual(expect.arrayContaining(['bill', 'party']));
    // 1000.00 at 21 %: 1210.00 CZK.
    expect((await hits(adminP, '1210')).hits.find((h) => h.kind === 'bill')?.id).toBe(billId);
    expect((await hits(adminP, '1 210,00')).hits.find((h) => h.kind === 'bill')?.id).toBe(billId);
    expect((await hits(adminP, 'CZ27654321')).hits[0]).toMatchObject({ kind: 'party', exact: true });
  });

  it('finds journal entries by number, description and reference, tasks by title and people by name or e-mail', async () => {
    const entries = await hits(adminS, 'brno warehouse');
    const entry = entries.hits.find((h) => h.kind === 'entry');
    expect(entry?.title).toMatch(/^\d+$/);
    expect((await hits(adminS, entry!.title!)).hits[0]).toMatchObject({ kind: 'entry', exact: true });
    expect((await hits(adminS, 'LEASE-9')).hits[0]).toMatchObject({
      kind: 'entry',
      id: entry!.id,
      exact: true,
    });
    const task = await t.request('POST', '/api/v1/work/tasks', {
      token: adminS.token,
      body: { title: 'Chase the Brno landlord for the deposit' },
    });
    expect(task.status).toBe(201);
    expect((await hits(adminS, 'landlord')).hits[0]).toMatchObject({ kind: 'task', id: task.body.id });
    expect((await hits(adminS, 'administratorov')).hits[0]).toMatchObject({
      kind: 'person',
      id: adminS.id,
      detail: adminS.email,
    });
    expect((await hits(adminS, adminS.email)).hits[0]).toMatchObject({ kind: 'person', exact: true });
  });

  it("a billing clerk searches only invoices and parties; a department's tasks stay in reach of its members", async () => {
    const ownerId = (
      await fresh.db.query<{ user_id: string }>(
        `SELECT user_id FROM memberships WHERE company_id = $1 AND role = 'owner'`,
        [s.companyId],
      )
    ).rows[0]!.user_id;
    const { person: clerk } = await makeCustomRoleMember(fresh.db, s.companyId, ownerId, {
      name: 'Billing clerk',
      permissions: ['org.company.read', 'sales.read', 'parties.read'].map((name) => ({
        name,
        reach: 'company' as const,
      })),
    });
    const seen = await hits(clerk, 'brno');
    expect(seen.kinds).toEqual(['invoice', 'party']);
    expect(seen.hits.every((h) => h.kind === 'invoice' || h.kind === 'party')).toBe(true);
    expect((await hits(clerk, 'administratorov')).hits).toEqual([]);
    expect((await hits(clerk, invoiceNumber)).hits[0]?.id).toBe(invoiceId);

    const sales = await makeDepartment(fresh.db, s.companyId, { name: 'Sales desk' });
    const other = await makeDepartment(fresh.db, s.companyId, { name: 'Warehouse' });
    const assistant = await makePerson(fresh.db, s.companyId, { role: 'assistant' });
    await addToDepartment(fresh.db, s.companyId, sales.id, assistant.id);
    for (const [title, departmentId] of [
      ['Zebra invoice follow-up', sales.id],
      ['Zebra stock count', other.id],
    ]) {
      const res = await t.request('POST', '/api/v1/work/tasks', {
        token: adminS.token,
        body: { title, departmentId },
      });
      expect(res.status).toBe(201);
    }
    const theirs = (await hits(assistant, 'zebra')).hits.filter((h) => h.kind === 'task');
    expect(theirs.map((h) => h.title)).toEqual(['Zebra invoice follow-up']);
    expect((await hits(adminS, 'zebra')).hits.filter((h) => h.kind === 'task')).toHaveLength(2);
  });

  it("another company's records never appear", async () => {
    expect((await hits(adminP, invoiceNumber)).hits).toEqual([]);
    expect((await hits(adminP, 'acme trading')).hits).toEqual([]);
    expect((await hits(adminP, '162.99')).hits).toEqual([]);
    expect((await hits(adminS, 'FV-2026-0042')).hits).toEqual([]);
    expect((await hits(adminS, adminP.email)).hits).toEqual([]);
    // The other company's party with the same name is not ours.
    await makeParty(fresh.db, p.companyId, { legalName: 'Acme Trading s.r.o.', currency: 'CZK' });
    expect((await hits(adminS, 'acme trading')).hits.filter((h) => h.kind === 'party')).toHaveLength(1);
  });

  it('refuses an empty, blank or overlong q and a bad limit with a 422 that says what to type', async () => {
    for (const q of ['', '   ', 'x'.repeat(201)]) {
      const res = await search(adminS, q);
      expect(res.status, JSON.stringify(q)).toBe(422);
      expect(res.body.error.code).toBe('validation');
    }
    const blank = await t.request('GET', '/api/v1/search?q=%20%20', {
      token: adminS.token,
      headers: { 'accept-language': 'cs' },
    });
    expect(blank.body.error.message).toMatch(/Napište, co hledáte/);
    expect((await search(adminS, 'acme', 0)).status).toBe(422);
    expect((await search(adminS, 'acme', 21)).status).toBe(422);
    expect((await t.request('GET', '/api/v1/search?q=acme')).status).toBe(401);
    // Short text is matched only exactly (no trigram index for one or two characters): no error, no noise.
    expect((await hits(adminS, 'a')).hits).toEqual([]);
  });

  it('limits the hits of each kind', async () => {
    for (let i = 0; i < 4; i += 1)
      await makeParty(fresh.db, s.companyId, { legalName: `Quokka Supplies ${i}`, currency: 'CZK' });
    const res = await search(adminS, 'quokka', 2);
    expect(SearchResult.parse(res.body).hits.filter((h) => h.kind === 'party')).toHaveLength(2);
  });
});

describe('search query reading', () => {
  it('reads amounts with either decimal separator and checks the decimals of the currency', () => {
    const q = parseSearchQuery('162.99');
    expect(matchesAmount(q, 16299n, 'EUR')).toBe(true);
    expect(matchesAmount(q, 162990n, 'KWD')).toBe(true);
    expect(matchesAmount(q, 16299n, 'JPY')).toBe(false);
    expect(matchesAmount(parseSearchQuery('16299'), 16299n, 'JPY')).toBe(true);
    expect(matchesAmount(parseSearchQuery('16299'), 16299n, 'EUR')).toBe(false);
    expect(matchesAmount(parseSearchQuery('1 234,50'), 123450n, 'CZK')).toBe(true);
    expect(matchesAmount(parseSearchQuery('1,234.50'), 123450n, 'USD')).toBe(true);
    // "1,234" may be 1.234 (Czech decimal comma) or 1234 (English thousands).
    expect(amountCandidates('1,234')).toEqual(
      expect.arrayContaining([
        { minor: 1234n, decimals: 3 },
        { minor: 123400n, decimals: 2 },
      ]),
    );
    expect(amountCandidates('INV-2026')).toEqual([]);
    expect(amountCandidates('1e5')).toEqual([]);
  });
});

const ROLLBACK = 'roll the plan rows back';
const GIN_INDEXES = [
  'sales_invoices_search',
  'purchasing_bills_search',
  'parties_search',
  'ledger_entries_search',
  'work_tasks_search',
  'users_search',
];
const TABLES = [
  'parties',
  'sales_invoices',
  'purchasing_bills',
  'ledger_entries',
  'work_tasks',
  'users',
  'memberships',
];

describe('search plans', () => {
  it('every searcher uses its trigram index (and the total and number indexes) when a scan is not cheaper', async () => {
    const principal = await loadPrincipal(fresh.db, adminS.id, s.companyId);
    const plans: string[] = [];
    // Thousands of rows (rolled back after), so an index is cheaper than reading a company's rows one by one.
    await fresh.owner
      .tx(async (tx) => {
        await insertSearchRows(tx, s.companyId, 3000, 'plan');
        // New rows wait in each GIN index's pending list until a vacuum; the planner prices that list high.
        for (const index of GIN_INDEXES)
          await tx.query(`SELECT gin_clean_pending_list('${index}'::regclass)`);
        for (const table of TABLES) await tx.query(`ANALYZE ${table}`);
        await tx.query('SET LOCAL enable_seqscan = off');
        const explaining = {
          async query(text: string, args?: unknown[]) {
            const res = await tx.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, args);
            plans.push(res.rows.map((r) => r['QUERY PLAN']).join('\n'));
            return { rows: [], rowCount: 0 };
          },
        } as unknown as Sql;
        // A number and an amount (the exact paths), then a rare word (the trigram path).
        for (const q of ['12345', 'zanzibar'])
          for (const searcher of steward.search)
            await searcher.search(explaining, principal!, parseSearchQuery(q), 5);
        throw new Error(ROLLBACK);
      })
      .catch((err: Error) => {
        if (err.message !== ROLLBACK) throw err;
      });
    const all = plans.join('\n');
    for (const index of [
      ...GIN_INDEXES,
      'sales_invoices_total',
      'purchasing_bills_total',
      'ledger_entries_number_key',
    ])
      expect(all, index).toContain(index);
  });
});
