import { z } from '@hono/zod-openapi';
import { ACCOUNT_TYPES } from './service/accounts.ts';

/** The ledger's shapes, shared by routes, CLI and web forms. Amounts are decimal strings. */
const Decimal = z
  .string()
  .regex(/^-?\d{1,18}(\.\d{1,12})?$/, 'must be a decimal like 1234.50 (no exponent, no separators)');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const AccountType = z.enum(
  ACCOUNT_TYPES as unknown as ['asset', 'liability', 'equity', 'income', 'expense'],
);

/** Dimensions a line of this account gets when it names none (each filled separately). */
export const DefaultDimensions = z
  .object({
    departmentId: z.string().max(100).optional(),
    costCentre: z.string().max(100).optional(),
    project: z.string().max(100).optional(),
    partner: z.string().max(200).optional(),
  })
  .strict();
export const Dimension = z.enum(['department', 'cost_centre', 'project', 'partner']);

export const AccountInput = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(200),
  type: AccountType,
  subtype: z.string().max(40).nullable().optional(),
  parentId: z.string().max(100).nullable().optional(),
  currency: z.string().length(3).toUpperCase().nullable().optional(),
  names: z.record(z.string(), z.string().max(200)).optional(),
  defaultDimensions: DefaultDimensions.optional(),
});
export const AccountPatch = z.object({
  code: z.string().trim().min(1).max(40).optional(),
  name: z.string().trim().min(1).max(200).optional(),
  type: AccountType.optional(),
  subtype: z.string().max(40).nullable().optional(),
  active: z.boolean().optional(),
  names: z.record(z.string(), z.string().max(200)).optional(),
  defaultDimensions: DefaultDimensions.optional(),
});
export const Account = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    type: AccountType,
    subtype: z.string().nullable(),
    parentId: z.string().nullable(),
    currency: z.string().nullable(),
    active: z.boolean(),
    names: z.record(z.string(), z.string()),
    defaultDimensions: DefaultDimensions,
  })
  .openapi('LedgerAccount');

export const LineInput = z.object({
  account: z.string().min(1).max(1000),
  debit: Decimal.optional(),
  credit: Decimal.optional(),
  amount: Decimal.optional(),
  currency: z.string().length(3).toUpperCase().optional(),
  rate: z.string().max(30).optional(),
  departmentId: z.string().max(100).nullable().optional(),
  costCentre: z.string().max(100).nullable().optional(),
  project: z.string().max(100).nullable().optional(),
  partner: z.string().max(200).nullable().optional(),
  memo: z.string().max(500).nullable().optional(),
});
export const EntryInput = z.object({
  date: Day,
  description: z.string().max(1000),
  reference: z.string().max(200).nullable().optional(),
  lines: z.array(LineInput).min(1).max(1000),
  tags: z.record(z.string(), z.string().max(200)).optional(),
});
export const NewEntry = EntryInput.extend({ post: z.boolean().optional() });

/** A posted line as the ledger shows it (service/entries.ts EntryLineView). */
export const EntryLine = z
  .object({
    lineNo: z.number(),
    accountId: z.string(),
    accountCode: z.string(),
    accountName: z.string(),
    currency: z.string(),
    debit: z.string().nullable(),
    credit: z.string().nullable(),
    baseAmount: z.string(),
    rate: z.string(),
    memo: z.string().nullable(),
    departmentId: z.string().nullable(),
    costCentre: z.string().nullable(),
    project: z.string().nullable(),
    partner: z.string().nullable(),
  })
  .openapi('JournalLine');

export const Entry = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    date: z.string(),
    description: z.string(),
    reference: z.string().nullable(),
    status: z.enum(['draft', 'pending_approval', 'posted']),
    reversalOfId: z.string().nullable(),
    reversedById: z.string().nullable(),
    postedAt: z.string().nullable(),
    lines: z.array(EntryLine).nullable(),
    draftLines: z.array(LineInput).nullable(),
  })
  .openapi('JournalEntry');

/** A journal list row: the entry without its lines, with its total in the base currency (what the list sends). */
export const EntrySummary = Entry.omit({ lines: true, draftLines: true })
  .extend({ total: z.string().openapi({ description: 'Sum of the debits in the base currency, decimal' }) })
  .openapi('JournalEntrySummary');

export const ReverseInput = z.object({ date: Day, correctedCopy: z.boolean().optional() });
export const BatchInput = z.object({ entries: z.array(EntryInput).min(1).max(10_000) });
export const RateInput = z.object({
  currency: z.string().length(3).toUpperCase(),
  date: Day,
  rate: z.string().regex(/^\d{1,12}(\.\d{1,12})?$/, 'must be a positive decimal'),
});
export { Day };

/*
 * Answers of the ledger routes, each true to what its service returns (hono's typing checks the handlers
 * against them). Amounts in answers are decimal strings in the base currency, as the services format them.
 */
const Amount = z.string().openapi({ description: 'decimal amount, e.g. 1234.50' });
const RowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });

