import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { getAccount, postEntries, reverseEntry } from '../../ledger/index.ts';
import { bankingText } from '../i18n.ts';
import { type BankAccount, getBankAccount, lockBankAccount } from './accounts.ts';
import {
  describeItem,
  type ItemKind,
  type MatchItem,
  type MatchReason,
  type Proposal,
  proposeMatches,
} from './match.ts';
import type { ReconcileHooks } from './reconcile-ports.ts';
import { linesByIds, openLines, type StatementLineView } from './statements.ts';

/** An item a line can be matched with: the engine's shape plus what people see. */
export interface CandidateItem extends MatchItem {
  label: string;
  /** Still open, signed like the bank amount (for documents: what is left to pay). */
  openMinor: bigint;
  currency: string;
}

export interface StoredItem {
  kind: ItemKind | 'entry';
  id: string;
  label: string;
  partyId: string | null;
  amountMinor: bigint;
}

export interface ReconciliationView {
  id: string;
  bankAccountId: string;
  status: 'proposed' | 'accepted' | 'rejected' | 'undone';
  origin: 'auto' | 'manual' | 'entry';
  rule: string;
  score: number;
  reasons: MatchReason[];
  difference: string;
  currency: string;
  createdPaymentIds: string[];
  createdEntryIds: string[];
  lines: {
    id: string;
    bookingDate: string;
    amount: string;
    counterpartyName: string | null;
    reference: string | null;
    remittance: string | null;
  }[];
  items: { kind: string; id: string; label: string; partyId: string | null; amount: string }[];
  decidedAt: string | null;
  undoneAt: string | null;
}

/** Items already settled by an accepted reconciliation (payments, ledger lines, entries) and entries banking made. */
async function takenItems(sql: Sql, companyId: string, bankAccountId: string): Promise<Set<string>> {
  const rows = (
    await sql.query<{ k: string }>(
      `SELECT i.item_kind || ':' || i.item_id AS k FROM bank_reconciliation_items i WHERE i.company_id = $1 AND i.active
       UNION ALL
       SELECT 'entry_made:' || unnest(r.created_entry_ids) FROM bank_reconciliations r WHERE r.company_id = $1 AND r.bank_account_id = $2`,
      [companyId, bankAccountId],
    )
  ).rows;
  return new Set(rows.map((r) => r.k));
}

/** Runs the engine over the account's unreconciled lines; replaces the earlier proposals. */
export async function autoMatch(
  h: ReconcileHooks,
  tx: Tx,
  ctx: ServiceContext,
  bankAccountId: string,
  opts: { dateWindowDays?: number | undefined; statementId?: string | undefined } = {},
): Promise<{ proposals: number; lines: number; candidates: number; byRule: Record<string, number> }> {
  const account = await lockBankAccount(tx, ctx.companyId, bankAccountId);
  await tx.query(
    `DELETE FROM bank_reconciliations WHERE company_id = $1 AND bank_account_id = $2 AND status = 'proposed'`,
    [ctx.companyId, account.id],
  );
  const lines = await openLines(tx, ctx.companyId, account.id, opts.statementId);
  const taken = await takenItems(tx, ctx.companyId, account.id);
  const items = (await h.candidates(tx, ctx.companyId, account)).filter(
    (i) =>
      !taken.has(`${i.kind}:${i.id}`) &&
      !(i.kind === 'ledger_line' && taken.has(`entry_made:${i.id.split(':')[0]}`)),
  );
  const ibans = [...new Set(lines.map((l) => l.counterpartyIban).filter((x): x is string => Boolean(x)))];
  const parties = ibans.length
    ? await h.partiesByIban(tx, ctx.companyId, ibans)
    : new Map<string, string[]>();
  const proposals = proposeMatches(
    lines.map((l) => ({ ...l, partyIds: l.counterpartyIban ? (parties.get(l.counterpartyIban) ?? []) : [] })),
    items,
    {
      dateWindowDays: opts.dateWindowDays,
      formatAmount: (m) => `${formatMoney({ amount: m, currency: account.currency })} ${account.currency}`,
    },
  );
  await storeProposals(tx, ctx, account, proposals, new Map(items.map((i) => [`${i.kind}:${i.id}`, i])));
  const byRule: Record<string, number> = {};
  for (const p of proposals) byRule[p.rule] = (byRule[p.rule] ?? 0) + 1;
  await recordAudit(tx, {
    ...ctx,
    entityType: 'bank_account',
    entityId: account.id,
    action: 'auto_match',
    meta: { lines: lines.length, candidates: items.length, proposals: proposals.length, byRule },
  });
  return { proposals: proposals.length, lines: lines.length, candidates: items.length, byRule };
}

