import { isCalendarDay } from '../../../kernel/dates.ts';

/**
 * Rules that read a bill's fields out of document text (a PDF's text layer or OCR output), in English, Czech
 * and Spanish layouts. Pure: no I/O. Every field carries a confidence (0..1) and the line it came from, so the
 * review inbox can show why a value was proposed and highlight the doubtful ones.
 */
export type Language = 'en' | 'cs' | 'es';

export interface Extracted {
  value: string;
  confidence: number;
  source: string;
}

export interface ExtractedFields {
  vendorName?: Extracted;
  vendorVatId?: Extracted;
  invoiceNumber?: Extracted;
  issueDate?: Extracted;
  dueDate?: Extracted;
  /** Decimal strings ("1806.00"), never floats. */
  netTotal?: Extracted;
  taxTotal?: Extracted;
  grossTotal?: Extracted;
  /** Percent as a decimal string ("21", "8.25"). */
  taxRate?: Extracted;
  currency?: Extracted;
}

export interface ExtractOptions {
  /** The buyer's own VAT ids, so the vendor's is not confused with them. */
  ownVatIds?: readonly string[];
}

const KEYWORDS: Record<Language, RegExp> = {
  en: /\b(invoice|receipt|total|subtotal|due|amount|tax|vat|date|bill)\b/gi,
  cs: /\b(faktura|dodavatel|odběratel|celkem|splatnosti|vystavení|základ|daně|dph|dič|ičo|úhradě)/gi,
  es: /\b(factura|proveedor|cliente|total|vencimiento|fecha|base imponible|iva|nif|cif|importe)\b/gi,
};

export function detectLanguage(text: string): Language {
  let best: Language = 'en';
  let bestCount = -1;
  for (const lang of ['cs', 'es', 'en'] as const) {
    const count = text.match(KEYWORDS[lang])?.length ?? 0;
    if (count > bestCount) {
      best = lang;
      bestCount = count;
    }
  }
  return best;
}

