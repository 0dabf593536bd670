import { z } from '@hono/zod-openapi';

/** Tax codes' shapes, shared by routes, CLI and web forms. */
export const TaxKind = z.enum(['standard', 'reduced', 'zero', 'exempt', 'reverse_charge', 'out_of_scope']);
export const TaxCategoryCode = z.enum(['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M']);

export const TaxCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,40}$/, 'letters, digits, "_", "." or "-", at most 40'),
  name: z.string().trim().min(1).max(200),
  rate: z.string().trim().min(1).max(20).describe('percent as a decimal string, e.g. "21" or "8.875"'),
  kind: TaxKind,
  category: TaxCategoryCode.describe('UNCL5305 VAT category'),
  exemptionReason: z.string().trim().max(300).nullable().optional(),
  exemptionCode: z.string().trim().max(40).nullable().optional().describe('VATEX code, e.g. VATEX-EU-AE'),
  outputAccountId: z.string().max(100).nullable().optional(),
  inputAccountId: z.string().max(100).nullable().optional(),
  active: z.boolean().optional(),
});
export type TaxCodeInput = z.infer<typeof TaxCodeInput>;

export const TaxCodePatch = TaxCodeInput.partial();

export const TaxCode = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    rate: z.string(),
    kind: TaxKind,
    category: TaxCategoryCode,
    exemptionReason: z.string().nullable(),
    exemptionCode: z.string().nullable(),
    outputAccountId: z.string().nullable(),
    inputAccountId: z.string().nullable(),
    active: z.boolean(),
  })
  .openapi('TaxCode');

export const DefaultsInput = z.object({ country: z.enum(['CZ', 'ES', 'DE', 'US', 'generic']) });

const CalcLineSchema = z.object({
  quantity: z.string().max(40),
  unitPrice: z.string().max(40),
  discount: z
    .union([z.object({ percent: z.string().max(20) }), z.object({ amount: z.string().max(40) })])
    .nullable()
    .optional(),
  taxCode: z.string().max(100).describe('tax code id or code'),
});
export const CalcInput = z.object({
  currency: z.string().length(3),
  pricesIncludeTax: z.boolean().default(false),
  rounding: z.enum(['line', 'document']).default('document'),
  lines: z.array(CalcLineSchema).min(1).max(5000),
});