export const Period = z
  .object({
    id: z.string(),
    fiscalYearId: z.string(),
    startDate: Day,
    endDate: Day,
    lockedAt: z.string().nullable(),
  })
  .openapi('LedgerPeriod');
export const FiscalYear = z
  .object({
    id: z.string(),
    name: z.string(),
    startDate: Day,
    endDate: Day,
    closedAt: z.string().nullable(),
    periods: z.array(Period),
  })
  .openapi('FiscalYear');

export const AccountImportReport = z
  .object({
    dryRun: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    errors: z.array(RowError),
  })
  .openapi('AccountImportReport');

export const CloseResult = z
  .object({
    fiscalYearId: z.string(),
    name: z.string(),
    closingEntry: z
      .object({
        id: z.string(),
        number: z.string().nullable(),
        date: Day,
        description: z.string(),
        reference: z.string().nullable(),
        status: z.enum(['posted', 'pending_approval']),
        approvalRequestId: z.string().optional(),
      })
      .nullable(),
    netIncome: Amount,
    accountsClosed: z.number().int(),
  })
  .openapi('FiscalYearCloseResult');
export const ReopenResult = z
  .object({ fiscalYearId: z.string(), reversalId: z.string().nullable() })
  .openapi('FiscalYearReopenResult');

export const TrialBalance = z
  .object({
    currency: z.string(),
    rows: z.array(
      z.object({
        accountId: z.string(),
        code: z.string(),
        account: z.string(),
        type: AccountType,
        debit: Amount,
        credit: Amount,
      }),
    ),
    totalDebit: Amount,
    totalCredit: Amount,
  })
  .openapi('TrialBalance');

export const IncomeStatement = z
  .object({
    currency: z.string(),
    rows: z.array(
      z.object({
        accountId: z.string(),
        code: z.string(),
        account: z.string(),
        type: AccountType,
        amount: Amount,
      }),
    ),
    income: Amount,
    expenses: Amount,
    net: Amount,
  })
  .openapi('IncomeStatement');

export const BalanceSheet = z
  .object({
    currency: z.string(),
    rows: z.array(
      z.object({
        section: z.enum(['assets', 'liabilities', 'equity']),
        /** Null for the computed "Current earnings" line. */
        accountId: z.string().nullable(),
        code: z.string(),
        account: z.string(),
        amount: Amount,
      }),
    ),
    assets: Amount,
    liabilities: Amount,
    equity: Amount,
    untagged: Amount.openapi({
      description:
        'assets − liabilities − equity: zero for the whole company; by dimension, the untagged other sides',
    }),
  })
  .openapi('BalanceSheet');

export const AccountRegister = z
  .object({
    currency: z.string(),
    items: z.array(
      z.object({
        entryId: z.string(),
        number: z.string(),
        date: Day,
        description: z.string(),
        lineNo: z.number().int(),
        debit: Amount,
        credit: Amount,
        balance: Amount,
        memo: z.string().nullable(),
      }),
    ),
    nextCursor: z.string().nullable(),
  })
  .openapi('AccountRegister');

export const CashFlowStatement = z
  .object({
    currency: z.string(),
    method: z.enum(['direct', 'indirect']),
    from: Day,
    to: Day,
    rows: z.array(
      z.object({
        section: z.enum(['opening', 'operating', 'investing', 'financing', 'closing']),
        code: z.string(),
        account: z.string(),
        amount: Amount,
      }),
    ),
    opening: Amount,
    closing: Amount,
    netChange: Amount,
    totals: z.object({ operating: Amount, investing: Amount, financing: Amount }),
  })
  .openapi('CashFlowStatement');

export const ComparativeIncomeStatement = z
  .object({
    currency: z.string(),
    columns: z.array(z.object({ label: z.string(), from: Day, to: Day })),
    /** `amounts`, `income`, `expenses` and `net` hold one amount per column, in column order. */
    rows: z.array(
      z.object({
        accountId: z.string(),
        code: z.string(),
        account: z.string(),
        type: AccountType,
        amounts: z.array(Amount),
      }),
    ),
    income: z.array(Amount),
    expenses: z.array(Amount),
    net: z.array(Amount),
  })
  .openapi('ComparativeIncomeStatement');

export const Recurring = z
  .object({
    id: z.string(),
    name: z.string(),
    rrule: z.string(),
    startDate: Day,
    description: z.string(),
    reference: z.string().nullable(),
    lines: z.array(LineInput),
    post: z.boolean(),
    active: z.boolean(),
    generated: z.number().int(),
    lastOccurrence: z.string().nullable(),
  })
  .openapi('RecurringEntry');
export const RecurringRun = z
  .object({
    through: Day,
    generated: z.array(
      z.object({
        templateId: z.string(),
        occurrence: Day,
        entryId: z.string(),
        status: z.enum(['draft', 'posted']),
      }),
    ),
    failures: z.array(z.object({ templateId: z.string(), message: z.string() })),
  })
  .openapi('RecurringRun');
