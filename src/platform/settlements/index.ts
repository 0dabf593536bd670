/**
 * Settling documents that carry an amount owed (sales invoices and credit notes, purchasing bills and vendor
 * credits): one settlement row per (settlement id, document), the document's `settled_minor` kept in step, its
 * status recomputed. The rows are never deleted: undoing marks them reversed. Sales and purchasing each own
 * their tables and pass them in (`settlementStore`); the rules are the same on both sides, so they live here.
 *
 * Concurrency: the document row is locked (FOR UPDATE) before its open amount is read, and a settlement id can
 * be applied to a document once (a unique key), so two payments racing for the same bill cannot both take
 * what is open.
 */
import { isCalendarDay } from '../../kernel/dates.ts';
import { notFound } from '../../kernel/errors.ts';
import { type IdKind, newId } from '../../kernel/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../context.ts';
import { maybeOne, type Sql, type Tx } from '../db/index.ts';
import { settlementsText } from './i18n.ts';

export interface SettlementResult {
  documentId: string;
  status: string;
  openMinor: bigint;
}

export interface SettlementRow {
  settlementId: string;
  amountMinor: bigint;
  date: string;
  reversedAt: string | null;
}

/** The module's tables and words; every name here is a constant of the module, never user input. */
export interface SettlementTables {
  /** The documents' table: company_id, id, status, total_minor, settled_minor, currency, updated_at. */
  documents: string;
  /** The settlements' table: company_id, id, document_id, settlement_id, amount_minor, settled_on, reversed_at, created_at. */
  settlements: string;
  /** The column people know the document by. */
  numberColumn: string;
  /** Whether the documents' table has an optimistic `version` to bump. */
  versioned: boolean;
  /** Audit entity type of a document. */
  entityType: string;
  /** What a missing document is called in a 404 ('Invoice', 'Bill'). */
  documentName: string;
  idKind: IdKind;
  /** SQL CASE over the document's columns giving its status once settled_minor has changed. */
  statusSql: string;
  /** Status when nothing is settled (for a document the status update did not return). */
  openStatus: string;
  /** Throws when the document cannot be settled in this status (a draft, a bill still in approval…). */
  assertSettleable(doc: { status: string; number: string }): void;
}

export interface SettlementStore {
  apply(
    tx: Tx,
    ctx: ServiceContext,
    input: { documentId: string; settlementId: string; amountMinor: bigint; date: string },
  ): Promise<SettlementResult>;
  reverse(tx: Tx, ctx: ServiceContext, input: { settlementId: string }): Promise<SettlementResult[]>;
  of(sql: Sql, companyId: string, documentId: string): Promise<SettlementRow[]>;
}

