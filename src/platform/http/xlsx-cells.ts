import { minorUnits } from '../../kernel/money.ts';

/** What an exported column holds, so a spreadsheet can sum it, sort it by date, or pivot it. */
export type CellKind = 'money' | 'number' | 'date' | 'datetime';

type Value = string | number | boolean | null | undefined;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EXACT = 2n ** 53n;

/**
 * The cell for a value of `kind`: a decimal string becomes a number when a double holds it exactly (up to 2^53 in
 * its smallest unit: ±90 trillion in a two-decimal currency; a larger amount stays text rather than be rounded),
 * a YYYY-MM-DD string a date at UTC midnight (what Excel's serial date means), an ISO timestamp a date-time. A
 * value that does not parse stays as written: an export never drops or alters data it did not understand.
 */
export function cellOf(kind: CellKind | undefined, value: Value): string | number | boolean | Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (!kind || typeof value !== 'string') return value;
  if (kind === 'money' || kind === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
    const digits = BigInt(value.replace(/[-.]/g, ''));
    return digits <= EXACT ? Number(value) : value;
  }
  if (kind === 'date') {
    const m = DATE.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : value;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? value : new Date(t);
}

/** The number format of a `kind` cell: thousands separators and the currency's decimals; ISO-like dates. */
export function numFmtOf(kind: CellKind | undefined, currency?: string): string | undefined {
  if (kind === 'money') {
    const decimals = currency ? minorUnits(currency) : 2;
    return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
  }
  if (kind === 'date') return 'yyyy-mm-dd';
  if (kind === 'datetime') return 'yyyy-mm-dd hh:mm';
  return undefined;
}

/** Column widths that show a whole amount or date without ####, and leave text room. */
export function widthOf(kind: CellKind | undefined): number {
  if (kind === 'money') return 16;
  if (kind === 'number') return 12;
  if (kind === 'date') return 12;
  if (kind === 'datetime') return 18;
  return 24;
}
