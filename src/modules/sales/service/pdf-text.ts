import type { Lang } from '../../../platform/i18n/index.ts';
import { salesText } from '../i18n.ts';

/**
 * Formatting for invoices and credit notes in the buyer's language (en, cs, es). The words themselves are the
 * module's catalogue (`src/modules/sales/i18n.ts`, keys `pdf.*`).
 */
export type PdfLang = Lang;

type PdfKey =
  Extract<Parameters<typeof salesText.t>[1], `pdf.${string}`> extends `pdf.${infer K}` ? K : never;

/** The tax words that differ where the seller's country has a sales tax rather than VAT. */
const TAX_WORDS = [
  'vatId',
  'taxRate',
  'taxBreakdown',
  'tax',
  'totalNet',
  'totalTax',
  'pricesIncludeTax',
] as const;
/** Countries whose sellers charge sales tax, not VAT: their documents never say "VAT" (or DPH, IVA). */
const SALES_TAX_COUNTRIES = new Set(['US']);

/**
 * The printed words of `lang`: `w('dueDate')` is the catalogue's `pdf.dueDate`. The tax wording follows the
 * seller's country: a US seller's invoice says "Sales tax" in every language; a VAT seller's says VAT, DPH or
 * IVA in the reader's language.
 */
export function pdfWords(lang: PdfLang, sellerCountry?: string | null): (key: PdfKey) => string {
  const salesTax = SALES_TAX_COUNTRIES.has((sellerCountry ?? '').toUpperCase());
  return (key) =>
    salesTax && (TAX_WORDS as readonly string[]).includes(key)
      ? salesText.t(lang, `pdf.salesTax.${key as (typeof TAX_WORDS)[number]}`)
      : salesText.t(lang, `pdf.${key}`);
}

/** An exact decimal string as the locale writes money ("18 855,40 Kč"); never through a float. */
export function money(lang: PdfLang, amount: string, currency: string): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount as unknown as number);
}

/** A plain decimal in the locale ("1,5" in cs/es). */
export function decimal(lang: PdfLang, value: string): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 20 }).format(value as unknown as number);
}

export function dateText(lang: PdfLang, day: string | null): string {
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return lang === 'en'
    ? `${y}-${m}-${d}`
    : `${Number.parseInt(d ?? '', 10)}. ${Number.parseInt(m ?? '', 10)}. ${y}`;
}
