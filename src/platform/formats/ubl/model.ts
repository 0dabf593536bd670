/**
 * A plain model of an EN 16931 invoice or credit note, shaped as Peppol BIS Billing 3.0 needs it.
 *
 * - Amounts (`bigint`) are integer minor units of the document currency (`currency`, BT-5), except
 *   `taxTotalInTaxCurrency` which is in `taxCurrency` (BT-6). They are written with `formatMoney` and read
 *   with `parseMoney` from src/kernel/money.ts — never a JS number.
 * - Quantities, unit prices and percentages may carry more decimals than the currency has, so they are
 *   canonical decimal strings (`DecimalString`: `"2"`, `"12.3456"`, `"-1.5"`; no exponent, no separators).
 * - Dates are ISO calendar days `YYYY-MM-DD`.
 * - Signs follow UBL: an invoice correcting downwards may carry negative quantities and amounts; a credit
 *   note carries positive amounts (the document kind says it is a credit).
 *
 * Field comments name the EN 16931 business term (BT-/BG-) so mapping code can be checked against the norm.
 */

/** `"12.50"`, `"-3"`, `"0.125"` — digits with an optional sign and fraction. */
export type DecimalString = string;
/** `YYYY-MM-DD` */
export type IsoDate = string;

export const UBL_CUSTOMIZATION_ID =
  'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const UBL_PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';

export const UBL_NS = {
  invoice: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  creditNote: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
} as const;

export type UblDocumentKind = 'invoice' | 'credit_note';

/**
 * UNCL5305 VAT category codes allowed by EN 16931: S standard, Z zero rated, E exempt, AE reverse charge,
 * K intra-community supply, G export outside the EU, O outside the scope of VAT, L Canary Islands IGIC,
 * M Ceuta/Melilla IPSI.
 */
export const TAX_CATEGORIES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'] as const;
export type TaxCategoryCode = (typeof TAX_CATEGORIES)[number];

/** A classified tax category (BG-23 / BT-151 / BT-95 / BT-102): the code and the rate (absent for O). */
export interface UblTaxCategory {
  category: TaxCategoryCode;
  /** Rate in percent, e.g. "21" or "0"; omit only for category O. */
  percent?: DecimalString;
}

/** BG-5 / BG-8 / BG-15 postal address. */
export interface UblAddress {
  street?: string; // BT-35
  additionalStreet?: string; // BT-36
  addressLine?: string; // BT-162
  city?: string; // BT-37
  postalCode?: string; // BT-38
  subdivision?: string; // BT-39
  /** ISO 3166-1 alpha-2 (BT-40), mandatory. */
  country: string;
}

/**
 * Electronic address (BT-34 seller, BT-49 buyer), mandatory in Peppol. `scheme` is an EAS code:
 * "0088" GLN, "0184" DK CVR, "0211" IT VAT, "9929" CZ VAT, "9930" DE VAT … — see the Peppol EAS code
 * list. "EM" (e-mail) is valid EN 16931 but not in Peppol's list (PEPPOL-EN16931-CL008).
 */
export interface UblEndpoint {
  scheme: string;
  id: string;
}

/** An identifier with an optional ISO 6523 ICD scheme (BT-29/BT-46 party id, BT-30/BT-47 legal id). */
export interface UblIdentifier {
  id: string;
  scheme?: string;
}

export interface UblContact {
  name?: string; // BT-41 / BT-56
  phone?: string; // BT-42 / BT-57
  email?: string; // BT-43 / BT-58
}

