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

export const Any = z.any();
