import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors.ts';
import {
  allocate,
  amountLimit,
  CURRENCIES,
  checkAmount,
  formatMoney,
  minorUnits,
  parseDecimal,
  parseMoney,
  roundHalfUp,
} from './money.ts';

// Every accepted currency, plus ones with 0 and 3 decimals that are not in CURRENCIES and one unknown code.
const currencies = [...CURRENCIES, 'VND', 'XOF', 'LYD', 'XXX'];
const currency = fc.constantFrom(...currencies);
/** Amounts parseMoney can represent: at most 18 digits before the decimal point. */
const amountIn = (cur: string) => {
  const limit = amountLimit(cur);
  return fc.bigInt({ min: -limit, max: limit });
};

function rejection(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a rejection');
}

describe('parseMoney / formatMoney', () => {
  it('round-trips every amount in every currency', () => {
    fc.assert(
      fc.property(
        currency.chain((cur) => fc.tuple(fc.constant(cur), amountIn(cur))),
        ([cur, amount]) => {
          const text = formatMoney({ amount, currency: cur });
          expect(parseMoney(text, cur)).toEqual({ amount, currency: cur });
          // The text has exactly the currency's decimals.
          const decimals = minorUnits(cur);
          expect(text).toMatch(decimals ? new RegExp(`^-?\\d+\\.\\d{${decimals}}$`) : /^-?\d+$/);
        },
      ),
    );
  });

  it('uses ISO 4217 minor units', () => {
    expect(formatMoney(parseMoney('1234.5', 'EUR'))).toBe('1234.50');
    expect(parseMoney('1234', 'JPY').amount).toBe(1234n);
    expect(parseMoney('1.234', 'KWD').amount).toBe(1234n);
    expect(formatMoney({ amount: -5n, currency: 'USD' })).toBe('-0.05');
    expect(formatMoney({ amount: -5n, currency: 'BHD' })).toBe('-0.005');
    expect(parseMoney(' 7.10 ', 'EUR').amount).toBe(710n);
  });

  it('rejects exponents, separators and garbage', () => {
    for (const text of [
      '1e5',
      '1E5',
      '1.5e2',
      '',
      ' ',
      '-',
      '.5',
      '5.',
      '1,000.00',
      '1 000',
      '1.2.3',
      '0x10',
      'abc',
      'NaN',
      'Infinity',
      '--1',
      '+-1',
      '١٢',
    ]) {
      expect(rejection(() => parseMoney(text, 'EUR')).code, text).toBe('validation');
    }
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^\s*-?\d{1,18}(\.\d{1,2})?\s*$/.test(text));
        expect(() => parseMoney(text, 'EUR')).toThrow(AppError);
      }),
    );
  });

  it('rejects more decimals than the currency has', () => {
    fc.assert(
      fc.property(currency, fc.integer({ min: 1, max: 4 }), (cur, extra) => {
        const text = `1.${'1'.repeat(minorUnits(cur) + extra)}`;
        expect(rejection(() => parseMoney(text, cur)).code).toBe('validation');
      }),
    );
  });

  it('rejects amounts beyond ±10^15 major units (so sums and conversions stay within a bigint)', () => {
    expect(() => parseMoney('1'.repeat(19), 'EUR')).toThrow(AppError);
    expect(rejection(() => parseMoney('9'.repeat(18), 'EUR')).details).toMatchObject({
      reason: 'out_of_range',
    });
    expect(rejection(() => parseMoney('1000000000000000.01', 'EUR')).code).toBe('validation');
    expect(parseMoney('1000000000000000.00', 'EUR').amount).toBe(10n ** 17n);
    expect(parseMoney('-1000000000000000.000', 'KWD').amount).toBe(-(10n ** 18n));
    expect(amountLimit('KWD') * 9n).toBeLessThan(2n ** 63n);
    for (const text of ['9223372036854775807', '99999999999999999', '1e308', '1e400', 'NaN', '-0x10'])
      expect(() => parseMoney(text, 'EUR'), text).toThrow(AppError);
    expect(parseMoney('-0', 'EUR').amount).toBe(0n);
  });

  it('parseDecimal: plain decimals with at most 15 whole digits; checkAmount: the amount bound', () => {
    expect(parseDecimal('12.5', 4, 'q')).toBe(125000n);
    expect(parseDecimal('-000000000000000001.5', 1, 'q')).toBe(-15n);
    expect(parseDecimal('9'.repeat(15), 0, 'q')).toBe(10n ** 15n - 1n);
    expect(rejection(() => parseDecimal('9'.repeat(16), 0, 'q')).details).toMatchObject({
      reason: 'out_of_range',
    });
    for (const text of ['1e3', 'NaN', 'Infinity', '1,5', ' ', '--1'])
      expect(() => parseDecimal(text, 4, 'q'), text).toThrow(AppError);
    expect(checkAmount(10n ** 17n, 'EUR', 'x')).toBe(10n ** 17n);
    expect(() => checkAmount(10n ** 17n + 1n, 'EUR', 'x')).toThrow(AppError);
  });
});

describe('allocate', () => {
  const weights = fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 12 });
  const total = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });

  it('parts always sum to the total and stay within 1 of the exact share', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const sum = ws.reduce((a, b) => a + b, 0n);
        fc.pre(sum > 0n);
        const parts = allocate(t, ws);
        expect(parts).toHaveLength(ws.length);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(t);
        parts.forEach((part, i) => {
          // |part - t*w/sum| < 1, kept in integers: |part*sum - t*w| < sum
          const diff = part * sum - t * ws[i]!;
          expect(diff < 0n ? -diff : diff).toBeLessThan(sum);
        });
      }),
    );
  });

  it('gives zero-weight parts nothing and splits a remainder deterministically', () => {
    expect(allocate(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(allocate(-100n, [1n, 1n, 1n])).toEqual([-34n, -33n, -33n]);
    expect(allocate(5n, [0n, 1n])).toEqual([0n, 5n]);
  });

  it('refuses weights it cannot split by', () => {
    expect(() => allocate(1n, [])).toThrow(RangeError);
    expect(() => allocate(1n, [0n, 0n])).toThrow(RangeError);
    expect(() => allocate(1n, [2n, -1n])).toThrow(RangeError);
  });
});

describe('roundHalfUp', () => {
  it('rounds to nearest, ties away from zero', () => {
    const cases: [bigint, bigint, bigint][] = [
      [5n, 2n, 3n],
      [-5n, 2n, -3n],
      [5n, -2n, -3n],
      [-5n, -2n, 3n],
      [3n, 2n, 2n],
      [1n, 3n, 0n],
      [2n, 3n, 1n],
      [-2n, 3n, -1n],
      [0n, 7n, 0n],
      [10n, 5n, 2n],
    ];
    for (const [n, d, want] of cases) expect(roundHalfUp(n, d), `${n}/${d}`).toBe(want);
    expect(() => roundHalfUp(1n, 0n)).toThrow(RangeError);
  });

  it('is within half of the exact quotient, and ties go away from zero', () => {
    const nonZero = fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }).filter((d) => d !== 0n);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 18n), max: 10n ** 18n }), nonZero, (n, d) => {
        const r = roundHalfUp(n, d);
        const abs = (x: bigint) => (x < 0n ? -x : x);
        const twiceError = abs(2n * (n - r * d)); // 2·|n/d − r|·|d|
        expect(twiceError <= abs(d)).toBe(true);
        if (twiceError === abs(d)) expect(abs(r * d) > abs(n)).toBe(true);
      }),
    );
  });
});