async function storeProposals(
  tx: Tx,
  ctx: ServiceContext,
  account: BankAccount,
  proposals: readonly (Proposal & { origin?: 'auto' | 'manual' | 'entry' })[],
  itemsByKey: Map<string, CandidateItem>,
): Promise<string[]> {
  if (proposals.length === 0) return [];
  const ids = proposals.map(() => newId('bankReconciliation'));
  await tx.query(
    `INSERT INTO bank_reconciliations (company_id, id, bank_account_id, status, origin, rule, score, reasons, difference_minor, created_by)
     SELECT $1, u.id, $2, 'proposed', u.origin, u.rule, u.score, u.reasons::jsonb, u.diff, $3
       FROM unnest($4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::bigint[]) AS u(id, origin, rule, score, reasons, diff)`,
    [
      ctx.companyId,
      account.id,
      ctx.actor.userId,
      ids,
      proposals.map((p) => p.origin ?? 'auto'),
      proposals.map((p) => p.rule),
      proposals.map((p) => p.score),
      proposals.map((p) => JSON.stringify(p.reasons)),
      proposals.map((p) => p.differenceMinor.toString()),
    ],
  );
  const rl = proposals.flatMap((p, k) => p.lineIds.map((l) => [ids[k] as string, l]));
  await tx.query(
    `INSERT INTO bank_reconciliation_lines (company_id, reconciliation_id, line_id) SELECT $1, r, l FROM unnest($2::text[], $3::text[]) AS u(r, l)`,
    [ctx.companyId, rl.map((x) => x[0]), rl.map((x) => x[1])],
  );
  const ri = proposals.flatMap((p, k) =>
    p.items.map((it, pos) => {
      const c = itemsByKey.get(`${it.kind}:${it.id}`);
      return {
        r: ids[k] as string,
        pos: pos + 1,
        kind: it.kind,
        id: it.id,
        label: c?.label ?? it.id,
        party: c?.partyId ?? null,
        amount: it.amountMinor.toString(),
      };
    }),
  );
  await tx.query(
    `INSERT INTO bank_reconciliation_items (company_id, reconciliation_id, position, item_kind, item_id, label, party_id, amount_minor)
     SELECT $1, r, pos, kind, id, label, party, amount FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[]) AS u(r, pos, kind, id, label, party, amount)`,
    [
      ctx.companyId,
      ri.map((x) => x.r),
      ri.map((x) => x.pos),
      ri.map((x) => x.kind),
      ri.map((x) => x.id),
      ri.map((x) => x.label),
      ri.map((x) => x.party),
      ri.map((x) => x.amount),
    ],
  );
  return ids;
}

