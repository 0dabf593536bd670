import bwipjs from 'bwip-js';
import { bicProblem, ibanProblem, normaliseBic, normaliseIban } from '../../kernel/bank-ids.ts';
import { formatMoney } from '../../kernel/money.ts';
import type { CatalogParams } from '../i18n/index.ts';
import { type FormatsKey, formatsText } from './i18n.ts';

/**
 * Payment QR codes printed on invoices:
 * - EPC069-12 "SEPA credit transfer" QR (the "GiroCode"): EUR only, version 002 (BIC optional), UTF-8.
 * - Czech SPAYD ("QR Platba", Short Payment Descriptor 1.0): `SPD*1.0*ACC:…*AM:…*CC:CZK*MSG:…`.
 * Both builders validate every field and refuse (AppError `validation`, `details.field`) rather than
 * truncate: a QR that pays the wrong amount or reference is worse than none.
 */

/** `field` is the input's own property name (`iban`, `dueDate`), the same in every language. */
function bad(field: string, key: FormatsKey, params: CatalogParams = {}): never {
  throw formatsText.error('validation', key, { field, ...params }, { reason: 'payment_qr', field });
}

/** ISO 11649 creditor reference ("RF18 5390 0754 7034"): RF + 2 check digits + up to 21 alphanumerics, mod 97 = 1. */
export function isCreditorReference(text: string): boolean {
  const ref = text.replace(/\s+/g, '').toUpperCase();
  if (!/^RF\d{2}[A-Z0-9]{1,21}$/.test(ref)) return false;
  const rearranged = ref.slice(4) + ref.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const digits = code >= 65 ? String(code - 55) : ch;
    for (const d of digits) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

// ---------------------------------------------------------------------------------------------------------
// EPC069-12

export interface EpcQrInput {
  /** Beneficiary name, at most 70 characters. */
  name: string;
  iban: string;
  /** Optional in version 002 (inside the EEA); written when given. */
  bic?: string;
  /** Amount in EUR cents, 1 … 99 999 999 999; omit to let the payer type it. */
  amountCents?: bigint;
  /** ISO 20022 external purpose code, 4 letters (e.g. "GDDS"). */
  purpose?: string;
  /** Structured remittance: an ISO 11649 creditor reference (RF…), at most 35 characters. */
  reference?: string;
  /** Unstructured remittance, at most 140 characters. Exactly one of reference/text may be given. */
  text?: string;
  /** Beneficiary-to-originator information, at most 70 characters. */
  information?: string;
}

const EPC_MAX_BYTES = 331;

/** Builds the EPC QR payload (lines joined with LF; trailing empty lines omitted). */
export function epcQrPayload(input: EpcQrInput): string {
  const name = input.name.trim();
  if (!name) bad('name', 'error.qrNoName');
  if (name.length > 70)
    bad('name', 'error.qrTooLong', { length: String(name.length), standard: 'EPC', max: '70' });
  const iban = normaliseIban(input.iban);
  const ibanIssue = ibanProblem(iban);
  if (ibanIssue) bad('iban', 'error.qrBankId', { problem: ibanIssue });
  let bic = '';
  if (input.bic !== undefined && input.bic.trim() !== '') {
    bic = normaliseBic(input.bic);
    const bicIssue = bicProblem(bic);
    if (bicIssue) bad('bic', 'error.qrBankId', { problem: bicIssue });
  }
  let amount = '';
  if (input.amountCents !== undefined) {
    if (input.amountCents < 1n || input.amountCents > 99_999_999_999n) {
      bad('amount', 'error.qrEpcAmount');
    }
    amount = `EUR${formatMoney({ amount: input.amountCents, currency: 'EUR' })}`;
  }
  const purpose = input.purpose?.trim() ?? '';
  if (purpose && !/^[A-Z0-9]{4}$/.test(purpose)) bad('purpose', 'error.qrPurpose', { purpose });
  const reference = input.reference?.replace(/\s+/g, '').toUpperCase() ?? '';
  const text = input.text?.trim() ?? '';
  if (reference && text) bad('reference', 'error.qrReferenceAndText');
  if (reference && (reference.length > 35 || !isCreditorReference(reference))) {
    bad('reference', 'error.qrCreditorReference', { reference: input.reference });
  }
  if (text.length > 140)
    bad('text', 'error.qrTooLong', { length: String(text.length), standard: 'EPC', max: '140' });
  const information = input.information?.trim() ?? '';
  if (information.length > 70)
    bad('information', 'error.qrTooLong', {
      length: String(information.length),
      standard: 'EPC',
      max: '70',
    });
  for (const [field, value] of [
    ['name', name],
    ['text', text],
    ['information', information],
  ] as const) {
    if (/[\r\n]/.test(value)) bad(field, 'error.qrLineBreaks');
  }
  const lines = ['BCD', '002', '1', 'SCT', bic, name, iban, amount, purpose, reference, text, information];
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  const payload = lines.join('\n');
  const bytes = Buffer.byteLength(payload, 'utf8');
  if (bytes > EPC_MAX_BYTES)
    bad('text', 'error.qrPayloadTooLarge', { bytes: String(bytes), max: String(EPC_MAX_BYTES) });
  return payload;
}

// ---------------------------------------------------------------------------------------------------------
// SPAYD (Czech "QR Platba")

export interface SpaydInput {
  iban: string;
  bic?: string;
  /** Amount in minor units of `currency`; omit to let the payer type it. */
  amountMinor?: bigint;
  /** ISO 4217, default CZK. */
  currency?: string;
  /** Message for the recipient, at most 60 characters. */
  message?: string;
  /** Recipient name, at most 35 characters. */
  recipientName?: string;
  /** Due date YYYY-MM-DD. */
  dueDate?: string;
  /** Variable symbol (X-VS), up to 10 digits. */
  variableSymbol?: string;
  /** Specific symbol (X-SS), up to 10 digits. */
  specificSymbol?: string;
  /** Constant symbol (X-KS), up to 10 digits. */
  constantSymbol?: string;
  /** Creditor reference for the payee (RF), up to 16 digits. */
  reference?: string;
}

/** `*` separates fields, so it is written as %2A inside values (as the SPAYD specification says). */
const spaydValue = (s: string) => s.replace(/\*/g, '%2A');

/** Builds the SPAYD 1.0 payload: `SPD*1.0*ACC:CZ…+BIC*AM:480.50*CC:CZK*…`. */
export function spaydPayload(input: SpaydInput): string {
  const iban = normaliseIban(input.iban);
  const ibanIssue = ibanProblem(iban);
  if (ibanIssue) bad('iban', 'error.qrBankId', { problem: ibanIssue });
  let acc = iban;
  if (input.bic !== undefined && input.bic.trim() !== '') {
    const bic = normaliseBic(input.bic);
    const bicIssue = bicProblem(bic);
    if (bicIssue) bad('bic', 'error.qrBankId', { problem: bicIssue });
    acc = `${iban}+${bic}`;
  }
  const fields: string[] = ['SPD', '1.0', `ACC:${acc}`];
  const currency = input.currency ?? 'CZK';
  if (!/^[A-Z]{3}$/.test(currency)) bad('currency', 'error.qrCurrency', { currency });
  if (input.amountMinor !== undefined) {
    if (input.amountMinor <= 0n) bad('amount', 'error.qrAmountPositive');
    const am = formatMoney({ amount: input.amountMinor, currency });
    if (am.length > 10) bad('amount', 'error.qrSpaydAmount', { amount: am });
    fields.push(`AM:${am}`);
  }
  fields.push(`CC:${currency}`);
  if (input.reference !== undefined && input.reference !== '') {
    if (!/^\d{1,16}$/.test(input.reference)) bad('reference', 'error.qrSpaydReference');
    fields.push(`RF:${input.reference}`);
  }
  if (input.recipientName) {
    const rn = input.recipientName.trim();
    if (rn.length > 35)
      bad('recipientName', 'error.qrTooLong', { length: String(rn.length), standard: 'SPAYD', max: '35' });
    fields.push(`RN:${spaydValue(rn)}`);
  }
  if (input.dueDate) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(input.dueDate))
      bad('dueDate', 'error.qrDueDate', { date: input.dueDate });
    fields.push(`DT:${input.dueDate.replace(/-/g, '')}`);
  }
  if (input.message) {
    const msg = input.message.trim();
    if (msg.length > 60)
      bad('message', 'error.qrTooLong', { length: String(msg.length), standard: 'SPAYD', max: '60' });
    fields.push(`MSG:${spaydValue(msg)}`);
  }
  for (const [field, key, value] of [
    ['variableSymbol', 'X-VS', input.variableSymbol],
    ['specificSymbol', 'X-SS', input.specificSymbol],
    ['constantSymbol', 'X-KS', input.constantSymbol],
  ] as const) {
    if (value === undefined || value === '') continue;
    if (!/^\d{1,10}$/.test(value)) bad(field, 'error.qrSymbol', { value });
    fields.push(`${key}:${value}`);
  }
  for (const f of fields) if (/[\r\n]/.test(f)) bad('message', 'error.qrLineBreaks');
  return fields.join('*');
}

