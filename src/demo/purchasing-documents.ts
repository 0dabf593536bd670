import { readFileSync } from 'node:fs';
import {
  convertCapture,
  createCaptureWithFile,
  importUbl,
  listBills,
  type Proposal,
  processCapture,
  shutdownOcr,
} from '../modules/purchasing/index.ts';
import { createTaxCode, listTaxCodes } from '../modules/tax/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Database } from '../platform/db/index.ts';

const asset = (name: string) => readFileSync(new URL(`../../assets/demo/${name}`, import.meta.url));

/**
 * The demo's documents: the shipped receipt photo CAPTURED with the real offline OCR and turned into a draft
 * (vendor created from what was read, expense 6400), a received UBL invoice imported as a draft (vendor created
 * from its seller), and the sample Czech vendor invoice PDF left in the review inbox for a person to look at.
 * Due dates spread: the receipt was due on its date, the UBL invoice on 2026-12-20. Runs after the accounts
 * exist (demo-purchasing.ts); running it twice does nothing the second time.
 */
export async function seedPurchasingDocumentsDemo(
  db: Database,
  ctx: ServiceContext,
  opts: { accountId?: string } = {},
): Promise<{ captured: string | null; imported: string | null }> {
  const existing = await listBills(db, ctx.companyId, { q: 'R-2026-0412' }, undefined, 1);
  if (existing.items.length > 0) return { captured: null, imported: null };
  const accountId = opts.accountId ?? '6400';
  // The receipt's 8.25 % sales tax: a code of its own, booked like the company's standard sales tax.
  const codes = await listTaxCodes(db, ctx.companyId);
  if (!codes.some((c) => c.code === 'ST825')) {
    const like = codes.find((c) => c.kind === 'standard');
    await db.tx((tx) =>
      createTaxCode(tx, ctx, {
        code: 'ST825',
        name: 'Sales tax 8.25 % (Springfield)',
        rate: '8.25',
        kind: 'standard',
        category: 'S',
        inputAccountId: like?.inputAccountId ?? null,
        outputAccountId: like?.outputAccountId ?? null,
      }),
    );
  }
  let captured: string | null = null;
  try {
    const receipt = await db.tx((tx) =>
      createCaptureWithFile(tx, ctx, {
        fileName: 'receipt-office-supplies.png',
        bytes: asset('receipt-office-supplies.png'),
      }),
    );
    const read = await processCapture(db, ctx.companyId, receipt.id);
    const p = read.proposal as Proposal;
    if (read.status === 'ready' && p.vendorInvoiceNumber && p.issueDate && (p.net ?? p.total)) {
      const bill = await db.tx((tx) =>
        convertCapture(tx, ctx, receipt.id, {
          createVendor: !p.vendorId,
          ...(p.vendorId ? { vendorId: p.vendorId } : {}),
          vendorInvoiceNumber: p.vendorInvoiceNumber as string,
          issueDate: p.issueDate as string,
          dueDate: p.dueDate,
          currency: p.currency ?? undefined,
          pricesIncludeTax: p.pricesIncludeTax,
          lines: [
            {
              description: 'Office supplies (receipt)',
              accountId: p.accountId ?? accountId,
              taxCode: p.taxCode ?? 'ST825',
              quantity: '1',
              unitPrice: (p.net ?? p.total) as string,
            },
          ],
        }),
      );
      captured = bill.id;
    }
    // The Czech vendor invoice stays in the inbox, read and waiting for review.
    const pdf = await db.tx((tx) =>
      createCaptureWithFile(tx, ctx, {
        fileName: 'faktura-2026-1187.pdf',
        bytes: asset('vendor-invoice-cz.pdf'),
      }),
    );
    await processCapture(db, ctx.companyId, pdf.id);
  } finally {
    await shutdownOcr();
  }
  const ubl = await db.tx((tx) =>
    importUbl(tx, ctx, {
      xml: asset('vendor-invoice-ubl.xml').toString('utf8'),
      createVendor: true,
      accountId,
    }),
  );
  return { captured, imported: ubl.bill.id };
}
