import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import type { LineInput } from '../contract.ts';
import { salesText } from '../i18n.ts';
import { createDraft, getInvoiceRow, type InvoiceView, loadLines } from './invoices.ts';

/** A credit note draft for an issued invoice: all its lines (full) or the given ones (partial). */
export async function createCreditNote(
  tx: Tx,
  ctx: ServiceContext,
  invoiceId: string,
  input: { lines?: LineInput[] | undefined; reason?: string | undefined },
): Promise<InvoiceView> {
  const inv = await getInvoiceRow(tx, ctx.companyId, invoiceId, true);
  if (inv.kind !== 'invoice') throw salesText.error('validation', 'error.creditOnlyInvoice');
  if (inv.status === 'draft') throw salesText.error('validation', 'error.creditDraft');
  const lines: LineInput[] =
    input.lines ??
    (await loadLines(tx, ctx.companyId, inv.id)).map((l) => ({
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
  return createDraft(tx, ctx, {
    kind: 'credit_note',
    partyId: inv.party_id,
    currency: inv.currency,
    pricesIncludeTax: inv.prices_include_tax,
    rounding: inv.rounding,
    buyerReference: inv.buyer_reference,
    orderReference: inv.order_reference,
    notes: input.reason ?? `Credit note for invoice ${inv.number}`,
    creditedInvoiceId: inv.id,
    lines,
  });
}
