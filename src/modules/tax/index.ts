/**
 * Tax: tax codes (rate, kind, UNCL5305 category, exemption reason, ledger accounts) and the one
 * document-totals calculator `computeDocument`, used by sales and purchasing alike. Other code imports only
 * from here.
 */
import './permissions.ts';

export { TAX_PERMISSIONS } from './permissions.ts';
export { registerTaxRoutes } from './routes/codes.ts';
export {
  apportion,
  type BreakdownRow,
  type CalcDiscount,
  type CalcLine,
  type CalcOptions,
  type CalcTax,
  computeDocument,
  type DocumentTotals,
  formatDecimal,
  type LineResult,
  PRICE_EXTRA,
  parseDecimal,
  QTY_SCALE,
  RATE_SCALE,
  TAX_CATEGORIES,
  type TaxCategory,
} from './service/calc.ts';
export {
  calcTaxOf,
  createTaxCode,
  ensureDefaultTaxCodes,
  getTaxCode,
  getTaxCodes,
  listTaxCodes,
  type TaxCodeRow,
  type TaxKind,
  updateTaxCode,
} from './service/codes.ts';
