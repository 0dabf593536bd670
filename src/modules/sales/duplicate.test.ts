import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { listAuditEvents } from '../../platform/audit/index.ts';
import { makePerson } from '../org/factories.ts';
import { makeSales } from './factories.ts';

const fresh = withFreshDatabase();

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Issue #11: Duplicate on an invoice makes a new draft to edit — same customer, currency and lines, today's dates. */
describe('duplicate invoice', () => {
  it('copies an issued invoice as a draft dated today with the same term, audited; credit notes are refused', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    const auditor = await makePerson(fresh.db, f.companyId, { role: 'auditor' });
    const lines = [
      { description: 'Consulting', quantity: '3', unit: 'HUR', unitPrice: '120', taxCode: 'S21' },
      { description: 'Travel', quantity: '1', unit: 'C62', unitPrice: '45.50', taxCode: 'S21' },
    ];
    const made = await t.request('POST', '/api/v1/sales/invoices', {
      token: manager.token,
      body: {
        partyId: f.customer.id,
        currency: 'EUR',
        issueDate: '2026-01-10',
        dueDate: '2026-01-24',
        orderReference: 'PO-77',
        lines,
      },
    });
    expect(made.status).toBe(201);
    const issued = await t.request('POST', `/api/v1/sales/invoices/${made.body.id}/issue`, {
      token: manager.token,
      body: {},
    });
    expect(issued.status).toBe(200);

    const copy = await t.request('POST', `/api/v1/sales/invoices/${made.body.id}/duplicate`, {
      token: manager.token,
    });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      kind: 'invoice',
      status: 'draft',
      number: null,
      partyId: f.customer.id,
      currency: 'EUR',
      issueDate: daysFromNow(0),
      dueDate: daysFromNow(14),
      orderReference: 'PO-77',
      total: issued.body.total,
      paid: '0.00',
    });
    expect(copy.body.id).not.toBe(made.body.id);
    expect(
      copy.body.lines.map((l: { description: string; quantity: string }) => [l.description, l.quantity]),
    ).toEqual([
      ['Consulting', '3'],
      ['Travel', '1'],
    ]);
    const audit = await listAuditEvents(fresh.db, f.companyId, { entityId: copy.body.id }, { limit: 10 });
    expect(audit.items.map((e) => e.action).sort()).toEqual(['create', 'duplicate']);

    // The original is untouched; an auditor may not duplicate; a credit note cannot be duplicated.
    const original = await t.request('GET', `/api/v1/sales/invoices/${made.body.id}`, {
      token: manager.token,
    });
    expect(original.body).toMatchObject({ status: 'issued', number: issued.body.number });
    const denied = await t.request('POST', `/api/v1/sales/invoices/${made.body.id}/duplicate`, {
      token: auditor.token,
    });
    expect(denied.status).toBe(403);
    const cn = await t.request('POST', `/api/v1/sales/invoices/${made.body.id}/credit-note`, {
      token: manager.token,
      body: {},
    });
    expect(cn.status).toBe(201);
    const refused = await t.request('POST', `/api/v1/sales/invoices/${cn.body.id}/duplicate`, {
      token: manager.token,
      headers: { 'accept-language': 'es' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe(
      'Solo se puede duplicar una factura; una factura rectificativa pertenece a la factura que rectifica.',
    );
  });
});
