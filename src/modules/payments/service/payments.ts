import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { decodeCursor, encodeCursor } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { paymentsText } from '../i18n.ts';
import type { PaymentKind, PaymentPlan } from './plan.ts';

/** Payments as stored: the payments module's own tables only. Cross-module work is in src/flows/order-to-cash/payments.ts. */

export interface PaymentSettings {
  writeOffAccountId: string | null;
  writeOffLimitMinor: bigint;
  customerCreditAccountId: string | null;
  vendorCreditAccountId: string | null;
}

export interface AllocationView {
  id: string;
  documentId: string;
  documentKind: string;
  documentNumber: string;
  amount: string;
  writeOff: string;
}

export interface PaymentView {
  id: string;
  number: string;
  kind: PaymentKind;
  partyId: string;
  partyName: string;
  bankAccountId: string | null;
  date: string;
  currency: string;
  amount: string;
  credit: string;
  writeOff: string;
  rate: string | null;
  reference: string;
  memo: string;
  journalEntryId: string | null;
  paymentRunId: string | null;
  status: 'posted' | 'voided';
  createdAt: string;
  allocations: AllocationView[];
}

interface Row {
  id: string;
  number: string;
  kind: PaymentKind;
  party_id: string;
  party_name: string;
  bank_account_id: string | null;
  date: string;
  currency: string;
  amount_minor: string;
  credit_minor: string;
  write_off_minor: string;
  rate: string | null;
  reference: string;
  memo: string;
  journal_entry_id: string | null;
  payment_run_id: string | null;
  status: 'posted' | 'voided';
  created_at: Date;
}

const COLUMNS = `id, number, kind, party_id, party_name, bank_account_id, to_char(date, 'YYYY-MM-DD') AS date, currency,
  amount_minor::text, credit_minor::text, write_off_minor::text, rate::text, reference, memo, journal_entry_id,
  payment_run_id, status, created_at`;

const money = (minor: string | bigint, currency: string) => formatMoney({ amount: BigInt(minor), currency });

function view(r: Row, allocations: AllocationView[]): PaymentView {
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    partyId: r.party_id,
    partyName: r.party_name,
    bankAccountId: r.bank_account_id,
    date: r.date,
    currency: r.currency,
    amount: money(r.amount_minor, r.currency),
    credit: money(r.credit_minor, r.currency),
    writeOff: money(r.write_off_minor, r.currency),
    rate: r.rate?.includes('.') ? r.rate.replace(/0+$/, '').replace(/\.$/, '') : r.rate,
    reference: r.reference,
    memo: r.memo,
    journalEntryId: r.journal_entry_id,
    paymentRunId: r.payment_run_id,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    allocations,
  };
}

export async function getSettings(sql: Sql, companyId: string): Promise<PaymentSettings> {
  const r = await maybeOne<{ w: string | null; l: string; c: string | null; v: string | null }>(
    sql,
    `SELECT write_off_account_id AS w, write_off_limit_minor::text AS l, customer_credit_account_id AS c,
            vendor_credit_account_id AS v FROM payment_settings WHERE company_id = $1 AND id = 'default'`,
    [companyId],
  );
  return {
    writeOffAccountId: r?.w ?? null,
    writeOffLimitMinor: BigInt(r?.l ?? '500'),
    customerCreditAccountId: r?.c ?? null,
    vendorCreditAccountId: r?.v ?? null,
  };
}

/** Account ids are checked by the caller (the flow asks the ledger). */
export async function saveSettings(
  tx: Tx,
  ctx: ServiceContext,
  next: PaymentSettings,
): Promise<PaymentSettings> {
  const before = await getSettings(tx, ctx.companyId);
  if (next.writeOffLimitMinor < 0n) throw paymentsText.error('validation', 'error.writeOffLimitNegative');
  await tx.query(
    `INSERT INTO payment_settings (company_id, id, write_off_account_id, write_off_limit_minor, customer_credit_account_id, vendor_credit_account_id)
     VALUES ($1, 'default', $2, $3, $4, $5)
     ON CONFLICT (company_id, id) DO UPDATE SET write_off_account_id = $2, write_off_limit_minor = $3,
       customer_credit_account_id = $4, vendor_credit_account_id = $5, updated_at = now()`,
    [
      ctx.companyId,
      next.writeOffAccountId,
      next.writeOffLimitMinor.toString(),
      next.customerCreditAccountId,
      next.vendorCreditAccountId,
    ],
  );
  const str = (s: PaymentSettings) => ({ ...s, writeOffLimitMinor: s.writeOffLimitMinor.toString() });
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'payment_settings',
    entityId: 'default',
    action: 'update',
    before: str(before),
    after: str(next),
  });
  return next;
}

