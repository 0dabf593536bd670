import { newId } from '../../../kernel/ids.ts';
import { formatMoney } from '../../../kernel/money.ts';
import {
  type ApprovalContext,
  actionMayNeedApproval,
  requestApproval,
} from '../../../platform/approvals/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { baseCurrencyOf } from './company.ts';
import type { PostedEntry, PreparedEntry } from './posting.ts';

/**
 * Source types whose entries are the bookkeeping of a document that has its own workflow and policies (an
 * issued invoice, a posted bill, a payment): `ledger.post` policies are for journal entries people write, and
 * holding a document's entry would leave the document issued/paid with its entry waiting. Their reversals are
 * exempt too. Registered by the flows that post documents (src/flows/record-to-report/ledger-approval.ts, wired by src/compose.ts).
 */
const documentSources = new Set<string>();

export function exemptDocumentSource(sourceType: string): void {
  documentSources.add(sourceType);
}

async function governedByDocument(
  tx: Tx,
  companyId: string,
  prepared: readonly PreparedEntry[],
  reversalOf: readonly (string | null)[] | undefined,
): Promise<boolean[]> {
  const reversed = [...new Set((reversalOf ?? []).filter((id): id is string => Boolean(id)))];
  const reversedSources = new Map<string, string | null>();
  if (reversed.length && documentSources.size) {
    const { rows } = await tx.query<{ id: string; source_type: string | null }>(
      'SELECT id, source_type FROM ledger_entries WHERE company_id = $1 AND id = ANY($2)',
      [companyId, reversed],
    );
    for (const r of rows) reversedSources.set(r.id, r.source_type);
  }
  return prepared.map((p, i) => {
    const own = p.input.source?.type;
    const original = reversalOf?.[i] ? reversedSources.get(reversalOf[i] as string) : null;
    return Boolean((own && documentSources.has(own)) || (original && documentSources.has(original)));
  });
}

/** What `ledger.post` policies can look at: the entry's total (debits, base currency), its accounts and date. */
export async function holdForApproval(
  tx: Tx,
  ctx: ApprovalContext,
  prepared: readonly PreparedEntry[],
  opts: { draftIds?: readonly (string | null)[]; reversalOf?: readonly (string | null)[] },
): Promise<(PostedEntry | null)[]> {
  // New entries in a company with no ledger.post policy: nothing can hold them, so one query decides the batch.
  const anyDraft = prepared.some((_, i) => opts.draftIds?.[i]);
  if (
    !anyDraft &&
    !ctx.approvalRequestId &&
    !(await actionMayNeedApproval(tx, ctx.companyId, 'ledger.post'))
  ) {
    return prepared.map(() => null);
  }
  const byDocument = await governedByDocument(tx, ctx.companyId, prepared, opts.reversalOf);
  const base = await baseCurrencyOf(tx, ctx.companyId);
  const accountIds = [...new Set(prepared.flatMap((p) => p.lines.map((l) => l.accountId)))];
  const codes = new Map(
    (
      await tx.query<{ id: string; code: string }>(
        'SELECT id, code FROM ledger_accounts WHERE company_id = $1 AND id = ANY($2)',
        [ctx.companyId, accountIds],
      )
    ).rows.map((r) => [r.id, r.code]),
  );
  const out: (PostedEntry | null)[] = [];
  for (const [i, p] of prepared.entries()) {
    if (byDocument[i]) {
      out.push(null);
      continue;
    }
    const id = opts.draftIds?.[i] ?? newId('entry');
    const debit = p.lines.reduce((s, l) => (l.baseAmount > 0n ? s + l.baseAmount : s), 0n);
    const amount = formatMoney({ amount: debit, currency: base });
    const decision = await requestApproval(tx, ctx, {
      action: 'ledger.post',
      entityType: 'ledger_entry',
      entityId: id,
      summary: `Journal entry ${p.input.date} ${p.input.description}`.slice(0, 200) + `, ${amount} ${base}`,
      data: {
        amount,
        currency: base,
        date: p.input.date,
        description: p.input.description,
        accounts: [...new Set(p.lines.map((l) => codes.get(l.accountId) ?? l.accountId))],
        currencies: [...new Set(p.lines.map((l) => l.currency))],
        departments: [...new Set(p.lines.map((l) => l.departmentId).filter(Boolean))],
      },
      departmentId: p.lines.find((l) => l.departmentId)?.departmentId ?? null,
    });
    if (decision.kind === 'proceed') {
      out.push(null);
      continue;
    }
    await keepPending(tx, ctx, id, p, Boolean(opts.draftIds?.[i]), opts.reversalOf?.[i] ?? null);
    out.push({
      id,
      number: null,
      date: p.input.date,
      description: p.input.description,
      reference: p.input.reference ?? null,
      status: 'pending_approval',
      approvalRequestId: decision.requestId,
    });
  }
  return out;
}

/** Stores the entry exactly as it would post (accounts by id, signed amounts, rates), waiting for approval. */
async function keepPending(
  tx: Tx,
  ctx: ApprovalContext,
  id: string,
  p: PreparedEntry,
  existing: boolean,
  reversalOf: string | null,
): Promise<void> {
  const lines = p.lines.map((l) => ({
    account: l.accountId,
    amount: formatMoney({ amount: l.amount, currency: l.currency }),
    currency: l.currency,
    rate: l.rate,
    departmentId: l.departmentId,
    costCentre: l.costCentre,
    project: l.project,
    partner: l.partner,
    memo: l.memo,
  }));
  if (existing) {
    await tx.query(
      `UPDATE ledger_entries SET status = 'pending_approval', draft_lines = $3, updated_at = now() WHERE company_id = $1 AND id = $2 AND status <> 'posted'`,
      [ctx.companyId, id, JSON.stringify(lines)],
    );
  } else {
    await tx.query(
      `INSERT INTO ledger_entries (company_id, id, entry_date, description, reference, status, draft_lines, reversal_of_id, source_type, source_id, tags, created_by)
       VALUES ($1, $2, $3, $4, $5, 'pending_approval', $6, $7, $8, $9, $10, $11)`,
      [
        ctx.companyId,
        id,
        p.input.date,
        p.input.description,
        p.input.reference ?? null,
        JSON.stringify(lines),
        reversalOf,
        p.input.source?.type ?? null,
        p.input.source?.id ?? null,
        JSON.stringify(p.input.tags ?? {}),
        ctx.actor.userId,
      ],
    );
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_entry',
    entityId: id,
    action: 'hold_for_approval',
    after: { date: p.input.date, description: p.input.description },
  });
}
