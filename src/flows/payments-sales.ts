import { applySettlement, getInvoice, openReceivables, reverseSettlement } from '../modules/sales/index.ts';
import { registerDocumentSide } from './payments.ts';

/** Receipts, refunds and credit applications settle sales invoices and credit notes. Importing this wires it. */
registerDocumentSide('receivables', {
  open: (tx, companyId, f) => openReceivables(tx, companyId, f),
  apply: (tx, ctx, s) => applySettlement(tx, ctx, s),
  reverse: (tx, ctx, s) => reverseSettlement(tx, ctx, s),
  rateOf: async (tx, companyId, documentId) => (await getInvoice(tx, companyId, documentId)).exchangeRate,
});
