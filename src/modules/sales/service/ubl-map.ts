import { minorUnits, roundHalfUp } from '../../../kernel/money.ts';
import type {
  UblDocument,
  UblLine,
  UblParty,
  UblPaymentMeans,
  UblTaxSubtotal,
} from '../../../platform/formats/ubl/model.ts';
import { writeUbl } from '../../../platform/formats/ubl/write.ts';
import { parseDecimal } from '../../tax/index.ts';
import { salesText } from '../i18n.ts';
import type { InvoiceView } from './invoices.ts';

/** What the UBL and PDF documents need besides the invoice itself. */
export interface DocumentContext {
  credited: { number: string; issueDate: string } | null;
  bank: { iban: string | null; bic: string | null; accountNumber: string | null; name: string } | null;
}

const REASONED = new Set(['E', 'AE', 'K', 'G', 'O']);

/** Peppol EAS schemes of VAT numbers by the VAT id's country prefix. */
const VAT_EAS: Record<string, string> = {
  AT: '9914',
  BE: '9925',
  BG: '9926',
  CY: '9928',
  CZ: '9929',
  DE: '9930',
  EE: '9931',
  GB: '9932',
  EL: '9933',
  GR: '9933',
  HR: '9934',
  IE: '9935',
  LT: '9937',
  LU: '9938',
  LV: '9939',
  MT: '9943',
  NL: '9944',
  PL: '9945',
  PT: '9946',
  RO: '9947',
  SI: '9949',
  SK: '9950',
  FR: '9957',
  HU: '9910',
  ES: '9920',
  IT: '0211',
};

/** A Peppol electronic address from a VAT id (EAS of its country) or a US EIN; none when neither fits. */
export function endpointFor(
  vatId: string | null | undefined,
  taxId: string | null | undefined,
  country: string | null | undefined,
) {
  const vat = vatId?.replace(/\s/g, '').toUpperCase();
  const scheme = vat ? VAT_EAS[vat.slice(0, 2)] : undefined;
  if (vat && scheme) return { scheme, id: vat };
  if (country === 'US' && taxId) return { scheme: '9959', id: taxId.replace(/\s/g, '') };
  return undefined;
}
const m = (s: string, currency: string) => BigInt(parseDecimal(s, minorUnits(currency), 'amount'));
const abs = (s: string) => (s.startsWith('-') ? s.slice(1) : s);

