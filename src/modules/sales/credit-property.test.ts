import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueInvoices } from '../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { balancesBetween } from '../ledger/index.ts';
import { makeDraft, makeSales } from './factories.ts';
import { createCreditNote, getInvoice, openReceivables } from './index.ts';

/**
 * Property, on the real database: any invoice (random lines, tax codes, discounts, price mode, rounding,
 * currency) issued and then credited in full leaves receivables, revenue and VAT at zero, the invoice
 * "credited" and nothing open — the credit note is the exact opposite of the invoice.
 */
const fresh = withFreshDatabase();

const line = fc.record({
  quantity: fc.integer({ min: 100, max: 50_000 }).map((q) => (q / 100).toFixed(2)),
  unitPrice: fc.integer({ min: 1000, max: 10_000_000 }).map((p) => (p / 1000).toFixed(3)),
  taxCode: fc.constantFrom('S21', 'S12', 'Z', 'E', 'AE'),
  discountPercent: fc.option(fc.integer({ min: 0, max: 50 }).map(String), { nil: null }),
});

describe('credit notes are the exact opposite of their invoice', () => {
  it('issue + full credit nets AR, revenue and VAT to zero', { timeout: 120_000 }, async () => {
    const f = await makeSales(fresh.db);
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        fc.constantFrom('line', 'document') as fc.Arbitrary<'line' | 'document'>,
        fc.constantFrom('CZK', 'EUR', 'USD'),
        async (lines, inclusive, rounding, currency) => {
          const draft = await makeDraft(fresh.db, f, {
            currency,
            pricesIncludeTax: inclusive,
            rounding,
            lines: lines.map((l, i) => ({ description: `Line ${i}`, unit: 'C62', ...l })),
          });
          await fresh.db.tx(async (tx) => {
            await issueInvoices(tx, f.ctx, [draft.id]);
            const cn = await createCreditNote(tx, f.ctx, draft.id, {});
            await issueInvoices(tx, f.ctx, [cn.id]);
          });
          expect((await getInvoice(fresh.db, f.companyId, draft.id)).status).toBe('credited');
        },
      ),
      {
        numRuns: 15,
        // Found by this property: converted line by line, USD 86.22 at 23.4567 missed balancing by CZK 0.01.
        examples: [
          [
            [{ quantity: '86.22', unitPrice: '1.000', taxCode: 'S12', discountPercent: '6' }],
            true,
            'line',
            'USD',
          ],
        ],
      },
    );
    const balances = await balancesBetween(fresh.db, f.companyId, '2026-12-31');
    for (const acc of [f.accounts.receivable, f.accounts.sales, f.accounts.vat]) {
      const b = balances.find((x) => x.accountId === acc.id);
      expect(b?.base ?? 0n, acc.code).toBe(0n);
    }
    expect(await openReceivables(fresh.db, f.companyId)).toEqual([]);
  });
});
