import { readFileSync } from 'node:fs';
import { z } from '@hono/zod-openapi';
import { afterAll, describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { buildUbl } from '../../platform/formats/ubl/factories.ts';
import { writeUbl } from '../../platform/formats/ubl/index.ts';
import { makePerson } from '../org/factories.ts';
import { ctxOf } from '../work/factories.ts';
import { savePolicy } from '../work/index.ts';
import {
  Bill,
  BillDetail,
  BillPage,
  Capture,
  CapturePage,
  OpenPayable,
  UblImportResult,
} from './contract.ts';
import { makePurchasing } from './factories.ts';
import { applySettlement, shutdownOcr } from './index.ts';

/**
 * The typed answers of the purchasing routes are what the routes really send: each answer, read back through
 * its schema, is unchanged (a field the schema lacks would be stripped, a wrong or missing one would throw).
 */
const fresh = withFreshDatabase();
afterAll(async () => {
  await shutdownOcr();
});

function typed<T extends z.ZodTypeAny>(schema: T, res: { status: number; body: unknown }, status = 200) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(schema.parse(res.body)).toEqual(res.body);
  return res.body as z.infer<T>;
}

const bill = (vendorId: string, number: string, price: string) => ({
  vendorId,
  vendorInvoiceNumber: number,
  issueDate: '2026-03-02',
  lines: [{ description: 'Toner', accountId: '6100', taxCode: 'S21', unitPrice: price }],
});

describe('the purchasing routes answer what their contract says', () => {
  it('names how a capture was read as one of the three methods (the web words each; the table checks them)', () => {
    const method = Capture.shape.method.unwrap();
    expect(method.options).toEqual(['pdf_text', 'pdf_ocr', 'image_ocr']);
  });

  it('for bills through their workflow, settlements, open payables and UBL import', async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const owner = await makePerson(fresh.db, f.companyId, { role: 'owner' });
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
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
    const as = (token: string) => (method: string, path: string, body?: unknown) =>
      t.request(method, `/api/v1/purchasing${path}`, { token, body });
    const maker = as(owner.token);
    const approver = as(manager.token);

    const made = typed(Bill, await maker('POST', '/bills', bill(f.vendor.id, 'A-1', '900.00')), 201);
    const edited = typed(
      Bill,
      await maker('PUT', `/bills/${made.id}`, {
        ...bill(f.vendor.id, 'A-1', '1000.00'),
        version: made.version,
      }),
    );
    expect(edited.total).toBe('1210.00');
    expect(typed(Bill, await maker('POST', `/bills/${made.id}/submit`, {})).status).toBe('submitted');
    expect(typed(Bill, await approver('POST', `/bills/${made.id}/approve`, {})).status).toBe('approved');
    const posted = typed(Bill, await approver('POST', `/bills/${made.id}/post`, {}));
    expect(posted.entryId).not.toBeNull();
    await fresh.db.tx((tx) =>
      applySettlement(tx, f.ctx, {
        documentId: made.id,
        settlementId: 'stl_answers_1',
        amountMinor: 21000n,
        date: '2026-03-20',
      }),
    );
    const detail = typed(BillDetail, await maker('GET', `/bills/${made.id}`));
    expect(detail.settlements.map((s) => s.amount)).toEqual(['210.00']);
    expect(detail.status).toBe('partially_paid');

    const big = typed(Bill, await maker('POST', '/bills', bill(f.vendor.id, 'A-2', '2000.00')), 201);
    await maker('POST', `/bills/${big.id}/submit`, {});
    const rejected = typed(
      Bill,
      await approver('POST', `/bills/${big.id}/reject`, { reason: 'Wrong centre' }),
    );
    expect(rejected.status).toBe('draft');
    const voided = typed(Bill, await maker('POST', `/bills/${big.id}/void`, { reason: 'Sent twice' }));
    expect(voided.status).toBe('void');

    const page = typed(BillPage, await maker('GET', '/bills?status=all&limit=1'));
    expect(page.nextCursor).not.toBeNull();
    const open = typed(z.object({ items: z.array(OpenPayable) }), await maker('GET', '/open-payables'));
    expect(open.items.map((i) => i.open)).toEqual(['1000.00']);

    const xml = writeUbl(
      buildUbl({
        number: 'UBL-2026-77',
        currency: 'CZK',
        seller: {
          name: 'Tiskárna Morava a.s.',
          vatId: 'CZ99887766',
          endpoint: { scheme: '9929', id: 'CZ99887766' },
        },
        lines: [{ name: 'Letáky A5', quantity: '1000', price: '2.5', category: 'S', percent: '21' }],
      }),
    );
    const ubl = typed(
      UblImportResult,
      await maker('POST', '/ubl-imports', { xml, accountId: '6100', createVendor: true }),
      201,
    );
    expect(ubl.vendorCreated).toBe(true);
  });

  it('for the capture inbox: empty and read proposals, dismiss, convert', async () => {
    const t = testApp(fresh.db);
    const f = await makePurchasing(fresh.db);
    const clerk = await makePerson(fresh.db, f.companyId, { role: 'assistant' });
    const call = (method: string, path: string, body?: unknown) =>
      t.request(method, `/api/v1/purchasing${path}`, { token: clerk.token, body });

    const stray = typed(Capture, await call('POST', '/captures', { fileName: 'stray.pdf' }), 201);
    expect(typed(Capture, await call('GET', `/captures/${stray.id}`)).proposal).toEqual({});
    expect(typed(Capture, await call('POST', `/captures/${stray.id}/dismiss`, {})).status).toBe('dismissed');

    const cap = typed(Capture, await call('POST', '/captures', { fileName: 'faktura.pdf' }), 201);
    const pdf = readFileSync(new URL('../../../assets/demo/vendor-invoice-cz.pdf', import.meta.url));
    const q = new URLSearchParams({
      entityType: 'purchasing_capture',
      entityId: cap.id,
      name: 'faktura.pdf',
    });
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
    const read = typed(Capture, await call('POST', `/captures/${cap.id}/read`, {}));
    expect(read.status).toBe('ready');
    expect(read.fields.grossTotal?.value).toBe('10406.00');
    const inbox = typed(CapturePage, await call('GET', '/captures?all=true'));
    expect(inbox.items.map((i) => i.id).sort()).toEqual([stray.id, cap.id].sort());
    const converted = typed(
      Bill,
      await call('POST', `/captures/${cap.id}/convert`, {
        vendorId: f.vendor.id,
        vendorInvoiceNumber: '2026-1187',
        issueDate: '2026-11-10',
        dueDate: '2026-11-24',
        lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '8600.00' }],
      }),
      201,
    );
    expect(converted.source).toBe('capture');
  });
});