/** BG-4 seller / BG-7 buyer. */
export interface UblParty {
  /** Legal registration name (BT-27 / BT-44), mandatory. */
  name: string;
  /** Trading name (BT-28 / BT-45). */
  tradingName?: string;
  endpoint?: UblEndpoint;
  /** Party identifiers (BT-29 / BT-46); for the seller a bank-assigned creditor id uses scheme "SEPA". */
  identifiers?: UblIdentifier[];
  /** VAT identifier with country prefix (BT-31 / BT-48), e.g. "CZ12345678". */
  vatId?: string;
  /** Seller's local tax registration id (BT-32), written under a TaxScheme other than VAT. */
  taxRegistrationId?: string;
  /** Legal registration identifier (BT-30 / BT-47), e.g. the company register number. */
  companyId?: UblIdentifier;
  /** Additional legal information (BT-33), seller only. */
  legalInfo?: string;
  address: UblAddress;
  contact?: UblContact;
}

/** BG-10 payee, when it differs from the seller. */
export interface UblPayee {
  name: string; // BT-59
  identifier?: UblIdentifier; // BT-60
  companyId?: UblIdentifier; // BT-61
}

/**
 * BG-16 payment instructions. Code (UNCL4461, BT-81): "30" credit transfer, "58" SEPA credit transfer,
 * "59" SEPA direct debit, "49" direct debit, "48" card, "10" cash, "1" not defined.
 */
export interface UblPaymentMeans {
  code: string;
  /** Text name of the means (BT-82). */
  name?: string;
  /** Remittance information / payment reference the payer should quote (BT-83). */
  paymentId?: string;
  /** BG-17 credit transfer: account id (IBAN for SEPA, BT-84), account name (BT-85), BIC (BT-86). */
  account?: { id: string; name?: string; bic?: string };
  /** BG-19 direct debit: mandate reference (BT-89) and debited account (BT-91). */
  mandate?: { id?: string; debitedAccount?: string };
  /** BG-18 card: primary account number (last digits only, BT-87) and holder name (BT-88). */
  card?: { pan: string; network?: string; holder?: string };
}

/**
 * Allowance or charge (BG-20/BG-21 document level, BG-27/BG-28 line level). `amount` is in minor units;
 * `baseAmount` and `percent` are optional (when both are given, amount = base × percent / 100).
 * `tax` is required on document-level allowances/charges and absent on line level.
 */
export interface UblAllowanceCharge {
  charge: boolean;
  amount: bigint; // BT-92/99/136/141
  baseAmount?: bigint; // BT-93/100/137/142
  percent?: DecimalString; // BT-94/101/138/143
  /** UNCL5189 (allowance) or UNCL7161 (charge) code, e.g. "95" discount, "FC" freight. */
  reasonCode?: string;
  reason?: string;
  tax?: UblTaxCategory;
}

/** BG-29 price details. */
export interface UblPrice {
  /** Net unit price (BT-146), may have more decimals than the currency; must not be negative. */
  amount: DecimalString;
  /** Price base quantity (BT-149), default 1: the price is for this many units. */
  baseQuantity?: DecimalString;
  baseUnitCode?: string; // BT-150
  /** Item price discount (BT-147) and gross price (BT-148); amount = gross − discount. */
  discount?: { amount: DecimalString; gross: DecimalString };
}

/** BG-31 item information. */
export interface UblItem {
  name: string; // BT-153
  description?: string; // BT-154
  sellersId?: string; // BT-155
  buyersId?: string; // BT-156
  standardId?: UblIdentifier; // BT-157 (scheme mandatory when present, e.g. "0160" GTIN)
  classifications?: { code: string; listId: string; listVersion?: string }[]; // BT-158
  originCountry?: string; // BT-159
  properties?: { name: string; value: string }[]; // BG-32
  tax: UblTaxCategory; // BG-30
}

/** BG-25 invoice line. */
export interface UblLine {
  id: string; // BT-126
  note?: string; // BT-127
  quantity: DecimalString; // BT-129
  /** UN/ECE Recommendation 20/21 unit code (BT-130): "C62" one, "H87" piece, "HUR" hour, "DAY", "KGM"… */
  unitCode: string;
  /** Line net amount (BT-131) = quantity × price / base quantity + charges − allowances, rounded. */
  netAmount: bigint;
  accountingCost?: string; // BT-133
  orderLineReference?: string; // BT-132
  period?: { start?: IsoDate; end?: IsoDate }; // BG-26
  allowanceCharges?: UblAllowanceCharge[];
  item: UblItem;
  price: UblPrice;
}

