import { z } from '@hono/zod-openapi';
import { CalendarDay, DecimalText, PercentText, PositiveDecimalText } from '../../platform/http/fields.ts';

/** Sales shapes, shared by routes, CLI and web forms. Amounts are decimal strings; ids are text. */
/** Days must exist (2026-02-30 is refused at the field); numbers are plain decimals (platform/http/fields.ts). */
const Day = CalendarDay;
export const DocKind = z.enum(['invoice', 'credit_note']);
export const DocStatus = z.enum(['draft', 'issued', 'partially_paid', 'paid', 'credited']);

export const LineInput = z.object({
  description: z.string().trim().min(1).max(1000),
  itemId: z.string().max(100).nullable().optional(),
  quantity: PositiveDecimalText(30).describe('decimal > 0, up to 4 decimals (credit with a credit note)'),
  unit: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,3}$/, 'a UN/ECE rec. 20 code such as C62, HUR, KGM')
    .default('C62'),
  unitPrice: DecimalText(40).describe('decimal, currency decimals + 4'),
  discountPercent: PercentText.nullable().optional().describe('0–100, or empty for none'),
  discountAmount: z.string().trim().max(40).nullable().optional(),
  taxCode: z.string().min(1).max(100).describe('tax code id or code'),
  revenueAccountId: z.string().max(100).nullable().optional(),
});
export type LineInput = z.infer<typeof LineInput>;

export const DraftInput = z.object({
  kind: DocKind.optional(),
  partyId: z.string().min(1).max(100),
  seriesId: z.string().max(100).nullable().optional(),
  currency: z.string().length(3).optional(),
  issueDate: Day.nullable().optional(),
  dueDate: Day.nullable().optional(),
  pricesIncludeTax: z.boolean().optional(),
  rounding: z.enum(['line', 'document']).optional(),
  buyerReference: z.string().max(200).optional(),
  orderReference: z.string().max(200).optional(),
  notes: z.string().max(4000).optional(),
  lines: z.array(LineInput).min(1).max(5000),
});
export type DraftInput = z.infer<typeof DraftInput>;

export const CreditNoteInput = z.object({
  /** Omit for a full credit note; otherwise the lines to credit (positive quantities). */
  lines: z.array(LineInput).min(1).max(5000).optional(),
  reason: z.string().max(1000).optional(),
  issue: z.boolean().optional().describe('issue the credit note at once'),
  issueDate: Day.optional(),
});

export const IssueInput = z.object({ issueDate: Day.optional() });
export const BatchIssueInput = z.object({
  ids: z.array(z.string().max(100)).min(1).max(10000),
  issueDate: Day.optional(),
});

export const SeriesInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'letters, digits, "_", "." or "-"'),
  name: z.string().trim().min(1).max(200),
  kind: DocKind,
  pattern: z.string().trim().min(1).max(100).describe('tokens {YYYY} {YY} {NNNNN}; e.g. INV-{YYYY}-{NNNNN}'),
  yearlyReset: z.boolean().default(true),
  rounding: z.enum(['line', 'document']).nullable().optional(),
  isDefault: z.boolean().optional(),
  active: z.boolean().optional(),
});
export type SeriesInput = z.infer<typeof SeriesInput>;

export const SellerInput = z.object({
  name: z.string().trim().max(300).optional(),
  vatId: z.string().trim().max(40).optional(),
  registrationId: z.string().trim().max(60).optional(),
  street: z.string().trim().max(200).optional(),
  city: z.string().trim().max(100).optional(),
  postalCode: z.string().trim().max(20).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'ISO 3166 alpha-2, e.g. CZ')
    .optional(),
  email: z.string().trim().max(300).optional(),
  phone: z.string().trim().max(50).optional(),
  website: z.string().trim().max(200).optional(),
  endpoint: z.object({ scheme: z.string().max(10), id: z.string().max(100) }).optional(),
  logoFileId: z.string().max(100).optional(),
});

export const SettingsInput = z.object({
  seller: SellerInput.optional(),
  receivableAccountId: z.string().max(100).nullable().optional(),
  revenueAccountId: z.string().max(100).nullable().optional(),
  rounding: z.enum(['line', 'document']).optional(),
  pricesIncludeTax: z.boolean().optional(),
  paymentTermsDays: z.number().int().min(0).max(3650).optional(),
});

export const InvoiceFilter = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(500).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
  status: z.union([DocStatus, z.literal('open'), z.literal('overdue')]).optional(),
  kind: DocKind.optional(),
  partyId: z.string().max(100).optional(),
  q: z.string().max(200).optional(),
  from: Day.optional().openapi({ description: 'Issued on or after (YYYY-MM-DD)' }),
  to: Day.optional().openapi({ description: 'Issued on or before (YYYY-MM-DD)' }),
  sort: z.string().max(40).optional().openapi({
    description: 'created, number, customer, issueDate, dueDate, total or status; -total descends',
  }),
});

export const EmailInput = z.object({ to: z.string().email().max(300).optional() });

