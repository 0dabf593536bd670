import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makePerson } from '../org/factories.ts';
import { makeDraft, makeSales } from './factories.ts';

const fresh = withFreshDatabase();

/** Every page of a sorted list, following the cursor; two rows per page so ties straddle pages. */
async function allPages(t: ReturnType<typeof testApp>, token: string, query: string) {
  const ids: string[] = [];
  const rows: Array<Record<string, string>> = [];
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const res = await t.request(
      'GET',
      `/api/v1/sales/invoices?limit=2&${query}${cursor ? `&cursor=${cursor}` : ''}`,
      { token },
    );
    expect(res.status).toBe(200);

    for (const item of res.body.items) {
      ids.push(item.id);
      rows.push(item);
    }
    cursor = res.body.nextCursor;
    if (!cursor) break;
  }
  return { ids, rows };
}

const line = (price: string) => [
  { description: 'Work', quantity: '1', unit: 'C62', unitPrice: price, taxCode: 'S21' },
];

describe('invoice list: sort, date range and totals per currency', () => {
  it('pages stay whole under every sort, ties broken by id; bad sort is a 422; totals cover the filtered set', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    // Seven invoices: repeated totals (ties) and dates, two currencies.
    const specs = [
      { price: '100', date: '2026-03-01', currency: 'CZK' },
      { price: '100', date: '2026-03-01', currency: 'CZK' },
      { price: '300', date: '2026-03-05', currency: 'CZK' },
      { price: '100', date: '2026-03-09', currency: 'EUR' },
      { price: '200', date: '2026-03-09', currency: 'EUR' },
      { price: '100', date: '2026-04-02', currency: 'CZK' },
      { price: '50', date: '2026-04-03', currency: 'EUR' },
    ];
    const made = [];
    for (const s of specs)
      made.push(
        await makeDraft(fresh.db, f, { issueDate: s.date, currency: s.currency, lines: line(s.price) }),
      );
    const issue = await t.request('POST', '/api/v1/sales/invoices/issue-batch', {
      token: manager.token,
      body: { ids: made.slice(0, 5).map((m) => m.id) },
    });
    expect(issue.status).toBe(200);

    const all = new Set(made.map((m) => m.id));
    for (const sort of [
      '-total',
      'total',
      'issueDate',
      '-issueDate',
      'number',
      '-customer',
      'status',
      '-created',
    ]) {
      const { ids, rows } = await allPages(t, manager.token, `sort=${sort}`);
      // Every row exactly once across the pages.
      expect(ids.length, sort).toBe(all.size);
      expect(new Set(ids), sort).toEqual(all);
      // In order: by the column, then by id, both in the asked direction.
      const desc = sort.startsWith('-');
      const keyOf = (r: Record<string, string>) => {
        const name = sort.replace('-', '');
        if (name === 'total') return Number(r.total).toFixed(2).padStart(12, '0');
        if (name === 'issueDate') return r.issueDate ?? '0001-01-01';
        if (name === 'number') return r.number ?? '';
        // Drafts have no buyer snapshot yet: they sort as an empty name.
        if (name === 'customer') return r.status === 'draft' ? '' : r.customer;
        if (name === 'status') return r.status;
        return '';
      };
      for (let i = 1; i < rows.length; i++) {
        const [a, b] = [rows[i - 1], rows[i]] as [Record<string, string>, Record<string, string>];
        const [ka, kb] = [String(keyOf(a)), String(keyOf(b))];
        const cmp = ka === kb ? String(a.id) < String(b.id) : ka < kb;
        expect(desc ? !cmp : cmp, `${sort} at ${i}: ${keyOf(a)} ${a.id} vs ${keyOf(b)} ${b.id}`).toBe(true);
      }
    }

    // A cursor from one sort is refused under another; an unknown column is a 422 naming the allowed ones.
    const first = await t.request('GET', '/api/v1/sales/invoices?limit=2&sort=-total', {
      token: manager.token,
    });
    const mixed = await t.request(
      'GET',
      `/api/v1/sales/invoices?limit=2&sort=number&cursor=${first.body.nextCursor}`,
      { token: manager.token },
    );
    expect(mixed.status).toBe(422);
    const bad = await t.request('GET', '/api/v1/sales/invoices?sort=-secret', { token: manager.token });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('validation');
    expect(bad.body.error.message).toMatch(/issueDate/);
    const badCs = await t.request('GET', '/api/v1/sales/invoices?sort=id;drop', {
      token: manager.token,
      headers: { 'accept-language': 'cs' },
    });
    expect(badCs.status).toBe(422);
    expect(badCs.body.error.message).toMatch(/nelze řadit/);

    // Date range (issue dates in March) + status: the totals are of the whole filtered set, per currency,
    // even when the page holds only two rows.
    const march = await t.request(
      'GET',
      '/api/v1/sales/invoices?limit=2&from=2026-03-01&to=2026-03-31&status=issued&sort=total',
      { token: manager.token },
    );
    expect(march.status).toBe(200);
    expect(march.body.items).toHaveLength(2);
    expect(march.body.totals).toEqual([
      { currency: 'CZK', count: 3, total: '605.00', open: '605.00' },
      { currency: 'EUR', count: 2, total: '363.00', open: '363.00' },
    ]);
    // A next page carries no totals (they were on the first); drafts fall outside any date range.
    const next = await t.request(
      'GET',
      `/api/v1/sales/invoices?limit=2&from=2026-03-01&to=2026-03-31&status=issued&sort=total&cursor=${march.body.nextCursor}`,
      { token: manager.token },
    );
    expect(next.body.totals).toBeUndefined();
    const drafts = await t.request('GET', '/api/v1/sales/invoices?status=draft', { token: manager.token });
    expect(drafts.body.totals).toEqual([
      { currency: 'CZK', count: 1, total: '121.00', open: '121.00' },
      { currency: 'EUR', count: 1, total: '60.50', open: '60.50' },
    ]);
  });
});
