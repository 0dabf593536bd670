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
export const Any = z.any();