/**
 * Serialises everything that reads or changes one party's credit in this transaction (a row-less lock: credit
 * is a sum over payments, so two receipts spending the same credit must not both see it unspent).
 */
export async function lockPartyCredit(tx: Tx, companyId: string, partyId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('payments:credit:' || $1 || ':' || $2))`, [
    companyId,
    partyId,
  ]);
}

/** The party's credit in a currency: over-payments kept minus credit applied or refunded. */
export async function partyCredit(
  sql: Sql,
  companyId: string,
  partyId: string,
  currency: string,
): Promise<bigint> {
  const r = await maybeOne<{ s: string }>(
    sql,
    `SELECT coalesce(sum(credit_minor), 0)::text AS s FROM payments
      WHERE company_id = $1 AND party_id = $2 AND currency = $3 AND status = 'posted' AND kind <> 'vendor_payment'`,
    [companyId, partyId, currency],
  );
  return BigInt(r?.s ?? '0');
}

/** Credit balances of every party with credit, for the UI ("customer credit"). */
export async function creditBalances(
  sql: Sql,
  companyId: string,
  partyId?: string,
): Promise<{ partyId: string; partyName: string; currency: string; credit: string }[]> {
  const { rows } = await sql.query<{ party_id: string; party_name: string; currency: string; s: string }>(
    `SELECT party_id, max(party_name) AS party_name, currency, sum(credit_minor)::text AS s FROM payments
      WHERE company_id = $1 AND status = 'posted' AND kind <> 'vendor_payment' AND ($2::text IS NULL OR party_id = $2)
      GROUP BY party_id, currency HAVING sum(credit_minor) <> 0 ORDER BY 2, 3`,
    [companyId, partyId ?? null],
  );
  return rows.map((r) => ({
    partyId: r.party_id,
    partyName: r.party_name,
    currency: r.currency,
    credit: money(r.s, r.currency),
  }));
}

const PREFIX: Record<PaymentKind, string> = {
  receipt: 'RCPT',
  vendor_payment: 'VPAY',
  customer_refund: 'RFND',
  credit_application: 'CRAP',
};

export interface NewPayment {
  id: string;
  kind: PaymentKind;
  partyId: string;
  partyName: string;
  bankAccountId: string | null;
  date: string;
  currency: string;
  amountMinor: bigint;
  rate: string | null;
  reference: string;
  memo: string;
  journalEntryId: string | null;
  paymentRunId?: string | null;
  plan: PaymentPlan;
  /** Allocation ids in plan order (given to applySettlement as settlement ids before the row exists). */
  allocationIds: string[];
}

export function newPaymentIds(count: number): { id: string; allocationIds: string[] } {
  return {
    id: newId('payment'),
    allocationIds: Array.from({ length: count }, () => newId('paymentAllocation')),
  };
}

/** Writes the payment and its allocations (numbered RCPT-2026-000001 …), audited. */
export async function insertPayment(tx: Tx, ctx: ServiceContext, p: NewPayment): Promise<PaymentView> {
  const year = p.date.slice(0, 4);
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('payments:number:' || $1 || ':' || $2))`, [
    ctx.companyId,
    p.kind,
  ]);
  const prefix = `${PREFIX[p.kind]}-${year}-`;
  const last = await maybeOne<{ n: string }>(
    tx,
    `SELECT max(substring(number FROM '[0-9]+$')::bigint)::text AS n FROM payments WHERE company_id = $1 AND number LIKE $2`,
    [ctx.companyId, `${prefix}%`],
  );
  const number = `${prefix}${String(BigInt(last?.n ?? '0') + 1n).padStart(6, '0')}`;
  await tx.query(
    `INSERT INTO payments (company_id, id, number, kind, party_id, party_name, bank_account_id, date, currency, amount_minor,
       credit_minor, write_off_minor, rate, reference, memo, journal_entry_id, payment_run_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
    [
      ctx.companyId,
      p.id,
      number,
      p.kind,
      p.partyId,
      p.partyName,
      p.bankAccountId,
      p.date,
      p.currency,
      p.amountMinor.toString(),
      p.plan.creditMinor.toString(),
      p.plan.writeOffMinor.toString(),
      p.rate,
      p.reference,
      p.memo,
      p.journalEntryId,
      p.paymentRunId ?? null,
      ctx.actor.userId,
    ],
  );
  if (p.plan.allocations.length > 0) {
    const a = p.plan.allocations;
    await tx.query(
      `INSERT INTO payment_allocations (company_id, id, payment_id, document_id, document_kind, document_number, amount_minor,
         write_off_minor, control_account_id)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::bigint[], $9::text[])`,
      [
        ctx.companyId,
        p.allocationIds,
        a.map(() => p.id),
        a.map((x) => x.documentId),
        a.map((x) => x.documentKind),
        a.map((x) => x.documentNumber),
        a.map((x) => x.amountMinor.toString()),
        a.map((x) => x.writeOffMinor.toString()),
        a.map((x) => x.controlAccountId),
      ],
    );
  }
  const saved = await getPayment(tx, ctx.companyId, p.id);
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'payment',
    entityId: p.id,
    action: 'create',
    after: {
      ...saved,
      allocations: saved.allocations.map((x) => `${x.documentNumber}:${x.amount}+${x.writeOff}`),
    },
  });
  return saved;
}

export async function getPayment(sql: Sql, companyId: string, id: string): Promise<PaymentView> {
  const r = await maybeOne<Row>(sql, `SELECT ${COLUMNS} FROM payments WHERE company_id = $1 AND id = $2`, [
    companyId,
    id,
  ]);
  if (!r) throw notFound('Payment', id);
  const { rows } = await sql.query<AllocationRow>(
    `SELECT id, document_id, document_kind, document_number, amount_minor::text AS a, write_off_minor::text AS w
       FROM payment_allocations WHERE company_id = $1 AND payment_id = $2 ORDER BY document_number, id`,
    [companyId, id],
  );
  return view(
    r,
    rows.map((a) => allocationView(a, r.currency)),
  );
}

interface AllocationRow {
  id: string;
  document_id: string;
  document_kind: string;
  document_number: string;
  a: string;
  w: string;
}

function allocationView(a: AllocationRow, currency: string): AllocationView {
  return {
    id: a.id,
    documentId: a.document_id,
    documentKind: a.document_kind,
    documentNumber: a.document_number,
    amount: money(a.a, currency),
    writeOff: money(a.w, currency),
  };
}

export interface PaymentFilter {
  kind?: PaymentKind | undefined;
  partyId?: string | undefined;
  bankAccountId?: string | undefined;
  status?: 'posted' | 'voided' | undefined;
  documentId?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/**
 * Newest first; keyset cursor on (date, id). List rows carry no allocations, except with `documentId`: then
 * each payment carries its allocations to that document (how an invoice page names the payments that paid it).
 */
export async function listPayments(
  sql: Sql,
  companyId: string,
  f: PaymentFilter = {},
): Promise<{ items: PaymentView[]; nextCursor: string | null }> {
  const args: unknown[] = [companyId];
  const where = ['company_id = $1'];
  const add = (cond: string, v: unknown) => {
    args.push(v);
    where.push(cond.replace('?', `$${args.length}`));
  };
  if (f.kind) add('kind = ?', f.kind);
  if (f.partyId) add('party_id = ?', f.partyId);
  if (f.bankAccountId) add('bank_account_id = ?', f.bankAccountId);
  if (f.status) add('status = ?', f.status);
  if (f.documentId)
    add(
      'id IN (SELECT a.payment_id FROM payment_allocations a WHERE a.company_id = payments.company_id AND a.document_id = ?)',
      f.documentId,
    );
  if (f.cursor) {
    const [d, id] = decodeCursor(f.cursor);
    if (typeof d !== 'string' || typeof id !== 'string')
      throw paymentsText.error('validation', 'error.badCursor');
    args.push(d, id);
    where.push(`(date, id) < ($${args.length - 1}::date, $${args.length})`);
  }
  const limit = Math.min(Math.max(f.limit ?? 50, 1), 500);
  args.push(limit + 1);
  const { rows } = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM payments WHERE ${where.join(' AND ')} ORDER BY date DESC, id DESC LIMIT $${args.length}`,
    args,
  );
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const allocations = f.documentId ? await allocationsTo(sql, companyId, f.documentId) : new Map();
  return {
    items: page.map((r) => view(r, allocations.get(r.id) ?? [])),
    nextCursor: more && last ? encodeCursor([last.date, last.id]) : null,
  };
}

