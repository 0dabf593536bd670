import { z } from '@hono/zod-openapi';

/**
 * The home figures' answer. Every section is null when the caller may not see it (its permission is named in
 * its description), so the page shows what the role may read and nothing it may not. Amounts are decimal
 * strings in their own currency; never summed across currencies.
 */
const Amount = z
  .string()
  .openapi({ description: 'Decimal string in the currency of its row, e.g. "1234.50".' });

const CashAccount = z.object({
  bankAccountId: z.string(),
  name: z.string(),
  kind: z.enum(['bank', 'cash']),
  currency: z.string(),
  balance: Amount,
});
const CurrencyTotal = z.object({ currency: z.string(), amount: Amount });

const Receivables = z.object({
  currency: z.string(),
  open: Amount,
  openCount: z.number().int(),
  overdue: Amount,
  overdueCount: z.number().int(),
});
const Payables = z.object({
  currency: z.string(),
  dueThisWeek: Amount,
  dueThisWeekCount: z.number().int(),
  overdue: Amount,
  overdueCount: z.number().int(),
});
const IncomeExpenseMonth = z.object({
  month: z.string().openapi({ description: 'YYYY-MM' }),
  income: Amount,
  expenses: Amount.openapi({ description: 'Positive when money was spent.' }),
});

export const HomeFigures = z
  .object({
    today: z.string(),
    weekEnd: z
      .string()
      .openapi({ description: 'The Sunday that ends this week: "due this week" runs to it.' }),
    cash: z
      .object({ accounts: z.array(CashAccount), totals: z.array(CurrencyTotal) })
      .nullable()
      .openapi({
        description: 'Ledger balance of each active bank and cash account (banking.read + ledger.read).',
      }),
    receivables: z.array(Receivables).nullable().openapi({ description: 'Per currency (sales.read).' }),
    payables: z.array(Payables).nullable().openapi({ description: 'Per currency (purchasing.read).' }),
    incomeExpense: z
      .object({ currency: z.string(), months: z.array(IncomeExpenseMonth) })
      .nullable()
      .openapi({ description: 'The last six months, this one last, in the base currency (ledger.read).' }),
    approvalsWaiting: z.number().int().nullable().openapi({ description: 'work.approvals.read' }),
    tasks: z
      .object({
        mine: z.number().int(),
        dueToday: z.number().int(),
        overdue: z.number().int(),
        queue: z.number().int(),
      })
      .nullable()
      .openapi({ description: 'My active tasks and my departments’ queues (work.tasks.read).' }),
    drafts: z.object({
      invoices: z
        .number()
        .int()
        .nullable()
        .openapi({ description: "The company's draft invoices (sales.manage)." }),
      bills: z.number().int().nullable().openapi({ description: 'Bills I started (purchasing.manage).' }),
      entries: z
        .number()
        .int()
        .nullable()
        .openapi({ description: 'Journal drafts I saved (ledger.entries.draft).' }),
    }),
  })
  .openapi('HomeFigures');
export type HomeFigures = z.infer<typeof HomeFigures>;
