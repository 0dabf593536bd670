import { createAccount, findAccount, postEntries, setRates } from '../modules/ledger/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Tx } from '../platform/db/index.ts';

/**
 * The demo's books start like a healthy company's: the US chart onboarding seeded (one chart, no second tree
 * of path-named accounts), the bank accounts on its bank codes, and the owner's capital paid into the bank on
 * the first days of the year, so the bank balance is positive and cash flow and the forecast start from it.
 */
const BANK_LEDGER = {
  USD: { code: '1000', name: 'Checking', subtype: 'bank', currency: null },
  EUR: { code: '1020', name: 'Checking EUR', subtype: 'bank', currency: 'EUR' },
  cash: { code: '1050', name: 'Petty cash', subtype: 'cash', currency: null },
} as const;

export const DEMO_EUR_RATE = { currency: 'EUR', date: '2026-01-01', rate: '1.0850' } as const;

/** The chart account a demo bank account books to (found by code; made on a company without the chart). */
export async function demoLedgerAccount(
  tx: Tx,
  ctx: ServiceContext,
  which: keyof typeof BANK_LEDGER,
): Promise<{ id: string }> {
  const a = BANK_LEDGER[which];
  return (
    (await findAccount(tx, ctx.companyId, a.code)) ??
    (await createAccount(tx, ctx, {
      code: a.code,
      name: a.name,
      type: 'asset',
      subtype: a.subtype,
      currency: a.currency,
    }))
  );
}

/** The owner's capital: 85,000 USD and 20,000 EUR into the bank, against owner's equity (3000). */
export async function seedOpeningCapital(tx: Tx, ctx: ServiceContext, today: string): Promise<void> {
  await setRates(tx, ctx, [DEMO_EUR_RATE]);
  await demoLedgerAccount(tx, ctx, 'USD');
  await demoLedgerAccount(tx, ctx, 'EUR');
  const year = today.slice(0, 4);
  await postEntries(tx, ctx, [
    {
      date: `${year}-01-02`,
      description: "Owner's capital paid in",
      lines: [
        { account: BANK_LEDGER.USD.code, debit: '85000.00' },
        { account: '3000', credit: '85000.00' },
      ],
    },
    {
      date: `${year}-01-02`,
      description: "Owner's capital paid in (EUR account)",
      lines: [
        { account: BANK_LEDGER.EUR.code, debit: '20000.00', currency: 'EUR', rate: DEMO_EUR_RATE.rate },
        { account: '3000', credit: '21700.00' },
      ],
    },
  ]);
}
