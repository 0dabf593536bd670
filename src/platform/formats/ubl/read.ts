import { isAppError } from '../../../kernel/errors.ts';
import { minorUnits, parseMoney } from '../../../kernel/money.ts';
import { type CatalogParams, reasonOf } from '../../i18n/index.ts';
import { at, child, children, parseXml, textAt, type XmlElement } from '../xml.ts';
import { ublText } from './i18n.ts';
import {
  defaultTypeCode,
  isDecimalString,
  TAX_CATEGORIES,
  type TaxCategoryCode,
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
 * Reads a UBL 2.1 invoice or credit note (bytes or text) into the model. Hostile input is refused by
 * parseXml (no DTDs, size limit, declared encoding). Every problem is a `validation` AppError whose
 * message and `details.element` name the element, e.g. `Invoice/InvoiceLine[2]/LineExtensionAmount`.
 *
 * What is read is what the model carries (see model.ts); other UBL content (embedded attachments, tax
 * representative, extensions) is ignored, not refused. Business rules are not re-checked here — run the
 * CEN schematron for that; the reader only guarantees a well-typed model.
 */
export function readUbl(input: Uint8Array | string, options: { maxBytes?: number } = {}): UblDocument {
  let root: XmlElement;
  try {
    root = parseXml(input, { what: 'UBL invoice', maxBytes: options.maxBytes });
  } catch (e) {
    if (isAppError(e)) throw e;
    // fast-xml-parser throws plain Errors for some hostile shapes (e.g. "Maximum nested tags exceeded").
    throw ublText.error(
      'validation',
      'error.unreadable',
      { problem: reasonOf(e) },
      { reason: 'xml_malformed' },
    );
  }
  if (root.name !== 'Invoice' && root.name !== 'CreditNote') {
    throw ublText.error(
      'validation',
      'error.notUbl',
      { root: root.name },
      { reason: 'ubl_root', element: root.name },
    );
  }
  return new Reader(root).document();
}

/** The element path is XML's own name for the place, the same in every language. */
function fail(
  el: XmlElement | string,
  key: UblKey,
  params: CatalogParams = {},
  reason = 'ubl_invalid',
): never {
  const element = typeof el === 'string' ? el : el.path;
  throw ublText.error('validation', key, { element, ...params }, { reason, element });
}
type UblKey = Parameters<typeof ublText.t>[1];

/** Normalises an XSD decimal ("+1.50", ".5", "25.000") to the canonical form the kernel parses. */
function canonicalDecimal(raw: string): string | null {
  let t = raw.trim();
  if (t.startsWith('+')) t = t.slice(1);
  let sign = '';
  if (t.startsWith('-')) {
    sign = '-';
    t = t.slice(1);
  }
  if (t.startsWith('.')) t = `0${t}`;
  if (t.endsWith('.')) t = t.slice(0, -1);
  if (!/^\d+(\.\d+)?$/.test(t)) return null;
  return sign + t;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

class Reader {
  readonly invoice: boolean;
  readonly currency: string;
  constructor(readonly root: XmlElement) {
    this.invoice = root.name === 'Invoice';
    this.currency = this.required(root, 'DocumentCurrencyCode');
    if (!/^[A-Z]{3}$/.test(this.currency)) {
      fail(`${root.path}/DocumentCurrencyCode`, 'error.badCurrencyCode', { value: this.currency });
    }
  }

  required(el: XmlElement, path: string): string {
    const value = textAt(el, path);
    if (value === undefined || value === '')
      fail(`${el.path}/${path}`, 'error.missingOrEmpty', {}, 'ubl_missing');
    return value;
  }

  optional(el: XmlElement | undefined, path: string): string | undefined {
    const value = textAt(el, path);
    return value === undefined || value === '' ? undefined : value;
  }

  date(el: XmlElement | undefined, path: string): string | undefined {
    const value = this.optional(el, path);
    if (value !== undefined && !DATE.test(value)) fail(`${el?.path}/${path}`, 'error.notDate', { value });
    return value;
  }

  /** A money amount in minor units; the currencyID attribute must be the expected currency. */
  amountOf(found: XmlElement, currency = this.currency): bigint {
    const declared = found.attrs.currencyID;
    if (declared !== undefined && declared !== currency) {
      fail(found, 'error.wrongCurrency', { declared, currency }, 'ubl_currency');
    }
    const canonical = canonicalDecimal(found.text);
    if (canonical === null) fail(found, 'error.notAmount', { value: found.text }, 'ubl_amount');
    const decimals = minorUnits(currency);
    const [whole, frac = ''] = canonical.split('.');
    const extra = frac.slice(decimals);
    if (/[^0]/.test(extra)) {
      fail(
        found,
        'error.tooManyDecimals',
        { value: found.text, decimals: String(decimals), currency },
        'ubl_amount',
      );
    }
    const trimmed = frac.slice(0, decimals);
    return parseMoney(trimmed ? `${whole}.${trimmed}` : (whole as string), currency).amount;
  }

  amount(el: XmlElement, path: string, currency = this.currency): bigint {
    const found = at(el, path);
    if (!found || found.text === '') fail(`${el.path}/${path}`, 'error.missingOrEmpty', {}, 'ubl_missing');
    return this.amountOf(found, currency);
  }

  optionalAmount(el: XmlElement | undefined, path: string): bigint | undefined {
    const found = at(el, path);
    return found && found.text !== '' ? this.amountOf(found) : undefined;
  }

  decimal(el: XmlElement | undefined, path: string): string | undefined {
    const found = at(el, path);
    if (!found || found.text === '') return undefined;
    const canonical = canonicalDecimal(found.text);
    if (canonical === null || !isDecimalString(canonical))
      fail(found, 'error.notNumber', { value: found.text });
    return canonical;
  }

  identifier(el: XmlElement | undefined): UblIdentifier | undefined {
    if (!el || el.text === '') return undefined;
    return el.attrs.schemeID ? { id: el.text, scheme: el.attrs.schemeID } : { id: el.text };
  }

  document(): UblDocument {
    const r = this.root;
    const inv = this.invoice;
    const typeCode = this.required(r, inv ? 'InvoiceTypeCode' : 'CreditNoteTypeCode');
    const taxCurrency = this.optional(r, 'TaxCurrencyCode');
    const taxTotals = children(r, 'TaxTotal');
    const main = taxTotals.find(
      (t) => (child(t, 'TaxAmount')?.attrs.currencyID ?? this.currency) === this.currency,
    );
    if (!main) fail(`${r.path}/TaxTotal`, 'error.noTaxTotal', { currency: this.currency }, 'ubl_missing');
    const inTaxCurrency =
      taxCurrency && taxCurrency !== this.currency
        ? taxTotals.find((t) => child(t, 'TaxAmount')?.attrs.currencyID === taxCurrency)
        : undefined;
    const lmt = at(r, 'LegalMonetaryTotal');
    if (!lmt) fail(`${r.path}/LegalMonetaryTotal`, 'error.missing', {}, 'ubl_missing');
    const lines = children(r, inv ? 'InvoiceLine' : 'CreditNoteLine');
    if (lines.length === 0)
      fail(`${r.path}/${inv ? 'InvoiceLine' : 'CreditNoteLine'}`, 'error.noLines', {}, 'ubl_missing');

    const additional = children(r, 'AdditionalDocumentReference');
    const projectDocument = additional.find((a) => textAt(a, 'DocumentTypeCode') === '50');
    const project = inv ? this.optional(r, 'ProjectReference/ID') : this.optional(projectDocument, 'ID');
    const paymentMeansEls = children(r, 'PaymentMeans');
    const dueDate = inv ? this.date(r, 'DueDate') : this.date(paymentMeansEls[0], 'PaymentDueDate');
    const notes = children(r, 'Note')
      .map((n) => n.text)
      .filter((n) => n !== '');
    const period = this.period(at(r, 'InvoicePeriod'));

    const doc: UblDocument = {
      kind: inv ? 'invoice' : 'credit_note',
      // The default (380 / 381) is left implicit so that a written model reads back equal.
      ...(typeCode === defaultTypeCode(inv ? 'invoice' : 'credit_note') ? {} : { typeCode }),
      number: this.required(r, 'ID'),
      issueDate: this.date(r, 'IssueDate') ?? fail(`${r.path}/IssueDate`, 'error.missing', {}, 'ubl_missing'),
      currency: this.currency,
      seller: this.party(at(r, 'AccountingSupplierParty/Party'), `${r.path}/AccountingSupplierParty/Party`),
      buyer: this.party(at(r, 'AccountingCustomerParty/Party'), `${r.path}/AccountingCustomerParty/Party`),
      taxTotal: this.amount(main, 'TaxAmount'),
      taxBreakdown: children(main, 'TaxSubtotal').map((s) => this.subtotal(s)),
      totals: {
        lineExtension: this.amount(lmt, 'LineExtensionAmount'),
        taxExclusive: this.amount(lmt, 'TaxExclusiveAmount'),
        taxInclusive: this.amount(lmt, 'TaxInclusiveAmount'),
        payable: this.amount(lmt, 'PayableAmount'),
      },
      lines: lines.map((l) => this.line(l)),
    };
    const t = doc.totals;
    const setTotal = (key: 'allowanceTotal' | 'chargeTotal' | 'prepaid' | 'rounding', path: string) => {
      const v = this.optionalAmount(lmt, path);
      if (v !== undefined) t[key] = v;
    };
    setTotal('allowanceTotal', 'AllowanceTotalAmount');
    setTotal('chargeTotal', 'ChargeTotalAmount');
    setTotal('prepaid', 'PrepaidAmount');
    setTotal('rounding', 'PayableRoundingAmount');

    const set = <K extends keyof UblDocument>(key: K, value: UblDocument[K] | undefined) => {
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) doc[key] = value;
    };
    set('dueDate', dueDate);
    set('taxPointDate', this.date(r, 'TaxPointDate'));
    set('notes', notes);
    if (taxCurrency && taxCurrency !== this.currency) {
      doc.taxCurrency = taxCurrency;
      if (!inTaxCurrency) {
        fail(`${r.path}/TaxTotal`, 'error.noTaxCurrencyAmount', { currency: taxCurrency }, 'ubl_missing');
      }
      doc.taxTotalInTaxCurrency = this.amount(inTaxCurrency, 'TaxAmount', taxCurrency);
    }
    set('accountingCost', this.optional(r, 'AccountingCost'));
    set('buyerReference', this.optional(r, 'BuyerReference'));
    const orderId = this.optional(r, 'OrderReference/ID');
    set(
      'orderReference',
      orderId === 'NA' && this.optional(r, 'OrderReference/SalesOrderID') ? undefined : orderId,
    );
    set('salesOrderReference', this.optional(r, 'OrderReference/SalesOrderID'));
    set('contractReference', this.optional(r, 'ContractDocumentReference/ID'));
    set('projectReference', project || undefined);
    set('invoicePeriod', period);
    set(
      'precedingInvoices',
      children(r, 'BillingReference')
        .map((b) => at(b, 'InvoiceDocumentReference'))
        .filter((b): b is XmlElement => b !== undefined)
        .map((b) => {
          const number = this.required(b, 'ID');
          const issueDate = this.date(b, 'IssueDate');
          return issueDate ? { number, issueDate } : { number };
        }),
    );
    set(
      'additionalDocuments',
      additional
        .filter((a) => inv || textAt(a, 'DocumentTypeCode') !== '50')
        .map((a) => {
          const out: NonNullable<UblDocument['additionalDocuments']>[number] = { id: this.required(a, 'ID') };
          const typeCode = this.optional(a, 'DocumentTypeCode');
          const description = this.optional(a, 'DocumentDescription');
          const uri = this.optional(a, 'Attachment/ExternalReference/URI');
          if (typeCode) out.typeCode = typeCode;
          if (description) out.description = description;
          if (uri) out.uri = uri;
          return out;
        }),
    );
    const payee = at(r, 'PayeeParty');
    if (payee) {
      const name = this.required(payee, 'PartyName/Name');
      doc.payee = { name };
      const ident = this.identifier(at(payee, 'PartyIdentification/ID'));
      const companyId = this.identifier(at(payee, 'PartyLegalEntity/CompanyID'));
      if (ident) doc.payee.identifier = ident;
      if (companyId) doc.payee.companyId = companyId;
    }
    set('delivery', this.delivery(at(r, 'Delivery')));
    set(
      'paymentMeans',
      paymentMeansEls.map((p) => this.paymentMeans(p)),
    );
    set('paymentTerms', this.optional(r, 'PaymentTerms/Note'));
    set(
      'allowanceCharges',
      children(r, 'AllowanceCharge').map((a) => this.allowanceCharge(a, true)),
    );
    return doc;
  }

  period(el: XmlElement | undefined): { start?: string; end?: string } | undefined {
    if (!el) return undefined;
    const start = this.date(el, 'StartDate');
    const end = this.date(el, 'EndDate');
    if (!start && !end) return undefined;
    return { ...(start ? { start } : {}), ...(end ? { end } : {}) };
  }

  address(el: XmlElement): UblAddress {
    const a: UblAddress = { country: this.required(el, 'Country/IdentificationCode') };
    const put = (key: Exclude<keyof UblAddress, 'country'>, path: string) => {
      const v = this.optional(el, path);
      if (v !== undefined) a[key] = v;
    };
    put('street', 'StreetName');
    put('additionalStreet', 'AdditionalStreetName');
    put('city', 'CityName');
    put('postalCode', 'PostalZone');
    put('subdivision', 'CountrySubentity');
    put('addressLine', 'AddressLine/Line');
    return a;
  }

  party(el: XmlElement | undefined, path: string): UblParty {
    if (!el) fail(path, 'error.missing', {}, 'ubl_missing');
    const postal = at(el, 'PostalAddress');
    if (!postal) fail(`${el.path}/PostalAddress`, 'error.missing', {}, 'ubl_missing');
    const tradingName = this.optional(el, 'PartyName/Name');
    const legalName = this.optional(el, 'PartyLegalEntity/RegistrationName');
    const name = legalName ?? tradingName;
    if (!name) fail(`${el.path}/PartyLegalEntity/RegistrationName`, 'error.missing', {}, 'ubl_missing');
    const party: UblParty = { name, address: this.address(postal) };
    if (tradingName && legalName) party.tradingName = tradingName;
    const endpoint = at(el, 'EndpointID');
    if (endpoint && endpoint.text !== '') {
      if (!endpoint.attrs.schemeID) fail(endpoint, 'error.noSchemeId');
      party.endpoint = { scheme: endpoint.attrs.schemeID, id: endpoint.text };
    }
    const identifiers = children(el, 'PartyIdentification')
      .map((p) => this.identifier(child(p, 'ID')))
      .filter((i): i is UblIdentifier => i !== undefined);
    if (identifiers.length) party.identifiers = identifiers;
    for (const scheme of children(el, 'PartyTaxScheme')) {
      const companyId = this.optional(scheme, 'CompanyID');
      if (!companyId) continue;
      if ((textAt(scheme, 'TaxScheme/ID') ?? '').toUpperCase() === 'VAT') party.vatId = companyId;
      else party.taxRegistrationId = companyId;
    }
    const companyId = this.identifier(at(el, 'PartyLegalEntity/CompanyID'));
    if (companyId) party.companyId = companyId;
    const legalInfo = this.optional(el, 'PartyLegalEntity/CompanyLegalForm');
    if (legalInfo) party.legalInfo = legalInfo;
    const contact = at(el, 'Contact');
    if (contact) {
      const c = {
        name: this.optional(contact, 'Name'),
        phone: this.optional(contact, 'Telephone'),
        email: this.optional(contact, 'ElectronicMail'),
      };
      const clean = Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined));
      if (Object.keys(clean).length) party.contact = clean;
    }
    return party;
  }

  delivery(el: XmlElement | undefined): UblDocument['delivery'] {
    if (!el) return undefined;
    const out: NonNullable<UblDocument['delivery']> = {};
    const date = this.date(el, 'ActualDeliveryDate');
    const locationId = this.identifier(at(el, 'DeliveryLocation/ID'));
    const address = at(el, 'DeliveryLocation/Address');
    const partyName = this.optional(el, 'DeliveryParty/PartyName/Name');
    if (date) out.date = date;
    if (locationId) out.locationId = locationId;
    if (address) out.address = this.address(address);
    if (partyName) out.partyName = partyName;
    return Object.keys(out).length ? out : undefined;
  }

  paymentMeans(el: XmlElement): UblPaymentMeans {
    const codeEl = at(el, 'PaymentMeansCode');
    const p: UblPaymentMeans = { code: this.required(el, 'PaymentMeansCode') };
    if (codeEl?.attrs.name) p.name = codeEl.attrs.name;
    const paymentId = this.optional(el, 'PaymentID');
    if (paymentId) p.paymentId = paymentId;
    const account = at(el, 'PayeeFinancialAccount');
    if (account) {
      p.account = { id: this.required(account, 'ID') };
      const name = this.optional(account, 'Name');
      const bic = this.optional(account, 'FinancialInstitutionBranch/ID');
      if (name) p.account.name = name;
      if (bic) p.account.bic = bic;
    }
    const mandate = at(el, 'PaymentMandate');
    if (mandate) {
      p.mandate = {};
      const mid = this.optional(mandate, 'ID');
      const debited = this.optional(mandate, 'PayerFinancialAccount/ID');
      if (mid) p.mandate.id = mid;
      if (debited) p.mandate.debitedAccount = debited;
    }
    const card = at(el, 'CardAccount');
    if (card) {
      p.card = { pan: this.required(card, 'PrimaryAccountNumberID') };
      const network = this.optional(card, 'NetworkID');
      const holder = this.optional(card, 'HolderName');
      if (network) p.card.network = network;
      if (holder) p.card.holder = holder;
    }
    return p;
  }

  taxCategory(el: XmlElement | undefined, path: string): UblTaxCategory {
    if (!el) fail(path, 'error.missing', {}, 'ubl_missing');
    const code = this.required(el, 'ID');
    if (!(TAX_CATEGORIES as readonly string[]).includes(code)) {
      fail(`${el.path}/ID`, 'error.vatCategory', {
        value: code,
        categories: TAX_CATEGORIES.join(', '),
      });
    }
    const percent = this.decimal(el, 'Percent');
    return percent === undefined
      ? { category: code as TaxCategoryCode }
      : { category: code as TaxCategoryCode, percent };
  }

  subtotal(el: XmlElement): UblTaxSubtotal {
    const category = at(el, 'TaxCategory');
    const s: UblTaxSubtotal = {
      ...this.taxCategory(category, `${el.path}/TaxCategory`),
      taxableAmount: this.amount(el, 'TaxableAmount'),
      taxAmount: this.amount(el, 'TaxAmount'),
    };
    const reason = this.optional(category, 'TaxExemptionReason');
    const reasonCode = this.optional(category, 'TaxExemptionReasonCode');
    if (reason) s.exemptionReason = reason;
    if (reasonCode) s.exemptionReasonCode = reasonCode;
    return s;
  }

  allowanceCharge(el: XmlElement, documentLevel: boolean): UblAllowanceCharge {
    const indicator = this.required(el, 'ChargeIndicator');
    if (indicator !== 'true' && indicator !== 'false') {
      fail(`${el.path}/ChargeIndicator`, 'error.chargeIndicator', { value: indicator });
    }
    const a: UblAllowanceCharge = { charge: indicator === 'true', amount: this.amount(el, 'Amount') };
    const base = this.optionalAmount(el, 'BaseAmount');
    const percent = this.decimal(el, 'MultiplierFactorNumeric');
    const reasonCode = this.optional(el, 'AllowanceChargeReasonCode');
    const reason = this.optional(el, 'AllowanceChargeReason');
    if (base !== undefined) a.baseAmount = base;
    if (percent !== undefined) a.percent = percent;
    if (reasonCode) a.reasonCode = reasonCode;
    if (reason) a.reason = reason;
    const category = at(el, 'TaxCategory');
    if (documentLevel && category) a.tax = this.taxCategory(category, `${el.path}/TaxCategory`);
    return a;
  }

  line(el: XmlElement): UblLine {
    const qtyName = this.invoice ? 'InvoicedQuantity' : 'CreditedQuantity';
    const qty = at(el, qtyName);
    if (!qty) fail(`${el.path}/${qtyName}`, 'error.missing', {}, 'ubl_missing');
    const quantity = this.decimal(el, qtyName) ?? fail(qty, 'error.empty', {}, 'ubl_missing');
    const unitCode = qty.attrs.unitCode;
    if (!unitCode) fail(qty, 'error.noUnitCode', {}, 'ubl_missing');
    const item = at(el, 'Item');
    if (!item) fail(`${el.path}/Item`, 'error.missing', {}, 'ubl_missing');
    const priceEl = at(el, 'Price');
    if (!priceEl) fail(`${el.path}/Price`, 'error.missing', {}, 'ubl_missing');
    const priceAmount = this.decimal(priceEl, 'PriceAmount');
    if (priceAmount === undefined) fail(`${priceEl.path}/PriceAmount`, 'error.missing', {}, 'ubl_missing');
    const line: UblLine = {
      id: this.required(el, 'ID'),
      quantity,
      unitCode,
      netAmount: this.amount(el, 'LineExtensionAmount'),
      item: {
        name: this.required(item, 'Name'),
        tax: this.taxCategory(at(item, 'ClassifiedTaxCategory'), `${item.path}/ClassifiedTaxCategory`),
      },
      price: { amount: priceAmount },
    };
    const note = this.optional(el, 'Note');
    const accountingCost = this.optional(el, 'AccountingCost');
    const orderLine = this.optional(el, 'OrderLineReference/LineID');
    const period = this.period(at(el, 'InvoicePeriod'));
    const charges = children(el, 'AllowanceCharge').map((a) => this.allowanceCharge(a, false));
    if (note) line.note = note;
    if (accountingCost) line.accountingCost = accountingCost;
    if (orderLine) line.orderLineReference = orderLine;
    if (period) line.period = period;
    if (charges.length) line.allowanceCharges = charges;

    const it = line.item;
    const description = this.optional(item, 'Description');
    const sellersId = this.optional(item, 'SellersItemIdentification/ID');
    const buyersId = this.optional(item, 'BuyersItemIdentification/ID');
    const standardId = this.identifier(at(item, 'StandardItemIdentification/ID'));
    const origin = this.optional(item, 'OriginCountry/IdentificationCode');
    if (description) it.description = description;
    if (sellersId) it.sellersId = sellersId;
    if (buyersId) it.buyersId = buyersId;
    if (standardId) it.standardId = standardId;
    if (origin) it.originCountry = origin;
    const classifications = children(item, 'CommodityClassification')
      .map((c) => child(c, 'ItemClassificationCode'))
      .filter((c): c is XmlElement => c !== undefined && c.text !== '')
      .map((c) => {
        const out: { code: string; listId: string; listVersion?: string } = {
          code: c.text,
          listId: c.attrs.listID ?? fail(c, 'error.noListId', {}, 'ubl_missing'),
        };
        if (c.attrs.listVersionID) out.listVersion = c.attrs.listVersionID;
        return out;
      });
    if (classifications.length) it.classifications = classifications;
    const properties = children(item, 'AdditionalItemProperty').map((p) => ({
      name: this.required(p, 'Name'),
      value: this.required(p, 'Value'),
    }));
    if (properties.length) it.properties = properties;

    const baseQty = at(priceEl, 'BaseQuantity');
    const baseQuantity = this.decimal(priceEl, 'BaseQuantity');
    if (baseQuantity !== undefined) line.price.baseQuantity = baseQuantity;
    // The writer always states the base unit; it is kept in the model only when it differs from the line's.
    if (baseQty?.attrs.unitCode && baseQty.attrs.unitCode !== unitCode) {
      line.price.baseUnitCode = baseQty.attrs.unitCode;
    }
    const discount = at(priceEl, 'AllowanceCharge');
    if (discount) {
      const amount = this.decimal(discount, 'Amount');
      const gross = this.decimal(discount, 'BaseAmount');
      if (amount === undefined) fail(`${discount.path}/Amount`, 'error.missing', {}, 'ubl_missing');
      // The gross price (BT-148) is optional in UBL; when absent it is net + discount.
      line.price.discount = { amount, gross: gross ?? addDecimals(priceAmount, amount) };
    }
    return line;
  }
}

/** Adds two canonical decimal strings exactly (for the gross price when a file leaves it out). */
function addDecimals(a: string, b: string): string {
  const scale = Math.max(a.split('.')[1]?.length ?? 0, b.split('.')[1]?.length ?? 0);
  const toInt = (s: string) => {
    const [w, f = ''] = s.replace('-', '').split('.');
    return BigInt(`${w}${f.padEnd(scale, '0')}`) * (s.startsWith('-') ? -1n : 1n);
  };
  const sum = toInt(a) + toInt(b);
  const neg = sum < 0n;
  const digits = (neg ? -sum : sum).toString().padStart(scale + 1, '0');
  const out = scale ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits;
  return neg ? `-${out}` : out;
}
