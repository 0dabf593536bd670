// Decimal amounts as strings: parsed from what the user typed in their locale, summed as bigint minor units.
// Never through a float (parseFloat is banned in web/src).

/** The group and decimal separators of a locale ("1 234,5" in Czech, "1,234.5" in English). */
export function separators(locale: string): { group: string; decimal: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/** How many decimals a currency has (2 for EUR, 0 for JPY). */
export function currencyDecimals(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
  } catch {
    return 2;
  }
}

/**
 * What the user typed → a plain decimal string ("1234.50"), '' for an empty cell, null when it is not a
 * non-negative number. Spaces and group separators are dropped; the locale's decimal separator and, when it
 * cannot be a group separator, the other one ("1234.5" in Czech) are accepted.
 */
export function parseDecimalInput(text: string, locale: string): string | null {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (s === '') return '';
  if (!/^[\d.,]+$/.test(s)) return null;
  const { group, decimal } = separators(locale);
  const hasComma = s.includes(',');
  const hasDot = s.includes('.');
  let dec: string | null = null;
  if (hasComma && hasDot) dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
  else if (hasComma || hasDot) {
    const sep = hasComma ? ',' : '.';
    const count = s.split(sep).length - 1;
    const tail = s.slice(s.lastIndexOf(sep) + 1);
    if (sep === decimal) dec = count === 1 ? sep : null;
    else if (sep !== group) dec = count === 1 ? sep : null;
    else dec = count === 1 && tail.length !== 3 ? sep : null;
    if (dec === null && count > 1 && sep !== group) return null;
  }
  const other = dec === ',' ? '.' : dec === '.' ? ',' : null;
  let whole = s;
  let frac = '';
  if (dec) {
    const at = s.lastIndexOf(dec);
    whole = s.slice(0, at);
    frac = s.slice(at + 1);
    if (frac.includes(',') || frac.includes('.')) return null;
  }
  whole = whole.split(other ?? (dec ? '\u0000' : s.includes(',') ? ',' : '.')).join('');
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(frac) || whole + frac === '') return null;
  whole = whole.replace(/^0+(?=\d)/, '') || '0';
  return frac ? `${whole}.${frac}` : whole;
}

/** "12.5" with 2 decimals → 1250n; null when it has more decimals than allowed. */
export function toMinor(decimal: string, decimals: number): bigint | null {
  const negative = decimal.startsWith('-');
  const [whole = '0', frac = ''] = (negative ? decimal.slice(1) : decimal).split('.');
  if (frac.length > decimals && /[1-9]/.test(frac.slice(decimals))) return null;
  const minor = BigInt((whole || '0') + frac.slice(0, decimals).padEnd(decimals, '0'));
  return negative ? -minor : minor;
}

/** 1250n with 2 decimals → "12.50". */
export function fromMinor(minor: bigint, decimals: number): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(decimals + 1, '0');
  const whole = decimals ? digits.slice(0, -decimals) : digits;
  const frac = decimals ? `.${digits.slice(-decimals)}` : '';
  return `${negative ? '-' : ''}${whole}${frac}`;
}

/** Minor units of a report figure ("-1234.50", '' as zero) in a currency. */
export function reportMinor(amount: string | null | undefined, decimals: number): bigint {
  if (!amount) return 0n;
  return toMinor(amount, decimals) ?? 0n;
}

/** Only for drawing (pixel geometry), never for sums: minor units as a number of major units. */
export function chartValue(minor: bigint, decimals: number): number {
  return Number(minor) / 10 ** decimals;
}
