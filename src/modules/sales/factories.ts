import type { ServiceContext } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { makeLedger } from '../ledger/factories.ts';
import { type AccountRow, createAccount, setRates } from '../ledger/index.ts';
import { makeParty } from '../parties/factories.ts';
import type { PartyView } from '../parties/index.ts';
import { ensureDefaultTaxCodes, type TaxCodeRow } from '../tax/index.ts';
import type { DraftInput } from './contract.ts';
import { createDraft, type InvoiceView, saveSettings } from './index.ts';

export interface SalesFixture {
  companyId: string;
  ctx: ServiceContext;
  accounts: Record<'receivable' | 'sales' | 'vat', AccountRow>;
  tax: Record<string, TaxCodeRow>;
  customer: PartyView;
}

/**
 * A company ready to invoice: a ledger (base currency CZK by default) with AR, sales and VAT accounts,
 * the CZ tax codes pointing at VAT, sales settings, EUR and USD rates, and one customer.
 */
export async function makeSales(db: Database, opts: { baseCurrency?: string } = {}): Promise<SalesFixture> {
  const ledger = await makeLedger(db, { baseCurrency: opts.baseCurrency ?? 'CZK' });
  const { ctx } = ledger;
  const vat = await db.tx((tx) => createAccount(tx, ctx, { code: '343', name: 'VAT', type: 'liability' }));
  const tax = await db.tx(async (tx) => {
    await saveSettings(tx, ctx, {
      receivableAccountId: ledger.accounts.receivable.id,
      revenueAccountId: ledger.accounts.sales.id,
    });
    await setRates(tx, ctx, [
      { currency: 'EUR', date: '2025-01-01', rate: '25.125' },
      { currency: 'USD', date: '2025-01-01', rate: '23.4567' },
    ]);
    return ensureDefaultTaxCodes(tx, ctx, 'CZ');
  });
  const customer = await makeParty(db, ledger.companyId, {
    legalName: 'Acme Trading s.r.o.',
    vatId: 'CZ12345679',
    currency: opts.baseCurrency ?? 'CZK',
    email: 'billing@acme.example',
    address: { street: 'Dlouhá 12', city: 'Praha', postalCode: '110 00', country: 'CZ' },
    ctx,
  });
  return {
    companyId: ledger.companyId,
    ctx,
    accounts: { receivable: ledger.accounts.receivable, sales: ledger.accounts.sales, vat },
    tax: Object.fromEntries(tax.map((t) => [t.code, t])),
    customer,
  };
}

/** A draft invoice with two lines (21 % and 12 %) unless lines are given. */
export async function makeDraft(
  db: Database,
  f: SalesFixture,
  over: Partial<DraftInput> = {},
): Promise<InvoiceView> {
  return db.tx((tx) =>
    createDraft(tx, f.ctx, {
      partyId: f.customer.id,
      issueDate: '2026-03-10',
      lines: [
        { description: 'Consulting', quantity: '10', unit: 'HUR', unitPrice: '1500', taxCode: 'S21' },
        {
          description: 'Book',
          quantity: '2',
          unit: 'C62',
          unitPrice: '349.90',
          taxCode: 'S12',
          discountPercent: '10',
        },
      ],
      ...over,
    }),
  );
}
