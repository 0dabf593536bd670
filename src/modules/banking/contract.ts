import { z } from '@hono/zod-openapi';
import { CSV_ENCODINGS, DATE_FORMATS } from '../../platform/formats/csv-statement/index.ts';

/** Banking's shapes, shared by routes, CLI and web forms. Amounts are decimal strings; dates YYYY-MM-DD. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const Currency = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code like EUR');

export const BankAccountInput = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['bank', 'cash']).default('bank'),
  currency: Currency,
  iban: z.string().max(50).nullable().optional(),
  bic: z.string().max(20).nullable().optional(),
  accountNumber: z.string().max(40).nullable().optional(),
  routingNumber: z.string().max(20).nullable().optional(),
  bankName: z.string().max(200).optional(),
  ledgerAccountId: z.string().min(1).max(100),
  isDefault: z.boolean().optional(),
});
export type BankAccountInput = z.input<typeof BankAccountInput>;

export const BankAccountPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  bic: z.string().max(20).nullable().optional(),
  bankName: z.string().max(200).optional(),
  isDefault: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type BankAccountPatch = z.input<typeof BankAccountPatch>;

const Column = z.union([z.string().min(1).max(200), z.number().int().min(1).max(500)]);
export const CsvMappingSchema = z.object({
  delimiter: z.enum([',', ';', '\t', '|']),
  skipLines: z.number().int().min(0).max(100).optional(),
  headerRow: z.boolean(),
  encoding: z.enum(CSV_ENCODINGS),
  dateFormat: z.enum(DATE_FORMATS),
  decimalSeparator: z.enum([',', '.']),
  thousandsSeparator: z.enum(['', ' ', '.', ',', "'"]),
  amount: z.union([z.object({ column: Column }), z.object({ debit: Column, credit: Column })]),
  sign: z.enum(['credit_positive', 'debit_positive']).optional(),
  bookingDate: Column,
  valueDate: Column.optional(),
  reference: Column.optional(),
  counterpartyName: Column.optional(),
  counterpartyIban: Column.optional(),
  text: Column.optional(),
  bankTransactionId: Column.optional(),
  currency: Column.optional(),
});

export const CsvMappingInput = z.object({
  name: z.string().trim().min(1).max(100),
  mapping: CsvMappingSchema,
});

export const StatementFormat = z.enum(['ofx', 'camt053', 'csv']);
export type StatementFormat = z.infer<typeof StatementFormat>;

/** The import query: the file itself is the raw request body. */
export const ImportQuery = z.object({
  format: StatementFormat,
  mapping: z.string().max(100).optional(),
  fileName: z.string().max(300).optional(),
  dryRun: z.enum(['true', 'false']).optional(),
});

export const PreviewInput = z.object({
  content: z.string().max(200_000),
  mapping: CsvMappingSchema,
});

export const MatchItemRef = z.object({
  kind: z.enum(['invoice', 'credit_note', 'bill', 'vendor_credit', 'payment', 'ledger_line']),
  id: z.string().min(1).max(200),
  amount: z.string().max(40).optional(),
});
export const ManualMatchInput = z.object({
  lineIds: z.array(z.string().min(1).max(100)).min(1).max(100),
  items: z.array(MatchItemRef).min(1).max(100),
});
export const AcceptInput = z.object({ ids: z.array(z.string().min(1).max(100)).min(1).max(1000) });
export const EntryFromLineInput = z.object({
  accountId: z.string().min(1).max(100),
  description: z.string().trim().min(1).max(500).optional(),
});
export const AutoMatchInput = z.object({ dateWindowDays: z.number().int().min(0).max(365).optional() });

export { Currency, Day };

// ---- answers (service/accounts.ts, mappings.ts, statements.ts, reconcile.ts, report.ts) ----
// Amounts are decimal strings in the account currency; `amountMinor`, where given, is integer minor units as a
// string (JSON has no bigint).

const MinorText = z
  .string()
  .regex(/^-?\d+$/)
  .openapi({ description: 'integer minor units, as a string' });
const Continuity = z.enum(['ok', 'flagged', 'unknown']);

export const BankAccount = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['bank', 'cash']),
    currency: z.string(),
    iban: z.string().nullable(),
    bic: z.string().nullable(),
    accountNumber: z.string().nullable(),
    routingNumber: z.string().nullable(),
    bankName: z.string(),
    ledgerAccountId: z.string(),
    isDefault: z.boolean(),
    active: z.boolean(),
  })
  .openapi('BankAccount');
export const BankAccountList = z.object({ items: z.array(BankAccount) }).openapi('BankAccountList');

export const CsvMapping = z
  .object({ id: z.string(), bankAccountId: z.string(), name: z.string(), mapping: CsvMappingSchema })
  .openapi('BankCsvMapping');
export const CsvMappingList = z.object({ items: z.array(CsvMapping) }).openapi('BankCsvMappingList');

const importedLineFields = {
  bookingDate: z.string(),
  valueDate: z.string().nullable(),
  bankTransactionId: z.string().nullable(),
  reference: z.string().nullable(),
  counterpartyName: z.string().nullable(),
  counterpartyIban: z.string().nullable(),
  remittance: z.string().nullable(),
  source: z.string().openapi({ description: 'Where in the file the line came from' }),
};