// Answers. They mirror the service views (service/invoices.ts, series.ts, settlements.ts); hono checks each
// handler's answer against them. Money is a decimal string in the document's currency.
const Money = z.string().openapi({ description: 'A decimal amount, e.g. "1234.50"', example: '1234.50' });
const SellerView = z.object({
  name: z.string().optional(),
  vatId: z.string().optional(),
  registrationId: z.string().optional(),
  street: z.string().optional(),
  city: z.string().optional(),
  postalCode: z.string().optional(),
  country: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  website: z.string().optional(),
  endpoint: z.object({ scheme: z.string(), id: z.string() }).optional(),
  logoFileId: z.string().optional(),
});
const BuyerView = z.object({
  name: z.string(),
  vatId: z.string().nullable(),
  taxId: z.string().nullable(),
  address: z.object({
    street: z.string(),
    additional: z.string(),
    city: z.string(),
    postalCode: z.string(),
    region: z.string(),
    country: z.string().nullable(),
  }),
  email: z.string(),
  language: z.string(),
});
const InvoiceLineView = z.object({
  lineNo: z.number(),
  itemId: z.string().nullable(),
  description: z.string(),
  quantity: z.string(),
  unit: z.string(),
  unitPrice: z.string(),
  discountPercent: z.string().nullable(),
  discountAmount: z.string().nullable(),
  taxCodeId: z.string(),
  taxCode: z.string(),
  taxCategory: z.string(),
  taxRate: z.string(),
  exemptionReason: z.string().nullable(),
  exemptionCode: z.string().nullable(),
  revenueAccountId: z.string().nullable(),
  amount: Money,
  discount: Money,
  net: Money,
  tax: Money,
});
export const InvoiceView = z
  .object({
    id: z.string(),
    kind: DocKind,
    status: DocStatus,
    seriesId: z.string(),
    number: z.string().nullable(),
    partyId: z.string(),
    customer: z.string(),
    buyer: BuyerView.nullable(),
    currency: z.string(),
    baseCurrency: z.string(),
    exchangeRate: z.string().nullable(),
    issueDate: z.string().nullable(),
    dueDate: z.string().nullable(),
    pricesIncludeTax: z.boolean(),
    rounding: z.enum(['line', 'document']),
    creditedInvoiceId: z.string().nullable(),
    buyerReference: z.string(),
    orderReference: z.string(),
    paymentReference: z.string().nullable(),
    notes: z.string(),
    net: Money,
    tax: Money,
    total: Money,
    paid: Money,
    open: Money,
    /** Issued (or partly paid) and past its due date today; credit notes and settled documents never are. */
    overdue: z.boolean(),
    /** Whole days past the due date while overdue, else 0. */
    daysOverdue: z.number().int().min(0),
    breakdown: z.array(
      z.object({
        category: z.string(),
        rate: z.string(),
        taxable: Money,
        tax: Money,
        exemptionReason: z.string().nullable(),
        exemptionCode: z.string().nullable(),
      }),
    ),
    lines: z.array(InvoiceLineView),
    seller: SellerView.nullable(),
    receivableAccountId: z.string().nullable(),
    ledgerEntryId: z.string().nullable(),
    issuedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number(),
  })
  .openapi('Invoice');
export const InvoiceDetail = InvoiceView.extend({
  settlements: z.array(
    z.object({
      settlementId: z.string(),
      amount: Money,
      date: z.string(),
      reversedAt: z.string().nullable(),
    }),
  ),
}).openapi('InvoiceDetail');
/** Totals of the whole filtered set per currency (first page only: a page with a cursor leaves them out). */
export const CurrencyTotals = z.array(
  z.object({ currency: z.string(), count: z.number(), total: Money, open: Money }),
);
export const InvoicePage = z.object({
  items: z.array(InvoiceView),
  nextCursor: z.string().nullable(),
  totals: CurrencyTotals.optional(),
});
export const BatchIssued = z.object({
  issued: z.number(),
  items: z.array(z.object({ id: z.string(), number: z.string(), issueDate: z.string() })),
});
export const MailQueued = z.object({ mailId: z.string(), to: z.string() });
export const OpenReceivables = z.object({
  items: z.array(
    z.object({
      documentId: z.string(),
      kind: DocKind,
      number: z.string(),
      partyId: z.string(),
      partyName: z.string(),
      currency: z.string(),
      issueDate: z.string(),
      dueDate: z.string(),
      total: Money,
      open: Money,
      totalMinor: z
        .string()
        .openapi({ description: 'Minor units (invoices positive, credit notes negative)' }),
      openMinor: z.string(),
      paymentReference: z.string().nullable(),
      controlAccountId: z.string().nullable(),
    }),
  ),
});
export const SettingsView = z
  .object({
    seller: SellerView,
    receivableAccountId: z.string().nullable(),
    revenueAccountId: z.string().nullable(),
    rounding: z.enum(['line', 'document']),
    pricesIncludeTax: z.boolean(),
    paymentTermsDays: z.number(),
  })
  .openapi('SalesSettings');
export const SeriesView = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: DocKind,
    pattern: z.string(),
    yearlyReset: z.boolean(),
    rounding: z.enum(['line', 'document']).nullable(),
    isDefault: z.boolean(),
    active: z.boolean(),
  })
  .openapi('NumberingSeries');
