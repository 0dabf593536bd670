import { z } from '@hono/zod-openapi';

/** Sales shapes, shared by routes, CLI and web forms. Amounts are decimal strings; ids are text. */
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
export const DocKind = z.enum(['invoice', 'credit_note']);
export const DocStatus = z.enum(['draft', 'issued', 'partially_paid', 'paid', 'credited']);

export const LineInput = z.object({
  description: z.string().trim().min(1).max(1000),
  itemId: z.string().max(100).nullable().optional(),
  quantity: z.string().trim().min(1).max(30).describe('decimal, up to 4 decimals'),
  unit: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{1,3}$/, 'a UN/ECE rec. 20 code such as C62, HUR, KGM')
    .default('C62'),
  unitPrice: z.string().trim().min(1).max(40).describe('decimal, currency decimals + 4'),
  discountPercent: z.string().trim().max(20).nullable().optional(),
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
});

export const EmailInput = z.object({ to: z.string().email().max(300).optional() });

export const Any = z.any();