export function settlementStore(t: SettlementTables): SettlementStore {
  const bump = t.versioned ? ', version = version + 1' : '';
  const addSettled = `UPDATE ${t.documents} SET settled_minor = settled_minor + $3, updated_at = now()${bump}
                       WHERE company_id = $1 AND id = $2`;

  async function refreshStatus(tx: Tx, companyId: string, documentId: string): Promise<SettlementResult> {
    const row = await maybeOne<{ status: string; open: string }>(
      tx,
      `UPDATE ${t.documents} SET status = ${t.statusSql} WHERE company_id = $1 AND id = $2
       RETURNING status, (total_minor - settled_minor)::text AS open`,
      [companyId, documentId],
    );
    return { documentId, status: row?.status ?? t.openStatus, openMinor: BigInt(row?.open ?? '0') };
  }

  /**
   * Settles part or all of a document. The row is locked; more than is open is refused; status follows.
   * `amountMinor` is positive and in the document's currency.
   */
  async function apply(
    tx: Tx,
    ctx: ServiceContext,
    input: { documentId: string; settlementId: string; amountMinor: bigint; date: string },
  ): Promise<SettlementResult> {
    if (input.amountMinor <= 0n)
      throw settlementsText.error('validation', 'error.amountPositive', undefined, { field: 'amountMinor' });
    if (!isCalendarDay(input.date))
      throw settlementsText.error('validation', 'error.notADate', { date: input.date }, { field: 'date' });
    const doc = await maybeOne<{
      status: string;
      total: string;
      settled: string;
      number: string;
      currency: string;
    }>(
      tx,
      `SELECT status, total_minor::text AS total, settled_minor::text AS settled, ${t.numberColumn} AS number, currency
         FROM ${t.documents} WHERE company_id = $1 AND id = $2 FOR UPDATE`,
      [ctx.companyId, input.documentId],
    );
    if (!doc) throw notFound(t.documentName, input.documentId);
    t.assertSettleable(doc);
    const open = BigInt(doc.total) - BigInt(doc.settled);
    if (input.amountMinor > open)
      throw settlementsText.error(
        'validation',
        'error.overSettled',
        { open: String(open), currency: doc.currency, number: doc.number },
        { field: 'amountMinor', openMinor: String(open) },
      );
    const ins = await tx.query(
      `INSERT INTO ${t.settlements} (company_id, id, document_id, settlement_id, amount_minor, settled_on)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (company_id, settlement_id, document_id) DO NOTHING`,
      [
        ctx.companyId,
        newId(t.idKind),
        input.documentId,
        input.settlementId,
        String(input.amountMinor),
        input.date,
      ],
    );
    if (ins.rowCount === 0)
      throw settlementsText.error('conflict', 'error.alreadyApplied', {
        settlement: input.settlementId,
        number: doc.number,
      });
    await tx.query(addSettled, [ctx.companyId, input.documentId, String(input.amountMinor)]);
    const res = await refreshStatus(tx, ctx.companyId, input.documentId);
    await recordAudit(tx, {
      ...ctx,
      entityType: t.entityType,
      entityId: input.documentId,
      action: 'settle',
      before: { status: doc.status, settledMinor: doc.settled },
      after: { status: res.status, openMinor: String(res.openMinor) },
      meta: { settlementId: input.settlementId, amountMinor: String(input.amountMinor), date: input.date },
    });
    return res;
  }

  /** Undoes every document's part of a settlement (the rows stay, marked reversed); status follows. */
  async function reverse(
    tx: Tx,
    ctx: ServiceContext,
    input: { settlementId: string },
  ): Promise<SettlementResult[]> {
    const rows = await tx.query<{ id: string; document_id: string; amount: string }>(
      `SELECT s.id, s.document_id, s.amount_minor::text AS amount FROM ${t.settlements} s
        WHERE s.company_id = $1 AND s.settlement_id = $2 AND s.reversed_at IS NULL ORDER BY s.document_id`,
      [ctx.companyId, input.settlementId],
    );
    if (rows.rowCount === 0) throw notFound('Settlement', input.settlementId);
    const out: SettlementResult[] = [];
    // Documents in id order (the query's order): two reversals touching the same documents cannot deadlock.
    for (const r of rows.rows) {
      await tx.query(`SELECT 1 FROM ${t.documents} WHERE company_id = $1 AND id = $2 FOR UPDATE`, [
        ctx.companyId,
        r.document_id,
      ]);
      const done = await tx.query(
        `UPDATE ${t.settlements} SET reversed_at = now() WHERE company_id = $1 AND id = $2 AND reversed_at IS NULL`,
        [ctx.companyId, r.id],
      );
      if (done.rowCount === 0) continue;
      await tx.query(addSettled, [ctx.companyId, r.document_id, `-${r.amount}`]);
      const res = await refreshStatus(tx, ctx.companyId, r.document_id);
      await recordAudit(tx, {
        ...ctx,
        entityType: t.entityType,
        entityId: r.document_id,
        action: 'settlement_reversed',
        after: { status: res.status, openMinor: String(res.openMinor) },
        meta: { settlementId: input.settlementId, amountMinor: r.amount },
      });
      out.push(res);
    }
    return out;
  }

  /** Settlements of one document, for its detail page, oldest first. */
  async function of(sql: Sql, companyId: string, documentId: string): Promise<SettlementRow[]> {
    const rows = await sql.query<{
      settlement_id: string;
      amount: string;
      settled_on: string;
      reversed_at: Date | null;
    }>(
      `SELECT settlement_id, amount_minor::text AS amount, settled_on, reversed_at FROM ${t.settlements}
        WHERE company_id = $1 AND document_id = $2 ORDER BY settled_on, created_at`,
      [companyId, documentId],
    );
    return rows.rows.map((r) => ({
      settlementId: r.settlement_id,
      amountMinor: BigInt(r.amount),
      date: r.settled_on,
      reversedAt: r.reversed_at ? r.reversed_at.toISOString() : null,
    }));
  }

  return { apply, reverse, of };
}
