import {
  applySettlement,
  getInvoice,
  openReceivables,
  reverseSettlement,
} from '../../modules/sales/index.ts';
import type { DocumentSide } from './payments.ts';

/** Receipts, refunds and credit applications settle sales invoices and credit notes (wired in src/compose.ts). */
export const receivablesSide: DocumentSide = {
  open: (tx, companyId, f) => openReceivables(tx, companyId, f),
  apply: (tx, ctx, s) => applySettlement(tx, ctx, s),
  reverse: (tx, ctx, s) => reverseSettlement(tx, ctx, s),
  rateOf: async (tx, companyId, documentId) => (await getInvoice(tx, companyId, documentId)).exchangeRate,
};
