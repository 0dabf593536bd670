import { afterAll, describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../test/support/db.ts';
import { makePurchasing } from '../modules/purchasing/factories.ts';
import { getBill, listBills, listCaptures, shutdownOcr } from '../modules/purchasing/index.ts';
import { seedPurchasingDocumentsDemo } from './purchasing-documents.ts';

const fresh = withFreshDatabase();
afterAll(async () => {
  await shutdownOcr();
});

describe('purchasing demo documents', () => {
  it('captures the shipped receipt with OCR, imports the shipped UBL invoice, leaves the PDF in the inbox; twice is once', async () => {
    const f = await makePurchasing(fresh.db, { baseCurrency: 'USD' });
    const out = await seedPurchasingDocumentsDemo(fresh.db, f.ctx, { accountId: '6100' });
    const receipt = await getBill(fresh.db, f.companyId, out.captured as string);
    expect(receipt).toMatchObject({
      source: 'capture',
      vendorName: 'Brightline Office Supply Inc.',
      vendorInvoiceNumber: 'R-2026-0412',
      issueDate: '2026-11-18',
      currency: 'USD',
      net: '200.00',
      tax: '16.50',
      total: '216.50',
    });
    const ubl = await getBill(fresh.db, f.companyId, out.imported as string);
    expect(ubl).toMatchObject({
      source: 'ubl',
      vendorName: 'Cascade Lab Supplies LLC',
      total: '327.00',
      dueDate: '2026-12-20',
    });
    const inbox = await listCaptures(fresh.db, f.companyId);
    expect(inbox.items.map((c) => [c.fileName, c.status])).toEqual([['faktura-2026-1187.pdf', 'ready']]);
    expect(await seedPurchasingDocumentsDemo(fresh.db, f.ctx, { accountId: '6100' })).toEqual({
      captured: null,
      imported: null,
    });
    expect((await listBills(fresh.db, f.companyId, {}, undefined, 50)).items).toHaveLength(2);
  }, 60_000);
});
