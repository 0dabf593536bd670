/**
 * Sales: invoices and credit notes (draft → issued → partially paid → paid; credited by credit notes),
 * numbering series with gapless legal numbers, settlements and open receivables. Posting to the ledger is
 * the flow src/flows/order-to-cash/sales-ledger.ts, passed in by the composition root (src/compose.ts) to
 * `salesIssuing`. Other code imports only from here.
 */
import './permissions.ts';
import { companyWide, registerAttachable } from '../../platform/files/index.ts';

// The customer's purchase order, a delivery note, a signed contract … on an invoice or credit note. Issued
// documents keep their files (they can be added, never removed).
registerAttachable('sales_invoice', {
  label: 'invoice',
  permissionRead: 'sales.read',
  canRead: companyWide,
  permissionWrite: 'sales.manage',
  exists: async (tx, companyId, id) =>
    (await tx.query('SELECT 1 FROM sales_invoices WHERE company_id = $1 AND id = $2', [companyId, id]))
      .rowCount === 1,
  canDelete: async (tx, companyId, id) =>
    (
      await tx.query(
        `SELECT 1 FROM sales_invoices WHERE company_id = $1 AND id = $2 AND status = 'draft' FOR SHARE`,
        [companyId, id],
      )
    ).rowCount === 1,
});

export { DraftInput, LineInput } from './contract.ts';
export { SALES_PERMISSIONS } from './permissions.ts';
export { registerInvoiceRoutes } from './routes/invoices.ts';
export { registerSalesSettingsRoutes } from './routes/settings.ts';
export { createCreditNote } from './service/credit-note.ts';
export { documentPdf, documentUbl, emailInvoice, loadDocument } from './service/documents.ts';
export { draftInvoiceCount, type ReceivablesTotal, receivablesTotals } from './service/home.ts';
export {
  type Buyer,
  createDraft,
  createDrafts,
  deleteDraft,
  getInvoice,
  type InvoiceView,
  updateDraft,
} from './service/invoices.ts';
export { type IssuedRef, type SalesIssuing, salesIssuing } from './service/issue.ts';
export { type ListFilter, listInvoices } from './service/list.ts';
export { invoicePdf, paymentQr } from './service/pdf.ts';
export type { PostingDoc, SalesPorts, SalesPoster } from './service/poster.ts';
export { invoiceSearcher } from './service/search.ts';
export {
  createSeries,
  defaultSeries,
  formatNumber,
  getSeries,
  getSettings,
  listSeries,
  type SalesSettings,
  type SeriesRow,
  saveSettings,
  updateSeries,
} from './service/series.ts';
export {
  applySettlement,
  type OpenItem,
  openReceivables,
  reverseSettlement,
  type SettlementResult,
  settlementsOf,
} from './service/settlements.ts';
export { type DocumentContext, invoiceToUbl, invoiceUblXml } from './service/ubl-map.ts';
