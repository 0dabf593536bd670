import { addDays, daysBetween } from '../../../kernel/dates.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { purchasingText } from '../i18n.ts';
import { type BillView, getBill, saveBill } from './bills.ts';

/**
 * A new draft bill like an existing one (any status): same vendor, currency, prices, accounts and lines, dated
 * `today` with the same payment term. The vendor's invoice number is not known yet, so the copy carries
 * `COPY-<number>` until it is edited; the duplicate-bill check is skipped for this deliberate copy (it runs
 * again when the draft is saved). Vendor credits are refused: one answers a particular bill.
 */
export async function duplicateBill(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  today: string,
): Promise<BillView> {
  const b = await getBill(tx, ctx.companyId, id);
  if (b.kind !== 'bill') throw purchasingText.error('validation', 'error.duplicateOnlyBill');
  const term = Math.max(0, daysBetween(b.issueDate, b.dueDate));
  const copy = await saveBill(tx, ctx, {
    vendorId: b.vendorId,
    vendorInvoiceNumber: `COPY-${b.vendorInvoiceNumber}`.slice(0, 100),
    issueDate: today,
    dueDate: addDays(today, term),
    currency: b.currency,
    pricesIncludeTax: b.pricesIncludeTax,
    payableAccountId: b.payableAccountId,
    reverseChargeRate: b.reverseChargeRate,
    notes: b.notes,
    lines: b.lines.map((l) => ({
      description: l.description,
      accountId: l.accountId,
      taxCode: l.taxCodeId,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
    })),
    confirmDuplicate: true,
  });
  await recordAudit(tx, {
    ...ctx,
    entityType: 'purchasing_bill',
    entityId: copy.id,
    action: 'duplicate',
    after: { duplicatedFrom: b.id, vendorInvoiceNumber: b.vendorInvoiceNumber },
  });
  return copy;
}
