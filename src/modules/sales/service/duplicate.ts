import { addDays, daysBetween } from '../../../kernel/dates.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { salesText } from '../i18n.ts';
import { createDraft, getInvoiceRow, type InvoiceView, loadLines } from './invoices.ts';

/**
 * A new draft invoice like an existing one (any status): same customer, currency, series, prices and lines,
 * dated `today` with the same payment term (due − issue days). Numbers, payments and settlements are not
 * copied — the copy is a draft to edit. Credit notes are refused: one belongs to the invoice it credits.
 */
export async function duplicateInvoice(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  today: string,
): Promise<InvoiceView> {
  const inv = await getInvoiceRow(tx, ctx.companyId, id);
  if (inv.kind !== 'invoice') throw salesText.error('validation', 'error.duplicateOnlyInvoice');
  const term = inv.issue_date && inv.due_date ? daysBetween(inv.issue_date, inv.due_date) : null;
  const lines = (await loadLines(tx, ctx.companyId, inv.id)).map((l) => ({
    description: l.description,
    itemId: l.itemId,
    quantity: l.quantity,
    unit: l.unit,
    unitPrice: l.unitPrice,
    discountPercent: l.discountPercent,
    discountAmount: l.discountAmount,
    taxCode: l.taxCodeId,
    revenueAccountId: l.revenueAccountId,
  }));
  const copy = await createDraft(tx, ctx, {
    kind: 'invoice',
    partyId: inv.party_id,
    seriesId: inv.series_id,
    currency: inv.currency,
    issueDate: today,
    ...(term !== null && term >= 0 ? { dueDate: addDays(today, term) } : {}),
    pricesIncludeTax: inv.prices_include_tax,
    rounding: inv.rounding,
    buyerReference: inv.buyer_reference,
    orderReference: inv.order_reference,
    notes: inv.notes,
    lines,
  });
  await recordAudit(tx, {
    ...ctx,
    entityType: 'sales_invoice',
    entityId: copy.id,
    action: 'duplicate',
    after: { duplicatedFrom: inv.id, number: inv.number },
  });
  return copy;
}
