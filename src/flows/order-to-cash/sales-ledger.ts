import { formatMoney } from '../../kernel/money.ts';
import {
  type EntryInput,
  ensureAccountPath,
  type LineInput,
  postEntries,
  prepareEntries,
} from '../../modules/ledger/index.ts';
import type { PostingDoc, SalesPoster } from '../../modules/sales/index.ts';
import type { ServiceContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/index.ts';

/**
 * Sales → ledger: issuing an invoice posts Dr receivable (total) / Cr revenue per account (net) / Cr output tax
 * per tax account (tax), in the document currency at the rate fixed at issue; a credit note posts the
 * opposite. Runs inside the issuing transaction, so a failed posting leaves no number taken. The composition
 * root (src/compose.ts) gives `postSalesDocuments` to sales as its `post` port.
 */
export function salesEntry(doc: PostingDoc): EntryInput {
  const sign = doc.kind === 'invoice' ? 1n : -1n;
  const amount = (v: bigint) => formatMoney({ amount: v * sign, currency: doc.currency });
  const common = { currency: doc.currency, ...(doc.rate ? { rate: doc.rate } : {}) };
  const lines: LineInput[] = [
    {
      account: doc.receivableAccountId,
      amount: amount(doc.totalMinor),
      partner: doc.partyId,
      memo: doc.buyerName,
      ...common,
    },
    ...doc.revenue.map((r) => ({ account: r.accountId, amount: amount(-r.amountMinor), ...common })),
    ...doc.tax.map((t) => ({ account: t.accountId, amount: amount(-t.amountMinor), ...common })),
  ];
  return {
    date: doc.issueDate,
    description:
      `${doc.kind === 'invoice' ? 'Invoice' : 'Credit note'} ${doc.number} — ${doc.buyerName}`.slice(0, 500),
    reference: doc.number,
    lines,
    source: { type: doc.kind === 'invoice' ? 'sales_invoice' : 'sales_credit_note', id: doc.id },
  };
}

/**
 * Foreign-currency documents: each line is converted to the base currency on its own (the ledger's one
 * rounding rule), so the converted lines can miss balancing by a minor unit or two. That residue goes on a
 * base-currency line to `Expenses:Currency rounding`, found with `prepareEntries` (nothing written) for all
 * foreign documents at once.
 */
async function withRounding(
  tx: Tx,
  ctx: ServiceContext,
  docs: PostingDoc[],
  entries: EntryInput[],
): Promise<EntryInput[]> {
  const foreign = docs.flatMap((d, i) => (d.rate ? [i] : []));
  if (foreign.length === 0) return entries;
  // Each line's base amount, from a balanced probe entry (the line and its negation).
  const neg = (a: string | undefined) => (a?.startsWith('-') ? a.slice(1) : `-${a}`);
  const probes = foreign.flatMap((i) =>
    (entries[i] as EntryInput).lines.map((l) => ({
      ...(entries[i] as EntryInput),
      lines: [l, { ...l, amount: neg(l.amount) }],
    })),
  );
  const { base, prepared } = await prepareEntries(tx, ctx.companyId, probes);
  let at = 0;
  const residues = foreign.map((i) => {
    let sum = 0n;
    for (const _ of (entries[i] as EntryInput).lines) sum += prepared[at++]?.lines[0]?.baseAmount ?? 0n;
    return sum;
  });
  let account: string | null = null;
  const out = [...entries];
  for (const [k, i] of foreign.entries()) {
    const residue = residues[k] ?? 0n;
    if (residue === 0n) continue;
    account ??= (await ensureAccountPath(tx, ctx, 'Expenses:Currency rounding', 'expense', new Map())).id;
    const e = out[i] as EntryInput;
    out[i] = {
      ...e,
      lines: [
        ...e.lines,
        {
          account,
          currency: base,
          amount: formatMoney({ amount: -residue, currency: base }),
          memo: 'currency rounding',
        },
      ],
    };
  }
  return out;
}

/** The sales module's `post` port: one entry per document, with currency rounding; batches post as a batch. */
export const postSalesDocuments: SalesPoster = async (tx, ctx, docs) => {
  const entries = await withRounding(tx, ctx, docs, docs.map(salesEntry));
  const posted = await postEntries(tx, ctx, entries, docs.length > 1 ? 'batch' : 'each');
  return posted.map((p) => p.id);
};
