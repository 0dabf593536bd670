import { validation } from './errors.ts';

/**
 * Money is an integer count of minor units (bigint) plus an ISO 4217 code. Decimal strings at the edges,
 * bigint inside; never a JS number, never parseFloat.
 */
export interface Money {
  readonly amount: bigint; // minor units
  readonly currency: string;
}

/** Decimals per currency (ISO 4217 minor units). Currencies not listed use 2. */
const MINOR_UNITS: Record<string, number> = {
  BHD: 3,
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  PYG: 0,
  RWF: 0,
  TND: 3,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
};

/** A practical set of ISO 4217 codes the app accepts as a company's base currency. */
export const CURRENCIES = [
  'EUR',
  'USD',
  'CZK',
  'GBP',
  'CHF',
  'PLN',
  'HUF',
  'SEK',
  'NOK',
  'DKK',
  'CAD',
  'AUD',
  'NZD',
  'JPY',
  'MXN',
  'BRL',
  'ARS',
  'CLP',
  'COP',
  'PEN',
  'RON',
  'BGN',
  'TRY',
  'ZAR',
  'INR',
  'CNY',
  'SGD',
  'HKD',
  'KRW',
  'ILS',
  'AED',
  'SAR',
  'KWD',
  'BHD',
  'JOD',
  'OMR',
  'TND',
  'ISK',
  'UAH',
] as const;

export function isCurrency(code: string): boolean {
  return (CURRENCIES as readonly string[]).includes(code);
}

export function minorUnits(currency: string): number {
  return MINOR_UNITS[currency] ?? 2;
}

/**
 * Explicit bounds, so that no amount the API accepts overflows PostgreSQL's bigint (±9.22·10^18) when it is
 * stored, summed into a document or a balance, or converted to the base currency:
 * - one amount (a line, a limit, a statement line, a base amount after conversion) is at most ±10^15 major
 *   units, i.e. ±10^18 minor units in a 3-decimal currency — nine of them still fit a bigint, and a balance
 *   would need thousands of maximal lines to overflow (which the one error mapper turns into a 422 anyway);
 * - a plain decimal (quantity, unit price, rate, percent) has at most 15 whole digits, so a product of two is
 *   exact in a bigint and is range-checked as an amount before it is stored.
 */
export const MAX_AMOUNT_MAJOR = 10n ** 15n;
export const MAX_WHOLE_DIGITS = 15;

export function amountLimit(currency: string): bigint {
  return MAX_AMOUNT_MAJOR * 10n ** BigInt(minorUnits(currency));
}

/** Throws a 422 (`validation`, details.reason `out_of_range`) when minor units are beyond ±10^15 major units. */
export function checkAmount(amount: bigint, currency: string, what: string): bigint {
  const limit = amountLimit(currency);
  if (amount > limit || amount < -limit)
    throw validation(`${what}: amounts are limited to ±10^15 ${currency}; this one is larger.`, {
      reason: 'out_of_range',
      field: what,
    });
  return amount;
}

const PLAIN_DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * The one parser of plain decimals (quantities, prices, rates, percents) into a bigint with `scale` decimals.
 * Refuses exponents, NaN/Infinity, separators, extra decimals, and more than `wholeDigits` digits before the point.
 */
export function parseDecimal(
  text: string,
  scale: number,
  what: string,
  wholeDigits = MAX_WHOLE_DIGITS,
): bigint {
  const m = PLAIN_DECIMAL.exec(String(text).trim());
  if (!m) throw validation(`${what}: "${text}" is not a decimal number; write it like 12.5 (no exponent).`);
  const whole = (m[2] ?? '0').replace(/^0+(?=\d)/, '');
  if (whole.length > wholeDigits)
    throw validation(`${what}: "${text}" is too large; at most ${wholeDigits} digits before the point.`, {
      reason: 'out_of_range',
      field: what,
    });
  const frac = m[3] ?? '';
  if (frac.length > scale)
    throw validation(`${what}: at most ${scale} decimals are allowed; "${text}" has ${frac.length}.`);
  const v = BigInt(whole + frac.padEnd(scale, '0'));
  return m[1] ? -v : v;
}

const DECIMAL = /^(-)?(\d{1,18})(?:\.(\d+))?$/;

/**
 * Parses "1234.50" into minor units. Rejects exponents, too many decimals and amounts beyond ±10^15 major
 * units (`checkAmount`).
 */
export function parseMoney(text: string, currency: string): Money {
  const m = DECIMAL.exec(text.trim());
  if (!m && /^-?\d{19,}(\.\d+)?$/.test(text.trim()))
    throw validation(`"${text}" is too large; amounts are limited to ±10^15 ${currency}.`, {
      reason: 'out_of_range',
    });
  if (!m)
    throw validation(
      `"${text}" is not a decimal amount; write it like 1234.50 (no exponent, no separators).`,
    );
  const decimals = minorUnits(currency);
  const frac = m[3] ?? '';
  if (frac.length > decimals) {
    throw validation(`${currency} amounts have at most ${decimals} decimals; "${text}" has ${frac.length}.`);
  }
  const digits = (m[2] ?? '0') + frac.padEnd(decimals, '0');
  const amount = BigInt(digits) * (m[1] ? -1n : 1n);
  checkAmount(amount, currency, `"${text}"`);
  return { amount, currency };
}

export function formatMoney(money: Money): string {
  const decimals = minorUnits(money.currency);
  const negative = money.amount < 0n;
  const abs = (negative ? -money.amount : money.amount).toString().padStart(decimals + 1, '0');
  const whole = decimals ? abs.slice(0, -decimals) : abs;
  const frac = decimals ? `.${abs.slice(-decimals)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** Rounds a rational numerator/denominator to an integer, half away from zero. */
export function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (d * 2n);
  return negative ? -q : q;
}

/**
 * Splits `total` in proportion to `weights` by the largest-remainder method: the parts always add back up
 * to the total exactly.
 */
export function allocate(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum <= 0n || weights.some((w) => w < 0n))
    throw new RangeError('weights must be non-negative and sum > 0');
  const sign = total < 0n ? -1n : 1n;
  const abs = total * sign;
  const parts = weights.map((w) => (abs * w) / sum);
  let remainder = abs - parts.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, rem: (abs * w) % sum }))
    .sort((a, b) => (a.rem === b.rem ? a.i - b.i : a.rem > b.rem ? -1 : 1));
  for (const { i } of order) {
    if (remainder === 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    remainder -= 1n;
  }
  return parts.map((p) => p * sign);
}
