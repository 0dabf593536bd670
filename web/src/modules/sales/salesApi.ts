/** Shapes of /api/v1/sales and /api/v1/tax (src/modules/sales, src/modules/tax): the generated answer types. */
import type { Schema } from '../../api/types';

export type Invoice = Schema<'Invoice'>;
/** GET /sales/invoices/{id}: the invoice and the payments settled against it. */
export type InvoiceDetail = Schema<'InvoiceDetail'>;
export type InvoiceLine = Invoice['lines'][number];
export type DocStatus = Invoice['status'];
export type DocKind = Invoice['kind'];
export type Series = Schema<'NumberingSeries'>;
export type { TaxCode } from '../../lib/records';

export const statusColor: Record<DocStatus, string> = {
  draft: 'gray',
  issued: 'blue',
  partially_paid: 'yellow',
  paid: 'teal',
  credited: 'grape',
};

/** UN/ECE recommendation 20 unit codes offered in the editor. */
