import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeBankAccount } from '../banking/factories.ts';
import { makePerson } from '../org/factories.ts';
import { makeDraft, makeSales } from '../sales/factories.ts';
import { issueInvoices } from '../sales/index.ts';

const fresh = withFreshDatabase();

describe('payments API', () => {
  it('records a receipt once per Idempotency-Key, lists, exports, shows credit; auditors read only', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR', name: 'Main EUR' });
    const d = await makeDraft(fresh.db, f, {
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: '100', taxCode: 'S21' }],
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    const assistant = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const auditor = await makePerson(fresh.db, f.companyId, { role: 'auditor' });

    const banks = await t.request('GET', '/api/v1/payments/bank-accounts', { token: assistant.token });
    expect(banks.body.items).toEqual([{ id: bank.id, name: 'Main EUR', currency: 'EUR' }]);
    const open = await t.request(
      'GET',
      `/api/v1/payments/open-items?side=receivables&partyId=${f.customer.id}&currency=EUR`,
      {
        token: assistant.token,
      },
    );
    expect(open.status).toBe(200);
    expect(open.body.items).toHaveLength(1);
    expect(open.body.items[0].open).toBe('121.00');

    const body = {
      kind: 'receipt',
      partyId: f.customer.id,
      bankAccountId: bank.id,
      date: '2026-03-20',
      currency: 'EUR',
      amount: '150.00',
      allocations: [{ documentId: d.id, amount: '121.00' }],
    };
    const headers = { 'idempotency-key': 'receipt-1' };
    const first = await t.request('POST', '/api/v1/payments', { token: assistant.token, body, headers });
    expect(first.status).toBe(201);
    expect(first.body.credit).toBe('29.00');
    const again = await t.request('POST', '/api/v1/payments', { token: assistant.token, body, headers });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);

    const bad = await t.request('POST', '/api/v1/payments', {
      token: assistant.token,
      body: { ...body, amount: '1e3' },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/no exponent/);
    const over = await t.request('POST', '/api/v1/payments', {
      token: assistant.token,
      body: { ...body, allocations: [{ documentId: d.id, amount: '1.00' }] },
    });
    expect(over.status).toBe(422);
    expect(over.body.error.message).toMatch(/not open/);

    const denied = await t.request('POST', '/api/v1/payments', { token: auditor.token, body });
    expect(denied.status).toBe(403);
    const list = await t.request('GET', '/api/v1/payments', { token: auditor.token });
    expect(list.body.items.map((p: { number: string }) => p.number)).toEqual(['RCPT-2026-000001']);
    const csv = await t.request('GET', '/api/v1/payments?format=csv', { token: auditor.token });
    expect(csv.text).toContain('RCPT-2026-000001,receipt,2026-03-20');
    const credit = await t.request('GET', '/api/v1/payments/credit', { token: auditor.token });
    expect(credit.body.items[0].credit).toBe('29.00');
    const one = await t.request('GET', `/api/v1/payments/${first.body.id}`, { token: auditor.token });
    expect(one.body.allocations[0].amount).toBe('121.00');
  });
});
