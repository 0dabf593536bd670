import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makePerson } from '../org/factories.ts';
import { ctxOf } from '../work/factories.ts';
import { savePolicy } from '../work/index.ts';
import { makePurchasing } from './factories.ts';
import { shutdownOcr } from './index.ts';

const fresh = withFreshDatabase();
afterAll(async () => {
  await shutdownOcr();
});

const bill = (f: { vendor: { id: string } }, number: string, price = '1000.00') => ({
  vendorId: f.vendor.id,
  vendorInvoiceNumber: number,
  issueDate: '2026-03-02',
  lines: [{ description: 'Toner', accountId: '6100', taxCode: 'S21', unitPrice: price }],
});

describe('purchasing API', () => {
  it('enters, warns on duplicates, holds by policy, approves (not the maker), posts, exports, lists open payables', async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const auditor = await makePerson(fresh.db, f.companyId, { role: 'auditor' });
    await fresh.db.tx((tx) =>
      savePolicy(tx, ctxOf(owner, f.companyId), {
        action: 'purchasing.bill.post',
        name: 'Bills over 1,000',
        definition: {
          condition: { '>=': [{ var: 'amount' }, '1000'] },
          levels: [{ name: 'Manager', approvers: [{ type: 'people', userIds: [manager.id] }] }],
        },
      }),
    );

    expect(
      (await t.request('POST', '/api/v1/purchasing/bills', { token: auditor.token, body: bill(f, 'A-1') }))
        .status,
    ).toBe(403);
    const created = await t.request('POST', '/api/v1/purchasing/bills', {
      token: clerk.token,
      body: bill(f, 'A-1'),
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const dup = await t.request('POST', '/api/v1/purchasing/bills', {
      token: clerk.token,
      body: bill(f, 'a-1', '5.00'),
    });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({
      error: { code: 'conflict', details: { reason: 'possible_duplicate', candidates: [{ id }] } },
    });
    const bad = await t.request('POST', '/api/v1/purchasing/bills', {
      token: clerk.token,
      body: { ...bill(f, 'A-2'), lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '1e3' }] },
    });
    expect(bad.status).toBe(422);

    const submitted = await t.request('POST', `/api/v1/purchasing/bills/${id}/submit`, {
      token: clerk.token,
      body: {},
    });
    expect(submitted.body).toMatchObject({ status: 'submitted', approvalRequestId: expect.any(String) });
    expect(
      (await t.request('POST', `/api/v1/purchasing/bills/${id}/approve`, { token: clerk.token, body: {} }))
        .status,
    ).toBe(403);
    expect(
      (await t.request('POST', `/api/v1/purchasing/bills/${id}/post`, { token: manager.token, body: {} }))
        .status,
    ).toBe(409);
    const approved = await t.request('POST', `/api/v1/purchasing/bills/${id}/approve`, {
      token: manager.token,
      body: {},
    });
    expect(approved.body).toMatchObject({ status: 'approved' });
    const posted = await t.request('POST', `/api/v1/purchasing/bills/${id}/post`, {
      token: manager.token,
      body: {},
    });
    expect(posted.body).toMatchObject({ status: 'posted', entryId: expect.stringMatching(/^je_/) });

    // A second bill over the amount, rejected with a reason: back to draft, the reason kept.
    const big = await t.request('POST', '/api/v1/purchasing/bills', {
      token: clerk.token,
      body: bill(f, 'A-9', '2000.00'),
    });
    const bigId = (big.body as { id: string }).id;
    await t.request('POST', `/api/v1/purchasing/bills/${bigId}/submit`, { token: clerk.token, body: {} });
    const noReason = await t.request('POST', `/api/v1/purchasing/bills/${bigId}/reject`, {
      token: manager.token,
      body: {},
    });
    expect(noReason.status).toBe(422);
    const rejected = await t.request('POST', `/api/v1/purchasing/bills/${bigId}/reject`, {
      token: manager.token,
      body: { reason: 'Wrong cost centre' },
    });
    expect(rejected.body).toMatchObject({
      status: 'draft',
      returnReason: expect.stringContaining('Wrong cost centre'),
    });

    // Under the policy amount: approved on submit.
    const small = await t.request('POST', '/api/v1/purchasing/bills', {
      token: clerk.token,
      body: bill(f, 'A-3', '10.00'),
    });
    const smallId = (small.body as { id: string }).id;
    const s2 = await t.request('POST', `/api/v1/purchasing/bills/${smallId}/submit`, {
      token: clerk.token,
      body: {},
    });
    expect(s2.body).toMatchObject({ status: 'approved' });

    const open = await t.request('GET', '/api/v1/purchasing/open-payables?dueBefore=2026-12-31', {
      token: auditor.token,
    });
    expect(open.body).toMatchObject({
      items: [{ documentId: id, open: '1210.00', openMinor: '121000', kind: 'bill' }],
    });
    const list = await t.request('GET', '/api/v1/purchasing/bills?limit=1', { token: auditor.token });
    expect((list.body as { items: unknown[]; nextCursor: string }).items).toHaveLength(1);
    const next = await t.request(
      'GET',
      `/api/v1/purchasing/bills?limit=1&cursor=${(list.body as { nextCursor: string }).nextCursor}`,
      { token: auditor.token },
    );
    expect((next.body as { items: { id: string }[] }).items[0]?.id).toBe(bigId);
    const csv = await t.request('GET', '/api/v1/purchasing/bills?format=csv', { token: auditor.token });
    expect(csv.text.split('\n')[0]).toMatch(/^vendor,number,status/);
    expect(csv.text).toContain('A-1');
    const xlsx = await t.request('GET', '/api/v1/purchasing/bills?format=xlsx', { token: auditor.token });
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('captures through the inbox: create, upload the file, read, review, convert', async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const cap = await t.request('POST', '/api/v1/purchasing/captures', {
      token: clerk.token,
      body: { fileName: 'faktura.pdf' },
    });
    const capId = (cap.body as { id: string }).id;
    const noFile = await t.request('POST', `/api/v1/purchasing/captures/${capId}/read`, {
      token: clerk.token,
      body: {},
    });
    expect(noFile.status).toBe(422);
    const pdf = readFileSync(new URL('../../../assets/demo/vendor-invoice-cz.pdf', import.meta.url));
    const q = new URLSearchParams({ entityType: 'purchasing_capture', entityId: capId, name: 'faktura.pdf' });
    const up = await t.app.request(`/api/v1/files?${q}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${clerk.token}`,
        'content-type': 'application/pdf',
        'content-length': String(pdf.length),
      },
      body: pdf,
    });
    expect(up.status).toBe(201);
    const read = await t.request('POST', `/api/v1/purchasing/captures/${capId}/read`, {
      token: clerk.token,
      body: {},
    });
    expect(read.body).toMatchObject({
      status: 'ready',
      method: 'pdf_text',
      proposal: { vendorId: f.vendor.id, total: '10406.00' },
    });
    const inbox = await t.request('GET', '/api/v1/purchasing/captures', { token: clerk.token });
    expect((inbox.body as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([capId]);
    const conv = await t.request('POST', `/api/v1/purchasing/captures/${capId}/convert`, {
      token: clerk.token,
      body: {
        vendorId: f.vendor.id,
        vendorInvoiceNumber: '2026-1187',
        issueDate: '2026-11-10',
        dueDate: '2026-11-24',
        lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '8600.00' }],
      },
    });
    expect(conv.status).toBe(201);
    expect(conv.body).toMatchObject({ total: '10406.00', source: 'capture' });
  });
});
