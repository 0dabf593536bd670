import { allocate, checkAmount, minorUnits, parseDecimal, roundHalfUp } from '../../../kernel/money.ts';
import { atLine, taxErrorAt, taxText } from '../i18n.ts';

/**
 * THE document-totals calculator (EN 16931). Pure: no database, no clock. Sales and purchasing both call it;
 * no other code adds up a document's tax.
 *
 * Fixed-point scales (all bigint):
 *   quantity     QTY_SCALE (4) decimals            "2.5"   → 25000n
 *   unit price   currency decimals + PRICE_EXTRA    "12.3456" CZK → 123456_00n (scale 6)
 *   tax rate     RATE_SCALE (4) decimals, percent  "21"    → 210000n
 *   discount %   RATE_SCALE (4) decimals, percent
 *   money        currency minor units
 *
 * Rules it guarantees (property-tested in calc.test.ts):
 *   BR-CO-10  Σ line net = total net (LineExtensionAmount)
 *   BR-CO-13  tax exclusive = Σ line net (no document-level allowances/charges here)
 *   BR-CO-14  total tax = Σ breakdown tax
 *   BR-CO-15  tax inclusive = tax exclusive + total tax
 *   BR-S-08   breakdown taxable amount per (category, rate) = Σ line net of those lines
 *   BR-CO-17  breakdown tax = taxable × rate rounded half up — exactly in 'document' rounding; in 'line'
 *             rounding it is the sum of the lines' rounded taxes, which the CEN schematron accepts while it
 *             stays within ±1 currency unit (each line adds at most half a minor unit; the calculator refuses
 *             a document whose line-rounded tax would drift a whole unit).
 *   Σ line tax = breakdown tax per group, so postings per tax code add up too.
 */
export const QTY_SCALE = 4;
export const PRICE_EXTRA = 4;
export const RATE_SCALE = 4;

/** UNCL5305 VAT category codes used by EN 16931. */
export const TAX_CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'] as const;
export type TaxCategory = (typeof TAX_CATEGORIES)[number];

export interface CalcTax {
  code: string;
  /** Percent as a decimal string, e.g. "21" or "8.875". */
  rate: string;
  category: TaxCategory;
  exemptionReason?: string | null | undefined;
  exemptionCode?: string | null | undefined;
}

export type CalcDiscount = { percent: string } | { amount: string };

export interface CalcLine {
  quantity: string;
  unitPrice: string;
  discount?: CalcDiscount | null | undefined;
  tax: CalcTax;
}

export interface CalcOptions {
  currency: string;
  /** Unit prices (and amount discounts) include tax. */
  pricesIncludeTax: boolean;
  /** 'line': tax is rounded on each line and summed; 'document': once per tax category and rate. */
  rounding: 'line' | 'document';
}

export interface LineResult {
  /** Quantity × price before the discount, rounded to minor units (gross of tax if prices include tax). */
  amountMinor: bigint;
  discountMinor: bigint;
  netMinor: bigint;
  taxMinor: bigint;
  grossMinor: bigint;
  category: TaxCategory;
  rate: string;
  taxCode: string;
}

export interface BreakdownRow {
  category: TaxCategory;
  /** Normalised percent, e.g. "21", "8.875". */
  rate: string;
  taxableMinor: bigint;
  taxMinor: bigint;
  exemptionReason: string | null;
  exemptionCode: string | null;
}

export interface DocumentTotals {
  currency: string;
  lines: LineResult[];
  breakdown: BreakdownRow[];
  lineNetMinor: bigint;
  taxExclusiveMinor: bigint;
  taxMinor: bigint;
  taxInclusiveMinor: bigint;
  payableMinor: bigint;
}

/** The kernel's bounded decimal parser (at most 15 whole digits), re-exported for the tax module's users. */
export { parseDecimal };