/** The allocations to one document, by payment id. */
async function allocationsTo(
  sql: Sql,
  companyId: string,
  documentId: string,
): Promise<Map<string, AllocationView[]>> {
  const { rows } = await sql.query<AllocationRow & { payment_id: string; currency: string }>(
    `SELECT a.payment_id, a.id, a.document_id, a.document_kind, a.document_number, a.amount_minor::text AS a,
            a.write_off_minor::text AS w, p.currency
       FROM payment_allocations a JOIN payments p ON p.company_id = a.company_id AND p.id = a.payment_id
      WHERE a.company_id = $1 AND a.document_id = $2 ORDER BY a.id`,
    [companyId, documentId],
  );
  const by = new Map<string, AllocationView[]>();
  for (const a of rows) {
    const list = by.get(a.payment_id) ?? [];
    list.push(allocationView(a, a.currency));
    by.set(a.payment_id, list);
  }
  return by;
}

/** Allocation ids of a payment: the settlement ids to reverse when it is voided. */
export async function allocationIdsOf(
  sql: Sql,
  companyId: string,
  paymentId: string,
): Promise<{ id: string; documentKind: string }[]> {
  const { rows } = await sql.query<{ id: string; document_kind: string }>(
    'SELECT id, document_kind FROM payment_allocations WHERE company_id = $1 AND payment_id = $2',
    [companyId, paymentId],
  );
  return rows.map((r) => ({ id: r.id, documentKind: r.document_kind }));
}

