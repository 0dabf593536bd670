import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { listFiles } from '../../platform/files/index.ts';
import { buildUbl } from '../../platform/formats/ubl/factories.ts';
import { writeUbl } from '../../platform/formats/ubl/index.ts';
import { findParties } from '../parties/index.ts';
import { makeBill, makePurchasing } from './factories.ts';
import {
  convertCapture,
  createCaptureWithFile,
  dismissCapture,
  importUbl,
  listCaptures,
  type Proposal,
  processCapture,
  shutdownOcr,
} from './index.ts';
import '../../../test/support/compose.ts'; // the composed process: approval gate, executors, flows' ports

const fresh = withFreshDatabase();
const asset = (name: string) => readFileSync(new URL(`../../../assets/demo/${name}`, import.meta.url));

afterAll(async () => {
  await shutdownOcr();
});

describe('capture inbox', () => {
  it('reads an uploaded PDF into a proposal: vendor by VAT id, account and tax code learned from the last bill', async () => {
    const f = await makePurchasing(fresh.db);
    await makeBill(fresh.db, f, { lines: [{ accountId: '6100', taxCode: 'S21', unitPrice: '10.00' }] });
    const cap = await fresh.db.tx((tx) =>
      createCaptureWithFile(tx, f.ctx, { fileName: 'faktura.pdf', bytes: asset('vendor-invoice-cz.pdf') }),
    );
    expect(cap.status).toBe('queued');
    const seen: number[] = [];
    const read = await processCapture(fresh.db, f.companyId, cap.id, async (p) => {
      seen.push(p);
    });
    expect(read.status).toBe('ready');
    expect(read.method).toBe('pdf_text');
    expect(seen.at(-1)).toBe(1);
    const p = read.proposal as Proposal;
    expect(p).toMatchObject({
      vendorId: f.vendor.id,
      vendorInvoiceNumber: '2026-1187',
      issueDate: '2026-11-10',
      dueDate: '2026-11-24',
      currency: 'CZK',
      net: '8600.00',
      total: '10406.00',
      accountId: f.accounts.supplies.id,
      taxCode: 'S21',
      learnedFrom: 'vendor_memory',
    });
    expect(p.confidence.grossTotal).toBeGreaterThan(0.9);
    // A second run does not read it again.
    expect((await processCapture(fresh.db, f.companyId, cap.id)).status).toBe('ready');

    const bill = await fresh.db.tx((tx) =>
      convertCapture(tx, f.ctx, cap.id, {
        vendorId: p.vendorId as string,
        vendorInvoiceNumber: p.vendorInvoiceNumber as string,
        issueDate: p.issueDate as string,
        dueDate: p.dueDate,
        lines: p.lines,
      }),
    );
    expect(bill).toMatchObject({ source: 'capture', captureId: cap.id, total: '10406.00', tax: '1806.00' });
    const files = await fresh.db.tx((tx) => listFiles(tx, f.companyId, 'purchasing_bill', bill.id));
    expect(files.map((x) => x.contentType)).toEqual(['application/pdf']);
    expect((await listCaptures(fresh.db, f.companyId)).items).toHaveLength(0);
    await expect(fresh.db.tx((tx) => dismissCapture(tx, f.ctx, cap.id))).rejects.toMatchObject({
      code: 'validation',
    });
  });

  it('OCRs the receipt photo; an unknown vendor is created only on confirmation', async () => {
    const f = await makePurchasing(fresh.db, { baseCurrency: 'USD' });
    const cap = await fresh.db.tx((tx) =>
      createCaptureWithFile(tx, f.ctx, {
        fileName: 'receipt.png',
        bytes: asset('receipt-office-supplies.png'),
      }),
    );
    const read = await processCapture(fresh.db, f.companyId, cap.id);
    expect(read.method).toBe('image_ocr');
    const p = read.proposal as Proposal;
    expect(p).toMatchObject({
      vendorId: null,
      vendorName: 'Brightline Office Supply Inc.',
      total: '216.50',
      taxRate: '8.25',
    });
    const input = {
      vendorInvoiceNumber: p.vendorInvoiceNumber as string,
      issueDate: p.issueDate as string,
      lines: [{ accountId: '6100', taxCode: 'Z', unitPrice: '216.50' }],
    };
    await expect(fresh.db.tx((tx) => convertCapture(tx, f.ctx, cap.id, input))).rejects.toMatchObject({
      code: 'validation',
      details: { proposedVendor: { name: 'Brightline Office Supply Inc.', vatId: 'US84-1234567' } },
    });
    const bill = await fresh.db.tx((tx) =>
      convertCapture(tx, f.ctx, cap.id, { ...input, createVendor: true }),
    );
    expect(bill.vendorName).toBe('Brightline Office Supply Inc.');
    expect(bill.total).toBe('216.50');
    expect(await findParties(fresh.db, f.companyId, { vatId: 'US84-1234567' })).toHaveLength(1);
  }, 60_000);

  it('marks an unreadable document failed with the reason', async () => {
    const f = await makePurchasing(fresh.db);
    const cap = await fresh.db.tx((tx) =>
      createCaptureWithFile(tx, f.ctx, {
        fileName: 'broken.pdf',
        bytes: Buffer.from('%PDF-1.4\n% nothing here\n'),
      }),
    );
    const read = await processCapture(fresh.db, f.companyId, cap.id);
    expect(read.status).toBe('failed');
    expect(read.error).toMatch(/PDF/);
  });
});

