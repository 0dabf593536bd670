import { z } from '@hono/zod-openapi';

/** Payments' shapes, shared by routes, CLI and web forms. Amounts are decimal strings in the payment currency. */
const Decimal = z
  .string()
  .regex(/^\d{1,15}(\.\d{1,3})?$/, 'must be a positive decimal like 1234.50 (no exponent, no separators)');
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const Id = z.string().min(1).max(100);

export const PaymentKindSchema = z.enum([
  'receipt',
  'vendor_payment',
  'customer_refund',
  'credit_application',
]);

export const AllocationInput = z.object({
  documentId: Id,
  amount: Decimal,
  writeOff: Decimal.optional(),
});

export const PaymentInput = z
  .object({
    kind: PaymentKindSchema,
    partyId: Id,
    bankAccountId: Id.nullable().optional(),
    date: Day,
    currency: z.string().length(3).toUpperCase(),
    amount: Decimal,
    rate: z
      .string()
      .regex(/^\d{1,12}(\.\d{1,12})?$/, 'must be a decimal rate like 25.125')
      .nullable()
      .optional(),
    reference: z.string().max(140).optional(),
    memo: z.string().max(1000).optional(),
    allocations: z.array(AllocationInput).max(500).default([]),
    allowUnallocated: z.boolean().optional().openapi({
      description:
        'Receipts and vendor payments: true to keep what is not allocated as customer credit or vendor advance; without it such a payment is refused (422, details.reason payments.unallocated_needs_confirmation)',
    }),
  })
  .openapi('PaymentInput');

export const VoidInput = z.object({ date: Day, reason: z.string().trim().min(1).max(500) });

export const PaymentFilterQuery = z.object({
  kind: PaymentKindSchema.optional(),
  partyId: Id.optional(),
  bankAccountId: Id.optional(),
  status: z.enum(['posted', 'voided']).optional(),
  /** Payments allocated to this invoice, credit note or bill; each row then carries those allocations. */
  documentId: Id.optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(500).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
});

/** Accounts by code (or full name); null = the default account the flow creates. */
export const SettingsInput = z.object({
  writeOffAccount: z.string().max(1000).nullable(),
  writeOffLimit: Decimal,
  customerCreditAccount: z.string().max(1000).nullable(),
  vendorCreditAccount: z.string().max(1000).nullable(),
});

export const OpenItemsQuery = z.object({
  side: z.enum(['receivables', 'payables']),
  partyId: Id.optional(),
  currency: z.string().length(3).toUpperCase().optional(),
});

export const RunInput = z
  .object({
    bankAccountId: Id,
    dueBy: Day,
    executionDate: Day,
    partyId: Id.nullable().optional(),
    note: z.string().max(1000).optional(),
  })
  .openapi('PaymentRunInput');

export const RunItemPatch = z.object({
  included: z.boolean().optional(),
  amount: Decimal.optional(),
});

export const RunFilterQuery = z.object({
  status: z.enum(['draft', 'pending_approval', 'released', 'cancelled']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(500).optional(),
});

// ---- answers (service/payments.ts, service/runs.ts, service/ports.ts) ----
// Amounts are decimal strings in the payment or run currency, as the service formats them.

export const PaymentAllocation = z
  .object({
    id: z.string(),
    documentId: z.string(),
    documentKind: z.string(),
    documentNumber: z.string(),
    amount: z.string(),
    writeOff: z.string(),
  })
  .openapi('PaymentAllocation');

export const Payment = z
  .object({
    id: z.string(),
    number: z.string(),
    kind: PaymentKindSchema,
    partyId: z.string(),
    partyName: z.string(),
    bankAccountId: z.string().nullable(),
    date: z.string(),
    currency: z.string(),
    amount: z.string(),
    credit: z.string().openapi({ description: 'The part left as customer credit or vendor advance' }),
    writeOff: z.string(),
    rate: z.string().nullable(),
    reference: z.string(),
    memo: z.string(),
    journalEntryId: z.string().nullable(),
    paymentRunId: z.string().nullable(),
    status: z.enum(['posted', 'voided']),
    createdAt: z.string(),
    allocations: z.array(PaymentAllocation).openapi({
      description: 'All of them on one payment; in a list only with documentId, then those to that document',
    }),
  })
  .openapi('Payment');

export const PaymentPage = z
  .object({ items: z.array(Payment), nextCursor: z.string().nullable() })
  .openapi('PaymentPage');

export const OpenItem = z
  .object({
    documentId: z.string(),
    kind: z.enum(['invoice', 'credit_note', 'bill', 'vendor_credit']),
    number: z.string(),
    partyId: z.string(),
    partyName: z.string(),
    currency: z.string(),
    issueDate: z.string(),
    dueDate: z.string().nullable(),
    total: z.string(),
    open: z.string(),
    paymentReference: z.string().nullable(),
    controlAccountId: z.string(),
  })
  .openapi('PaymentOpenItem');
export const OpenItemList = z.object({ items: z.array(OpenItem) }).openapi('PaymentOpenItemList');

export const PaymentBankAccountList = z
  .object({ items: z.array(z.object({ id: z.string(), name: z.string(), currency: z.string() })) })
  .openapi('PaymentBankAccountList');

export const CreditBalanceList = z
  .object({
    items: z.array(
      z.object({ partyId: z.string(), partyName: z.string(), currency: z.string(), credit: z.string() }),
    ),
  })
  .openapi('PaymentCreditBalanceList');

/** Accounts by code; the limit as a decimal in the base currency. */
export const PaymentSettings = z
  .object({
    writeOffAccount: z.string().nullable(),
    writeOffLimit: z.string(),
    customerCreditAccount: z.string().nullable(),
    vendorCreditAccount: z.string().nullable(),
  })
  .openapi('PaymentSettings');

const RunStatus = z.enum(['draft', 'pending_approval', 'released', 'cancelled']);

export const PaymentRunItem = z
  .object({
    id: z.string(),
    position: z.number().int(),
    documentId: z.string(),
    documentNumber: z.string(),
    partyId: z.string(),
    partyName: z.string(),
    dueDate: z.string().nullable(),
    open: z.string(),
    amount: z.string(),
    included: z.boolean(),
    paymentReference: z.string().nullable(),
    controlAccountId: z.string(),
    paymentId: z.string().nullable(),
  })
  .openapi('PaymentRunItem');

const runFields = {
  id: z.string(),
  number: z.string(),
  status: RunStatus,
  bankAccountId: z.string(),
  currency: z.string(),
  format: z.enum(['sepa', 'nacha']),
  executionDate: z.string(),
  dueBy: z.string(),
  partyId: z.string().nullable(),
  approvalRequestId: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
  releasedAt: z.string().nullable(),
  total: z.string(),
  count: z.number().int(),
  file: z.object({ id: z.string(), name: z.string(), sha256: z.string() }).nullable(),
};

export const PaymentRunSummary = z.object(runFields).openapi('PaymentRunSummary');
export const PaymentRun = z.object({ ...runFields, items: z.array(PaymentRunItem) }).openapi('PaymentRun');
export const PaymentRunPage = z
  .object({ items: z.array(PaymentRunSummary), nextCursor: z.string().nullable() })
  .openapi('PaymentRunPage');