/** bigint with `scale` decimals → shortest decimal string ("21.0000" → "21", "8.8750" → "8.875"). */
export function formatDecimal(value: bigint, scale: number): string {
  const neg = value < 0n;
  const abs = (neg ? -value : value).toString().padStart(scale + 1, '0');
  const whole = scale ? abs.slice(0, -scale) : abs;
  const frac = scale ? abs.slice(-scale).replace(/0+$/, '') : '';
  return `${neg ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
}

/** Splits `total` over signed weights so the parts add back up exactly (largest remainder). */
export function apportion(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) return [];
  if (weights.every((w) => w === 0n)) {
    const out = weights.map(() => 0n);
    out[0] = total;
    return out;
  }
  if (weights.every((w) => w >= 0n)) return allocate(total, weights);
  if (weights.every((w) => w <= 0n))
    return allocate(
      total,
      weights.map((w) => -w),
    );
  // Mixed signs: round each share, then put the residue on the largest line.
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw taxText.error('validation', 'error.cancelOut');
  const parts = weights.map((w) => roundHalfUp(total * w, sum));
  const residue = total - parts.reduce((a, b) => a + b, 0n);
  let big = 0;
  weights.forEach((w, i) => {
    const a = w < 0n ? -w : w;
    const b = (weights[big] ?? 0n) < 0n ? -(weights[big] ?? 0n) : (weights[big] ?? 0n);
    if (a > b) big = i;
  });
  parts[big] = (parts[big] ?? 0n) + residue;
  return parts;
}

interface Parsed {
  amount: bigint;
  discount: bigint;
  value: bigint; // after discount, minor units (net or gross by price mode)
  rate: bigint;
  tax: CalcTax;
  key: string;
}

const PCT = 100n * 10n ** BigInt(RATE_SCALE);

function parseLine(line: CalcLine, i: number, currency: string): Parsed {
  const where = `line ${i + 1}`; // the kernel's parse messages are English: they get the English place
  const at = atLine(i + 1);
  const d = minorUnits(currency);
  const q = parseDecimal(line.quantity, QTY_SCALE, `${where} quantity`);
  const p = parseDecimal(line.unitPrice, d + PRICE_EXTRA, `${where} unit price`);
  const rate = parseDecimal(line.tax.rate, RATE_SCALE, `${where} tax rate`);
  if (rate < 0n || rate >= PCT * 10n) throw taxErrorAt('validation', 'error.lineRate', at);
  if (!(TAX_CATEGORIES as readonly string[]).includes(line.tax.category))
    throw taxErrorAt('validation', 'error.lineCategory', at, {
      category: line.tax.category,
      allowed: TAX_CATEGORIES.join(', '),
    });
  if (line.tax.category !== 'S' && line.tax.category !== 'L' && line.tax.category !== 'M' && rate !== 0n)
    throw taxErrorAt('validation', 'error.lineCategoryNoTax', at, { category: line.tax.category });
  const exact = q * p; // minor units × 10^(QTY_SCALE + PRICE_EXTRA)
  const scale = 10n ** BigInt(QTY_SCALE + PRICE_EXTRA);
  const amount = roundHalfUp(exact, scale);
  let discount = 0n;
  const disc = line.discount;
  if (disc && 'percent' in disc) {
    const pct = parseDecimal(disc.percent, RATE_SCALE, `${where} discount percent`);
    if (pct < 0n || pct > PCT) throw taxErrorAt('validation', 'error.discountPercent', at);
    discount = amount - roundHalfUp(exact * (PCT - pct), scale * PCT);
  } else if (disc && 'amount' in disc) {
    discount = parseDecimal(disc.amount, d, `${where} discount amount`);
    if (discount < 0n) throw taxErrorAt('validation', 'error.discountNegative', at);
    if ((amount >= 0n && discount > amount) || (amount < 0n && discount !== 0n))
      throw taxErrorAt('validation', 'error.discountTooLarge', at);
  }
  const value = amount - discount;
  // quantity × unit price is exact in a bigint but may be beyond what a document can store: refuse it here.
  checkAmount(amount, currency, `${where} amount (quantity × unit price)`);
  const key = `${line.tax.category}|${formatDecimal(rate, RATE_SCALE)}`;
  return { amount, discount, value, rate, tax: line.tax, key };
}

/** Computes line nets, the tax breakdown by (category, rate) and the totals of one document. */
export function computeDocument(lines: readonly CalcLine[], options: CalcOptions): DocumentTotals {
  if (lines.length === 0) throw taxText.error('validation', 'error.noLines');
  if (lines.length > 5000) throw taxText.error('validation', 'error.tooManyLines');
  const parsed = lines.map((l, i) => parseLine(l, i, options.currency));
  const net = new Array<bigint>(parsed.length).fill(0n);
  const tax = new Array<bigint>(parsed.length).fill(0n);
  const groups = new Map<string, number[]>();
  parsed.forEach((p, i) => {
    const g = groups.get(p.key);
    if (g) g.push(i);
    else groups.set(p.key, [i]);
  });
  const breakdown: BreakdownRow[] = [];
  for (const [key, idx] of groups) {
    const first = parsed[idx[0] as number] as Parsed;
    const rate = first.rate;
    const values = idx.map((i) => (parsed[i] as Parsed).value);
    const sumValue = values.reduce((a, b) => a + b, 0n);
    let groupTax: bigint;
    if (options.rounding === 'line') {
      idx.forEach((i, k) => {
        const v = values[k] as bigint;
        const t = options.pricesIncludeTax ? roundHalfUp(v * rate, PCT + rate) : roundHalfUp(v * rate, PCT);
        tax[i] = t;
        net[i] = options.pricesIncludeTax ? v - t : v;
      });
      groupTax = idx.reduce((a, i) => a + (tax[i] as bigint), 0n);
      const base = idx.reduce((a, i) => a + (net[i] as bigint), 0n);
      const exact = roundHalfUp(base * rate, PCT);
      const unit = 10n ** BigInt(minorUnits(options.currency));
      const drift = groupTax - exact < 0n ? exact - groupTax : groupTax - exact;
      if (drift >= unit)
        throw taxText.error('validation', 'error.roundingDrift', {
          count: String(idx.length),
          drift: String(drift),
          rate: key.split('|')[1],
        });
    } else if (options.pricesIncludeTax) {
      groupTax = roundHalfUp(sumValue * rate, PCT + rate);
      const base = sumValue - groupTax;
      const nets = apportion(base, values);
      idx.forEach((i, k) => {
        net[i] = nets[k] as bigint;
        tax[i] = (values[k] as bigint) - (nets[k] as bigint);
      });
    } else {
      groupTax = roundHalfUp(sumValue * rate, PCT);
      const taxes = apportion(groupTax, values);
      idx.forEach((i, k) => {
        net[i] = values[k] as bigint;
        tax[i] = taxes[k] as bigint;
      });
    }
    breakdown.push({
      category: first.tax.category,
      rate: formatDecimal(rate, RATE_SCALE),
      taxableMinor: idx.reduce((a, i) => a + (net[i] as bigint), 0n),
      taxMinor: groupTax,
      exemptionReason: first.tax.exemptionReason ?? null,
      exemptionCode: first.tax.exemptionCode ?? null,
    });
  }
  const lineResults: LineResult[] = parsed.map((p, i) => ({
    amountMinor: p.amount,
    discountMinor: p.discount,
    netMinor: net[i] as bigint,
    taxMinor: tax[i] as bigint,
    grossMinor: (net[i] as bigint) + (tax[i] as bigint),
    category: p.tax.category,
    rate: formatDecimal(p.rate, RATE_SCALE),
    taxCode: p.tax.code,
  }));
  const lineNetMinor = net.reduce((a, b) => a + b, 0n);
  const taxMinor = breakdown.reduce((a, b) => a + b.taxMinor, 0n);
  return {
    currency: options.currency,
    lines: lineResults,
    breakdown,
    lineNetMinor,
    taxExclusiveMinor: lineNetMinor,
    taxMinor,
    taxInclusiveMinor: checkAmount(lineNetMinor + taxMinor, options.currency, 'the document total'),
    payableMinor: lineNetMinor + taxMinor,
  };
}