// ---------------------------------------------------------------------------------------------------------
// Choosing one for an invoice

export interface InvoiceQrInput {
  currency: string;
  /** Amount still to pay, minor units of `currency`. */
  amountMinor: bigint;
  iban: string;
  bic?: string;
  /** Beneficiary (the seller). */
  name: string;
  /** The payment reference the payer should quote (e.g. the invoice number or an RF reference). */
  reference: string;
  dueDate?: string;
  /** Czech variable symbol (digits only), written as X-VS in SPAYD. */
  variableSymbol?: string;
}

/**
 * The QR a printed invoice should carry: SPAYD for CZK, EPC for EUR, none for other currencies or nothing
 * to pay. An RF creditor reference goes into EPC's structured field, anything else into its text. Fields
 * that do not fit are refused (see the builders), never cut.
 */
export function invoiceQr(input: InvoiceQrInput): { kind: 'epc' | 'spayd'; payload: string } | null {
  if (input.amountMinor <= 0n) return null;
  if (input.currency === 'CZK') {
    return {
      kind: 'spayd',
      payload: spaydPayload({
        iban: input.iban,
        bic: input.bic,
        amountMinor: input.amountMinor,
        currency: 'CZK',
        // RN is optional: a longer legal name is left out rather than cut.
        ...(input.name.trim().length <= 35 ? { recipientName: input.name } : {}),
        message: input.reference,
        dueDate: input.dueDate,
        variableSymbol: input.variableSymbol,
      }),
    };
  }
  if (input.currency === 'EUR') {
    const structured = isCreditorReference(input.reference);
    return {
      kind: 'epc',
      payload: epcQrPayload({
        name: input.name,
        iban: input.iban,
        bic: input.bic,
        amountCents: input.amountMinor,
        ...(structured ? { reference: input.reference } : { text: input.reference }),
      }),
    };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

/**
 * Renders a payload as a QR code PNG (error correction M as EPC069-12 requires; text encoded as UTF-8
 * bytes). `scale` multiplies the size (a module is 2 × scale pixels).
 */
export async function qrPng(payload: string, options: { scale?: number } = {}): Promise<Buffer> {
  if (!payload) throw formatsText.error('validation', 'error.qrNoPayload', {}, { reason: 'payment_qr' });
  const scale = options.scale ?? 4;
  // eclevel is a BWIPP option bwip-js passes through; its typings do not list it.
  const render: bwipjs.RenderOptions & { eclevel: string } = {
    bcid: 'qrcode',
    text: payload,
    scale,
    eclevel: 'M',
    // A white background and a 4-module quiet zone: transparent PNGs read as black in many scanners.
    backgroundcolor: 'FFFFFF',
    paddingwidth: 4 * scale,
    paddingheight: 4 * scale,
  };
  return bwipjs.toBuffer(render);
}
