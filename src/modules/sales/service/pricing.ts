import { minorUnits } from '../../../kernel/money.ts';
import type { Sql } from '../../../platform/db/index.ts';
import {
  type CalcLine,
  calcTaxOf,
  computeDocument,
  type DocumentTotals,
  formatDecimal,
  getTaxCodes,
  PRICE_EXTRA,
  parseDecimal,
  QTY_SCALE,
  type TaxCodeRow,
} from '../../tax/index.ts';
import type { LineInput } from '../contract.ts';
import { salesText } from '../i18n.ts';

/** A line as stored: the user's decimals normalised, the tax code's rate and category copied. */
export interface StoredLine {
  lineNo: number;
  itemId: string | null;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  discountPercent: string | null;
  discountAmount: string | null;
  taxCodeId: string;
  taxCode: string;
  taxCategory: string;
  taxRate: string;
  exemptionReason: string | null;
  exemptionCode: string | null;
  revenueAccountId: string | null;
  amountMinor: bigint;
  discountMinor: bigint;
  netMinor: bigint;
  taxMinor: bigint;
}

export function calcLineOf(l: StoredLine): CalcLine {
  return {
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    discount: l.discountPercent
      ? { percent: l.discountPercent }
      : l.discountAmount
        ? { amount: l.discountAmount }
        : null,
    tax: {
      code: l.taxCode,
      rate: l.taxRate,
      category: l.taxCategory as CalcLine['tax']['category'],
      exemptionReason: l.exemptionReason,
      exemptionCode: l.exemptionCode,
    },
  };
}

/** Prices lines with the company's tax codes through THE calculator; nothing is added up here. */
export async function priceLines(
  sql: Sql,
  companyId: string,
  input: readonly LineInput[],
  opts: { currency: string; pricesIncludeTax: boolean; rounding: 'line' | 'document' },
  cache?: Map<string, TaxCodeRow>,
): Promise<{ lines: StoredLine[]; totals: DocumentTotals; codes: Map<string, TaxCodeRow> }> {
  const refs = input.map((l) => l.taxCode);
  let codes: Map<string, TaxCodeRow>;
  if (cache && refs.every((r) => cache.has(r))) codes = cache;
  else {
    codes = await getTaxCodes(sql, companyId, refs);
    if (cache) for (const [k, v] of codes) cache.set(k, v);
  }
  const d = minorUnits(opts.currency);
  const lines: StoredLine[] = input.map((l, i) => {
    const where = `line ${i + 1}`;
    const code = codes.get(l.taxCode) as TaxCodeRow;
    if (!code.active)
      throw salesText.error('validation', 'error.lineTaxCodeInactive', { code: code.code, n: i + 1 });
    if (l.discountPercent && l.discountAmount)
      throw salesText.error('validation', 'error.lineDiscountBoth', { n: i + 1 });
    return {
      lineNo: i + 1,
      itemId: l.itemId ?? null,
      description: l.description,
      quantity: formatDecimal(parseDecimal(l.quantity, QTY_SCALE, `${where} quantity`), QTY_SCALE),
      unit: l.unit ?? 'C62',
      unitPrice: formatDecimal(
        parseDecimal(l.unitPrice, d + PRICE_EXTRA, `${where} unit price`),
        d + PRICE_EXTRA,
      ),
      discountPercent: l.discountPercent
        ? formatDecimal(parseDecimal(l.discountPercent, 4, `${where} discount`), 4)
        : null,
      discountAmount: l.discountAmount
        ? formatDecimal(parseDecimal(l.discountAmount, d, `${where} discount`), d)
        : null,
      taxCodeId: code.id,
      ...((t) => ({
        taxCode: t.code,
        taxCategory: t.category,
        taxRate: t.rate,
        exemptionReason: t.exemptionReason ?? null,
        exemptionCode: t.exemptionCode ?? null,
      }))(calcTaxOf(code)),
      revenueAccountId: l.revenueAccountId ?? null,
      amountMinor: 0n,
      discountMinor: 0n,
      netMinor: 0n,
      taxMinor: 0n,
    };
  });
  const totals = applyTotals(lines, opts);
  return { lines, totals, codes };
}

/** Runs the calculator over stored lines and writes its per-line results onto them. */
export function applyTotals(
  lines: StoredLine[],
  opts: { currency: string; pricesIncludeTax: boolean; rounding: 'line' | 'document' },
): DocumentTotals {
  const totals = computeDocument(lines.map(calcLineOf), opts);
  totals.lines.forEach((r, i) => {
    const l = lines[i] as StoredLine;
    l.amountMinor = r.amountMinor;
    l.discountMinor = r.discountMinor;
    l.netMinor = r.netMinor;
    l.taxMinor = r.taxMinor;
  });
  return totals;
}
