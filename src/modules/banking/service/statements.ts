import { createHash } from 'node:crypto';
import { normaliseIban } from '../../../kernel/bank-ids.ts';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { formatMoney } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { readCamt053 } from '../../../platform/formats/camt053/index.ts';
import { readCsvStatement } from '../../../platform/formats/csv-statement/index.ts';
import { readOfx } from '../../../platform/formats/ofx/index.ts';
import type { StatementImport, StatementLineImport } from '../../../platform/formats/statement.ts';
import type { StatementFormat } from '../contract.ts';
import { bankingText } from '../i18n.ts';
import { type BankAccount, lockBankAccount } from './accounts.ts';
import { resolveMapping } from './mappings.ts';

export interface ImportInput {
  bankAccountId: string;
  format: StatementFormat;
  bytes: Uint8Array;
  /** CSV only: the saved mapping's name (optional when the account has exactly one). */
  mapping?: string | undefined;
  fileName?: string | undefined;
  dryRun?: boolean | undefined;
  maxBytes?: number | undefined;
}

export interface ImportedStatement {
  id: string | null;
  bankStatementId: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  imported: number;
  duplicates: number;
  continuity: 'ok' | 'flagged' | 'unknown';
  continuityNote: string;
}

export interface ImportResult {
  dryRun: boolean;
  imported: number;
  duplicates: number;
  continuity: 'ok' | 'flagged' | 'unknown';
  statements: ImportedStatement[];
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/[^0-9A-Za-z]/g, '').toUpperCase();

/** The statement must be for this account: same currency, and the same IBAN / account number when both say one. */
function checkAccount(st: StatementImport, account: BankAccount, index: number): void {
  // n names the statement in a file of several ("statement 2 in the file"); 0 leaves it out.
  const n = index > 0 ? index + 1 : 0;
  if (st.currency !== account.currency) {
    throw bankingText.error(
      'validation',
      'error.statementCurrency',
      {
        name: account.name,
        statementCurrency: st.currency,
        currency: account.currency,
        statementCurrencyAgain: st.currency,
        n,
      },
      {
        reason: 'currency_mismatch',
      },
    );
  }
  if (st.account.iban && account.iban && normaliseIban(st.account.iban) !== account.iban) {
    throw bankingText.error(
      'validation',
      'error.statementIban',
      { name: account.name, statementIban: st.account.iban, iban: account.iban, n },
      {
        reason: 'account_mismatch',
      },
    );
  }
  const number = st.account.accountNumber;
  if (
    number &&
    account.accountNumber &&
    !norm(number).endsWith(norm(account.accountNumber)) &&
    !norm(account.accountNumber).endsWith(norm(number))
  ) {
    throw bankingText.error(
      'validation',
      'error.statementAccount',
      { number, name: account.name, accountNumber: account.accountNumber, n },
      {
        reason: 'account_mismatch',
      },
    );
  }
}

/**
 * Stable keys that make a re-imported or overlapping statement add nothing: the bank's transaction id, else
 * a hash of date, amount, reference, counterparty and the ordinal of identical lines within the file.
 * Two lines with the same bank id in one file are refused (naming both).
 */
export function dedupeKeys(lines: readonly StatementLineImport[]): string[] {
  const seenIds = new Map<string, string>();
  const ordinals = new Map<string, number>();
  return lines.map((l) => {
    if (l.bankTransactionId) {
      const first = seenIds.get(l.bankTransactionId);
      if (first !== undefined) {
        throw bankingText.error(
          'validation',
          'error.duplicateTransaction',
          { bankTransactionId: l.bankTransactionId, first, source: l.source },
          {
            reason: 'duplicate_transaction_id',
            line: l.source,
          },
        );
      }
      seenIds.set(l.bankTransactionId, l.source);
      return `id:${l.bankTransactionId}`;
    }
    const base = [
      l.bookingDate,
      l.amountMinor.toString(),
      l.reference ?? '',
      (l.counterpartyName ?? '').toLowerCase(),
    ].join('\u001f');
    const n = (ordinals.get(base) ?? 0) + 1;
    ordinals.set(base, n);
    return `h:${createHash('sha256').update(`${base}\u001f${n}`).digest('hex').slice(0, 40)}`;
  });
}

