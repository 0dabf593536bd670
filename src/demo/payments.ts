import { documentSide, recordPayment } from '../flows/order-to-cash/payments.ts';
import { proposeRun, releaseRun } from '../flows/procure-to-pay/payment-run.ts';
import { formatMoney } from '../kernel/money.ts';
import { type BankAccount, createBankAccount, defaultBankAccount } from '../modules/banking/index.ts';
import { listPayments, listRuns } from '../modules/payments/index.ts';
import type { ServiceContext } from '../platform/context.ts';
import type { Database, Tx } from '../platform/db/index.ts';

import { demoLedgerAccount } from './ledger.ts';

/**
 * Demo payments, after sales, purchasing and banking have seeded theirs: one invoice paid in full, one paid in
 * part, and — when purchasing is installed and has due bills — one released payment run per bank format
 * (SEPA for EUR, NACHA for USD). Bank accounts come from banking's demo; where a currency has none, one is
 * opened here. Running it twice does nothing the second time.
 */

async function bankFor(tx: Tx, ctx: ServiceContext, currency: 'EUR' | 'USD'): Promise<BankAccount> {
  const found = await defaultBankAccount(tx, ctx.companyId, currency);
  if (found) return found;
  const ledger = await demoLedgerAccount(tx, ctx, currency);
  return createBankAccount(tx, ctx, {
    name: `Operating account ${currency}`,
    currency,
    ledgerAccountId: ledger.id,
    isDefault: true,
    ...(currency === 'EUR'
      ? { iban: 'DE89370400440532013000', bic: 'COBADEFFXXX', bankName: 'Commerzbank' }
      : { accountNumber: '4001234567', routingNumber: '081000032', bankName: 'First Demo Bank' }),
  });
}

export interface PaymentsDemoResult {
  receipts: number;
  runs: number;
}

export async function seedPaymentsDemo(
  db: Database,
  ctx: ServiceContext,
  today = '2026-11-20',
): Promise<PaymentsDemoResult> {
  if ((await listPayments(db, ctx.companyId, { limit: 1 })).items.length > 0) return { receipts: 0, runs: 0 };
  let receipts = 0;
  let runs = 0;
  await db.tx(async (tx) => {
    for (const currency of ['USD', 'EUR'] as const) {
      const bank = await bankFor(tx, ctx, currency);
      let open: Awaited<ReturnType<ReturnType<typeof documentSide>['open']>> = [];
      try {
        open = (await documentSide('receivables').open(tx, ctx.companyId, { currency })).filter(
          (i) => i.kind === 'invoice' && i.controlAccountId,
        );
      } catch {
        open = []; // sales not installed
      }
      const [full, partial] = open;
      if (full) {
        await recordPayment(tx, ctx, {
          kind: 'receipt',
          partyId: full.partyId,
          bankAccountId: bank.id,
          date: today,
          currency,
          amount: formatMoney({ amount: full.openMinor, currency }),
          reference: `Payment ${full.number}`,
          allocations: [
            { documentId: full.documentId, amount: formatMoney({ amount: full.openMinor, currency }) },
          ],
        });
        receipts++;
      }
      if (partial && partial.openMinor > 1n) {
        const half = partial.openMinor / 2n;
        await recordPayment(tx, ctx, {
          kind: 'receipt',
          partyId: partial.partyId,
          bankAccountId: bank.id,
          date: today,
          currency,
          amount: formatMoney({ amount: half, currency }),
          reference: `Part payment ${partial.number}`,
          allocations: [{ documentId: partial.documentId, amount: formatMoney({ amount: half, currency }) }],
        });
        receipts++;
      }
    }
  });
  // Payment runs: only where purchasing is installed and bills are due; one per format.
  if ((await listRuns(db, ctx.companyId, { limit: 1 })).items.length > 0) return { receipts, runs };
  for (const currency of ['EUR', 'USD'] as const) {
    try {
      await db.tx(async (tx) => {
        const bank = await bankFor(tx, ctx, currency);
        const run = await proposeRun(tx, ctx, {
          bankAccountId: bank.id,
          dueBy: '2026-12-31',
          executionDate: today,
        });
        await releaseRun(tx, ctx, run.id);
      });
      runs++;
    } catch {
      // no purchasing yet, nothing due in this currency, or a vendor without bank details: no run
    }
  }
  return { receipts, runs };
}
