import type { ServiceContext } from '../../platform/context.ts';
import { SYSTEM_ACTOR } from '../../platform/context.ts';
import type { Database } from '../../platform/db/index.ts';
import { makeCompany } from '../org/factories.ts';
import { type AccountRow, type AccountType, createAccount, createFiscalYear } from './index.ts';

/** A company with a small chart of accounts and open fiscal years, for ledger tests. */
export interface LedgerFixture {
  companyId: string;
  ctx: ServiceContext;
  accounts: Record<'bank' | 'receivable' | 'payable' | 'capital' | 'sales' | 'rent' | 'eurBank', AccountRow>;
}

const CHART: [keyof LedgerFixture['accounts'], string, string, AccountType, string | null][] = [
  ['bank', '1000', 'Bank', 'asset', null],
  ['receivable', '1100', 'Receivables', 'asset', null],
  ['eurBank', '1010', 'Bank EUR', 'asset', 'EUR'],
  ['payable', '2000', 'Payables', 'liability', null],
  ['capital', '3000', 'Capital', 'equity', null],
  ['sales', '4000', 'Sales', 'income', null],
  ['rent', '6000', 'Rent', 'expense', null],
];

export async function makeLedger(
  db: Database,
  opts: { baseCurrency?: string; years?: number[] } = {},
): Promise<LedgerFixture> {
  const { company } = await makeCompany(db, { baseCurrency: opts.baseCurrency ?? 'USD' });
  const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
  const accounts = {} as LedgerFixture['accounts'];
  await db.tx(async (tx) => {
    for (const year of opts.years ?? [2025, 2026]) await createFiscalYear(tx, ctx, year);
    for (const [key, code, name, type, currency] of CHART)
      accounts[key] = await createAccount(tx, ctx, { code, name, type, currency });
  });
  return { companyId: company.id, ctx, accounts };
}