export function parseStatementFile(
  format: StatementFormat,
  bytes: Uint8Array,
  account: BankAccount,
  mapping: Parameters<typeof readCsvStatement>[1]['mapping'] | null,
  maxBytes?: number,
): StatementImport[] {
  if (format === 'ofx') return readOfx(bytes, { maxBytes });
  if (format === 'camt053') return readCamt053(bytes, { maxBytes });
  if (!mapping)
    throw bankingText.error(
      'validation',
      'error.mappingRequired',
      {},
      {
        reason: 'mapping_required',
      },
    );
  return [readCsvStatement(bytes, { mapping, currency: account.currency, maxBytes })];
}

/** Imports a statement file into a bank account: all or nothing, duplicates skipped, continuity checked. */
export async function importStatement(
  tx: Tx,
  ctx: ServiceContext,
  input: ImportInput,
): Promise<ImportResult> {
  const account = await lockBankAccount(tx, ctx.companyId, input.bankAccountId);
  if (!account.active) throw bankingText.error('validation', 'error.accountClosed', { name: account.name });
  const mapping =
    input.format === 'csv' ? await resolveMapping(tx, ctx.companyId, account.id, input.mapping) : null;
  const statements = parseStatementFile(input.format, input.bytes, account, mapping, input.maxBytes);
  const sha = createHash('sha256').update(input.bytes).digest('hex');
  for (const [i, st] of statements.entries()) checkAccount(st, account, i);
  const keys = dedupeKeys(statements.flatMap((s) => s.lines));
  const existing = new Set(
    (
      await tx.query<{ dedupe_key: string }>(
        `SELECT dedupe_key FROM bank_statement_lines WHERE company_id = $1 AND bank_account_id = $2 AND dedupe_key = ANY($3::text[])`,
        [ctx.companyId, account.id, keys],
      )
    ).rows.map((r) => r.dedupe_key),
  );
  let previous = await maybeOne<{
    id: string;
    closing: string | null;
    bank_statement_id: string | null;
    period_to: string | null;
  }>(
    tx,
    `SELECT id, closing_minor::text AS closing, bank_statement_id, to_char(period_to, 'YYYY-MM-DD') AS period_to FROM bank_statements
      WHERE company_id = $1 AND bank_account_id = $2 AND closing_minor IS NOT NULL ORDER BY seq DESC LIMIT 1`,
    [ctx.companyId, account.id],
  );
  const out: ImportedStatement[] = [];
  let offset = 0;
  for (const st of statements) {
    const stKeys = keys.slice(offset, offset + st.lines.length);
    offset += st.lines.length;
    const fresh = st.lines
      .map((l, i) => ({ l, key: stKeys[i] as string, position: i + 1 }))
      .filter((x) => !existing.has(x.key));
    const notes: string[] = [];
    const fmt = (m: bigint) =>
      `${formatMoney({ amount: m, currency: account.currency })} ${account.currency}`;
    if (st.openingBalanceMinor !== null && st.closingBalanceMinor !== null) {
      const sum = st.lines.reduce((a, l) => a + l.amountMinor, 0n);
      if (st.openingBalanceMinor + sum !== st.closingBalanceMinor) {
        notes.push(
          `opening ${fmt(st.openingBalanceMinor)} plus the lines (${fmt(sum)}) is not the closing balance ${fmt(st.closingBalanceMinor)}`,
        );
      }
    }
    const prevClosing = previous?.closing != null ? BigInt(previous.closing) : null;
    if (st.openingBalanceMinor !== null && prevClosing !== null && st.openingBalanceMinor !== prevClosing) {
      notes.push(
        `opening balance ${fmt(st.openingBalanceMinor)} does not follow the last imported closing balance ${fmt(prevClosing)}${previous?.period_to ? ` (statement to ${previous.period_to})` : ''}`,
      );
    }
    const continuity: ImportedStatement['continuity'] = notes.length
      ? 'flagged'
      : st.openingBalanceMinor !== null && (prevClosing !== null || st.closingBalanceMinor !== null)
        ? 'ok'
        : 'unknown';
    const result: ImportedStatement = {
      id: null,
      bankStatementId: st.statementId,
      periodFrom: st.periodFrom,
      periodTo: st.periodTo,
      imported: fresh.length,
      duplicates: st.lines.length - fresh.length,
      continuity,
      continuityNote: notes.join('; '),
    };
    out.push(result);
    if (input.dryRun || fresh.length === 0) continue;
    const id = newId('bankStatement');
    result.id = id;
    await tx.query(
      `INSERT INTO bank_statements (company_id, id, bank_account_id, format, bank_statement_id, file_name, file_sha256, period_from, period_to,
         opening_minor, closing_minor, opening_derived, continuity, continuity_note, previous_closing_minor, line_count, duplicate_count, imported_by)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18)`,
      [
        ctx.companyId,
        id,
        account.id,
        st.format,
        st.statementId,
        input.fileName ?? '',
        sha,
        st.periodFrom,
        st.periodTo,
        st.openingBalanceMinor,
        st.closingBalanceMinor,
        st.openingDerived,
        continuity,
        result.continuityNote,
        prevClosing,
        fresh.length,
        result.duplicates,
        ctx.actor.userId,
      ],
    );
    const col = <T>(f: (x: (typeof fresh)[number]) => T) => fresh.map(f);
    await tx.query(
      `INSERT INTO bank_statement_lines (company_id, id, bank_account_id, statement_id, currency, position, booking_date, value_date, amount_minor,
         bank_transaction_id, reference, counterparty_name, counterparty_iban, remittance, source, dedupe_key)
       SELECT $1, u.id, $2, $3, $4, u.position, u.booking_date, u.value_date, u.amount_minor, u.btid, u.reference, u.cp_name, u.cp_iban, u.remittance, u.source, u.dedupe_key
         FROM unnest($5::text[], $6::int[], $7::date[], $8::date[], $9::bigint[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[])
           AS u(id, position, booking_date, value_date, amount_minor, btid, reference, cp_name, cp_iban, remittance, source, dedupe_key)`,
      [
        ctx.companyId,
        account.id,
        id,
        account.currency,
        col(() => newId('bankLine')),
        col((x) => x.position),
        col((x) => x.l.bookingDate),
        col((x) => x.l.valueDate),
        col((x) => x.l.amountMinor.toString()),
        col((x) => x.l.bankTransactionId?.slice(0, 200) ?? null),
        col((x) => x.l.reference?.slice(0, 300) ?? null),
        col((x) => x.l.counterpartyName?.slice(0, 300) ?? null),
        col((x) => x.l.counterpartyIban),
        col((x) => x.l.remittance?.slice(0, 2000) ?? null),
        col((x) => x.l.source.slice(0, 300)),
        col((x) => x.key),
      ],
    );
    for (const x of fresh) existing.add(x.key);
    if (st.closingBalanceMinor !== null) {
      previous = {
        id,
        closing: st.closingBalanceMinor.toString(),
        bank_statement_id: st.statementId,
        period_to: st.periodTo,
      };
    }
    await recordAudit(tx, {
      ...ctx,
      entityType: 'bank_statement',
      entityId: id,
      action: 'import',
      after: {
        bankAccountId: account.id,
        format: st.format,
        fileName: input.fileName ?? '',
        sha256: sha,
        bankStatementId: st.statementId,
        periodFrom: st.periodFrom,
        periodTo: st.periodTo,
        imported: fresh.length,
        duplicates: result.duplicates,
        continuity,
        continuityNote: result.continuityNote,
      },
    });
  }
  const worst = out.some((s) => s.continuity === 'flagged')
    ? 'flagged'
    : out.every((s) => s.continuity === 'ok')
      ? 'ok'
      : 'unknown';
  return {
    dryRun: Boolean(input.dryRun),
    imported: out.reduce((a, s) => a + s.imported, 0),
    duplicates: out.reduce((a, s) => a + s.duplicates, 0),
    continuity: worst,
    statements: out,
  };
}