describe('UBL import', () => {
  const xml = (vatId: string, number = 'UBL-2026-77') =>
    writeUbl(
      buildUbl({
        number,
        currency: 'CZK',
        seller: { name: 'Tiskárna Morava a.s.', vatId, endpoint: { scheme: '9929', id: vatId } },
        lines: [
          { name: 'Letáky A5', quantity: '1000', price: '2.5', category: 'S', percent: '21' },
          { name: 'Grafika', quantity: '2', price: '800', category: 'S', percent: '12' },
        ],
      }),
    );

  it('makes a draft bill, the vendor matched by VAT id; an unknown vendor needs confirmation', async () => {
    const f = await makePurchasing(fresh.db);
    const unknown = await fresh.db
      .tx((tx) => importUbl(tx, f.ctx, { xml: xml('CZ99887766'), accountId: '6100' }))
      .catch((e) => e);
    expect(unknown).toMatchObject({ code: 'validation', details: { reason: 'vendor_not_found' } });
    const created = await fresh.db.tx((tx) =>
      importUbl(tx, f.ctx, { xml: xml('CZ99887766'), accountId: '6100', createVendor: true }),
    );
    expect(created.vendorCreated).toBe(true);
    expect(created.bill).toMatchObject({
      source: 'ubl',
      status: 'draft',
      net: '4100.00',
      tax: '717.00',
      total: '4817.00',
    });
    expect(created.warnings).toEqual([]);
    // Same vendor again: matched, account remembered, duplicate number warned.
    const again = await fresh.db
      .tx((tx) => importUbl(tx, f.ctx, { xml: xml('CZ 998 877 66') }))
      .catch((e) => e);
    expect(again).toMatchObject({ code: 'conflict', details: { reason: 'possible_duplicate' } });
    const next = await fresh.db.tx((tx) =>
      importUbl(tx, f.ctx, { xml: xml('CZ99887766', 'UBL-2026-78'), confirmDuplicate: true }),
    );
    expect(next.vendorCreated).toBe(false);
    expect(next.bill.vendorId).toBe(created.bill.vendorId);
    expect(next.bill.lines[0]?.accountId).toBe(f.accounts.supplies.id);
  });

  it('refuses a file that is not UBL, naming the element', async () => {
    const f = await makePurchasing(fresh.db);
    await expect(fresh.db.tx((tx) => importUbl(tx, f.ctx, { xml: '<Order/>' }))).rejects.toMatchObject({
      code: 'validation',
      details: { reason: 'ubl_root' },
    });
  });
});
