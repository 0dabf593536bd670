import type { Lang } from '../../../platform/i18n/index.ts';
import { salesText } from '../i18n.ts';

/**
 * Formatting for invoices and credit notes in the buyer's language (en, cs, es). The words themselves are the
 * module's catalogue (`src/modules/sales/i18n.ts`, keys `pdf.*`).
 */
export type PdfLang = Lang;

type PdfKey =
  Extract<Parameters<typeof salesText.t>[1], `pdf.${string}`> extends `pdf.${infer K}` ? K : never;

/** The printed words of `lang`: `w('dueDate')` is the catalogue's `pdf.dueDate`. */
export function pdfWords(lang: PdfLang): (key: PdfKey) => string {
  return (key) => salesText.t(lang, `pdf.${key}`);
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