export interface StatementView {
  id: string;
  bankAccountId: string;
  format: string;
  bankStatementId: string | null;
  fileName: string;
  periodFrom: string | null;
  periodTo: string | null;
  opening: string | null;
  closing: string | null;
  openingDerived: boolean;
  continuity: 'ok' | 'flagged' | 'unknown';
  continuityNote: string;
  lineCount: number;
  duplicateCount: number;
  reconciledCount: number;
  currency: string;
  importedAt: string;
}

const STATEMENT_SELECT = `SELECT s.id, s.bank_account_id AS "bankAccountId", s.format, s.bank_statement_id AS "bankStatementId", s.file_name AS "fileName",
  to_char(s.period_from, 'YYYY-MM-DD') AS "periodFrom", to_char(s.period_to, 'YYYY-MM-DD') AS "periodTo",
  s.opening_minor::text AS opening, s.closing_minor::text AS closing, s.opening_derived AS "openingDerived", s.continuity,
  s.continuity_note AS "continuityNote", s.line_count AS "lineCount", s.duplicate_count AS "duplicateCount", a.currency,
  (SELECT count(*)::int FROM bank_statement_lines l WHERE l.company_id = s.company_id AND l.statement_id = s.id AND l.reconciliation_id IS NOT NULL) AS "reconciledCount",
  s.imported_at AS "importedAt"
  FROM bank_statements s JOIN bank_accounts a ON a.company_id = s.company_id AND a.id = s.bank_account_id`;

