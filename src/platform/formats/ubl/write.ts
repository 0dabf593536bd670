import { formatMoney, minorUnits } from '../../../kernel/money.ts';
import type { CatalogParams } from '../../i18n/index.ts';
import { el, writeXml, type XmlChild, type XmlNode } from '../xml.ts';
import { ublText } from './i18n.ts';
import {
  defaultTypeCode,
  isDecimalString,
  UBL_CUSTOMIZATION_ID,
  UBL_NS,
  UBL_PROFILE_ID,
  type UblAddress,
  type UblAllowanceCharge,
  type UblDocument,
  type UblIdentifier,
  type UblLine,
  type UblParty,
  type UblPaymentMeans,
  type UblTaxCategory,
  type UblTaxSubtotal,
} from './model.ts';

/**
 * Writes a model as UBL 2.1 (Invoice-2 or CreditNote-2) in the Peppol BIS Billing 3.0 profile, elements in
 * the order the UBL schema requires. The writer checks the shape of the model (dates, decimals, currency,
 * lines present) but not the business rules: amounts are written as given, so a document whose totals do
 * not add up is written as such and the CEN schematron will say so. Compute totals with the tax module's
 * calculator before mapping.
 */
export function writeUbl(doc: UblDocument): string {
  checkShape(doc);
  const w = new Writer(doc);
  return writeXml(w.document());
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkShape(doc: UblDocument): void {
  // `field` is the model's own path (`lines[0].quantity`), the same in every language; the kind is worded.
  const kind = ublText.localizer(doc.kind === 'credit_note' ? 'kind.credit_note' : 'kind.invoice');
  const number = doc.number || ublText.localizer('noNumber');
  const bad = (field: string, key: Parameters<typeof ublText.t>[1], params: CatalogParams = {}) =>
    ublText.error('validation', key, { kind, number, field, ...params }, { reason: 'ubl_model', field });
  if (!doc.number.trim()) throw bad('number', 'error.modelNoNumber');
  if (!/^[A-Z]{3}$/.test(doc.currency)) throw bad('currency', 'error.modelCurrency');
  if (minorUnits(doc.currency) > 2) {
    throw bad('currency', 'error.modelCurrencyDecimals', { decimals: String(minorUnits(doc.currency)) });
  }
  if (doc.taxCurrency !== undefined) {
    if (!/^[A-Z]{3}$/.test(doc.taxCurrency)) throw bad('taxCurrency', 'error.modelTaxCurrency');
    if (doc.taxTotalInTaxCurrency === undefined) {
      throw bad('taxTotalInTaxCurrency', 'error.modelTaxTotal', { currency: doc.taxCurrency });
    }
  }
  const dates: [string, string | undefined][] = [
    ['issueDate', doc.issueDate],
    ['dueDate', doc.dueDate],
    ['taxPointDate', doc.taxPointDate],
    ['invoicePeriod.start', doc.invoicePeriod?.start],
    ['invoicePeriod.end', doc.invoicePeriod?.end],
    ['delivery.date', doc.delivery?.date],
  ];
  for (const [field, value] of dates) {
    if (value !== undefined && !DATE.test(value)) throw bad(field, 'error.modelDate', { value });
  }
  if (doc.lines.length === 0) throw bad('lines', 'error.modelNoLines');
  doc.lines.forEach((line, i) => {
    const at = `lines[${i}]`;
    for (const [field, value] of [
      ['quantity', line.quantity],
      ['price.amount', line.price.amount],
      ['price.baseQuantity', line.price.baseQuantity],
      ['item.tax.percent', line.item.tax.percent],
    ] as const) {
      if (value !== undefined && !isDecimalString(value)) {
        throw bad(`${at}.${field}`, 'error.modelDecimal', { value });
      }
    }
  });
  for (const party of ['seller', 'buyer'] as const) {
    if (!doc[party].name.trim()) throw bad(`${party}.name`, 'error.modelEmpty');
    if (!/^[A-Z]{2}$/.test(doc[party].address.country)) {
      throw bad(`${party}.address.country`, 'error.modelCountry');
    }
  }
}

const text = (name: string, value: string | undefined, attrs?: Record<string, string | undefined>) =>
  value === undefined || value === '' ? null : attrs ? el(name, attrs, value) : el(name, value);

const id = (name: string, ident: UblIdentifier | undefined) =>
  ident ? text(name, ident.id, { schemeID: ident.scheme }) : null;

const VAT = () => el('cac:TaxScheme', el('cbc:ID', 'VAT'));

/**
 * XRechnung's structured cash-discount lines (`#SKONTO#TAGE=14#PROZENT=2.00#`, rule DE-R-018) must end
 * with a line break; the reader trims text, so the writer puts it back.
 */
function paymentTermsText(text: string): string {
  return /^\s*#/m.test(text) && !text.endsWith('\n') ? `${text}\n` : text;
}

class Writer {
  readonly invoice: boolean;
  constructor(readonly doc: UblDocument) {
    this.invoice = doc.kind === 'invoice';
  }

  amount(name: string, value: bigint | undefined, currency = this.doc.currency): XmlNode | null {
    return value === undefined
      ? null
      : el(name, { currencyID: currency }, formatMoney({ amount: value, currency }));
  }

  document(): XmlNode {
    const d = this.doc;
    const inv = this.invoice;
    const typeCode = d.typeCode ?? defaultTypeCode(d.kind);
    const projectAsDocument =
      !inv && d.projectReference
        ? el(
            'cac:AdditionalDocumentReference',
            el('cbc:ID', d.projectReference),
            el('cbc:DocumentTypeCode', '50'),
          )
        : null;
    const body: XmlChild[] = [
      el('cbc:CustomizationID', UBL_CUSTOMIZATION_ID),
      el('cbc:ProfileID', UBL_PROFILE_ID),
      el('cbc:ID', d.number),
      el('cbc:IssueDate', d.issueDate),
      inv ? text('cbc:DueDate', d.dueDate) : null,
      inv ? el('cbc:InvoiceTypeCode', typeCode) : null,
      ...(inv ? (d.notes ?? []).map((n) => el('cbc:Note', n)) : []),
      text('cbc:TaxPointDate', d.taxPointDate),
      inv ? null : el('cbc:CreditNoteTypeCode', typeCode),
      ...(inv ? [] : (d.notes ?? []).map((n) => el('cbc:Note', n))),
      el('cbc:DocumentCurrencyCode', d.currency),
      text('cbc:TaxCurrencyCode', d.taxCurrency),
      text('cbc:AccountingCost', d.accountingCost),
      text('cbc:BuyerReference', d.buyerReference),
      this.period('cac:InvoicePeriod', d.invoicePeriod),
      d.orderReference || d.salesOrderReference
        ? el(
            'cac:OrderReference',
            el('cbc:ID', d.orderReference ?? 'NA'),
            text('cbc:SalesOrderID', d.salesOrderReference),
          )
        : null,
      ...(d.precedingInvoices ?? []).map((p) =>
        el(
          'cac:BillingReference',
          el('cac:InvoiceDocumentReference', el('cbc:ID', p.number), text('cbc:IssueDate', p.issueDate)),
        ),
      ),
      d.contractReference ? el('cac:ContractDocumentReference', el('cbc:ID', d.contractReference)) : null,
      ...(d.additionalDocuments ?? []).map((a) =>
        el(
          'cac:AdditionalDocumentReference',
          el('cbc:ID', a.id),
          text('cbc:DocumentTypeCode', a.typeCode),
          text('cbc:DocumentDescription', a.description),
          a.uri ? el('cac:Attachment', el('cac:ExternalReference', el('cbc:URI', a.uri))) : null,
        ),
      ),
      projectAsDocument,
      inv && d.projectReference ? el('cac:ProjectReference', el('cbc:ID', d.projectReference)) : null,
      el('cac:AccountingSupplierParty', this.party(d.seller, true)),
      el('cac:AccountingCustomerParty', this.party(d.buyer, false)),
      d.payee
        ? el(
            'cac:PayeeParty',
            d.payee.identifier ? el('cac:PartyIdentification', id('cbc:ID', d.payee.identifier)) : null,
            el('cac:PartyName', el('cbc:Name', d.payee.name)),
            d.payee.companyId ? el('cac:PartyLegalEntity', id('cbc:CompanyID', d.payee.companyId)) : null,
          )
        : null,
      this.delivery(),
      ...(d.paymentMeans ?? []).map((p, i) => this.paymentMeans(p, i === 0)),
      d.paymentTerms ? el('cac:PaymentTerms', el('cbc:Note', paymentTermsText(d.paymentTerms))) : null,
      ...(d.allowanceCharges ?? []).map((a) => this.allowanceCharge(a, true)),
      el(
        'cac:TaxTotal',
        this.amount('cbc:TaxAmount', d.taxTotal),
        ...d.taxBreakdown.map((t) => this.subtotal(t)),
      ),
      d.taxCurrency && d.taxTotalInTaxCurrency !== undefined
        ? el('cac:TaxTotal', this.amount('cbc:TaxAmount', d.taxTotalInTaxCurrency, d.taxCurrency))
        : null,
      el(
        'cac:LegalMonetaryTotal',
        this.amount('cbc:LineExtensionAmount', d.totals.lineExtension),
        this.amount('cbc:TaxExclusiveAmount', d.totals.taxExclusive),
        this.amount('cbc:TaxInclusiveAmount', d.totals.taxInclusive),
        this.amount('cbc:AllowanceTotalAmount', d.totals.allowanceTotal),
        this.amount('cbc:ChargeTotalAmount', d.totals.chargeTotal),
        this.amount('cbc:PrepaidAmount', d.totals.prepaid),
        this.amount('cbc:PayableRoundingAmount', d.totals.rounding),
        this.amount('cbc:PayableAmount', d.totals.payable),
      ),
      ...d.lines.map((l) => this.line(l)),
    ];
    return el(
      inv ? 'Invoice' : 'CreditNote',
      {
        xmlns: inv ? UBL_NS.invoice : UBL_NS.creditNote,
        'xmlns:cac': UBL_NS.cac,
        'xmlns:cbc': UBL_NS.cbc,
      },
      ...body,
    );
  }

  period(name: string, p: { start?: string; end?: string } | undefined): XmlNode | null {
    if (!p || (!p.start && !p.end)) return null;
    return el(name, text('cbc:StartDate', p.start), text('cbc:EndDate', p.end));
  }

  address(name: string, a: UblAddress): XmlNode {
    return el(
      name,
      text('cbc:StreetName', a.street),
      text('cbc:AdditionalStreetName', a.additionalStreet),
      text('cbc:CityName', a.city),
      text('cbc:PostalZone', a.postalCode),
      text('cbc:CountrySubentity', a.subdivision),
      a.addressLine ? el('cac:AddressLine', el('cbc:Line', a.addressLine)) : null,
      el('cac:Country', el('cbc:IdentificationCode', a.country)),
    );
  }

  party(p: UblParty, seller: boolean): XmlNode {
    return el(
      'cac:Party',
      p.endpoint ? el('cbc:EndpointID', { schemeID: p.endpoint.scheme }, p.endpoint.id) : null,
      ...(p.identifiers ?? []).map((i) => el('cac:PartyIdentification', id('cbc:ID', i))),
      p.tradingName ? el('cac:PartyName', el('cbc:Name', p.tradingName)) : null,
      this.address('cac:PostalAddress', p.address),
      p.vatId ? el('cac:PartyTaxScheme', el('cbc:CompanyID', p.vatId), VAT()) : null,
      seller && p.taxRegistrationId
        ? el(
            'cac:PartyTaxScheme',
            el('cbc:CompanyID', p.taxRegistrationId),
            el('cac:TaxScheme', el('cbc:ID', 'TAX')),
          )
        : null,
      el(
        'cac:PartyLegalEntity',
        el('cbc:RegistrationName', p.name),
        id('cbc:CompanyID', p.companyId),
        seller ? text('cbc:CompanyLegalForm', p.legalInfo) : null,
      ),
      p.contact && (p.contact.name || p.contact.phone || p.contact.email)
        ? el(
            'cac:Contact',
            text('cbc:Name', p.contact.name),
            text('cbc:Telephone', p.contact.phone),
            text('cbc:ElectronicMail', p.contact.email),
          )
        : null,
    );
  }

  delivery(): XmlNode | null {
    const del = this.doc.delivery;
    if (!del) return null;
    return el(
      'cac:Delivery',
      text('cbc:ActualDeliveryDate', del.date),
      del.locationId || del.address
        ? el(
            'cac:DeliveryLocation',
            id('cbc:ID', del.locationId),
            del.address ? this.address('cac:Address', del.address) : null,
          )
        : null,
      del.partyName ? el('cac:DeliveryParty', el('cac:PartyName', el('cbc:Name', del.partyName))) : null,
    );
  }

  paymentMeans(p: UblPaymentMeans, first: boolean): XmlNode {
    return el(
      'cac:PaymentMeans',
      text('cbc:PaymentMeansCode', p.code, { name: p.name }),
      // A credit note has no cbc:DueDate; BT-9 goes on the payment means.
      !this.invoice && first ? text('cbc:PaymentDueDate', this.doc.dueDate) : null,
      text('cbc:PaymentID', p.paymentId),
      p.card
        ? el(
            'cac:CardAccount',
            el('cbc:PrimaryAccountNumberID', p.card.pan),
            el('cbc:NetworkID', p.card.network ?? 'NA'),
            text('cbc:HolderName', p.card.holder),
          )
        : null,
      p.account
        ? el(
            'cac:PayeeFinancialAccount',
            el('cbc:ID', p.account.id),
            text('cbc:Name', p.account.name),
            p.account.bic ? el('cac:FinancialInstitutionBranch', el('cbc:ID', p.account.bic)) : null,
          )
        : null,
      p.mandate
        ? el(
            'cac:PaymentMandate',
            text('cbc:ID', p.mandate.id),
            p.mandate.debitedAccount
              ? el('cac:PayerFinancialAccount', el('cbc:ID', p.mandate.debitedAccount))
              : null,
          )
        : null,
    );
  }

  taxCategory(name: string, t: UblTaxCategory, exemption?: UblTaxSubtotal): XmlNode {
    return el(
      name,
      el('cbc:ID', t.category),
      text('cbc:Percent', t.percent),
      text('cbc:TaxExemptionReasonCode', exemption?.exemptionReasonCode),
      text('cbc:TaxExemptionReason', exemption?.exemptionReason),
      VAT(),
    );
  }

  allowanceCharge(a: UblAllowanceCharge, documentLevel: boolean): XmlNode {
    return el(
      'cac:AllowanceCharge',
      el('cbc:ChargeIndicator', a.charge ? 'true' : 'false'),
      text('cbc:AllowanceChargeReasonCode', a.reasonCode),
      text('cbc:AllowanceChargeReason', a.reason),
      text('cbc:MultiplierFactorNumeric', a.percent),
      this.amount('cbc:Amount', a.amount),
      this.amount('cbc:BaseAmount', a.baseAmount),
      documentLevel && a.tax ? this.taxCategory('cac:TaxCategory', a.tax) : null,
    );
  }

  subtotal(t: UblTaxSubtotal): XmlNode {
    return el(
      'cac:TaxSubtotal',
      this.amount('cbc:TaxableAmount', t.taxableAmount),
      this.amount('cbc:TaxAmount', t.taxAmount),
      this.taxCategory('cac:TaxCategory', t, t),
    );
  }

  line(l: UblLine): XmlNode {
    const inv = this.invoice;
    const it = l.item;
    const price = l.price;
    return el(
      inv ? 'cac:InvoiceLine' : 'cac:CreditNoteLine',
      el('cbc:ID', l.id),
      text('cbc:Note', l.note),
      el(inv ? 'cbc:InvoicedQuantity' : 'cbc:CreditedQuantity', { unitCode: l.unitCode }, l.quantity),
      this.amount('cbc:LineExtensionAmount', l.netAmount),
      text('cbc:AccountingCost', l.accountingCost),
      this.period('cac:InvoicePeriod', l.period),
      l.orderLineReference ? el('cac:OrderLineReference', el('cbc:LineID', l.orderLineReference)) : null,
      ...(l.allowanceCharges ?? []).map((a) => this.allowanceCharge(a, false)),
      el(
        'cac:Item',
        text('cbc:Description', it.description),
        el('cbc:Name', it.name),
        it.buyersId ? el('cac:BuyersItemIdentification', el('cbc:ID', it.buyersId)) : null,
        it.sellersId ? el('cac:SellersItemIdentification', el('cbc:ID', it.sellersId)) : null,
        it.standardId ? el('cac:StandardItemIdentification', id('cbc:ID', it.standardId)) : null,
        it.originCountry ? el('cac:OriginCountry', el('cbc:IdentificationCode', it.originCountry)) : null,
        ...(it.classifications ?? []).map((c) =>
          el(
            'cac:CommodityClassification',
            el('cbc:ItemClassificationCode', { listID: c.listId, listVersionID: c.listVersion }, c.code),
          ),
        ),
        this.taxCategory('cac:ClassifiedTaxCategory', it.tax),
        ...(it.properties ?? []).map((p) =>
          el('cac:AdditionalItemProperty', el('cbc:Name', p.name), el('cbc:Value', p.value)),
        ),
      ),
      el(
        'cac:Price',
        el('cbc:PriceAmount', { currencyID: this.doc.currency }, price.amount),
        price.baseQuantity
          ? el('cbc:BaseQuantity', { unitCode: price.baseUnitCode ?? l.unitCode }, price.baseQuantity)
          : null,
        price.discount
          ? el(
              'cac:AllowanceCharge',
              el('cbc:ChargeIndicator', 'false'),
              el('cbc:Amount', { currencyID: this.doc.currency }, price.discount.amount),
              el('cbc:BaseAmount', { currencyID: this.doc.currency }, price.discount.gross),
            )
          : null,
      ),
    );
  }
}
