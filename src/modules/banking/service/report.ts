import { formatMoney } from '../../../kernel/money.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { accountBalanceIn } from '../../ledger/index.ts';
import { getBankAccount } from './accounts.ts';
import { listReconciliations, type ReconciliationView } from './reconcile.ts';
import { getStatement, type StatementLineView, type StatementView, statementLines } from './statements.ts';

export interface ReconciliationReport {
  statement: StatementView;
  currency: string;
  totals: {
    lines: number;
    matched: number;
    unmatched: number;
    matchedAmount: string;
    unmatchedAmount: string;
    inflow: string;
    outflow: string;
  };
  differences: {
    /** Opening + lines − closing, as the bank stated them (0 when they agree; null without balances). */
    statementArithmetic: string | null;
    /** The bank's closing balance minus the ledger balance of the bank's account at the statement's end date, both in the statement's currency. */
    closingVersusLedger: string | null;
    ledgerBalance: string | null;
    /** Sum of the differences accepted matches carry (partial payments leave the rest open, not a difference). */
    acceptedDifferences: string;
  };
  unmatchedLines: (Omit<StatementLineView, 'amountMinor'> & { amountMinor: string })[];
  reconciliations: ReconciliationView[];
}

/** Per statement: what is matched and how, what is not, and whether the bank's balances agree with the books. */
export async function reconciliationReport(
  sql: Sql,
  companyId: string,
  statementId: string,
): Promise<ReconciliationReport> {
  const statement = await getStatement(sql, companyId, statementId);
  const account = await getBankAccount(sql, companyId, statement.bankAccountId);
  const currency = account.currency;
  const fmt = (m: bigint) => formatMoney({ amount: m, currency });
  const lines = await statementLines(sql, companyId, statementId);
  const recs = (await listReconciliations(sql, companyId, { statementId })).filter(
    (r) => r.status === 'accepted',
  );
  let matched = 0n;
  let unmatched = 0n;
  let inflow = 0n;
  let outflow = 0n;
  for (const l of lines) {
    if (l.reconciliationId) matched += l.amountMinor;
    else unmatched += l.amountMinor;
    if (l.amountMinor > 0n) inflow += l.amountMinor;
    else outflow += l.amountMinor;
  }
  const { rows } = await sql.query<{ opening: string | null; closing: string | null; all_lines: string }>(
    `SELECT s.opening_minor::text AS opening, s.closing_minor::text AS closing,
            (SELECT COALESCE(sum(amount_minor), 0)::text FROM bank_statement_lines l WHERE l.company_id = s.company_id AND l.statement_id = s.id) AS all_lines
       FROM bank_statements s WHERE s.company_id = $1 AND s.id = $2`,
    [companyId, statementId],
  );
  const r = rows[0];
  const arithmetic =
    r?.opening != null && r.closing != null && statement.duplicateCount === 0
      ? fmt(BigInt(r.opening) + BigInt(r.all_lines) - BigInt(r.closing))
      : null;
  let ledgerBalance: bigint | null = null;
  if (statement.periodTo) {
    // Like with like: the statement is in the bank account's currency, so is this balance (not the base-currency
    // value, which differs from the bank's figure by every revaluation on a foreign-currency account).
    ledgerBalance = await accountBalanceIn(
      sql,
      companyId,
      account.ledgerAccountId,
      currency,
      statement.periodTo,
    );
  }
  const diffRow = await sql.query<{ d: string }>(
    `SELECT COALESCE(sum(difference_minor), 0)::text AS d FROM bank_reconciliations WHERE company_id = $1 AND id = ANY($2::text[])`,
    [companyId, recs.map((x) => x.id)],
  );
  const diff = BigInt(diffRow.rows[0]?.d ?? '0');
  return {
    statement,
    currency,
    totals: {
      lines: lines.length,
      matched: lines.filter((l) => l.reconciliationId).length,
      unmatched: lines.filter((l) => !l.reconciliationId).length,
      matchedAmount: fmt(matched),
      unmatchedAmount: fmt(unmatched),
      inflow: fmt(inflow),
      outflow: fmt(outflow),
    },
    differences: {
      statementArithmetic: arithmetic,
      closingVersusLedger:
        r?.closing != null && ledgerBalance !== null ? fmt(BigInt(r.closing) - ledgerBalance) : null,
      ledgerBalance: ledgerBalance === null ? null : fmt(ledgerBalance),
      acceptedDifferences: fmt(diff),
    },
    unmatchedLines: lines
      .filter((l) => !l.reconciliationId)
      .map((l) => ({ ...l, amountMinor: l.amountMinor.toString() })),
    reconciliations: recs,
  };
}
