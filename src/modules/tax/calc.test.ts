import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, roundHalfUp } from '../../kernel/money.ts';
import {
  apportion,
  type CalcLine,
  computeDocument,
  formatDecimal,
  parseDecimal,
  RATE_SCALE,
} from './service/calc.ts';

const S21 = { code: 'S21', rate: '21', category: 'S' as const };
const S12 = { code: 'S12', rate: '12', category: 'S' as const };
const Z0 = { code: 'Z', rate: '0', category: 'Z' as const };
const E0 = {
  code: 'E',
  rate: '0',
  category: 'E' as const,
  exemptionReason: 'Exempt',
  exemptionCode: 'VATEX-EU-132',
};
const PCT = 100n * 10n ** BigInt(RATE_SCALE);

describe('computeDocument', () => {
  it('computes a simple exclusive invoice with a per-category breakdown', () => {
    const r = computeDocument(
      [
        { quantity: '2', unitPrice: '100.00', tax: S21 },
        { quantity: '1.5', unitPrice: '33.3333', tax: S21, discount: { percent: '10' } },
        { quantity: '3', unitPrice: '10', tax: S12, discount: { amount: '5.00' } },
        { quantity: '1', unitPrice: '50', tax: E0 },
      ],
      { currency: 'CZK', pricesIncludeTax: false, rounding: 'document' },
    );
    // 1.5 × 33.3333 = 49.99995 → 50.00; 10 % off the exact amount 44.999955 → 45.00
    expect(r.lines.map((l) => l.netMinor)).toEqual([20000n, 4500n, 2500n, 5000n]);
    expect(r.lines[1]?.discountMinor).toBe(500n);
    expect(r.breakdown).toEqual([
      {
        category: 'S',
        rate: '21',
        taxableMinor: 24500n,
        taxMinor: 5145n,
        exemptionReason: null,
        exemptionCode: null,
      },
      {
        category: 'S',
        rate: '12',
        taxableMinor: 2500n,
        taxMinor: 300n,
        exemptionReason: null,
        exemptionCode: null,
      },
      {
        category: 'E',
        rate: '0',
        taxableMinor: 5000n,
        taxMinor: 0n,
        exemptionReason: 'Exempt',
        exemptionCode: 'VATEX-EU-132',
      },
    ]);
    expect(r.taxExclusiveMinor).toBe(32000n);
    expect(r.taxMinor).toBe(5445n);
    expect(r.payableMinor).toBe(37445n);
  });

  it('splits inclusive prices into net and tax that add back to the gross', () => {
    const r = computeDocument(
      [
        { quantity: '1', unitPrice: '121', tax: S21 },
        { quantity: '3', unitPrice: '9.99', tax: S21 },
      ],
      { currency: 'EUR', pricesIncludeTax: true, rounding: 'document' },
    );
    expect(r.taxInclusiveMinor).toBe(12100n + 2997n);
    expect(r.breakdown[0]?.taxMinor).toBe(roundHalfUp(15097n * 210000n, PCT + 210000n));
    expect(r.lines.reduce((a, l) => a + l.grossMinor, 0n)).toBe(15097n);
  });

  it('rounds per line when asked', () => {
    const lines: CalcLine[] = Array.from({ length: 3 }, () => ({
      quantity: '1',
      unitPrice: '0.05',
      tax: S21,
    }));
    const perLine = computeDocument(lines, { currency: 'EUR', pricesIncludeTax: false, rounding: 'line' });
    const perDoc = computeDocument(lines, { currency: 'EUR', pricesIncludeTax: false, rounding: 'document' });
    expect(perLine.taxMinor).toBe(3n); // 1.05 → 1 cent each
    expect(perDoc.taxMinor).toBe(3n); // 15 × 0.21 = 3.15 → 3
    expect(perLine.lines.map((l) => l.taxMinor)).toEqual([1n, 1n, 1n]);
  });

  it('refuses exponents, too many decimals, a rate on a zero category and a discount above the amount', () => {
    const opts = { currency: 'EUR', pricesIncludeTax: false, rounding: 'document' } as const;
    expect(() => computeDocument([{ quantity: '1e3', unitPrice: '1', tax: S21 }], opts)).toThrow(/exponent/);
    expect(() => computeDocument([{ quantity: '1.00001', unitPrice: '1', tax: S21 }], opts)).toThrow(
      /4 decimals/,
    );
    expect(() => computeDocument([{ quantity: '1', unitPrice: '1.0000001', tax: S21 }], opts)).toThrow(
      /6 decimals/,
    );
    expect(() =>
      computeDocument([{ quantity: '1', unitPrice: '1', tax: { ...Z0, rate: '5' } }], opts),
    ).toThrow(/rate must be 0/);
    expect(() =>
      computeDocument([{ quantity: '1', unitPrice: '1', tax: S21, discount: { amount: '2' } }], opts),
    ).toThrow(/larger than the line/);
    expect(() => computeDocument([], opts)).toThrow(/at least one line/);
  });

  it('handles currencies without decimals (JPY) and with three (KWD)', () => {
    const jpy = computeDocument([{ quantity: '3', unitPrice: '333.3333', tax: S21 }], {
      currency: 'JPY',
      pricesIncludeTax: false,
      rounding: 'document',
    });
    expect(jpy.lineNetMinor).toBe(1000n);
    expect(jpy.taxMinor).toBe(210n);
    const kwd = computeDocument([{ quantity: '1', unitPrice: '1.2345678', tax: S12 }], {
      currency: 'KWD',
      pricesIncludeTax: false,
      rounding: 'document',
    });
    expect(kwd.lineNetMinor).toBe(1235n);
  });
});