/** BG-23 VAT breakdown, one per category + rate. */
export interface UblTaxSubtotal extends UblTaxCategory {
  taxableAmount: bigint; // BT-116
  taxAmount: bigint; // BT-117
  exemptionReason?: string; // BT-120
  /** VATEX code (BT-121), e.g. "VATEX-EU-AE", "VATEX-EU-132-1I", "VATEX-EU-G". */
  exemptionReasonCode?: string;
}

/** BG-22 document totals, all in the document currency. */
export interface UblTotals {
  lineExtension: bigint; // BT-106 Σ line net amounts
  allowanceTotal?: bigint; // BT-107 Σ document allowances
  chargeTotal?: bigint; // BT-108 Σ document charges
  taxExclusive: bigint; // BT-109 = BT-106 − BT-107 + BT-108
  taxInclusive: bigint; // BT-112 = BT-109 + BT-110
  prepaid?: bigint; // BT-113
  rounding?: bigint; // BT-114
  payable: bigint; // BT-115 = BT-112 − BT-113 + BT-114
}

export interface UblDocument {
  kind: UblDocumentKind;
  /** UNCL1001 type code (BT-3); defaults to 380 for invoices and 381 for credit notes. */
  typeCode?: string;
  number: string; // BT-1
  issueDate: IsoDate; // BT-2
  dueDate?: IsoDate; // BT-9 (invoice: cbc:DueDate; credit note: PaymentMeans/PaymentDueDate)
  taxPointDate?: IsoDate; // BT-7
  notes?: string[]; // BT-22
  /** Document currency (BT-5), ISO 4217. Every bigint amount except `taxTotalInTaxCurrency` is in it. */
  currency: string;
  /** VAT accounting currency (BT-6) when it differs from the document currency. */
  taxCurrency?: string;
  accountingCost?: string; // BT-19
  /** Buyer reference (BT-10); Peppol requires BT-10 or an order reference. */
  buyerReference?: string;
  orderReference?: string; // BT-13
  salesOrderReference?: string; // BT-14
  contractReference?: string; // BT-12
  projectReference?: string; // BT-11
  invoicePeriod?: { start?: IsoDate; end?: IsoDate }; // BG-14
  /** BG-3 preceding invoice references; a credit note should name the invoice it corrects. */
  precedingInvoices?: { number: string; issueDate?: IsoDate }[];
  /** BG-24 supporting documents (references only; embedded attachments are not carried). */
  additionalDocuments?: { id: string; typeCode?: string; description?: string; uri?: string }[];
  seller: UblParty;
  buyer: UblParty;
  payee?: UblPayee;
  /** BG-13 delivery. */
  delivery?: { date?: IsoDate; locationId?: UblIdentifier; address?: UblAddress; partyName?: string };
  paymentMeans?: UblPaymentMeans[];
  paymentTerms?: string; // BT-20
  allowanceCharges?: UblAllowanceCharge[];
  /** Total VAT in the document currency (BT-110). */
  taxTotal: bigint;
  /** Total VAT in the accounting currency (BT-111), required when `taxCurrency` is set. */
  taxTotalInTaxCurrency?: bigint;
  taxBreakdown: UblTaxSubtotal[];
  totals: UblTotals;
  lines: UblLine[];
}

/** The default UNCL1001 type code for a kind. */
export function defaultTypeCode(kind: UblDocumentKind): string {
  return kind === 'invoice' ? '380' : '381';
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** True for a canonical decimal string (`"12.50"`, `"-3"`); false for exponents, separators, blanks. */
export function isDecimalString(value: string): boolean {
  return DECIMAL.test(value);
}
