import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { formatMoney, isCurrency } from '../../../kernel/money.ts';
import { exportList } from '../../../platform/http/export.ts';
import { body, ctxOf, IdParam, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import { CalcInput, DefaultsInput, TaxCode, TaxCodeInput, TaxCodePatch } from '../contract.ts';
import { taxText } from '../i18n.ts';
import { computeDocument } from '../service/calc.ts';
import {
  calcTaxOf,
  createTaxCode,
  ensureDefaultTaxCodes,
  getTaxCodes,
  listTaxCodes,
  updateTaxCode,
} from '../service/codes.ts';

const Money = z.string().openapi({ description: 'A decimal amount, e.g. "1234.50"' });
/** What POST /tax/calculate answers (nothing is stored). */
const Calculation = z
  .object({
    currency: z.string(),
    lines: z.array(
      z.object({
        amount: Money,
        discount: Money,
        net: Money,
        tax: Money,
        gross: Money,
        category: z.string(),
        rate: z.string(),
        taxCode: z.string(),
      }),
    ),
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
    net: Money,
    tax: Money,
    total: Money,
  })
  .openapi('TaxCalculation');

export function registerTaxRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['tax'];

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/tax/codes',
      permission: 'tax.read',
      tags,
      summary: 'Tax codes',
      request: {
        query: z.object({
          format: z.enum(['json', 'csv', 'xlsx']).optional(),
          active: z.enum(['true', 'false']).optional(),
        }),
      },
      responses: json(z.object({ items: z.array(TaxCode), nextCursor: z.null() })),
    },
    async (c) => {
      const { format, active } = c.req.valid('query');
      const items = await listTaxCodes(db, ctxOf(c).companyId, { activeOnly: active === 'true' });
      if (format === 'csv' || format === 'xlsx')
        return exportList(
          c,
          format,
          'tax-codes',
          [
            { header: 'code', value: (t) => t.code },
            { header: 'name', value: (t) => t.name },
            { header: 'rate', value: (t) => t.rate },
            { header: 'kind', value: (t) => t.kind },
            { header: 'category', value: (t) => t.category },
            { header: 'exemption_reason', value: (t) => t.exemptionReason },
            { header: 'exemption_code', value: (t) => t.exemptionCode },
            { header: 'active', value: (t) => t.active },
          ],
          async () => ({ items, nextCursor: null }),
        ) as never;
      return c.json({ items, nextCursor: null }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/tax/codes',
      permission: 'tax.manage',
      tags,
      summary: 'Create a tax code',
      request: { body: body(TaxCodeInput) },
      responses: json(TaxCode, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createTaxCode(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'patch',
      path: '/tax/codes/{id}',
      permission: 'tax.manage',
      tags,
      summary: 'Change a tax code (documents already issued keep their own copy of rate and category)',
      request: { params: IdParam(), body: body(TaxCodePatch) },
      responses: json(TaxCode),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => updateTaxCode(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        200,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/tax/codes/defaults',
      permission: 'tax.manage',
      tags,
      summary: "Add a country's usual tax codes (CZ, ES, DE, US or generic); existing codes are kept",
      request: { body: body(DefaultsInput) },
      responses: json(z.object({ items: z.array(TaxCode) })),
    },
    async (c) => {
      const { country } = c.req.valid('json');
      const items = await db.tx((tx) => ensureDefaultTaxCodes(tx, ctxOf(c), country));
      return c.json({ items }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/tax/calculate',
      permission: 'tax.calculate',
      tags,
      summary: 'Compute line nets, the tax breakdown and totals of a document (nothing is stored)',
      request: { body: body(CalcInput) },
      responses: json(Calculation),
    },
    async (c) => {
      const input = c.req.valid('json');
      if (!isCurrency(input.currency))
        throw taxText.error('validation', 'error.unknownCurrency', { currency: input.currency });
      const codes = await getTaxCodes(
        db,
        ctxOf(c).companyId,
        input.lines.map((l) => l.taxCode),
      );
      const r = computeDocument(
        input.lines.map((l) => ({ ...l, tax: calcTaxOf(codes.get(l.taxCode) as never) })),
        input,
      );
      const m = (v: bigint) => formatMoney({ amount: v, currency: input.currency });
      return c.json(
        {
          currency: r.currency,
          lines: r.lines.map((l) => ({
            amount: m(l.amountMinor),
            discount: m(l.discountMinor),
            net: m(l.netMinor),
            tax: m(l.taxMinor),
            gross: m(l.grossMinor),
            category: l.category,
            rate: l.rate,
            taxCode: l.taxCode,
          })),
          breakdown: r.breakdown.map((b) => ({
            category: b.category,
            rate: b.rate,
            taxable: m(b.taxableMinor),
            tax: m(b.taxMinor),
            exemptionReason: b.exemptionReason,
            exemptionCode: b.exemptionCode,
          })),
          net: m(r.taxExclusiveMinor),
          tax: m(r.taxMinor),
          total: m(r.taxInclusiveMinor),
        },
        200,
      );
    },
  );
}
