import type { Schema } from '../../api/types';

/** Shapes of /api/v1/purchasing (src/modules/purchasing), generated from its contract. */
export type Bill = Schema<'Bill'>;
/** A bill with what settled it (the answer of GET /purchasing/bills/{id}). */
export type BillDetail = Schema<'BillDetail'>;
export type BillStatus = Bill['status'];
export type BillLine = Schema<'BillLine'>;
export type Capture = Schema<'Capture'>;
export type Proposal = Schema<'CaptureProposal'>;
export type Extracted = NonNullable<Capture['fields'][keyof Capture['fields']]>;

export interface DuplicateCandidate {
  id: string;
  vendorInvoiceNumber: string;
  issueDate: string;
  total: string;
  status: BillStatus;
  reason: 'same_number' | 'same_amount_and_date';
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