function money(row: StatementView): StatementView {
  const f = (v: string | null) =>
    v === null ? null : formatMoney({ amount: BigInt(v), currency: row.currency });
  return {
    ...row,
    opening: f(row.opening),
    closing: f(row.closing),
    importedAt: new Date(row.importedAt).toISOString(),
  };
}

export async function listStatements(
  sql: Sql,
  companyId: string,
  bankAccountId: string,
): Promise<StatementView[]> {
  const rows = (
    await sql.query<StatementView>(
      `${STATEMENT_SELECT} WHERE s.company_id = $1 AND s.bank_account_id = $2 ORDER BY s.seq DESC`,
      [companyId, bankAccountId],
    )
  ).rows;
  return rows.map(money);
}

export async function getStatement(sql: Sql, companyId: string, id: string): Promise<StatementView> {
  const row = await maybeOne<StatementView>(
    sql,
    `${STATEMENT_SELECT} WHERE s.company_id = $1 AND s.id = $2`,
    [companyId, id],
  );
  if (!row) throw notFound('Statement', id);
  return money(row);
}

export interface StatementLineView {
  id: string;
  statementId: string;
  bankAccountId: string;
  position: number;
  bookingDate: string;
  valueDate: string | null;
  amountMinor: bigint;
  amount: string;
  currency: string;
  bankTransactionId: string | null;
  reference: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  remittance: string | null;
  source: string;
  reconciliationId: string | null;
}

type LineRow = Omit<StatementLineView, 'amountMinor' | 'amount'> & { amount_minor: string };
const LINE_SELECT = `SELECT id, statement_id AS "statementId", bank_account_id AS "bankAccountId", position, to_char(booking_date, 'YYYY-MM-DD') AS "bookingDate",
  to_char(value_date, 'YYYY-MM-DD') AS "valueDate", amount_minor::text AS amount_minor, currency, bank_transaction_id AS "bankTransactionId", reference,
  counterparty_name AS "counterpartyName", counterparty_iban AS "counterpartyIban", remittance, source, reconciliation_id AS "reconciliationId"
  FROM bank_statement_lines`;

function toLine(r: LineRow): StatementLineView {
  const { amount_minor, ...rest } = r;
  const amountMinor = BigInt(amount_minor);
  return { ...rest, amountMinor, amount: formatMoney({ amount: amountMinor, currency: r.currency }) };
}

export async function statementLines(
  sql: Sql,
  companyId: string,
  statementId: string,
): Promise<StatementLineView[]> {
  return (
    await sql.query<LineRow>(`${LINE_SELECT} WHERE company_id = $1 AND statement_id = $2 ORDER BY position`, [
      companyId,
      statementId,
    ])
  ).rows.map(toLine);
}

/** Statement lines by id (any account of the company), for reconciliation. */
export async function linesByIds(
  sql: Sql,
  companyId: string,
  ids: readonly string[],
  lock = false,
): Promise<StatementLineView[]> {
  return (
    await sql.query<LineRow>(
      `${LINE_SELECT} WHERE company_id = $1 AND id = ANY($2::text[]) ORDER BY booking_date, id${lock ? ' FOR UPDATE' : ''}`,
      [companyId, [...ids]],
    )
  ).rows.map(toLine);
}

/** Lines of an account not yet reconciled (optionally of one statement). */
export async function openLines(
  sql: Sql,
  companyId: string,
  bankAccountId: string,
  statementId?: string,
): Promise<StatementLineView[]> {
  return (
    await sql.query<LineRow>(
      `${LINE_SELECT} WHERE company_id = $1 AND bank_account_id = $2 AND reconciliation_id IS NULL AND ($3::text IS NULL OR statement_id = $3) ORDER BY booking_date, position`,
      [companyId, bankAccountId, statementId ?? null],
    )
  ).rows.map(toLine);
}
