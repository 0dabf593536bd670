import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { makePerson } from '../org/factories.ts';
import { makeSales } from './factories.ts';

const fresh = withFreshDatabase();

describe('sales API', () => {
  it('drafts, issues once per Idempotency-Key, credits, lists with cursor and exports', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    const assistant = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const auditor = await makePerson(fresh.db, f.companyId, { role: 'auditor' });
    const line = { description: 'Service', quantity: '1', unit: 'C62', unitPrice: '1000', taxCode: 'S21' };
    const created = await t.request('POST', '/api/v1/sales/invoices', {
      token: assistant.token,
      body: { partyId: f.customer.id, issueDate: '2026-05-01', lines: [line] },
    });
    expect(created.status).toBe(201);
    expect(created.body.total).toBe('1210.00');
    const id = created.body.id as string;
    // Bad input: exponent in a price → 422 with a message saying how to write it; nothing written.
    const bad = await t.request('POST', '/api/v1/sales/invoices', {
      token: assistant.token,
      body: { partyId: f.customer.id, lines: [{ ...line, unitPrice: '1e3' }] },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toMatch(/no exponent/);
    // Assistants write drafts but do not issue.
    const denied = await t.request('POST', `/api/v1/sales/invoices/${id}/issue`, {
      token: assistant.token,
      body: {},
    });
    expect(denied.status).toBe(403);
    const headers = { 'idempotency-key': `issue-${id}` };
    const issued = await t.request('POST', `/api/v1/sales/invoices/${id}/issue`, {
      token: manager.token,
      body: {},
      headers,
    });
    expect(issued.status).toBe(200);
    expect(issued.body.number).toBe('2026-00001');
    const again = await t.request('POST', `/api/v1/sales/invoices/${id}/issue`, {
      token: manager.token,
      body: {},
      headers,
    });
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.number).toBe('2026-00001');
    const cn = await t.request('POST', `/api/v1/sales/invoices/${id}/credit-note`, {
      token: manager.token,
      body: { issue: true, issueDate: '2026-05-02' },
    });
    expect(cn.status).toBe(201);
    expect(cn.body.number).toBe('CN-2026-00001');
    const got = await t.request('GET', `/api/v1/sales/invoices/2026-00001`, { token: auditor.token });
    expect(got.body.status).toBe('credited');
    expect(got.body.settlements[0]).toMatchObject({
      settlementId: `credit:${cn.body.id}`,
      amount: '1210.00',
    });
    for (let i = 0; i < 3; i++)
      await t.request('POST', '/api/v1/sales/invoices', {
        token: assistant.token,
        body: { partyId: f.customer.id, lines: [line] },
      });
    const page1 = await t.request('GET', '/api/v1/sales/invoices?limit=2', { token: auditor.token });
    expect(page1.body.items).toHaveLength(2);
    const page2 = await t.request('GET', `/api/v1/sales/invoices?limit=2&cursor=${page1.body.nextCursor}`, {
      token: auditor.token,
    });
    const page3 = await t.request('GET', `/api/v1/sales/invoices?limit=2&cursor=${page2.body.nextCursor}`, {
      token: auditor.token,
    });
    expect(page2.body.items).toHaveLength(2);
    expect(page3.body.items).toHaveLength(1);
    expect(page3.body.nextCursor).toBeNull();
    const drafts = await t.request('GET', '/api/v1/sales/invoices?status=draft', { token: auditor.token });
    expect(drafts.body.items).toHaveLength(3);
    const csv = await t.request('GET', '/api/v1/sales/invoices?format=csv', { token: auditor.token });
    expect(csv.text.split('\r\n')[0]).toBe(
      'number,kind,status,customer,issue_date,due_date,currency,net,tax,total,paid,open,id,overdue_days',
    );
    expect(csv.text).toContain('2026-00001,invoice,credited,Acme Trading s.r.o.');
    const xlsx = await t.request('GET', '/api/v1/sales/invoices?format=xlsx', { token: auditor.token });
    expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
    const open = await t.request('GET', '/api/v1/sales/open-items', { token: auditor.token });
    expect(open.body.items).toEqual([]);
    const pdf = await t.request('GET', `/api/v1/sales/invoices/${id}/pdf?lang=es`, { token: auditor.token });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const ubl = await t.request('GET', `/api/v1/sales/invoices/${cn.body.id}/ubl`, { token: auditor.token });
    expect(ubl.status).toBe(200);
    expect(ubl.text).toContain('<cbc:ID>CN-2026-00001</cbc:ID>');
    const draftPdf = await t.request('GET', `/api/v1/sales/invoices/${drafts.body.items[0].id}/pdf`, {
      token: auditor.token,
    });
    expect(draftPdf.status).toBe(422);
    const mail = await t.request('POST', `/api/v1/sales/invoices/${id}/email`, {
      token: assistant.token,
      body: {},
    });
    expect(mail.status).toBe(200);
    expect(mail.body.to).toBe('billing@acme.example');
    const queued = await fresh.db.query('SELECT subject, body_text FROM mail_outbox WHERE id = $1', [
      mail.body.mailId,
    ]);
    expect(queued.rows[0]?.subject).toContain('2026-00001');
    const attached = await fresh.db.query<{ file_name: string; content: Buffer }>(
      'SELECT file_name, content FROM mail_attachments WHERE mail_id = $1 ORDER BY position',
      [mail.body.mailId],
    );
    expect(attached.rows.map((r) => r.file_name)).toEqual([
      'invoice-2026-00001.pdf',
      'invoice-2026-00001.xml',
    ]);
    expect(attached.rows[0]?.content.subarray(0, 5).toString()).toBe('%PDF-');
    expect(attached.rows[1]?.content.toString()).toContain('<cbc:ID>2026-00001</cbc:ID>');
    const batch = await t.request('POST', '/api/v1/sales/invoices/issue-batch', {
      token: manager.token,
      body: { ids: drafts.body.items.map((d: { id: string }) => d.id), issueDate: '2026-05-03' },
    });
    expect(batch.status).toBe(200);
    expect(batch.body.items.map((i: { number: string }) => i.number)).toEqual([
      '2026-00002',
      '2026-00003',
      '2026-00004',
    ]);
    const openNow = await t.request('GET', '/api/v1/sales/open-items?asOf=2026-05-03', {
      token: auditor.token,
    });
    expect(openNow.body.items).toHaveLength(3);
    expect(openNow.body.items[0]).toMatchObject({ kind: 'invoice', open: '1210.00', openMinor: '121000' });
    // A purchase-order scan on the issued invoice: added, listed, never removed from an issued document.
    const po = Buffer.from('%PDF-1.4\n% purchase order\n%%EOF\n');
    const up = await t.app.request(`/api/v1/files?entityType=sales_invoice&entityId=${id}&name=po.pdf`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${assistant.token}`,
        'content-type': 'application/pdf',
        'content-length': String(po.length),
      },
      body: po,
    });
    expect(up.status).toBe(201);
    const fileId = ((await up.json()) as { id: string }).id;
    const files = await t.request('GET', `/api/v1/files?entityType=sales_invoice&entityId=${id}`, {
      token: auditor.token,
    });
    expect(files.body.items.map((x: { id: string }) => x.id)).toEqual([fileId]);
    const del = await t.request('DELETE', `/api/v1/files/${fileId}`, { token: manager.token });
    expect(del.status).toBe(409);
    const series = await t.request('GET', '/api/v1/sales/series', { token: auditor.token });
    expect(series.body.items.map((s: { code: string }) => s.code).sort()).toEqual(['CN', 'INV']);
  });

  it('16 parallel first drafts of a fresh company all succeed and share one default series', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const assistant = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const line = { description: 'Service', quantity: '1', unit: 'C62', unitPrice: '100', taxCode: 'S21' };
    const results = await Promise.all(
      Array.from({ length: 16 }, () =>
        t.request('POST', '/api/v1/sales/invoices', {
          token: assistant.token,
          body: { partyId: f.customer.id, issueDate: '2026-05-01', lines: [line] },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(16).fill(201));
    const { rows } = await fresh.db.query<{ code: string }>(
      'SELECT code FROM sales_series WHERE company_id = $1',
      [f.companyId],
    );
    expect(rows.map((r) => r.code)).toEqual(['INV']);
  });
});
