/**
 * Purchasing: vendor bills (draft → submitted → approved → posted → partially paid → paid; void), their
 * settlements and open payables, the capture inbox (PDF text layer or offline OCR → proposed bill), UBL
 * import and per-vendor learning. Other code imports only from here.
 */
import './permissions.ts';
import './jobs.ts';
import { companyWide, registerAttachable } from '../../platform/files/index.ts';

// The captured document and any other file on a bill; a posted bill keeps its files.
registerAttachable('purchasing_bill', {
  label: 'bill',
  permissionRead: 'purchasing.read',
  canRead: companyWide,
  permissionWrite: 'purchasing.manage',
  exists: async (tx, companyId, id) =>
    (await tx.query('SELECT 1 FROM purchasing_bills WHERE company_id = $1 AND id = $2', [companyId, id]))
      .rowCount === 1,
  canDelete: async (tx, companyId, id) =>
    (
      await tx.query(
        `SELECT 1 FROM purchasing_bills WHERE company_id = $1 AND id = $2 AND status IN ('draft', 'void') FOR SHARE`,
        [companyId, id],
      )
    ).rowCount === 1,
});

// The uploaded document of the capture inbox, read by the capture job; kept with the entry.
registerAttachable('purchasing_capture', {
  label: 'captured document',
  permissionRead: 'purchasing.read',
  canRead: companyWide,
  permissionWrite: 'purchasing.manage',
  exists: async (tx, companyId, id) =>
    (await tx.query('SELECT 1 FROM purchasing_captures WHERE company_id = $1 AND id = $2', [companyId, id]))
      .rowCount === 1,
  canDelete: async (tx, companyId, id) =>
    (
      await tx.query(
        `SELECT 1 FROM purchasing_captures WHERE company_id = $1 AND id = $2 AND status IN ('awaiting_file', 'failed', 'dismissed') FOR SHARE`,
        [companyId, id],
      )
    ).rowCount === 1,
});

export {
  captureDocument,
  closeCapture,
  type ExtractedFields,
  extractFields,
  shutdownOcr,
} from './capture/index.ts';
export type { BillInput, BillLineInput } from './contract.ts';
export { PURCHASING_PERMISSIONS } from './permissions.ts';
export { registerBillRoutes } from './routes/bills.ts';
export { registerCaptureRoutes } from './routes/captures.ts';
export { defaultPayableAccount } from './service/accounts.ts';
export {
  type BillView,
  computeBill,
  type DuplicateCandidate,
  findDuplicates,
  getBill,
  listBills,
  saveBill,
} from './service/bills.ts';
export {
  CAPTURE_JOB,
  type CaptureView,
  convertCapture,
  createCapture,
  createCaptureWithFile,
  dismissCapture,
  getCapture,
  listCaptures,
  type Proposal,
  processCapture,
  propose,
  queueCapture,
  setCaptureJob,
} from './service/captures.ts';
export { draftBillCount, type PayablesDue, payablesDue } from './service/home.ts';
export { recall as recallVendorDefaults } from './service/memory.ts';
export { billSearcher } from './service/search.ts';
export {
  applySettlement,
  type OpenItem,
  openPayables,
  reverseSettlement,
  type SettlementResult,
  settlementsOf,
} from './service/settlements.ts';
export { importUbl, type UblImportResult } from './service/ubl.ts';
export {
  approveBill,
  BILL_APPROVAL_ACTION,
  type BillPoster,
  type BillPosting,
  type BillPostingDoc,
  billPosting,
  type PurchasingPorts,
  returnBillToDraft,
  submitBill,
  voidBill,
} from './service/workflow.ts';
