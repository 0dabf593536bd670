import { z } from '@hono/zod-openapi';
import { CalendarDay, DecimalText, PositiveDecimalText } from '../../platform/http/fields.ts';

/** Purchasing shapes, shared by routes, CLI and web forms. Amounts are decimal strings; ids are text. */
/** Days must exist (2026-02-30 is refused at the field); numbers are plain decimals (platform/http/fields.ts). */
const Day = CalendarDay;

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
  quantity: PositiveDecimalText(30).default('1').describe('decimal > 0, up to 4 decimals'),
  unitPrice: DecimalText(40).describe('decimal'),
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

/*
 * Answers of the purchasing routes, each true to what its service returns (hono's typing checks the handlers
 * against them). Amounts are decimal strings in the bill's currency; `…Minor` the same in integer minor units.
 */
const Amount = z.string().openapi({ description: 'decimal amount in the currency, e.g. 1234.50' });
const Minor = z
  .string()
  .regex(/^-?\d+$/)
  .openapi({ description: 'integer minor units, as a string' });

export const BillLine = z
  .object({
    id: z.string(),
    lineNo: z.number().int(),
    description: z.string(),
    accountId: z.string(),
    taxCodeId: z.string(),
    quantity: z.string(),
    unitPrice: Amount,
    net: Amount,
    tax: Amount,
    gross: Amount,
    taxRate: z.string(),
    taxCategory: z.string(),
  })
  .openapi('BillLine');

export const Bill = z
  .object({
    id: z.string(),
    kind: z.enum(['bill', 'vendor_credit']),
    status: BillStatus,
    vendorId: z.string(),
    vendorName: z.string(),
    vendorVatId: z.string().nullable(),
    vendorInvoiceNumber: z.string(),
    issueDate: Day,
    dueDate: Day,
    currency: z.string(),
    pricesIncludeTax: z.boolean(),
    net: Amount,
    tax: Amount,
    total: Amount,
    paid: Amount,
    open: Amount,
    overdue: z.boolean().openapi({ description: 'Posted, not fully paid, and past its due date' }),
    /** Whole days past the due date while overdue, else 0. */
    daysOverdue: z.number().int().min(0),
    totalMinor: Minor,
    openMinor: Minor,
    selfAssessedTax: Amount,
    reverseChargeRate: z.string().nullable(),
    paymentReference: z.string().nullable(),
    payableAccountId: z.string().nullable(),
    entryId: z.string().nullable(),
    approvalRequestId: z.string().nullable(),
    source: z.enum(['manual', 'capture', 'ubl']),
    captureId: z.string().nullable(),
    notes: z.string(),
    returnReason: z.string().nullable(),
    voidReason: z.string().nullable(),
    createdBy: z.string().nullable(),
    submittedBy: z.string().nullable(),
    approvedBy: z.string().nullable(),
    postedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    lines: z.array(BillLine),
  })
  .openapi('Bill');

export const BillPage = z.object({ items: z.array(Bill), nextCursor: z.string().nullable() });

/** One bill with the settlements that paid it (reversed ones kept, with reversedAt). */
export const BillDetail = Bill.extend({
  settlements: z.array(
    z.object({ settlementId: z.string(), amount: Amount, date: Day, reversedAt: z.string().nullable() }),
  ),
}).openapi('BillDetail');

export const UblImportResult = z
  .object({
    bill: Bill,
    vendorCreated: z.boolean(),
    /** Differences between the document's totals and ours (the tax calculator rounds per line). */
    warnings: z.array(z.string()),
  })
  .openapi('UblImportResult');

/** One open payable, the shape shared with sales' open receivables; vendor credits are negative. */
export const OpenPayable = z
  .object({
    documentId: z.string(),
    kind: z.enum(['bill', 'vendor_credit']),
    number: z.string(),
    partyId: z.string(),
    partyName: z.string(),
    currency: z.string(),
    issueDate: Day,
    dueDate: Day,
    totalMinor: Minor,
    openMinor: Minor,
    total: Amount,
    open: Amount,
    paymentReference: z.string().nullable(),
    controlAccountId: z.string().nullable(),
  })
  .openapi('OpenPayable');

const Extracted = z.object({ value: z.string(), confidence: z.number(), source: z.string() });

/** The bill the inbox proposes from a captured document; `confidence` per field (0..1). */
const CaptureProposal = z
  .object({
    vendorId: z.string().nullable(),
    vendorName: z.string().nullable(),
    vendorVatId: z.string().nullable(),
    vendorInvoiceNumber: z.string().nullable(),
    issueDate: z.string().nullable(),
    dueDate: z.string().nullable(),
    currency: z.string().nullable(),
    net: z.string().nullable(),
    tax: z.string().nullable(),
    total: z.string().nullable(),
    taxRate: z.string().nullable(),
    accountId: z.string().nullable(),
    taxCode: z.string().nullable(),
    learnedFrom: z.enum(['vendor_memory', 'tax_rate']).nullable(),
    lines: z.array(
      z.object({
        description: z.string(),
        accountId: z.string(),
        taxCode: z.string(),
        quantity: z.string(),
        unitPrice: z.string(),
      }),
    ),
    pricesIncludeTax: z.boolean(),
    confidence: z.record(z.string(), z.number()),
  })
  .openapi('CaptureProposal');

export const Capture = z
  .object({
    id: z.string(),
    status: z.enum(['awaiting_file', 'queued', 'reading', 'ready', 'failed', 'converted', 'dismissed']),
    fileName: z.string(),
    fileId: z.string().nullable(),
    contentType: z.string().nullable(),
    jobId: z.string().nullable(),
    /** How the text was read (the table's CHECK constraint holds the same three). */
    method: z.enum(['pdf_text', 'pdf_ocr', 'image_ocr']).nullable(),
    language: z.string().nullable(),
    ocrConfidence: z.number().nullable(),
    text: z.string().nullable(),
    /** The fields read from the document, each with its confidence and where it was found. */
    fields: z.object({
      vendorName: Extracted.optional(),
      vendorVatId: Extracted.optional(),
      invoiceNumber: Extracted.optional(),
      issueDate: Extracted.optional(),
      dueDate: Extracted.optional(),
      netTotal: Extracted.optional(),
      taxTotal: Extracted.optional(),
      grossTotal: Extracted.optional(),
      taxRate: Extracted.optional(),
      currency: Extracted.optional(),
    }),
    /** Empty until the document has been read. */
    proposal: z.union([CaptureProposal, z.strictObject({})]),
    error: z.string().nullable(),
    billId: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Capture');

export const CapturePage = z.object({ items: z.array(Capture), nextCursor: z.string().nullable() });