const taxArb = fc.constantFrom(S21, S12, Z0, E0, { code: 'US', rate: '8.875', category: 'S' as const });
const lineArb = fc.record({
  q: fc.integer({ min: -200000, max: 2_000_000 }),
  p: fc.bigInt({ min: 0n, max: 10_000_000_000n }),
  disc: fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined }),
  tax: taxArb,
});

describe('computeDocument properties', () => {
  it('totals are always consistent (BR-CO-10/13/14/15, BR-S-08, BR-CO-17)', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        fc.constantFrom('line', 'document') as fc.Arbitrary<'line' | 'document'>,
        (raw, inclusive, rounding) => {
          const lines: CalcLine[] = raw.map((l) => ({
            quantity: formatDecimal(BigInt(l.q), 4),
            unitPrice: formatDecimal(l.p, 6),
            discount: l.disc === undefined ? undefined : { percent: formatDecimal(BigInt(l.disc), 4) },
            tax: l.tax,
          }));
          let r: ReturnType<typeof computeDocument>;
          try {
            r = computeDocument(lines, { currency: 'EUR', pricesIncludeTax: inclusive, rounding });
          } catch (e) {
            // Only refusal allowed: lines of one rate cancelling out exactly.
            expect(String(e)).toMatch(/cancel out/);
            return;
          }
          const sumNet = r.lines.reduce((a, l) => a + l.netMinor, 0n);
          expect(r.lineNetMinor).toBe(sumNet);
          expect(r.taxExclusiveMinor).toBe(r.lineNetMinor);
          expect(r.taxMinor).toBe(r.breakdown.reduce((a, b) => a + b.taxMinor, 0n));
          expect(r.taxInclusiveMinor).toBe(r.taxExclusiveMinor + r.taxMinor);
          for (const b of r.breakdown) {
            const mine = r.lines.filter((l) => l.category === b.category && l.rate === b.rate);
            expect(b.taxableMinor).toBe(mine.reduce((a, l) => a + l.netMinor, 0n));
            expect(b.taxMinor).toBe(mine.reduce((a, l) => a + l.taxMinor, 0n));
            const rate = parseDecimal(b.rate, RATE_SCALE, 'rate');
            const exact = roundHalfUp(b.taxableMinor * rate, PCT);
            const drift = b.taxMinor - exact;
            // BR-CO-17 tolerance: strictly less than one currency unit (100 minor units).
            expect(drift < 100n && drift > -100n).toBe(true);
            if (rounding === 'document' && !inclusive) expect(b.taxMinor).toBe(exact);
            if (rate === 0n) expect(b.taxMinor).toBe(0n);
          }
          if (inclusive) {
            // Gross amounts the user typed are kept exactly.
            for (const l of r.lines) expect(l.grossMinor).toBe(l.amountMinor - l.discountMinor);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('apportion always adds up and keeps signs with the weights', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          const parts = apportion(total, weights);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          if (weights.some((w) => w > 0n)) {
            const ref = allocate(total, weights);
            expect(parts).toEqual(ref);
          }
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }),
        fc.array(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 6n }), { minLength: 1, maxLength: 30 }),
        (total, weights) => {
          if (weights.reduce((a, b) => a + b, 0n) === 0n && weights.some((w) => w !== 0n)) return;
          expect(apportion(total, weights).reduce((a, b) => a + b, 0n)).toBe(total);
        },
      ),
    );
  });
});