/** One amount at the end of a line: "1 806,00 Kč", "€1.234,56", "$216.50", "10,406.00 CZK". */
const AMOUNT_AT_END =
  /(?:^|[^\d.,])((?:\d{1,3}(?:[ \u00a0.,']\d{3})+|\d+)[.,]\d{2})\s*(?:kč|czk|eur|usd|gbp|€|\$|£)?\s*$/i;

/** "2 400,00" → "2400.00"; "1,234.56" → "1234.56"; "1.234,56" → "1234.56". Text only — no floats. */
export function normalizeAmount(raw: string): string | null {
  const m = /^(.*)[.,](\d{2})$/.exec(raw.trim());
  if (!m) return null;
  const whole = (m[1] ?? '').replace(/[ \u00a0.,']/g, '');
  if (!/^\d+$/.test(whole)) return null;
  return `${whole.replace(/^0+(?=\d)/, '')}.${m[2]}`;
}

function amountOnLine(line: string): string | null {
  const m = AMOUNT_AT_END.exec(line.replace(/\s+/g, ' ').trim());
  return m?.[1] ? normalizeAmount(m[1]) : null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates as they are written: DD.MM.YYYY, D. M. YYYY, DD/MM/YYYY (cs, es), MM/DD/YYYY (en), YYYY-MM-DD. */
export function findDate(text: string, lang: Language): { day: string; certain: boolean } | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) {
    const day = `${iso[1]}-${iso[2]}-${iso[3]}`;
    if (isCalendarDay(day)) return { day, certain: true };
  }
  const dotted = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(text);
  if (dotted) {
    const day = `${dotted[3]}-${pad(Number.parseInt(dotted[2] ?? '', 10))}-${pad(Number.parseInt(dotted[1] ?? '', 10))}`;
    if (isCalendarDay(day)) return { day, certain: true };
  }
  const slashed = /\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b/.exec(text);
  if (slashed) {
    const a = Number.parseInt(slashed[1] ?? '', 10);
    const b = Number.parseInt(slashed[2] ?? '', 10);
    const year = slashed[3];
    // English layouts write month first unless the first number cannot be a month.
    const monthFirst = lang === 'en' ? a <= 12 : b > 12 && a <= 12;
    const [month, dayOfMonth] = monthFirst ? [a, b] : [b, a];
    const day = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
    if (isCalendarDay(day)) return { day, certain: a > 12 || b > 12 || a === b || lang !== 'en' };
  }
  return null;
}

interface Label {
  pattern: RegExp;
  confidence: number;
}

const NUMBER_LABELS: Label[] = [
  {
    pattern:
      /(?:číslo\s+faktury|faktura\s+(?:č\.|číslo)|číslo\s+dokladu|doklad\s+č\.)\s*:?\s*([A-Z0-9][\w/-]*)/i,
    confidence: 0.95,
  },
  {
    pattern:
      /(?:n[úu]mero\s+de\s+factura|factura\s+(?:n[ºo°.]*|n\.º|n[úu]m(?:ero)?\.?))\s*:?\s*([A-Z0-9][\w/-]*)/i,
    confidence: 0.95,
  },
  {
    pattern: /(?:invoice|receipt|bill)\s*(?:no\.?|number|num\.?|#)\s*:?\s*([A-Z0-9][\w/-]*)/i,
    confidence: 0.95,
  },
  { pattern: /(?:variabiln[íi]\s+symbol|VS)\s*:?\s*(\d{2,10})\b/i, confidence: 0.6 },
];

const ISSUE_LABELS = [
  /datum\s+vystaven[íi]/i,
  /fecha\s+(?:de\s+)?(?:emisi[óo]n|expedici[óo]n|factura)/i,
  /(?:invoice|issue|receipt)\s+date/i,
  /^\s*(?:date|fecha|datum)\b/i,
];
const DUE_LABELS = [/datum\s+splatnosti|splatnost/i, /vencimiento/i, /due\s+date|payment\s+due|due\s+by/i];

const VAT_LABEL =
  /(?:DIČ|DIC|VAT\s*(?:ID|No\.?|Reg(?:istration)?(?:\s*No\.?)?)|Tax\s*ID|NIF|CIF|USt-?IdNr\.?)\s*[:.]?\s*([A-Z]{0,2}[A-Z0-9-]{5,15})/i;

const GROSS_LABELS: Label[] = [
  {
    pattern:
      /celkem\s+k\s+úhradě|k\s+úhradě|total\s+a\s+pagar|importe\s+total|amount\s+due|total\s+due|balance\s+due/i,
    confidence: 0.95,
  },
  { pattern: /^\s*(?:celkem|total|grand\s+total)\b/i, confidence: 0.85 },
];
const NET_LABELS = [
  /základ\s+daně|celkem\s+bez\s+dph/i,
  /base\s+imponible|subtotal|sub-total|net\s+amount|total\s+net|neto/i,
];
const TAX_LABELS = [
  /^\s*(?:dph|iva|vat|sales\s+tax|tax)\b/i,
  /(?:celkem\s+dph|total\s+iva|total\s+vat|cuota\s+iva)/i,
];

const TITLE = /^(?:faktura|factura|invoice|receipt|tax\s+invoice|daňový\s+doklad|bill)\b/i;
const COMPANY_SUFFIX =
  /\b(?:s\.\s?r\.\s?o\.|a\.\s?s\.|spol\.|inc\.?|ltd\.?|llc|gmbh|s\.\s?l\.|s\.\s?a\.|plc|corp\.?)\s*$/i;

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
}

function firstLabelled(
  lines: string[],
  labels: RegExp[],
  read: (rest: string, line: string) => string | null,
) {
  for (const label of labels) {
    for (const line of lines) {
      const m = label.exec(line);
      if (!m) continue;
      const value = read(line.slice(m.index + m[0].length), line);
      if (value) return { value, line };
    }
  }
  return null;
}

export function extractFields(
  text: string,
  options: ExtractOptions = {},
): { language: Language; fields: ExtractedFields } {
  const lines = splitLines(text);
  const language = detectLanguage(text);
  const fields: ExtractedFields = {};
  const own = new Set((options.ownVatIds ?? []).map((v) => v.replace(/\W/g, '').toUpperCase()));

  for (const { pattern, confidence } of NUMBER_LABELS) {
    const hit = lines.map((line) => ({ line, m: pattern.exec(line) })).find((x) => x.m?.[1]);
    if (hit?.m?.[1]) {
      fields.invoiceNumber = { value: hit.m[1], confidence, source: hit.line };
      break;
    }
  }

  for (const [key, labels] of [
    ['issueDate', ISSUE_LABELS],
    ['dueDate', DUE_LABELS],
  ] as const) {
    const hit = firstLabelled(lines, labels, (rest) => findDate(rest, language)?.day ?? null);
    if (hit) {
      const certain = findDate(hit.line, language)?.certain ?? false;
      fields[key] = { value: hit.value, confidence: certain ? 0.9 : 0.7, source: hit.line };
    }
  }
  if (!fields.issueDate) {
    const line = lines.find((l) => findDate(l, language));
    const found = line ? findDate(line, language) : null;
    if (line && found) fields.issueDate = { value: found.day, confidence: 0.4, source: line };
  }

  for (const line of lines) {
    const m = VAT_LABEL.exec(line);
    const id = m?.[1]?.toUpperCase();
    if (id && !own.has(id.replace(/\W/g, ''))) {
      fields.vendorVatId = { value: id, confidence: 0.9, source: line };
      break;
    }
  }

  const labelled = firstLabelled(
    lines,
    [/^(?:dodavatel|proveedor|emisor|supplier|vendor|seller|from)\s*:/i],
    (rest) => {
      const name = rest.trim();
      return name.length > 1 ? name : null;
    },
  );
  if (labelled) fields.vendorName = { value: labelled.value, confidence: 0.9, source: labelled.line };
  else {
    const named = lines.slice(0, 12).find((l) => COMPANY_SUFFIX.test(l) && !TITLE.test(l));
    const first = lines.find((l) => !TITLE.test(l) && /[A-Za-zÀ-ž]{3}/.test(l) && !/\d{2}[./]\d{2}/.test(l));
    if (named) fields.vendorName = { value: named, confidence: 0.8, source: named };
    else if (first) fields.vendorName = { value: first, confidence: 0.5, source: first };
  }

  for (const { pattern, confidence } of GROSS_LABELS) {
    const line = lines.find(
      (l) =>
        pattern.test(l) &&
        amountOnLine(l) &&
        (confidence > 0.9 || !/iva|vat|dph|tax|neto|net\b|bez/i.test(l)),
    );
    const value = line ? amountOnLine(line) : null;
    if (line && value) {
      fields.grossTotal = { value, confidence, source: line };
      break;
    }
  }
  const net = firstLabelled(lines, NET_LABELS, (_rest, line) => amountOnLine(line));
  if (net) fields.netTotal = { value: net.value, confidence: 0.8, source: net.line };
  const tax = firstLabelled(lines, TAX_LABELS, (_rest, line) => amountOnLine(line));
  if (tax && tax.line !== net?.line) {
    fields.taxTotal = { value: tax.value, confidence: 0.8, source: tax.line };
    const rate = /(\d{1,2}(?:[.,]\d{1,2})?)\s*%/.exec(tax.line);
    if (rate?.[1]) fields.taxRate = { value: rate[1].replace(',', '.'), confidence: 0.85, source: tax.line };
  }
  if (!fields.taxRate) {
    const line = lines.find((l) => /(?:dph|iva|vat|tax)\D{0,12}\d{1,2}(?:[.,]\d{1,2})?\s*%/i.test(l));
    const rate = line ? /(\d{1,2}(?:[.,]\d{1,2})?)\s*%/.exec(line) : null;
    if (line && rate?.[1])
      fields.taxRate = { value: rate[1].replace(',', '.'), confidence: 0.6, source: line };
  }
  reconcileTotals(fields);

  const currency = findCurrency(lines);
  if (currency) fields.currency = currency;
  return { language, fields };
}

/** Cents of a normalized decimal string, as bigint (no floats). */
export function toCents(decimal: string): bigint {
  const [whole = '0', frac = '00'] = decimal.split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
}

function fromCents(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** net + tax = gross raises all three; two of them give the third (with a lower confidence). */
function reconcileTotals(f: ExtractedFields): void {
  const { netTotal: n, taxTotal: t, grossTotal: g } = f;
  if (n && t && g) {
    const agree = toCents(n.value) + toCents(t.value) === toCents(g.value);
    for (const x of [n, t, g])
      x.confidence = agree ? Math.max(x.confidence, 0.97) : Math.min(x.confidence, 0.5);
  } else if (n && g && !t) {
    f.taxTotal = {
      value: fromCents(toCents(g.value) - toCents(n.value)),
      confidence: 0.6,
      source: `${g.source} − ${n.source}`,
    };
  } else if (n && t && !g) {
    f.grossTotal = {
      value: fromCents(toCents(n.value) + toCents(t.value)),
      confidence: 0.6,
      source: `${n.source} + ${t.source}`,
    };
  } else if (g && t && !n) {
    f.netTotal = {
      value: fromCents(toCents(g.value) - toCents(t.value)),
      confidence: 0.6,
      source: `${g.source} − ${t.source}`,
    };
  }
}

const CURRENCY_WORDS: [RegExp, string][] = [
  [/\bCZK\b|Kč/, 'CZK'],
  [/\bEUR\b|€/, 'EUR'],
  [/\bGBP\b|£/, 'GBP'],
  [/\bUSD\b|US\$|\$/, 'USD'],
];

function findCurrency(lines: string[]): Extracted | null {
  const explicit = lines.find((l) => /(?:měna|moneda|currency)\s*:?\s*[A-Z]{3}\b/i.test(l));
  const code = explicit ? /(?:měna|moneda|currency)\s*:?\s*([A-Z]{3})\b/i.exec(explicit)?.[1] : undefined;
  if (explicit && code) return { value: code.toUpperCase(), confidence: 0.95, source: explicit };
  for (const [pattern, value] of CURRENCY_WORDS) {
    const line = lines.find((l) => pattern.test(l));
    if (line) return { value, confidence: 0.8, source: line };
  }
  return null;
}
