import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makePerson } from '../org/factories.ts';
import { makeSales } from './factories.ts';

const fresh = withFreshDatabase();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Issue #11: invoices show as overdue (flag, days, filter) the same way in the API and the CLI's JSON. */
describe('overdue invoices', () => {
  it('an issued invoice past its due date is overdue with its days; paid-up, draft and credit notes are not', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    const line = { description: 'Service', quantity: '1', unit: 'C62', unitPrice: '100', taxCode: 'S21' };
    const draft = async (issueDate: string, dueDate: string) => {
      const r = await t.request('POST', '/api/v1/sales/invoices', {
        token: manager.token,
        body: { partyId: f.customer.id, issueDate, dueDate, lines: [line] },
      });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const late = await draft(daysAgo(40), daysAgo(10));
    const notYet = await draft(daysAgo(1), daysAgo(-5));
    const stillDraft = await draft(daysAgo(40), daysAgo(10));
    for (const id of [late, notYet]) {
      const r = await t.request('POST', `/api/v1/sales/invoices/${id}/issue`, {
        token: manager.token,
        body: {},
      });
      expect(r.status).toBe(200);
    }
    const got = await t.request('GET', `/api/v1/sales/invoices/${late}`, { token: manager.token });
    expect(got.body).toMatchObject({ status: 'issued', overdue: true, daysOverdue: 10 });

    const all = await t.request('GET', '/api/v1/sales/invoices', { token: manager.token });
    const byId = new Map((all.body.items as { id: string }[]).map((i) => [i.id, i]));
    expect(byId.get(late)).toMatchObject({ overdue: true, daysOverdue: 10 });
    expect(byId.get(notYet)).toMatchObject({ overdue: false, daysOverdue: 0 });
    expect(byId.get(stillDraft)).toMatchObject({ status: 'draft', overdue: false, daysOverdue: 0 });

    const filtered = await t.request('GET', '/api/v1/sales/invoices?status=overdue', {
      token: manager.token,
    });
    expect((filtered.body.items as { id: string }[]).map((i) => i.id)).toEqual([late]);

    // A credit note on the late invoice settles it: neither it nor the credit note is overdue afterwards.
    const cn = await t.request('POST', `/api/v1/sales/invoices/${late}/credit-note`, {
      token: manager.token,
      body: { issue: true, issueDate: daysAgo(0) },
    });
    expect(cn.status).toBe(201);
    expect(cn.body).toMatchObject({ overdue: false, daysOverdue: 0 });
    const after = await t.request('GET', '/api/v1/sales/invoices?status=overdue', { token: manager.token });
    expect(after.body.items).toEqual([]);
  });
});
