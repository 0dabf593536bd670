import { formatMoney } from '../../../kernel/money.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Tx } from '../../../platform/db/index.ts';
import { readUbl, type UblDocument } from '../../../platform/formats/ubl/index.ts';
import { createParty, findParties, type PartySummary } from '../../parties/index.ts';
import { listTaxCodes, parseDecimal, RATE_SCALE, type TaxCodeRow } from '../../tax/index.ts';
import type { BillInput } from '../contract.ts';
import { purchasingText } from '../i18n.ts';
import { type BillView, saveBill } from './bills.ts';
import { recall } from './memory.ts';

export interface UblImportResult {
  bill: BillView;
  vendorCreated: boolean;
  /** Differences between the document's totals and ours (the tax calculator rounds per line). */
  warnings: string[];
}

const rateOf = (t: TaxCodeRow) => parseDecimal(t.rate, RATE_SCALE, 'rate');

/** The company's tax code for a UBL category and rate: same category and rate; reverse charge by kind. */
function taxCodeFor(
  codes: TaxCodeRow[],
  category: string,
  percent: string | undefined,
  line: string,
): TaxCodeRow {
  const rate = parseDecimal(percent ?? '0', RATE_SCALE, `line ${line} tax rate`);
  const found =
    category === 'AE'
      ? codes.find((c) => c.kind === 'reverse_charge')
      : (codes.find((c) => c.category === category && rateOf(c) === rate) ??
        codes.find((c) => rateOf(c) === rate && c.kind !== 'reverse_charge'));
  if (!found)
    throw purchasingText.error(
      'validation',
      'error.ublNoTaxCode',
      { line, category, percent: percent ?? '0' },
      { reason: 'no_tax_code', element: 'ClassifiedTaxCategory', line },
    );
  return found;
}

/** A UBL line's unit price per one unit, as a decimal string (price / base quantity when that is not 1). */
function unitPriceOf(
  l: UblDocument['lines'][number],
  currency: string,
): { quantity: string; unitPrice: string } {
  const base = l.price.baseQuantity;
  const plain = !l.allowanceCharges?.length && (!base || parseDecimal(base, 4, 'base quantity') === 10_000n);
  if (plain) return { quantity: l.quantity, unitPrice: l.price.amount };
  // Base quantities and line allowances/charges: one unit at the line's net amount keeps the total exact.
  return { quantity: '1', unitPrice: formatMoney({ amount: l.netAmount, currency }) };
}

/**
 * A received UBL 2.1 / Peppol BIS 3.0 invoice → a draft bill (source `ubl`). The vendor is the party with the
 * seller's VAT id (`parties.findParties`); when there is none, `createVendor: true` creates it from the
 * document, otherwise the answer says so with the proposed vendor. Lines go to `accountId` or the vendor's
 * last expense account; tax codes are matched by category and rate.
 */
export async function importUbl(
  tx: Tx,
  ctx: ServiceContext,
  input: {
    xml: string;
    createVendor?: boolean | undefined;
    accountId?: string | undefined;
    confirmDuplicate?: boolean | undefined;
  },
): Promise<UblImportResult> {
  const doc = readUbl(input.xml);
  if (doc.kind !== 'invoice')
    throw purchasingText.error(
      'validation',
      'error.ublCreditNote',
      {},
      {
        reason: 'ubl_credit_note',
      },
    );
  if (doc.allowanceCharges?.length)
    throw purchasingText.error(
      'validation',
      'error.ublAllowances',
      {},
      {
        reason: 'ubl_document_allowances',
        element: 'AllowanceCharge',
      },
    );
  const seller = doc.seller;
  let matches: PartySummary[] = [];
  if (seller.vatId) matches = await findParties(tx, ctx.companyId, { vatId: seller.vatId });
  let vendor = matches.find((p) => p.vendor) ?? matches[0];
  let vendorCreated = false;
  if (!vendor) {
    if (!input.createVendor)
      throw purchasingText.error(
        'validation',
        'error.ublNoVendor',
        { name: seller.name, vatId: seller.vatId ?? '(none in the document)' },
        {
          reason: 'vendor_not_found',
          proposedVendor: { name: seller.name, vatId: seller.vatId ?? null, country: seller.address.country },
        },
      );
    vendor = await createParty(tx, ctx, {
      legalName: seller.name,
      vatId: seller.vatId ?? null,
      vendor: true,
      customer: false,
      currency: doc.currency,
      address: {
        street: seller.address.street ?? '',
        city: seller.address.city ?? '',
        postalCode: seller.address.postalCode ?? '',
        country: seller.address.country,
      },
      ...(seller.contact?.email ? { email: seller.contact.email } : {}),
    });
    vendorCreated = true;
  }
  const memory = await recall(tx, ctx.companyId, vendor.id);
  const accountId = input.accountId ?? memory?.accountId ?? null;
  if (!accountId)
    throw purchasingText.error(
      'validation',
      'error.ublExpenseAccount',
      { party: vendor.legalName },
      {
        field: 'accountId',
        vendorId: vendor.id,
      },
    );
  const codes = await listTaxCodes(tx, ctx.companyId, { activeOnly: true });
  const reverse = doc.lines.some((l) => l.item.tax.category === 'AE');
  const standard = codes
    .filter((c) => c.kind === 'standard')
    .sort((a, b) => (rateOf(b) > rateOf(a) ? 1 : rateOf(b) < rateOf(a) ? -1 : 0))[0];
  const lines: BillInput['lines'] = doc.lines.map((l) => ({
    description: (l.item.name + (l.note ? ` — ${l.note}` : '')).slice(0, 1000),
    accountId,
    taxCode: taxCodeFor(codes, l.item.tax.category, l.item.tax.percent, l.id).code,
    ...unitPriceOf(l, doc.currency),
  }));
  const bill = await saveBill(
    tx,
    ctx,
    {
      vendorId: vendor.id,
      vendorInvoiceNumber: doc.number,
      issueDate: doc.issueDate,
      dueDate: doc.dueDate ?? null,
      currency: doc.currency,
      paymentReference: doc.paymentMeans?.find((p) => p.paymentId)?.paymentId ?? null,
      reverseChargeRate: reverse ? (standard?.rate ?? null) : null,
      notes: (doc.notes ?? []).join('\n').slice(0, 4000),
      lines,
      confirmDuplicate: input.confirmDuplicate,
    },
    { source: 'ubl' },
  );
  const warnings: string[] = [];
  const payable = formatMoney({ amount: doc.totals.payable, currency: doc.currency });
  if (bill.total !== payable)
    warnings.push(
      `The document says ${payable} ${doc.currency} payable; the bill computes ${bill.total} (rounding per line). Check the lines.`,
    );
  return { bill, vendorCreated, warnings };
}