export async function listReconciliations(
  sql: Sql,
  companyId: string,
  f: { bankAccountId?: string; statementId?: string; status?: ReconciliationView['status']; ids?: string[] },
): Promise<ReconciliationView[]> {
  const recs = (
    await sql.query<
      Omit<ReconciliationView, 'lines' | 'items' | 'difference'> & { difference_minor: string }
    >(
      `SELECT r.id, r.bank_account_id AS "bankAccountId", r.status, r.origin, r.rule, r.score, r.reasons, r.difference_minor::text AS difference_minor,
              a.currency, r.created_payment_ids AS "createdPaymentIds", r.created_entry_ids AS "createdEntryIds",
              r.decided_at AS "decidedAt", r.undone_at AS "undoneAt"
         FROM bank_reconciliations r JOIN bank_accounts a ON a.company_id = r.company_id AND a.id = r.bank_account_id
        WHERE r.company_id = $1 AND ($2::text IS NULL OR r.bank_account_id = $2) AND ($3::text IS NULL OR r.status = $3)
          AND ($4::text[] IS NULL OR r.id = ANY($4))
          AND ($5::text IS NULL OR EXISTS (SELECT 1 FROM bank_reconciliation_lines x JOIN bank_statement_lines s ON s.company_id = x.company_id AND s.id = x.line_id
                                           WHERE x.company_id = r.company_id AND x.reconciliation_id = r.id AND s.statement_id = $5))
        ORDER BY r.score DESC, r.id LIMIT 5000`,
      [companyId, f.bankAccountId ?? null, f.status ?? null, f.ids ?? null, f.statementId ?? null],
    )
  ).rows;
  if (recs.length === 0) return [];
  const ids = recs.map((r) => r.id);
  const lines = (
    await sql.query<{
      r: string;
      id: string;
      bookingDate: string;
      amount_minor: string;
      counterpartyName: string | null;
      reference: string | null;
      remittance: string | null;
      currency: string;
    }>(
      `SELECT x.reconciliation_id AS r, s.id, to_char(s.booking_date, 'YYYY-MM-DD') AS "bookingDate", s.amount_minor::text AS amount_minor,
              s.counterparty_name AS "counterpartyName", s.reference, s.remittance, s.currency
         FROM bank_reconciliation_lines x JOIN bank_statement_lines s ON s.company_id = x.company_id AND s.id = x.line_id
        WHERE x.company_id = $1 AND x.reconciliation_id = ANY($2) ORDER BY s.booking_date, s.position`,
      [companyId, ids],
    )
  ).rows;
  const items = (
    await sql.query<{
      r: string;
      kind: string;
      id: string;
      label: string;
      partyId: string | null;
      amount_minor: string;
    }>(
      `SELECT reconciliation_id AS r, item_kind AS kind, item_id AS id, label, party_id AS "partyId", amount_minor::text AS amount_minor
         FROM bank_reconciliation_items WHERE company_id = $1 AND reconciliation_id = ANY($2) ORDER BY reconciliation_id, position`,
      [companyId, ids],
    )
  ).rows;
  return recs.map(({ difference_minor, ...r }) => {
    const fmt = (m: string) => formatMoney({ amount: BigInt(m), currency: r.currency });
    return {
      ...r,
      difference: fmt(difference_minor),
      decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
      undoneAt: r.undoneAt ? new Date(r.undoneAt).toISOString() : null,
      lines: lines
        .filter((l) => l.r === r.id)
        .map(({ r: _, amount_minor, currency: __, ...l }) => ({ ...l, amount: fmt(amount_minor) })),
      items: items
        .filter((i) => i.r === r.id)
        .map(({ r: _, amount_minor, ...i }) => ({ ...i, amount: fmt(amount_minor) })),
    };
  });
}

async function storedItems(sql: Sql, companyId: string, id: string): Promise<StoredItem[]> {
  return (
    await sql.query<{ kind: ItemKind; id: string; label: string; partyId: string | null; amount: string }>(
      `SELECT item_kind AS kind, item_id AS id, label, party_id AS "partyId", amount_minor::text AS amount FROM bank_reconciliation_items
        WHERE company_id = $1 AND reconciliation_id = $2 ORDER BY position`,
      [companyId, id],
    )
  ).rows.map((r) => ({ ...r, amountMinor: BigInt(r.amount) }));
}

/** Marks the lines as settled by the reconciliation — only if none is settled already — and its items active. */
async function claim(tx: Tx, companyId: string, recId: string): Promise<StatementLineView[]> {
  const lineIds = (
    await tx.query<{ line_id: string }>(
      `SELECT line_id FROM bank_reconciliation_lines WHERE company_id = $1 AND reconciliation_id = $2`,
      [companyId, recId],
    )
  ).rows.map((r) => r.line_id);
  const claimed = await tx.query(
    `UPDATE bank_statement_lines SET reconciliation_id = $2 WHERE company_id = $1 AND id = ANY($3::text[]) AND reconciliation_id IS NULL`,
    [companyId, recId, lineIds],
  );
  if (claimed.rowCount !== lineIds.length) {
    throw bankingText.error('conflict', 'error.statementLineTaken', {}, { reconciliationId: recId });
  }
  try {
    await tx.query(
      `UPDATE bank_reconciliation_items SET active = true WHERE company_id = $1 AND reconciliation_id = $2`,
      [companyId, recId],
    );
  } catch (e) {
    if ((e as { code?: string }).code === '23505')
      throw bankingText.error('conflict', 'error.itemTaken', {}, { reconciliationId: recId });
    throw e;
  }
  return linesByIds(tx, companyId, lineIds);
}

