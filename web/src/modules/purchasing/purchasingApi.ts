/** Shapes of /api/v1/purchasing (src/modules/purchasing). */
export type BillStatus = 'draft' | 'submitted' | 'approved' | 'posted' | 'partially_paid' | 'paid' | 'void';

export interface BillLine {
  id: string;
  lineNo: number;
  description: string;
  accountId: string;
  taxCodeId: string;
  quantity: string;
  unitPrice: string;
  net: string;
  tax: string;
  gross: string;
  taxRate: string;
}

export interface Bill {
  id: string;
  status: BillStatus;
  vendorId: string;
  vendorName: string;
  vendorVatId: string | null;
  vendorInvoiceNumber: string;
  issueDate: string;
  dueDate: string;
  currency: string;
  pricesIncludeTax: boolean;
  net: string;
  tax: string;
  total: string;
  paid: string;
  open: string;
  selfAssessedTax: string;
  reverseChargeRate: string | null;
  paymentReference: string | null;
  entryId: string | null;
  approvalRequestId: string | null;
  source: 'manual' | 'capture' | 'ubl';
  captureId: string | null;
  notes: string;
  returnReason: string | null;
  voidReason: string | null;
  version: number;
  lines: BillLine[];
  settlements?: { settlementId: string; amount: string; date: string; reversedAt: string | null }[];
}

export interface DuplicateCandidate {
  id: string;
  vendorInvoiceNumber: string;
  issueDate: string;
  total: string;
  status: BillStatus;
  reason: 'same_number' | 'same_amount_and_date';
}

export interface Extracted {
  value: string;
  confidence: number;
  source: string;
}

export interface Proposal {
  vendorId: string | null;
  vendorName: string | null;
  vendorVatId: string | null;
  vendorInvoiceNumber: string | null;
  issueDate: string | null;
  dueDate: string | null;
  currency: string | null;
  net: string | null;
  tax: string | null;
  total: string | null;
  taxRate: string | null;
  accountId: string | null;
  taxCode: string | null;
  learnedFrom: 'vendor_memory' | 'tax_rate' | null;
  pricesIncludeTax: boolean;
  confidence: Record<string, number>;
}

export interface Capture {
  id: string;
  status: 'awaiting_file' | 'queued' | 'reading' | 'ready' | 'failed' | 'converted' | 'dismissed';
  fileName: string;
  fileId: string | null;
  contentType: string | null;
  jobId: string | null;
  method: 'pdf_text' | 'pdf_ocr' | 'image_ocr' | null;
  ocrConfidence: number | null;
  text: string | null;
  fields: Record<string, Extracted | undefined>;
  proposal: Proposal | Record<string, never>;
  error: string | null;
  billId: string | null;
  createdAt: string;
}

export const billStatusColor: Record<BillStatus, string> = {
  draft: 'gray',
  submitted: 'orange',
  approved: 'blue',
  posted: 'indigo',
  partially_paid: 'yellow',
  paid: 'teal',
  void: 'red',
};

/** Green when sure, yellow when likely, red when doubtful: how the review inbox marks a proposed field. */
export function confidenceColor(c: number | undefined): string {
  if (c === undefined) return 'red';
  if (c >= 0.9) return 'teal';
  if (c >= 0.7) return 'yellow';
  return 'red';
}
