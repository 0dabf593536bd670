import { checkAmount, MAX_AMOUNT_MAJOR, minorUnits, parseMoney, roundHalfUp } from '../../../kernel/money.ts';
import { ledgerError, reasonOf, type Worded } from '../i18n.ts';

/** The largest amount one line may carry, in major units (±10^15): the kernel's bound. */
export const MAX_MAJOR = MAX_AMOUNT_MAJOR;

/** "1.2345" → { n: 12345n, scale: 4 }; rates are positive decimals, no exponent. */
export function parseRate(text: string, at: Worded): { n: bigint; scale: number } {
  const m = /^(\d{1,12})(?:\.(\d{1,12}))?$/.exec(text.trim());
  if (!m) throw ledgerError('validation', 'error.rateFormat', { where: at, rate: text });
  const frac = m[2] ?? '';
  const n = BigInt((m[1] ?? '0') + frac);
  if (n === 0n) throw ledgerError('validation', 'error.rateZero', { where: at });
  return { n, scale: frac.length };
}

/** Converts minor units of `currency` to minor units of `base` at `rate` (base per 1 currency), half up. */
export function toBase(
  amount: bigint,
  currency: string,
  base: string,
  rate: { n: bigint; scale: number },
): bigint {
  const shift = minorUnits(base) - minorUnits(currency);
  let numerator = amount * rate.n;
  let denominator = 10n ** BigInt(rate.scale);
  if (shift >= 0) numerator *= 10n ** BigInt(shift);
  else denominator *= 10n ** BigInt(-shift);
  return roundHalfUp(numerator, denominator);
}

/** A line's signed amount from `debit`, `credit` or a signed `amount` — exactly one of them. */
export function lineAmount(
  line: { debit?: string | undefined; credit?: string | undefined; amount?: string | undefined },
  currency: string,
  at: Worded,
): bigint {
  const given = [line.debit, line.credit, line.amount].filter(
    (v) => v !== undefined && v !== null && v !== '',
  );
  if (given.length !== 1) throw ledgerError('validation', 'error.oneAmount', { where: at });
  let value: bigint;
  try {
    if (line.debit) value = parseMoney(line.debit, currency).amount;
    else if (line.credit) value = -parseMoney(line.credit, currency).amount;
    else value = parseMoney(line.amount as string, currency).amount;
  } catch (err) {
    throw ledgerError('validation', 'error.amountInvalid', { where: at, reason: reasonOf(err) });
  }
  if ((line.debit || line.credit) && value !== 0n && (line.debit ? value < 0n : value > 0n)) {
    throw ledgerError('validation', 'error.amountSign', { where: at });
  }
  if (value === 0n) throw ledgerError('validation', 'error.amountZero', { where: at });
  checkAmount(value, currency, at('en'));
  return value;
}

/** The one spelling of a rate: "25.100000" and "25.1" are the same rate, and hash the same. */
export function normalizeRate(text: string): string {
  const t = text.trim();
  if (!t.includes('.')) return t.replace(/^0+(?=\d)/, '');
  return t
    .replace(/0+$/, '')
    .replace(/\.$/, '')
    .replace(/^0+(?=\d)/, '');
}
