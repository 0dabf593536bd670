/** Shapes of /api/v1/sales and /api/v1/tax (src/modules/sales, src/modules/tax). */
export type DocStatus = 'draft' | 'issued' | 'partially_paid' | 'paid' | 'credited';
export type DocKind = 'invoice' | 'credit_note';

export interface InvoiceLine {
  lineNo: number;
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
  net: string;
  tax: string;
}

export interface Invoice {
  id: string;
  kind: DocKind;
  status: DocStatus;
  number: string | null;
  partyId: string;
  customer: string;
  buyer: {
    name: string;
    vatId: string | null;
    address: { street: string; city: string; postalCode: string; country: string | null };
    email: string;
  } | null;
  seller: { name?: string; vatId?: string } | null;
  currency: string;
  baseCurrency: string;
  exchangeRate: string | null;
  issueDate: string | null;
  dueDate: string | null;
  pricesIncludeTax: boolean;
  rounding: 'line' | 'document';
  creditedInvoiceId: string | null;
  buyerReference: string;
  paymentReference: string | null;
  notes: string;
  net: string;
  tax: string;
  total: string;
  paid: string;
  open: string;
  breakdown: {
    category: string;
    rate: string;
    taxable: string;
    tax: string;
    exemptionReason: string | null;
  }[];
  lines: InvoiceLine[];
  ledgerEntryId: string | null;
  version: number;
  settlements?: { settlementId: string; amount: string; date: string; reversedAt: string | null }[];
}

export type { TaxCode } from '../../lib/records';

export interface Series {
  id: string;
  code: string;
  name: string;
  kind: DocKind;
  pattern: string;
  yearlyReset: boolean;
  isDefault: boolean;
  active: boolean;
}

export const statusColor: Record<DocStatus, string> = {
  draft: 'gray',
  issued: 'blue',
  partially_paid: 'yellow',
  paid: 'teal',
  credited: 'grape',
};

/** UN/ECE recommendation 20 unit codes offered in the editor. */
export const UNITS = ['C62', 'H87', 'HUR', 'DAY', 'MON', 'KGM', 'MTR', 'LTR', 'MTK', 'SET', 'KMT'];