/** Accepts proposed reconciliations: each settles its lines and records what it means (receipts, payments). */
export async function acceptReconciliations(
  h: ReconcileHooks,
  tx: Tx,
  ctx: ServiceContext,
  ids: readonly string[],
): Promise<ReconciliationView[]> {
  for (const id of ids) {
    const rec = await maybeOne<{ status: string; bank_account_id: string }>(
      tx,
      `SELECT status, bank_account_id FROM bank_reconciliations WHERE company_id = $1 AND id = $2 FOR UPDATE`,
      [ctx.companyId, id],
    );
    if (!rec) throw notFound('Reconciliation', id);
    if (rec.status !== 'proposed')
      throw bankingText.error('conflict', 'error.notProposed', { id, status: rec.status });
    const account = await getBankAccount(tx, ctx.companyId, rec.bank_account_id);
    const lines = await claim(tx, ctx.companyId, id);
    const items = await storedItems(tx, ctx.companyId, id);
    const { paymentIds } = await h.settle(tx, ctx, account, lines, items);
    await tx.query(
      `UPDATE bank_reconciliations SET status = 'accepted', decided_by = $3, decided_at = now(), created_payment_ids = $4 WHERE company_id = $1 AND id = $2`,
      [ctx.companyId, id, ctx.actor.userId, paymentIds],
    );
    await recordAudit(tx, {
      ...ctx,
      entityType: 'bank_reconciliation',
      entityId: id,
      action: 'accept',
      after: { lineIds: lines.map((l) => l.id), items: items.map((i) => `${i.kind}:${i.id}`), paymentIds },
    });
  }
  return listReconciliations(tx, ctx.companyId, { ids: [...ids] });
}

export async function rejectReconciliation(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const done = await tx.query(
    `UPDATE bank_reconciliations SET status = 'rejected', decided_by = $3, decided_at = now() WHERE company_id = $1 AND id = $2 AND status = 'proposed'`,
    [ctx.companyId, id, ctx.actor.userId],
  );
  if (done.rowCount !== 1) throw bankingText.error('conflict', 'error.noLongerProposal', { id });
  await recordAudit(tx, { ...ctx, entityType: 'bank_reconciliation', entityId: id, action: 'reject' });
}

