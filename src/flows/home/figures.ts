import { addDays, addMonths, dayBefore } from '../../kernel/dates.ts';
import { formatMoney, parseMoney } from '../../kernel/money.ts';
import { listBankAccounts } from '../../modules/banking/index.ts';
import {
  accountBalancesIn,
  balanceKey,
  draftEntryCount,
  incomeStatement,
} from '../../modules/ledger/index.ts';
import { draftBillCount, payablesDue } from '../../modules/purchasing/index.ts';
import { draftInvoiceCount, receivablesTotals } from '../../modules/sales/index.ts';
import { workFigures } from '../../modules/work/index.ts';
import { can, NARROWED } from '../../platform/access/index.ts';
import type { Principal } from '../../platform/context.ts';
import type { Sql } from '../../platform/db/index.ts';
import type { HomeFigures } from './contract.ts';

/**
 * The home that tells a person what needs them: each section read from its owner module (through index.ts,
 * one set-based query each) only when the caller's role may read it, so one answer serves every role — the
 * owner sees cash and the books, an assistant their queue and drafts.
 */
export async function homeFigures(sql: Sql, principal: Principal, today: string): Promise<HomeFigures> {
  const companyId = principal.companyId;
  const may = (permission: string) => can(principal, permission);
  const weekEnd = sundayOf(today);
  const [cash, receivables, payables, incomeExpense, work, invoices, bills, entries] = await Promise.all([
    may('banking.read') && may('ledger.read') ? cashFigures(sql, companyId, today) : null,
    may('sales.read') ? receivablesFigures(sql, companyId, today) : null,
    may('purchasing.read') ? payablesFigures(sql, companyId, today, weekEnd) : null,
    may('ledger.read') ? incomeVsExpense(sql, companyId, today) : null,
    workFigures(sql, companyId, principal.userId, queueDepartments(principal), today),
    may('sales.manage') ? draftInvoiceCount(sql, companyId) : null,
    may('purchasing.manage') ? draftBillCount(sql, companyId, principal.userId) : null,
    may('ledger.entries.draft') ? draftEntryCount(sql, companyId, principal.userId) : null,
  ]);
  // Tasks are department-scoped; the caller's own tasks and their departments' queues are theirs to see.
  const tasksVisible = can(principal, 'work.tasks.read', NARROWED);
  return {
    today,
    weekEnd,
    cash,
    receivables,
    payables,
    incomeExpense,
    approvalsWaiting: may('work.approvals.read') ? work.approvalsWaiting : null,
    tasks: tasksVisible
      ? { mine: work.myTasks, dueToday: work.dueToday, overdue: work.overdue, queue: work.queue }
      : null,
    drafts: { invoices, bills, entries },
  };
}

/** The departments whose queues a person works: those they belong to or manage. */
function queueDepartments(principal: Principal): string[] {
  return [...new Set([...principal.departmentIds, ...principal.managedDepartmentIds])];
}

/** The Sunday ending the ISO week of `day` (the day itself on a Sunday). */
export function sundayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

/** Each active bank and cash account's ledger balance in the account's own currency, and totals per currency. */
async function cashFigures(sql: Sql, companyId: string, today: string): Promise<HomeFigures['cash']> {
  const accounts = await listBankAccounts(sql, companyId);
  const balances = await accountBalancesIn(
    sql,
    companyId,
    accounts.map((a) => ({ accountId: a.ledgerAccountId, currency: a.currency })),
    today,
  );
  const totals = new Map<string, bigint>();
  const rows = accounts.map((a) => {
    const amount = balances.get(balanceKey({ accountId: a.ledgerAccountId, currency: a.currency })) ?? 0n;
    totals.set(a.currency, (totals.get(a.currency) ?? 0n) + amount);
    return {
      bankAccountId: a.id,
      name: a.name,
      kind: a.kind,
      currency: a.currency,
      balance: formatMoney({ amount, currency: a.currency }),
    };
  });
  return {
    accounts: rows,
    totals: [...totals].map(([currency, amount]) => ({
      currency,
      amount: formatMoney({ amount, currency }),
    })),
  };
}

async function receivablesFigures(
  sql: Sql,
  companyId: string,
  today: string,
): Promise<HomeFigures['receivables']> {
  return (await receivablesTotals(sql, companyId, today)).map((r) => ({
    currency: r.currency,
    open: formatMoney({ amount: r.openMinor, currency: r.currency }),
    openCount: r.openCount,
    overdue: formatMoney({ amount: r.overdueMinor, currency: r.currency }),
    overdueCount: r.overdueCount,
  }));
}

async function payablesFigures(
  sql: Sql,
  companyId: string,
  today: string,
  weekEnd: string,
): Promise<HomeFigures['payables']> {
  return (await payablesDue(sql, companyId, today, weekEnd)).map((r) => ({
    currency: r.currency,
    dueThisWeek: formatMoney({ amount: r.dueMinor, currency: r.currency }),
    dueThisWeekCount: r.dueCount,
    overdue: formatMoney({ amount: r.overdueMinor, currency: r.currency }),
    overdueCount: r.overdueCount,
  }));
}

const MONTHS = 6;

/** Income and expenses of the last six months (this one last), from the ledger's income statement. */
async function incomeVsExpense(
  sql: Sql,
  companyId: string,
  today: string,
): Promise<HomeFigures['incomeExpense']> {
  const thisMonth = `${today.slice(0, 7)}-01`;
  const starts = Array.from({ length: MONTHS }, (_, i) => addMonths(thisMonth, i - (MONTHS - 1)));
  // A fixed six statements, each set-based on the maintained monthly balances.
  const statements = await Promise.all(
    starts.map((from) => incomeStatement(sql, companyId, from, dayBefore(addMonths(from, 1)))),
  );
  const currency = statements[0]?.currency ?? '';
  return {
    currency,
    months: statements.map((s, i) => ({
      month: (starts[i] as string).slice(0, 7),
      income: s.income,
      expenses: formatMoney({ amount: -parseMoney(s.expenses, s.currency).amount, currency: s.currency }),
    })),
  };
}
