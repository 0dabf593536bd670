import { formatMoney } from '../../kernel/money.ts';
import { ensureAccountPath, type LineInput, prepareEntries } from '../../modules/ledger/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/index.ts';

/**
 * Realised exchange differences. A foreign-currency document was posted at its own rate; the payment that
 * settles it converts at the payment's rate. The control-account lines therefore carry the document's rate
 * (so the receivable or payable leaves the books at the base amount it entered), the bank line the payment's,
 * and the difference in base currency goes to `Income:Realised exchange gains` or
 * `Expenses:Realised exchange losses`.
 *
 * Base amounts come from the ledger itself (`prepareEntries` on balanced probe entries, nothing written), so
 * the conversion and its rounding stay the ledger's one rule.
 */
export async function withRealisedFx(
  tx: Tx,
  ctx: ServiceContext,
  date: string,
  lines: LineInput[],
): Promise<LineInput[]> {
  const flip = (l: LineInput): LineInput => {
    const { debit, credit, ...rest } = l;
    return debit !== undefined ? { ...rest, credit: debit } : { ...rest, debit: credit };
  };
  const { base, prepared } = await prepareEntries(
    tx,
    ctx.companyId,
    lines.map((l) => ({ date, description: 'exchange difference probe', lines: [l, flip(l)] })),
  );
  const sum = prepared.reduce((s, p) => s + (p.lines[0]?.baseAmount ?? 0n), 0n);
  if (sum === 0n) return lines;
  // More debit than credit in base currency: the difference is a gain (credited), else a loss (debited).
  const gain = sum > 0n;
  const account = await ensureAccountPath(
    tx,
    ctx,
    gain ? 'Income:Realised exchange gains' : 'Expenses:Realised exchange losses',
    gain ? 'income' : 'expense',
    new Map(),
  );
  const amount = formatMoney({ amount: gain ? sum : -sum, currency: base });
  return [
    ...lines,
    {
      account: account.id,
      currency: base,
      ...(gain ? { credit: amount } : { debit: amount }),
      memo: 'realised exchange difference',
    },
  ];
}