/** posted → voided, once (conditional update); the flow reverses the entry and the settlements. */
export async function markVoided(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  reason: string,
): Promise<PaymentView> {
  const before = await getPayment(tx, ctx.companyId, id);
  const r = await tx.query(
    `UPDATE payments SET status = 'voided' WHERE company_id = $1 AND id = $2 AND status = 'posted'`,
    [ctx.companyId, id],
  );
  if (r.rowCount !== 1)
    throw paymentsText.error('conflict', 'error.alreadyVoided', { number: before.number });
  if (before.kind !== 'vendor_payment' && BigInt(before.credit.replace('.', '')) > 0n) {
    const left = await partyCredit(tx, ctx.companyId, before.partyId, before.currency);
    if (left < 0n) {
      throw paymentsText.error('conflict', 'error.creditUsed', { number: before.number });
    }
  }
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'payment',
    entityId: id,
    action: 'void',
    before: { status: 'posted' },
    after: { status: 'voided' },
    meta: { reason },
  });
  return { ...before, status: 'voided' };
}

/** Posted payments through a bank account, signed (+ in, − out), for reconciliation. */
export async function openPayments(
  sql: Sql,
  companyId: string,
  f: { bankAccountId: string; from?: string; to?: string },
): Promise<
  {
    paymentId: string;
    number: string;
    kind: PaymentKind;
    date: string;
    currency: string;
    signedMinor: bigint;
    partyId: string;
    partyName: string;
    reference: string;
    journalEntryId: string | null;
  }[]
> {
  const { rows } = await sql.query<Row>(
    `SELECT ${COLUMNS} FROM payments WHERE company_id = $1 AND bank_account_id = $2 AND status = 'posted'
       AND ($3::date IS NULL OR date >= $3::date) AND ($4::date IS NULL OR date <= $4::date) ORDER BY date, id`,
    [companyId, f.bankAccountId, f.from ?? null, f.to ?? null],
  );
  return rows.map((r) => ({
    paymentId: r.id,
    number: r.number,
    kind: r.kind,
    date: r.date,
    currency: r.currency,
    signedMinor: r.kind === 'receipt' ? BigInt(r.amount_minor) : -BigInt(r.amount_minor),
    partyId: r.party_id,
    partyName: r.party_name,
    reference: r.reference,
    journalEntryId: r.journal_entry_id,
  }));
}
