import type { ServiceContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { makeLedger } from '../ledger/factories.ts';
import { type AccountRow, createAccount } from '../ledger/index.ts';
import { makeParty } from '../parties/factories.ts';
import type { PartyView } from '../parties/index.ts';
import { ensureDefaultTaxCodes, type TaxCodeRow } from '../tax/index.ts';
import type { BillInput } from './contract.ts';
import { type BillView, saveBill } from './index.ts';

export interface PurchasingFixture {
  companyId: string;
  ctx: ServiceContext;
  accounts: Record<'payable' | 'rent' | 'supplies' | 'equipment' | 'vat' | 'bank', AccountRow>;
  tax: Record<string, TaxCodeRow>;
  vendor: PartyView;
}

/**
 * A company ready to enter bills: a ledger (CZK by default) with AP (2000), rent and office-supplies expense,
 * an equipment asset account and a VAT account (343) the CZ tax codes point at, and one vendor (14-day terms).
 */
export async function makePurchasing(
  db: Database,
  opts: { baseCurrency?: string } = {},
): Promise<PurchasingFixture> {
  const ledger = await makeLedger(db, { baseCurrency: opts.baseCurrency ?? 'CZK' });
  const { ctx } = ledger;
  const [vat, supplies, equipment, tax] = await db.tx(async (tx) => {
    const vat = await createAccount(tx, ctx, { code: '343', name: 'VAT', type: 'liability' });
    const supplies = await createAccount(tx, ctx, { code: '6100', name: 'Office supplies', type: 'expense' });
    const equipment = await createAccount(tx, ctx, { code: '1500', name: 'Equipment', type: 'asset' });
    return [vat, supplies, equipment, await ensureDefaultTaxCodes(tx, ctx, 'CZ')] as const;
  });
  const vendor = await makeParty(db, ledger.companyId, {
    vendor: true,
    customer: false,
    legalName: 'Kancelářské potřeby Brno s.r.o.',
    vatId: 'CZ27654321',
    currency: opts.baseCurrency ?? 'CZK',
    paymentTermsDays: 14,
    ctx,
  });
  return {
    companyId: ledger.companyId,
    ctx,
    accounts: {
      payable: ledger.accounts.payable,
      rent: ledger.accounts.rent,
      bank: ledger.accounts.bank,
      supplies,
      equipment,
      vat,
    },
    tax: Object.fromEntries(tax.map((t) => [t.code, t])),
    vendor,
  };
}

let counter = 0;

/** A draft bill: one 21 % line of 1000.00 unless lines are given; a fresh vendor invoice number each time. */
export async function makeBill(
  db: Database,
  f: PurchasingFixture,
  over: Partial<BillInput> = {},
): Promise<BillView> {
  counter += 1;
  return db.tx((tx) =>
    saveBill(tx, f.ctx, {
      vendorId: f.vendor.id,
      vendorInvoiceNumber: `FV-${Date.now()}-${counter}`,
      issueDate: '2026-03-02',
      lines: [
        {
          description: 'Paper',
          accountId: f.accounts.supplies.id,
          taxCode: 'S21',
          quantity: '1',
          unitPrice: '1000.00',
        },
      ],
      ...over,
    }),
  );
}
