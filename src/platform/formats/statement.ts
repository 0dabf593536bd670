import { isCalendarDay } from '../../kernel/dates.ts';
import { minorUnits, parseMoney } from '../../kernel/money.ts';
import { formatsErrors } from './i18n.ts';

/**
 * The one shape every bank-statement reader (OFX, CAMT.053, CSV) produces. Amounts are signed integer minor
 * units (money in is positive); dates are calendar days `YYYY-MM-DD`. Nothing here touches a database.
 */
export interface StatementLineImport {
  bookingDate: string;
  valueDate: string | null;
  /** Signed minor units: credits (money in) positive, debits negative. */
  amountMinor: bigint;
  /** The bank's own id for the transaction (OFX FITID, CAMT AcctSvcrRef), when it gives one. */
  bankTransactionId: string | null;
  /** Payment reference: structured creditor reference, end-to-end id, check or reference number. */
  reference: string | null;
  counterpartyName: string | null;
  counterpartyIban: string | null;
  /** Free remittance text (CAMT Ustrd, OFX MEMO, CSV text column). */
  remittance: string | null;
  /** Where in the file the line came from: `line 12` or an element path. */
  source: string;
}

export interface StatementImport {
  format: 'ofx' | 'camt053' | 'csv';
  account: { iban: string | null; accountNumber: string | null; bankId: string | null };
  currency: string;
  /** The bank's statement id, when the format carries one. */
  statementId: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  openingBalanceMinor: bigint | null;
  closingBalanceMinor: bigint | null;
  /** True when the opening balance was computed (closing minus the lines), not stated by the bank. */
  openingDerived: boolean;
  lines: StatementLineImport[];
}

/** A three-letter currency code or a validation error naming where it was found. */
export function requireCurrency(code: string | undefined, where: string, what: string): string {
  const c = (code ?? '').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(c)) {
    throw formatsErrors.error(
      'validation',
      'error.badCurrency',
      { what, where, code: code ?? '' },
      {
        reason: 'bad_currency',
        element: where,
      },
    );
  }
  return c;
}

/**
 * A plain decimal ("-1234.50", "+12.5", "12.500") to minor units through the money kernel. Trailing zeros
 * beyond the currency's decimals are dropped; anything else the kernel refuses becomes a validation error
 * naming the place.
 */
export function decimalToMinor(text: string, currency: string, where: string, what: string): bigint {
  let t = text.trim().replace(/^\+/, '');
  const decimals = minorUnits(currency);
  const m = /^(-?\d+)\.(\d+)$/.exec(t);
  if (m?.[2] && m[2].length > decimals) {
    const extra = m[2].slice(decimals);
    if (/^0+$/.test(extra)) t = decimals ? `${m[1]}.${m[2].slice(0, decimals)}` : (m[1] ?? '');
  }
  try {
    return parseMoney(t, currency).amount;
  } catch (e) {
    throw formatsErrors.error(
      'validation',
      'error.badDecimal',
      { what, amount: text, where, problem: (e as Error).message },
      { reason: 'bad_amount', element: where },
    );
  }
}

/** A `YYYY-MM-DD` day (taken from the start of a date or date-time) or a validation error naming the place. */
export function requireDay(text: string | undefined, where: string, what: string): string {
  const day = (text ?? '').trim().slice(0, 10);
  if (!isCalendarDay(day)) {
    throw formatsErrors.error(
      'validation',
      'error.badDay',
      { what, where, text: text ?? '' },
      {
        reason: 'bad_date',
        element: where,
      },
    );
  }
  return day;
}

/** Non-empty trimmed text or null. */
export function clean(text: string | undefined | null): string | null {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

/** IBAN without spaces, upper case, when it looks like one (two letters, two digits, 11–30 alphanumerics). */
export function ibanLike(text: string | null | undefined): string | null {
  const t = (text ?? '').replace(/\s+/g, '').toUpperCase();
  return /^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(t) ? t : null;
}

/** The earliest and latest booking dates of the lines. */
export function spanOf(lines: readonly StatementLineImport[]): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  for (const l of lines) {
    if (from === null || l.bookingDate < from) from = l.bookingDate;
    if (to === null || l.bookingDate > to) to = l.bookingDate;
  }
  return { from, to };
}
