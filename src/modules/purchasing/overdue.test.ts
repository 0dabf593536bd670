import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { listAuditEvents } from '../../platform/audit/index.ts';
import { makePerson } from '../org/factories.ts';
import { makePurchasing } from './factories.ts';

const fresh = withFreshDatabase();

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** Issue #11: bills show as overdue (flag, days, filter) like invoices do; a bill can be duplicated as a draft. */
describe('overdue bills and duplicates', () => {
  it('a posted bill past its due date is overdue with its days; not-yet-due and draft bills are not; Duplicate copies it as a draft, audited', async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const save = async (number: string, issueDate: string, dueDate: string) => {
      const r = await t.request('POST', '/api/v1/purchasing/bills', {
        token: owner.token,
        body: {
          vendorId: f.vendor.id,
          vendorInvoiceNumber: number,
          issueDate,
          dueDate,
          lines: [{ description: 'Toner', accountId: '6100', taxCode: 'S21', unitPrice: '100.00' }],
        },
      });
      expect(r.status).toBe(201);
      return r.body.id as string;
    };
    const post = async (id: string) => {
      for (const step of ['submit', 'post']) {
        const r = await t.request('POST', `/api/v1/purchasing/bills/${id}/${step}`, {
          token: owner.token,
          body: {},
        });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
      }
    };
    const late = await save('L-1', daysAgo(40), daysAgo(12));
    const notYet = await save('N-1', daysAgo(2), daysAgo(-20));
    const stillDraft = await save('D-1', daysAgo(41), daysAgo(11));
    await post(late);
    await post(notYet);

    const got = await t.request('GET', `/api/v1/purchasing/bills/${late}`, { token: owner.token });
    expect(got.body).toMatchObject({ status: 'posted', overdue: true, daysOverdue: 12 });
    const all = await t.request('GET', '/api/v1/purchasing/bills', { token: owner.token });
    const byId = new Map((all.body.items as { id: string }[]).map((b) => [b.id, b]));
    expect(byId.get(late)).toMatchObject({ overdue: true, daysOverdue: 12 });
    expect(byId.get(notYet)).toMatchObject({ overdue: false, daysOverdue: 0 });
    expect(byId.get(stillDraft)).toMatchObject({ status: 'draft', overdue: false, daysOverdue: 0 });
    const filtered = await t.request('GET', '/api/v1/purchasing/bills?status=overdue', {
      token: owner.token,
    });
    expect((filtered.body.items as { id: string }[]).map((b) => b.id)).toEqual([late]);

    // Duplicate: a new draft with the same vendor, currency and lines, dated today with the same 28-day term.
    const copy = await t.request('POST', `/api/v1/purchasing/bills/${late}/duplicate`, {
      token: owner.token,
    });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      status: 'draft',
      vendorId: f.vendor.id,
      vendorInvoiceNumber: 'COPY-L-1',
      currency: got.body.currency,
      issueDate: daysAgo(0),
      dueDate: daysAgo(-28),
      total: got.body.total,
      overdue: false,
    });
    expect(copy.body.lines.map((l: { description: string; unitPrice: string }) => l.description)).toEqual([
      'Toner',
    ]);
    const audit = await listAuditEvents(fresh.db, f.companyId, { entityId: copy.body.id }, { limit: 10 });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['create', 'duplicate']);
    expect(audit.items.find((e) => e.action === 'duplicate')?.changes).toMatchObject({
      duplicatedFrom: { to: late },
    });
    const auditor = await makePerson(fresh.db, f.companyId, { role: 'auditor' });
    const denied = await t.request('POST', `/api/v1/purchasing/bills/${late}/duplicate`, {
      token: auditor.token,
    });
    expect(denied.status).toBe(403);
    const missing = await t.request('POST', '/api/v1/purchasing/bills/bill_nope/duplicate', {
      token: owner.token,
    });
    expect(missing.status).toBe(404);
  });
});
