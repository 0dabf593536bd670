import { createAccount, findAccount, setRates } from '../modules/ledger/index.ts';
import { findParties } from '../modules/parties/index.ts';
import {
  createCreditNote,
  createDraft,
  listInvoices,
  type SalesIssuing,
  saveSettings,
} from '../modules/sales/index.ts';
import { ensureDefaultTaxCodes } from '../modules/tax/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Database, Tx } from '../platform/db/index.ts';
import { DEMO_PARTIES } from './parties.ts';

/**
 * The demo's sales, after the parties: the receivables, sales and tax accounts the US chart names, exchange
 * rates for EUR and CZK, the seller's details, the US tax codes, and issued invoices to the demo customers in
 * USD, EUR and CZK (the medical supplies and services sold here are "not subject" to sales tax: a standard-rated line
 * from a seller without a VAT id would need the seller's tax registration id, BT-32, which the sales settings
 * do not hold yet — BR-S-02). Every posting stays under 1,000 USD: the work demo's ledger.post policy would
 * hold a larger one for approval (and it holds document postings too, not only manual entries). Running it twice
 * does nothing the second time.
 */
export const DEMO_SELLER = {
  street: '400 N Michigan Ave',
  city: 'Chicago',
  postalCode: '60611',
  country: 'US',
  email: 'billing@northwind.example',
  phone: '+1 312 555 0100',
  registrationId: '36-4567890',
} as const;

const ACCOUNTS = [
  ['1100', 'Accounts receivable', 'asset', 'receivable'],
  ['1400', 'Input tax', 'asset', null],
  ['2100', 'Sales tax payable', 'liability', 'tax'],
  ['4000', 'Sales', 'income', null],
  ['4100', 'Services', 'income', null],
] as const;

/** The chart's accounts the money demos need (the work demo made a few already; none is replaced). */
export async function ensureDemoAccounts(tx: Tx, ctx: ServiceContext): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const [code, name, type, subtype] of ACCOUNTS) {
    const found = await findAccount(tx, ctx.companyId, code);
    ids[code] = found ? found.id : (await createAccount(tx, ctx, { code, name, type, subtype })).id;
  }
  return ids;
}

const INVOICES: { party: string; issueDate: string; lines: [string, string, string, string][] }[] = [
  // [description, quantity, unit price, tax code]
  { party: 'C-US-01', issueDate: '2026-10-05', lines: [['Medical supplies, October', '1', '845.00', 'NT']] },
  {
    party: 'C-US-01',
    issueDate: '2026-11-02',
    lines: [['Medical supplies, November', '1', '612.40', 'NT']],
  },
  {
    party: 'C-US-01',
    issueDate: '2026-11-16',
    lines: [
      ['Examination gloves (box of 100)', '40', '8.95', 'NT'],
      ['Practice software support', '6', '95.00', 'NT'],
    ],
  },
  { party: 'C-ES-01', issueDate: '2026-10-12', lines: [['Dental consumables', '12', '64.50', 'NT']] },
  { party: 'C-ES-01', issueDate: '2026-11-09', lines: [['Sterilisation pouches', '30', '11.20', 'NT']] },
  {
    party: 'C-DE-01',
    issueDate: '2026-11-13',
    lines: [['Consulting, practice set-up', '7', '120.00', 'NT']],
  },
  { party: 'C-CZ-01', issueDate: '2026-11-10', lines: [['Lékárenské potřeby', '25', '380.00', 'NT']] },
];

export async function seedSalesDemo(
  db: Database,
  ctx: ServiceContext,
  { issueInvoices }: SalesIssuing,
): Promise<number> {
  if ((await listInvoices(db, ctx.companyId, {}, undefined, 1)).items.length > 0) return 0;
  return db.tx(async (tx) => {
    const accounts = await ensureDemoAccounts(tx, ctx);
    await setRates(tx, ctx, [
      { currency: 'EUR', date: '2026-01-01', rate: '1.0850' },
      { currency: 'CZK', date: '2026-01-01', rate: '0.0431' },
    ]);
    await saveSettings(tx, ctx, {
      seller: { ...DEMO_SELLER },
      receivableAccountId: accounts['1100'] as string,
      revenueAccountId: accounts['4000'] as string,
      paymentTermsDays: 30,
    });
    await ensureDefaultTaxCodes(tx, ctx, 'US');
    const ids: string[] = [];
    let czDraft: string | null = null;
    for (const inv of INVOICES) {
      const legalName = DEMO_PARTIES.find((p) => p.code === inv.party)?.legalName;
      const [party] = legalName ? await findParties(tx, ctx.companyId, { name: legalName }) : [];
      if (!party) continue;
      const draft = await createDraft(tx, ctx, {
        partyId: party.id,
        issueDate: inv.issueDate,
        lines: inv.lines.map(([description, quantity, unitPrice, taxCode]) => ({
          description,
          quantity,
          unit: 'C62',
          unitPrice,
          taxCode,
        })),
      });
      ids.push(draft.id);
      if (inv.party === 'C-CZ-01') czDraft = draft.id;
    }
    const issued = await issueInvoices(tx, ctx, ids);
    // A partial credit note: five of the Czech customer's 25 units came back damaged.
    const cz = issued.find((r) => r.id === czDraft);
    if (cz) {
      const credit = await createCreditNote(tx, ctx, cz.id, {
        reason: `Returned goods (invoice ${cz.number})`,
        lines: [
          {
            description: 'Lékárenské potřeby – vráceno',
            quantity: '5',
            unit: 'C62',
            unitPrice: '380.00',
            taxCode: 'NT',
          },
        ],
      });
      await issueInvoices(tx, ctx, [credit.id], { issueDate: '2026-11-18' });
    }
    return issued.length;
  });
}
