import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makeBankAccount } from '../banking/factories.ts';
import { makePerson } from '../org/factories.ts';
import { makeDraft, makeSales } from '../sales/factories.ts';
import { CreditBalanceList, OpenItemList, Payment, PaymentPage } from './contract.ts';

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
    // Without saying so, the 29.00 left over is not silently kept as credit: a 422 naming the consequence.
    const silent = await t.request('POST', '/api/v1/payments', {
      token: assistant.token,
      body,
      headers: { 'accept-language': 'cs' },
    });
    expect(silent.status).toBe(422);
    expect(silent.body.error.details).toMatchObject({
      field: 'allowUnallocated',
      reason: 'payments.unallocated_needs_confirmation',
      unallocated: '29.00',
    });
    expect(silent.body.error.message).toContain(
      `29.00 EUR by zůstalo jako přeplatek partnera ${f.customer.legalName}`,
    );
    const unconfirmed = await t.request('GET', '/api/v1/payments', { token: assistant.token });
    expect(unconfirmed.body.items).toEqual([]);
    Object.assign(body, { allowUnallocated: true });
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
    // The answers are what the contract (and so the OpenAPI document and web types) says they are.
    Payment.parse(one.body);
    PaymentPage.parse(list.body);
    CreditBalanceList.parse(credit.body);
    OpenItemList.parse(open.body);
    // The invoice page names what paid it: payments allocated to one document, with those allocations.
    const invoice = await t.request('GET', `/api/v1/sales/invoices/${d.id}`, { token: auditor.token });
    const byDoc = await t.request('GET', `/api/v1/payments?documentId=${d.id}`, { token: auditor.token });
    expect(byDoc.body.items).toHaveLength(1);
    expect(byDoc.body.items[0].number).toBe('RCPT-2026-000001');
    expect(byDoc.body.items[0].allocations).toEqual([
      expect.objectContaining({ documentId: d.id, amount: '121.00', writeOff: '0.00' }),
    ]);
    expect(invoice.body.settlements.map((x: { settlementId: string }) => x.settlementId)).toEqual([
      byDoc.body.items[0].allocations[0].id,
    ]);
    const none = await t.request('GET', '/api/v1/payments?documentId=inv_nothing', { token: auditor.token });
    expect(none.body.items).toEqual([]);
  });

  it('settings: accounts by code, checked against the chart; the write-off limit applies to receipts', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db, { baseCurrency: 'EUR' });
    const bank = await makeBankAccount(fresh.db, f.companyId, { currency: 'EUR' });
    const admin = await makePerson(fresh.db, f.companyId, { role: 'admin' });
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    const body = {
      writeOffAccount: f.accounts.sales.code,
      writeOffLimit: '1.00',
      customerCreditAccount: null,
      vendorCreditAccount: null,
    };
    expect((await t.request('PUT', '/api/v1/payments/settings', { token: manager.token, body })).status).toBe(
      403,
    );
    const wrong = await t.request('PUT', '/api/v1/payments/settings', {
      token: admin.token,
      body: { ...body, customerCreditAccount: f.accounts.receivable.code },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.message).toMatch(/is asset; this needs a liability account/);
    const missing = await t.request('PUT', '/api/v1/payments/settings', {
      token: admin.token,
      body: { ...body, writeOffAccount: '9999' },
    });
    expect(missing.body.error.message).toMatch(/no account "9999"/);
    const saved = await t.request('PUT', '/api/v1/payments/settings', { token: admin.token, body });
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual(body);
    expect((await t.request('GET', '/api/v1/payments/settings', { token: manager.token })).body).toEqual(
      body,
    );

    const d = await makeDraft(fresh.db, f, {
      currency: 'EUR',
      lines: [{ description: 'Work', quantity: '1', unit: 'HUR', unitPrice: '100', taxCode: 'S21' }],
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    const pay = (writeOff: string) =>
      t.request('POST', '/api/v1/payments', {
        token: manager.token,
        body: {
          kind: 'receipt',
          partyId: f.customer.id,
          bankAccountId: bank.id,
          date: '2026-03-20',
          currency: 'EUR',
          amount: '119.00',
          allocations: [{ documentId: d.id, amount: '119.00', writeOff }],
        },
      });
    const over = await pay('2.00');
    expect(over.status).toBe(422);
    expect(over.body.error.message).toMatch(/over the 1.00 EUR limit/);
  });
  it("open items answer in the currency's own decimals: a JPY invoice has none", async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db, { baseCurrency: 'JPY' });
    const d = await makeDraft(fresh.db, f, {
      currency: 'JPY',
      lines: [{ description: 'Work', quantity: '1', unitPrice: '1000', unit: 'HUR', taxCode: 'S21' }],
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [d.id]));
    const assistant = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const open = await t.request(
      'GET',
      `/api/v1/payments/open-items?side=receivables&partyId=${f.customer.id}&currency=JPY`,
      { token: assistant.token },
    );
    expect(open.status).toBe(200);
    // 1000 + 21 % VAT = 1210 yen, not "12.10" (two decimals whatever the currency was the bug).
    expect(open.body.items).toEqual([
      expect.objectContaining({ currency: 'JPY', total: '1210', open: '1210' }),
    ]);
  });
});
