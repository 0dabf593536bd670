/**
 * Bank identifiers, checked without any I/O: IBAN (ISO 13616: per-country length, mod-97 check digits), BIC
 * (ISO 9362 format) and US ABA routing numbers (3-7-1 weighted check digit). Each check returns `null` when the
 * value is valid, or a sentence saying what is wrong and how to fix it.
 */

/** IBAN lengths per country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** Upper case, spaces and dashes removed — the form IBANs are stored, compared and hashed in. */
export function normaliseIban(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

/** The ISO 7064 mod-97-10 remainder of an IBAN-shaped string (country + check digits moved to the end). */
function mod97(rearranged: string): number {
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem;
}

export function ibanProblem(text: string): string | null {
  const iban = normaliseIban(text);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban))
    return 'An IBAN starts with a two-letter country code and two check digits, then letters and digits only (e.g. DE89 3704 0044 0532 0130 00).';
  const country = iban.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (length === undefined)
    return `${country} is not a country that uses IBANs; check the first two letters.`;
  if (iban.length !== length)
    return `A ${country} IBAN has ${length} characters; this one has ${iban.length}. Check for a missing or extra character.`;
  if (mod97(iban.slice(4) + iban.slice(0, 4)) !== 1)
    return 'The IBAN check digits do not match the rest of the number; a character was probably mistyped.';
  return null;
}

export function isValidIban(text: string): boolean {
  return ibanProblem(text) === null;
}

/** Computes the two check digits for a country + BBAN (for demo data and tests). */
export function ibanCheckDigits(country: string, bban: string): string {
  const rem = mod97(`${bban.toUpperCase()}${country.toUpperCase()}00`);
  return String(98 - rem).padStart(2, '0');
}

/** Builds a valid IBAN from a country and its BBAN. */
export function makeIban(country: string, bban: string): string {
  return `${country.toUpperCase()}${ibanCheckDigits(country, bban)}${bban.toUpperCase()}`;
}

/** Groups of four, the way IBANs are printed on paper. */
export function formatIban(text: string): string {
  return normaliseIban(text).replace(/(.{4})(?=.)/g, '$1 ');
}

export function normaliseBic(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** ISO 9362: 4 letters (institution), 2 letters (country), 2 letters/digits (location), optional 3 (branch). */
export function bicProblem(text: string): string | null {
  const bic = normaliseBic(text);
  if (bic.length !== 8 && bic.length !== 11)
    return `A BIC has 8 or 11 characters; this one has ${bic.length} (e.g. DEUTDEFF or DEUTDEFF500).`;
  if (!/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(bic))
    return 'A BIC is 4 letters for the bank, 2 letters for the country, 2 letters or digits for the place, and optionally 3 for the branch (e.g. KOMBCZPP).';
  return null;
}

export function isValidBic(text: string): boolean {
  return bicProblem(text) === null;
}

const ABA_WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/** The ninth digit that makes 8 routing-number digits valid. */
export function abaCheckDigit(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (first8.charCodeAt(i) - 48) * (ABA_WEIGHTS[i] as number);
  return String((10 - (sum % 10)) % 10);
}

/** ABA routing number: 9 digits, a valid Federal Reserve prefix, weights 3-7-1 summing to a multiple of 10. */
export function routingNumberProblem(text: string): string | null {
  const rn = text.trim();
  if (!/^\d{9}$/.test(rn)) return 'A US routing number has exactly 9 digits (e.g. 011000015).';
  const prefix = Number.parseInt(rn.slice(0, 2), 10);
  const validPrefix =
    (prefix >= 0 && prefix <= 12) ||
    (prefix >= 21 && prefix <= 32) ||
    (prefix >= 61 && prefix <= 72) ||
    prefix === 80;
  if (!validPrefix)
    return `A US routing number starts with 00–12, 21–32, 61–72 or 80; ${rn.slice(0, 2)} is not a Federal Reserve prefix.`;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (rn.charCodeAt(i) - 48) * (ABA_WEIGHTS[i] as number);
  if (sum % 10 !== 0) return 'The routing number check digit does not match; a digit was probably mistyped.';
  return null;
}

export function isValidRoutingNumber(text: string): boolean {
  return routingNumberProblem(text) === null;
}

/** A US account number as ACH carries it: 4 to 17 letters or digits (spaces and dashes dropped). */
export function normaliseAccountNumber(text: string): string {
  return text.replace(/[\s-]+/g, '').toUpperCase();
}

export function accountNumberProblem(text: string): string | null {
  const n = normaliseAccountNumber(text);
  if (!/^[A-Z0-9]{4,17}$/.test(n))
    return 'A US bank account number has 4 to 17 digits (letters are allowed by a few banks); spaces and dashes are ignored.';
  return null;
}