export const CsvPreview = z
  .object({
    total: z.number().int(),
    lines: z.array(z.object({ ...importedLineFields, amountMinor: MinorText, amount: z.string() })),
  })
  .openapi('BankCsvPreview');

export const ImportResult = z
  .object({
    dryRun: z.boolean(),
    imported: z.number().int(),
    duplicates: z.number().int(),
    continuity: Continuity,
    statements: z.array(
      z.object({
        id: z.string().nullable(),
        bankStatementId: z.string().nullable(),
        periodFrom: z.string().nullable(),
        periodTo: z.string().nullable(),
        imported: z.number().int(),
        duplicates: z.number().int(),
        continuity: Continuity,
        continuityNote: z.string(),
      }),
    ),
  })
  .openapi('BankImportResult');

export const Statement = z
  .object({
    id: z.string(),
    bankAccountId: z.string(),
    format: z.string(),
    bankStatementId: z.string().nullable(),
    fileName: z.string(),
    periodFrom: z.string().nullable(),
    periodTo: z.string().nullable(),
    opening: z.string().nullable(),
    closing: z.string().nullable(),
    openingDerived: z.boolean(),
    continuity: Continuity,
    continuityNote: z.string(),
    lineCount: z.number().int(),
    duplicateCount: z.number().int(),
    reconciledCount: z.number().int(),
    currency: z.string(),
    importedAt: z.string(),
  })
  .openapi('BankStatement');
export const StatementList = z.object({ items: z.array(Statement) }).openapi('BankStatementList');

const lineFields = {
  ...importedLineFields,
  id: z.string(),
  statementId: z.string(),
  bankAccountId: z.string(),
  position: z.number().int(),
  amount: z.string(),
  currency: z.string(),
  reconciliationId: z.string().nullable(),
};
export const StatementLine = z.object(lineFields).openapi('BankStatementLine');
export const StatementWithLines = Statement.extend({ lines: z.array(StatementLine) }).openapi(
  'BankStatementWithLines',
);
export const StatementLineList = z.object({ items: z.array(StatementLine) }).openapi('BankStatementLineList');

export const MatchReason = z
  .object({
    field: z.enum(['amount', 'reference', 'counterparty_iban', 'counterparty_name', 'date', 'sum']),
    detail: z.string().openapi({ description: 'The reason in English' }),
    key: z.string().optional().openapi({ description: 'Message key for the web UI' }),
    data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  })
  .openapi('BankMatchReason');

export const Reconciliation = z
  .object({
    id: z.string(),
    bankAccountId: z.string(),
    status: z.enum(['proposed', 'accepted', 'rejected', 'undone']),
    origin: z.enum(['auto', 'manual', 'entry']),
    rule: z.string(),
    score: z.number(),
    reasons: z.array(MatchReason),
    difference: z.string(),
    currency: z.string(),
    createdPaymentIds: z.array(z.string()),
    createdEntryIds: z.array(z.string()),
    lines: z.array(
      z.object({
        id: z.string(),
        bookingDate: z.string(),
        amount: z.string(),
        counterpartyName: z.string().nullable(),
        reference: z.string().nullable(),
        remittance: z.string().nullable(),
      }),
    ),
    items: z.array(
      z.object({
        kind: z.string(),
        id: z.string(),
        label: z.string(),
        partyId: z.string().nullable(),
        amount: z.string(),
      }),
    ),
    decidedAt: z.string().nullable(),
    undoneAt: z.string().nullable(),
  })
  .openapi('BankReconciliation');
export const ReconciliationList = z
  .object({ items: z.array(Reconciliation) })
  .openapi('BankReconciliationList');

export const AutoMatchResult = z
  .object({
    proposals: z.number().int(),
    lines: z.number().int(),
    candidates: z.number().int(),
    byRule: z.record(z.string(), z.number().int()),
  })
  .openapi('BankAutoMatchResult');

export const CandidateList = z
  .object({
    items: z.array(
      z.object({
        kind: MatchItemRef.shape.kind,
        id: z.string(),
        number: z.string().nullable(),
        paymentReference: z.string().nullable(),
        partyId: z.string().nullable(),
        partyName: z.string().nullable(),
        date: z.string(),
        label: z.string(),
        currency: z.string(),
        open: z.string().openapi({ description: 'Still open, signed like the bank amount' }),
      }),
    ),
  })
  .openapi('BankCandidateList');

export const ReconciliationReport = z
  .object({
    statement: Statement,
    currency: z.string(),
    totals: z.object({
      lines: z.number().int(),
      matched: z.number().int(),
      unmatched: z.number().int(),
      matchedAmount: z.string(),
      unmatchedAmount: z.string(),
      inflow: z.string(),
      outflow: z.string(),
    }),
    differences: z.object({
      statementArithmetic: z.string().nullable(),
      closingVersusLedger: z.string().nullable(),
      ledgerBalance: z.string().nullable(),
      acceptedDifferences: z.string(),
    }),
    unmatchedLines: z.array(z.object({ ...lineFields, amountMinor: MinorText })),
    reconciliations: z.array(Reconciliation),
  })
  .openapi('BankReconciliationReport');