/** Undoes an accepted reconciliation: voids the payments and reverses the entries it created, frees its lines. */
export async function undoReconciliation(
  h: ReconcileHooks,
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  opts: { date?: string; reason?: string } = {},
): Promise<ReconciliationView> {
  const rec = await maybeOne<{ status: string; payments: string[]; entries: string[]; day: string }>(
    tx,
    `SELECT r.status, r.created_payment_ids AS payments, r.created_entry_ids AS entries,
            (SELECT to_char(max(s.booking_date), 'YYYY-MM-DD') FROM bank_reconciliation_lines x JOIN bank_statement_lines s ON s.company_id = x.company_id AND s.id = x.line_id
              WHERE x.company_id = r.company_id AND x.reconciliation_id = r.id) AS day
       FROM bank_reconciliations r WHERE r.company_id = $1 AND r.id = $2 FOR UPDATE`,
    [ctx.companyId, id],
  );
  if (!rec) throw notFound('Reconciliation', id);
  if (rec.status !== 'accepted')
    throw bankingText.error('conflict', 'error.undoNotAccepted', { id, status: rec.status });
  const date = opts.date ?? rec.day;
  const reason = opts.reason ?? 'bank reconciliation undone';
  if (rec.payments.length) await h.unsettle(tx, ctx, rec.payments, date, reason);
  for (const entryId of rec.entries) await reverseEntry(tx, ctx, entryId, date);
  await tx.query(
    `UPDATE bank_statement_lines SET reconciliation_id = NULL WHERE company_id = $1 AND reconciliation_id = $2`,
    [ctx.companyId, id],
  );
  await tx.query(
    `UPDATE bank_reconciliation_items SET active = false WHERE company_id = $1 AND reconciliation_id = $2`,
    [ctx.companyId, id],
  );
  await tx.query(
    `UPDATE bank_reconciliations SET status = 'undone', undone_by = $3, undone_at = now() WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, ctx.actor.userId],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'bank_reconciliation',
    entityId: id,
    action: 'undo',
    meta: { date, reason, voidedPayments: rec.payments, reversedEntries: rec.entries },
  });
  const [view] = await listReconciliations(tx, ctx.companyId, { ids: [id] });
  return view as ReconciliationView;
}

/** Matches lines with items by hand and accepts at once. A single document may take less than is open (partial). */
export async function manualMatch(
  h: ReconcileHooks,
  tx: Tx,
  ctx: ServiceContext,
  input: { lineIds: string[]; items: { kind: ItemKind; id: string; amountMinor?: bigint | undefined }[] },
): Promise<ReconciliationView> {
  const lines = await linesByIds(tx, ctx.companyId, input.lineIds, true);
  if (lines.length !== new Set(input.lineIds).size) throw notFound('Statement line');
  const accountId = lines[0]?.bankAccountId as string;
  if (lines.some((l) => l.bankAccountId !== accountId))
    throw bankingText.error('validation', 'error.oneAccountAtATime');
  if (lines.some((l) => l.reconciliationId))
    throw bankingText.error('conflict', 'error.chosenLineReconciled');
  const account = await lockBankAccount(tx, ctx.companyId, accountId);
  const candidates = new Map(
    (await h.candidates(tx, ctx.companyId, account)).map((c) => [`${c.kind}:${c.id}`, c]),
  );
  const total = lines.reduce((a, l) => a + l.amountMinor, 0n);
  const chosen = input.items.map((i) => {
    const c = candidates.get(`${i.kind}:${i.id}`);
    if (!c)
      throw bankingText.error(
        'validation',
        'error.itemNotOpen',
        { kind: i.kind, id: i.id, currency: account.currency },
        { item: i.id },
      );
    return { c, amount: i.amountMinor ?? c.openMinor };
  });
  const sum = chosen.reduce((a, x) => a + x.amount, 0n);
  if (chosen.length === 1 && sum !== total && chosen[0]) {
    const only = chosen[0];
    const abs = (x: bigint) => (x < 0n ? -x : x);
    if (total < 0n !== only.c.openMinor < 0n || abs(total) > abs(only.c.openMinor)) {
      throw bankingText.error('validation', 'error.oneItemMismatch', {
        total: formatMoney({ amount: total, currency: account.currency }),
        item: describeItem(only.c),
        open: formatMoney({ amount: only.c.openMinor, currency: account.currency }),
      });
    }
    only.amount = total;
  } else if (sum !== total) {
    throw bankingText.error(
      'validation',
      'error.itemsMismatch',
      {
        total: formatMoney({ amount: total, currency: account.currency }),
        items: formatMoney({ amount: sum, currency: account.currency }),
      },
      {
        reason: 'amounts_differ',
      },
    );
  }
  const proposal: Proposal & { origin: 'manual' } = {
    origin: 'manual',
    rule: 'manual',
    score: 100,
    lineIds: lines.map((l) => l.id),
    items: chosen.map((x) => ({ kind: x.c.kind, id: x.c.id, amountMinor: x.amount })),
    reasons: [{ field: 'sum', detail: 'matched by hand', key: 'manual', data: {} }],
    differenceMinor: 0n,
  };
  const [id] = await storeProposals(tx, ctx, account, [proposal], candidates);
  const [view] = await acceptReconciliations(h, tx, ctx, [id as string]);
  return view as ReconciliationView;
}

/** Books a line as a journal entry (bank fee, interest …) against `accountId` and marks it reconciled. */
export async function entryFromLine(
  tx: Tx,
  ctx: ServiceContext,
  lineId: string,
  input: { accountId: string; description?: string | undefined },
): Promise<ReconciliationView> {
  const [line] = await linesByIds(tx, ctx.companyId, [lineId], true);
  if (!line) throw notFound('Statement line', lineId);
  if (line.reconciliationId) throw bankingText.error('conflict', 'error.lineReconciled');
  const account = await lockBankAccount(tx, ctx.companyId, line.bankAccountId);
  const other = await getAccount(tx, ctx.companyId, input.accountId).catch(() => null);
  if (!other)
    throw bankingText.error(
      'validation',
      'error.entryAccountMissing',
      { id: input.accountId },
      { field: 'accountId' },
    );
  if (other.id === account.ledgerAccountId)
    throw bankingText.error('validation', 'error.entryOwnAccount', {}, { field: 'accountId' });
  const amount = formatMoney({
    amount: line.amountMinor < 0n ? -line.amountMinor : line.amountMinor,
    currency: account.currency,
  });
  const inflow = line.amountMinor > 0n;
  const description =
    input.description ??
    [line.counterpartyName, line.remittance ?? line.reference].filter(Boolean).join(' — ') ??
    'Bank statement line';
  const [entry] = await postEntries(tx, ctx, [
    {
      date: line.bookingDate,
      description: description || 'Bank statement line',
      reference: line.reference,
      source: { type: 'bank_statement_line', id: line.id },
      lines: [
        {
          account: account.ledgerAccountId,
          currency: account.currency,
          ...(inflow ? { debit: amount } : { credit: amount }),
        },
        {
          account: other.id,
          currency: account.currency,
          ...(inflow ? { credit: amount } : { debit: amount }),
        },
      ],
    },
  ]);
  if (!entry) throw new Error('the ledger returned no entry');
  if (entry.status !== 'posted')
    throw bankingText.error(
      'validation',
      'error.entryAwaitsApproval',
      {},
      {
        entryId: entry.id,
      },
    );
  const id = newId('bankReconciliation');
  await tx.query(
    `INSERT INTO bank_reconciliations (company_id, id, bank_account_id, status, origin, rule, score, reasons, created_entry_ids, created_by, decided_by, decided_at)
     VALUES ($1,$2,$3,'accepted','entry','entry_from_line',100,$4::jsonb,$5,$6,$6,now())`,
    [
      ctx.companyId,
      id,
      account.id,
      JSON.stringify([
        {
          field: 'amount',
          detail: `booked to ${other.code} ${other.name}`,
          key: 'entry',
          data: { account: `${other.code} ${other.name}` },
        },
      ]),
      [entry.id],
      ctx.actor.userId,
    ],
  );
  await tx.query(
    `INSERT INTO bank_reconciliation_lines (company_id, reconciliation_id, line_id) VALUES ($1,$2,$3)`,
    [ctx.companyId, id, line.id],
  );
  await tx.query(
    `INSERT INTO bank_reconciliation_items (company_id, reconciliation_id, position, item_kind, item_id, label, amount_minor, active) VALUES ($1,$2,1,'entry',$3,$4,$5,true)`,
    [
      ctx.companyId,
      id,
      entry.id,
      `${entry.number ?? entry.id} → ${other.code} ${other.name}`,
      line.amountMinor.toString(),
    ],
  );
  const claimed = await tx.query(
    `UPDATE bank_statement_lines SET reconciliation_id = $2 WHERE company_id = $1 AND id = $3 AND reconciliation_id IS NULL`,
    [ctx.companyId, id, line.id],
  );
  if (claimed.rowCount !== 1) throw bankingText.error('conflict', 'error.lineRace');
  await recordAudit(tx, {
    ...ctx,
    entityType: 'bank_reconciliation',
    entityId: id,
    action: 'entry_from_line',
    after: { lineId: line.id, entryId: entry.id, accountId: other.id },
  });
  const [view] = await listReconciliations(tx, ctx.companyId, { ids: [id] });
  return view as ReconciliationView;
}

/** Open items a line could be matched with by hand (for the workbench). */
export async function candidatesFor(
  h: ReconcileHooks,
  tx: Tx,
  companyId: string,
  bankAccountId: string,
): Promise<CandidateItem[]> {
  const account = await getBankAccount(tx, companyId, bankAccountId);
  const taken = await takenItems(tx, companyId, bankAccountId);
  return (await h.candidates(tx, companyId, account)).filter(
    (i) =>
      !taken.has(`${i.kind}:${i.id}`) &&
      !(i.kind === 'ledger_line' && taken.has(`entry_made:${i.id.split(':')[0]}`)),
  );
}
