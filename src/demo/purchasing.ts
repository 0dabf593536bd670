import { findParties } from '../modules/parties/index.ts';
import { type BillPosting, listBills, saveBill, submitBill } from '../modules/purchasing/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Database } from '../platform/db/index.ts';
import { DEMO_PARTIES } from './parties.ts';
import { seedPurchasingDocumentsDemo } from './purchasing-documents.ts';
import { ensureDemoAccounts } from './sales.ts';

/**
 * The demo's vendor bills, after sales (which opens the accounts and rates): posted bills from the EUR and USD
 * vendors, due before the end of the year, so the payments demo has something to put in a SEPA and a NACHA
 * payment run. Supplies go to 6400, rent to 6600 (the US chart). Each run stays under 1,000 USD (see demo-sales.ts on the
 * ledger.post policy). Running it twice does nothing the second time.
 */
const BILLS: {
  vendor: string;
  number: string;
  issueDate: string;
  dueDate: string;
  lines: [string, string, string][];
}[] = [
  // [description, expense account, amount]
  {
    vendor: 'V-ES-01',
    number: 'FV-2026-0418',
    issueDate: '2026-11-03',
    dueDate: '2026-12-03',
    lines: [['Material de oficina', '6400', '412.60']],
  },
  {
    vendor: 'V-DE-01',
    number: 'RE-88213',
    issueDate: '2026-11-05',
    dueDate: '2026-12-05',
    lines: [['Laborbedarf', '6400', '390.00']],
  },
  {
    vendor: 'V-US-01',
    number: 'INV-50071',
    issueDate: '2026-11-06',
    dueDate: '2026-12-06',
    lines: [['Medical supplies', '6400', '520.75']],
  },
  {
    vendor: 'V-US-02',
    number: 'LEASE-2026-11',
    issueDate: '2026-11-01',
    dueDate: '2026-11-11',
    lines: [['Storage unit rent, November', '6600', '395.00']],
  },
];

export async function seedPurchasingDemo(
  db: Database,
  ctx: ServiceContext,
  { postBill }: BillPosting,
): Promise<number> {
  if ((await listBills(db, ctx.companyId, { status: 'all' }, undefined, 1)).items.length > 0) return 0;
  let posted = 0;
  await db.tx(async (tx) => {
    await ensureDemoAccounts(tx, ctx);
    for (const b of BILLS) {
      const legalName = DEMO_PARTIES.find((p) => p.code === b.vendor)?.legalName;
      const [vendor] = legalName ? await findParties(tx, ctx.companyId, { name: legalName }) : [];
      if (!vendor) continue;
      const bill = await saveBill(tx, ctx, {
        vendorId: vendor.id,
        vendorInvoiceNumber: b.number,
        issueDate: b.issueDate,
        dueDate: b.dueDate,
        lines: b.lines.map(([description, accountId, unitPrice]) => ({
          description,
          accountId,
          taxCode: 'NT',
          quantity: '1',
          unitPrice,
        })),
      });
      if ((await submitBill(tx, ctx, bill.id)).status !== 'approved') continue; // a policy holds it
      await postBill(tx, ctx, bill.id);
      posted++;
    }
  });
  // A receipt photo captured with OCR, a UBL invoice imported, a PDF waiting in the review inbox (drafts).
  await seedPurchasingDocumentsDemo(db, ctx);
  return posted;
}
