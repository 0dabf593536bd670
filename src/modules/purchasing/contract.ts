import { z } from '@hono/zod-openapi';

/** Purchasing shapes, shared by routes, CLI and web forms. Amounts are decimal strings; ids are text. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

export const BILL_STATUSES = [
  'draft',
  'submitted',
  'approved',
  'posted',
  'partially_paid',
  'paid',
  'void',
] as const;
export const BillStatus = z.enum(BILL_STATUSES);
export type BillStatus = z.infer<typeof BillStatus>;

export const BillLineInput = z.object({
  description: z.string().trim().max(1000).default(''),
  accountId: z.string().min(1).max(100).describe('expense or asset ledger account: id or code'),
  taxCode: z.string().min(1).max(100).describe('tax code id or code'),
  quantity: z.string().trim().min(1).max(30).default('1').describe('decimal, up to 4 decimals'),
  unitPrice: z.string().trim().min(1).max(40).describe('decimal'),
});
export type BillLineInput = z.input<typeof BillLineInput>;

export const BillInput = z.object({
  vendorId: z.string().min(1).max(100),
  vendorInvoiceNumber: z.string().trim().min(1).max(100),
  issueDate: Day,
  dueDate: Day.nullable().optional().describe("default: issue date + the vendor's payment terms"),
  currency: z.string().length(3).optional().describe("default: the vendor's currency"),
  pricesIncludeTax: z.boolean().optional(),
  paymentReference: z.string().trim().max(140).nullable().optional(),
  payableAccountId: z
    .string()
    .max(100)
    .nullable()
    .optional()
    .describe('AP account; default: the payables account'),
  /** Percent the company self-assesses on reverse-charge lines (e.g. "21"); required when a line is reverse charge. */
  reverseChargeRate: z.string().trim().max(12).nullable().optional(),
  notes: z.string().max(4000).optional(),
  lines: z.array(BillLineInput).min(1).max(1000),
  /** Save although the duplicate check found candidates. */
  confirmDuplicate: z.boolean().optional(),
  version: z.number().int().optional(),
});
export type BillInput = z.input<typeof BillInput>;

export const BillFilter = z.object({
  status: z.enum([...BILL_STATUSES, 'open', 'overdue', 'all']).optional(),
  vendorId: z.string().max(100).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(500).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
});
export type BillFilter = z.infer<typeof BillFilter>;

export const OpenPayablesQuery = z.object({
  asOf: Day.optional(),
  partyId: z.string().max(100).optional(),
  currency: z.string().length(3).optional(),
  dueBefore: Day.optional(),
});

export const VoidInput = z.object({ reason: z.string().trim().min(1).max(1000) });
export const PostInput = z.object({ date: Day.optional().describe('posting date; default: the issue date') });

export const CaptureCreate = z.object({ fileName: z.string().trim().min(1).max(255) });
export const CaptureConvert = BillInput.extend({
  /** Create the vendor from the captured name and VAT id when vendorId is empty. */
  createVendor: z.boolean().optional(),
  vendorId: z.string().max(100).optional(),
});
export const UblImportInput = z.object({
  xml: z.string().min(1).max(5_000_000),
  /** Create the vendor from the document when no party has its VAT id. */
  createVendor: z.boolean().optional(),
  /** Expense account and tax code for lines (default: what was last used for the vendor). */
  accountId: z.string().max(100).optional(),
  confirmDuplicate: z.boolean().optional(),
});

export const Any = z.any();