/** An issued invoice or credit note as the EN 16931 / Peppol BIS 3 model (`src/platform/formats/ubl`). */
export function invoiceToUbl(inv: InvoiceView, ctx: DocumentContext): UblDocument {
  if (!inv.number || !inv.issueDate || !inv.buyer || !inv.seller)
    throw salesText.error('validation', 'error.ublDraft');
  const cur = inv.currency;
  const seller = inv.seller;
  // BR-O-02: a document with a "not subject to VAT" line names no seller or buyer VAT identifier.
  const vatIds = !inv.lines.some((l) => l.taxCategory === 'O');
  const sellerParty: UblParty = {
    name: seller.name || 'Seller',
    ...(seller.vatId && vatIds ? { vatId: seller.vatId } : {}),
    ...(seller.registrationId ? { companyId: { id: seller.registrationId } } : {}),
    ...((e) => (e ? { endpoint: e } : {}))(
      seller.endpoint ?? endpointFor(seller.vatId, null, seller.country),
    ),
    address: {
      ...(seller.street ? { street: seller.street } : {}),
      ...(seller.city ? { city: seller.city } : {}),
      ...(seller.postalCode ? { postalCode: seller.postalCode } : {}),
      country: seller.country || inv.buyer.address.country || 'CZ',
    },
    ...(seller.email || seller.phone
      ? {
          contact: {
            ...(seller.email ? { email: seller.email } : {}),
            ...(seller.phone ? { phone: seller.phone } : {}),
          },
        }
      : {}),
  };
  const b = inv.buyer;
  const buyerParty: UblParty = {
    name: b.name,
    ...(b.vatId && vatIds ? { vatId: b.vatId } : {}),
    ...((e) => (e ? { endpoint: e } : {}))(endpointFor(b.vatId, b.taxId, b.address.country)),
    address: {
      ...(b.address.street ? { street: b.address.street } : {}),
      ...(b.address.additional ? { additionalStreet: b.address.additional } : {}),
      ...(b.address.city ? { city: b.address.city } : {}),
      ...(b.address.postalCode ? { postalCode: b.address.postalCode } : {}),
      ...(b.address.region ? { subdivision: b.address.region } : {}),
      country: b.address.country || seller.country || 'CZ',
    },
    ...(b.email ? { contact: { email: b.email } } : {}),
  };
  const lines: UblLine[] = inv.lines.map((l) => {
    const net = m(l.net, cur);
    const discount = m(l.discount, cur);
    const qty = l.quantity;
    const tax = {
      category: l.taxCategory as UblLine['item']['tax']['category'],
      ...(l.taxCategory === 'O' ? {} : { percent: l.taxRate }),
    };
    const base: Omit<UblLine, 'price' | 'netAmount'> = {
      id: String(l.lineNo),
      quantity: qty,
      unitCode: l.unit,
      item: { name: l.description.slice(0, 200), ...(l.itemId ? { sellersId: l.itemId } : {}), tax },
    };
    if (!inv.pricesIncludeTax && !l.unitPrice.startsWith('-')) {
      return {
        ...base,
        netAmount: net,
        price: { amount: l.unitPrice },
        ...(discount !== 0n
          ? { allowanceCharges: [{ charge: false, amount: discount, reasonCode: '95', reason: 'Discount' }] }
          : {}),
      };
    }
    // Prices with tax included (or negative prices): the net price for the whole quantity, so
    // quantity × price ÷ base quantity is exactly the line's net amount (PEPPOL-EN16931-R120).
    const q = abs(qty);
    const zero = /^0(\.0+)?$/.test(q);
    return {
      ...base,
      netAmount: net,
      price: zero ? { amount: '0' } : { amount: abs(l.net), baseQuantity: q },
    };
  });
  const breakdown: UblTaxSubtotal[] = inv.breakdown.map((r) => ({
    category: r.category as UblTaxSubtotal['category'],
    ...(r.category === 'O' ? {} : { percent: r.rate }),
    taxableAmount: m(r.taxable, cur),
    taxAmount: m(r.tax, cur),
    ...(REASONED.has(r.category)
      ? {
          exemptionReason: r.exemptionReason ?? r.exemptionCode ?? 'Exempt',
          ...(r.exemptionCode ? { exemptionReasonCode: r.exemptionCode } : {}),
        }
      : {}),
  }));
  const net = m(inv.net, cur);
  const taxTotal = m(inv.tax, cur);
  const total = m(inv.total, cur);
  const paymentMeans: UblPaymentMeans[] = [];
  if (ctx.bank?.iban || ctx.bank?.accountNumber)
    paymentMeans.push({
      code: cur === 'EUR' && ctx.bank.iban ? '58' : '30',
      ...(inv.paymentReference ? { paymentId: inv.paymentReference } : {}),
      account: {
        id: (ctx.bank.iban ?? ctx.bank.accountNumber) as string,
        name: ctx.bank.name,
        ...(ctx.bank.bic ? { bic: ctx.bank.bic } : {}),
      },
    });
  let taxTotalInTaxCurrency: bigint | undefined;
  if (cur !== inv.baseCurrency && inv.exchangeRate) {
    const scale = (inv.exchangeRate.split('.')[1] ?? '').length;
    const rate = parseDecimal(inv.exchangeRate, scale, 'rate');
    const shift = minorUnits(inv.baseCurrency) - minorUnits(cur);
    let num = taxTotal * rate;
    let den = 10n ** BigInt(scale);
    if (shift >= 0) num *= 10n ** BigInt(shift);
    else den *= 10n ** BigInt(-shift);
    taxTotalInTaxCurrency = roundHalfUp(num, den);
  }
  const noteText = inv.notes.trim();
  const canDue = inv.kind === 'invoice' || paymentMeans.length > 0;
  return {
    kind: inv.kind,
    number: inv.number,
    issueDate: inv.issueDate,
    ...(inv.dueDate && canDue
      ? { dueDate: inv.dueDate }
      : { paymentTerms: `Due ${inv.dueDate ?? inv.issueDate}` }),
    ...(noteText ? { notes: [noteText.slice(0, 1000)] } : {}),
    currency: cur,
    ...(taxTotalInTaxCurrency !== undefined ? { taxCurrency: inv.baseCurrency, taxTotalInTaxCurrency } : {}),
    buyerReference: inv.buyerReference || (inv.orderReference ? undefined : inv.number),
    ...(inv.orderReference ? { orderReference: inv.orderReference } : {}),
    ...(ctx.credited
      ? { precedingInvoices: [{ number: ctx.credited.number, issueDate: ctx.credited.issueDate }] }
      : {}),
    seller: sellerParty,
    buyer: buyerParty,
    ...(paymentMeans.length ? { paymentMeans } : {}),
    // Intra-community supplies name the delivery date and country (BR-IC-11, BR-IC-12).
    ...(inv.breakdown.some((r) => r.category === 'K')
      ? { delivery: { date: inv.issueDate, address: { country: buyerParty.address.country } } }
      : {}),
    taxTotal,
    taxBreakdown: breakdown,
    totals: { lineExtension: net, taxExclusive: net, taxInclusive: total, payable: total },
    lines,
  } as UblDocument;
}

export function invoiceUblXml(inv: InvoiceView, ctx: DocumentContext): string {
  return writeUbl(invoiceToUbl(inv, ctx));
}
