import { formatMoney, parseMoney } from '../../../kernel/money.ts';
import type { CatalogParams, Worded } from '../../i18n/index.ts';
import { type FormatsKey, formatsText } from '../i18n.ts';
import { at, children, el, parseXml, textAt, writeXml, type XmlElement } from '../xml.ts';

/**
 * SEPA credit transfer initiation, ISO 20022 pain.001.001.09 as the EPC SCT customer-to-PSP implementation
 * guidelines (EPC132-08 2023 v1.0) restrict it.
 *
 * The writer refuses what the bank would refuse and the XSD does not catch: a currency other than EUR, control
 * sums and counts that disagree with the content, duplicate end-to-end ids, characters outside the SEPA Latin
 * set (letters with diacritics are transliterated; anything else is refused), over-long fields, amounts
 * outside 0.01..999999999.99, and IBANs whose mod-97 check fails. `checkPain001(xml)` re-reads a finished
 * file and applies the same rules, so a file produced elsewhere (or edited by hand) can be checked too.
 */

export const PAIN001_NAMESPACE = 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.09';

export interface Pain001Transaction {
  endToEndId: string;
  /** Minor units (euro cents). */
  amountMinor: bigint;
  currency?: string;
  creditorName: string;
  creditorIban: string;
  creditorBic?: string | null;
  /** Free text for the creditor (max 140). Exclusive with `creditorReference`. */
  remittance?: string | null;
  /** Structured creditor reference, e.g. an ISO 11649 RF reference (max 35). */
  creditorReference?: string | null;
}

export interface Pain001PaymentInfo {
  paymentInfoId: string;
  debtorName: string;
  debtorIban: string;
  debtorBic?: string | null;
  /** YYYY-MM-DD */
  requestedExecutionDate: string;
  batchBooking?: boolean;
  transactions: Pain001Transaction[];
}

export interface Pain001Message {
  messageId: string;
  /** ISO date-time without offset or with Z, e.g. 2026-11-23T10:15:00 */
  createdAt: string;
  initiatingPartyName: string;
  paymentInfos: Pain001PaymentInfo[];
}

const MIN_AMOUNT = 1n;
const MAX_AMOUNT = 99_999_999_999n;
/** The SEPA Latin character set (EPC guidance on the use of the character set). */
const SEPA_CHARS = /^[A-Za-z0-9/\-?:().,'+ ]*$/;

const TRANSLIT: Record<string, string> = {
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Ø: 'O',
  ø: 'o',
  Œ: 'OE',
  œ: 'oe',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Þ: 'TH',
  þ: 'th',
  '&': '+',
  _: '-',
  '"': "'",
  '\u2019': "'",
  '\u2018': "'",
  '\u2013': '-',
  '\u2014': '-',
};

/** Letters with diacritics lose them (Č → C, é → e); a few letters are spelled out; other characters are refused. */
export function toSepaText(text: string): string | null {
  const mapped = Array.from(text.normalize('NFC'))
    .map((c) => TRANSLIT[c] ?? c)
    .join('')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return SEPA_CHARS.test(mapped) ? mapped : null;
}

/**
 * `where` (the message, a payment information block, a transaction) is worded per language; `element` is the
 * pain.001 element at fault, named as the schema spells it in every language (`{field}` in the messages).
 */
function fail(
  where: Worded,
  key: FormatsKey,
  params: CatalogParams,
  reason: string,
  element?: string,
): never {
  throw formatsText.error(
    'validation',
    key,
    { where, field: element, ...params },
    { reason, element: element ?? null },
  );
}

function text(value: string, max: number, where: Worded, field: string): string {
  const out = toSepaText(value);
  if (out === null) {
    fail(where, 'error.sepaCharset', { value }, 'sepa_charset', field);
  }
  if (out.length === 0) fail(where, 'error.sepaEmpty', {}, 'sepa_empty', field);
  if (out.length > max) {
    fail(where, 'error.sepaLength', { length: String(out.length), max: String(max) }, 'sepa_length', field);
  }
  return out;
}

function identifier(value: string, where: Worded, field: string): string {
  const out = text(value, 35, where, field);
  if (out !== value) {
    fail(where, 'error.sepaIdentifierChars', { value }, 'sepa_charset', field);
  }
  if (out.startsWith('/') || out.endsWith('/') || out.includes('//')) {
    fail(where, 'error.sepaIdentifierSlash', { value }, 'sepa_identifier', field);
  }
  return out;
}

/** ISO 13616 check: country, check digits, mod 97 = 1. */
export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const c of rearranged) {
    const v = c >= 'A' ? String(c.charCodeAt(0) - 55) : c;
    for (const d of v) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

function iban(value: string, where: Worded, field: string): string {
  const out = value.replace(/\s+/g, '').toUpperCase();
  if (!isValidIban(out)) fail(where, 'error.sepaIban', { value }, 'sepa_iban', field);
  return out;
}

function bic(value: string, where: Worded, field: string): string {
  const out = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(out)) {
    fail(where, 'error.sepaBic', { value }, 'sepa_bic', field);
  }
  return out;
}

function amount(minor: bigint, currency: string, where: Worded): string {
  if (currency !== 'EUR') {
    fail(where, 'error.sepaCurrency', { currency }, 'sepa_currency', 'InstdAmt');
  }
  if (minor < MIN_AMOUNT || minor > MAX_AMOUNT) {
    fail(where, 'error.sepaAmount', {}, 'sepa_amount', 'InstdAmt');
  }
  return formatMoney({ amount: minor, currency: 'EUR' });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Builds the pain.001.001.09 document, or throws a validation error naming the transaction at fault. */
export function writePain001(message: Pain001Message): string {
  const where = formatsText.localizer('sepa.message', { id: message.messageId });
  const msgId = identifier(message.messageId, where, 'MsgId');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.test(message.createdAt)) {
    fail(where, 'error.sepaDateTime', { value: message.createdAt }, 'sepa_datetime', 'CreDtTm');
  }
  if (message.paymentInfos.length === 0) fail(where, 'error.sepaNoPayments', {}, 'sepa_empty', 'PmtInf');
  const seenE2e = new Set<string>();
  const seenPmtInf = new Set<string>();
  let groupCount = 0;
  let groupSum = 0n;
  const pmtInfs = message.paymentInfos.map((p) => {
    const pwhere = formatsText.localizer('sepa.payment', { id: p.paymentInfoId });
    const pid = identifier(p.paymentInfoId, pwhere, 'PmtInfId');
    if (seenPmtInf.has(pid)) fail(pwhere, 'error.sepaDuplicatePmtInf', {}, 'sepa_duplicate', 'PmtInfId');
    seenPmtInf.add(pid);
    if (!DATE.test(p.requestedExecutionDate)) {
      fail(pwhere, 'error.sepaDate', { value: p.requestedExecutionDate }, 'sepa_date', 'ReqdExctnDt');
    }
    if (p.transactions.length === 0)
      fail(pwhere, 'error.sepaNoTransactions', {}, 'sepa_empty', 'CdtTrfTxInf');
    let sum = 0n;
    const txs = p.transactions.map((t, i) => {
      const twhere = formatsText.localizer('sepa.transaction', {
        n: String(i + 1),
        e2e: t.endToEndId,
        payment: p.paymentInfoId,
      });
      const e2e = identifier(t.endToEndId, twhere, 'EndToEndId');
      if (seenE2e.has(e2e))
        fail(twhere, 'error.sepaDuplicateE2e', { value: e2e }, 'sepa_duplicate', 'EndToEndId');
      seenE2e.add(e2e);
      const amt = amount(t.amountMinor, t.currency ?? 'EUR', twhere);
      sum += t.amountMinor;
      if (t.remittance && t.creditorReference) {
        fail(twhere, 'error.sepaRemittance', {}, 'sepa_remittance', 'RmtInf');
      }
      const rmt = t.creditorReference
        ? el(
            'RmtInf',
            el(
              'Strd',
              el(
                'CdtrRefInf',
                el(
                  'Tp',
                  el('CdOrPrtry', el('Cd', 'SCOR')),
                  /^RF\d{2}/.test(t.creditorReference) ? el('Issr', 'ISO') : null,
                ),
                el('Ref', identifier(t.creditorReference, twhere, 'Ref')),
              ),
            ),
          )
        : t.remittance
          ? el('RmtInf', el('Ustrd', text(t.remittance, 140, twhere, 'Ustrd')))
          : null;
      return el(
        'CdtTrfTxInf',
        el('PmtId', el('EndToEndId', e2e)),
        el('Amt', el('InstdAmt', { Ccy: 'EUR' }, amt)),
        t.creditorBic
          ? el('CdtrAgt', el('FinInstnId', el('BICFI', bic(t.creditorBic, twhere, 'CdtrAgt/BICFI'))))
          : null,
        el('Cdtr', el('Nm', text(t.creditorName, 70, twhere, 'Cdtr/Nm'))),
        el('CdtrAcct', el('Id', el('IBAN', iban(t.creditorIban, twhere, 'CdtrAcct/IBAN')))),
        rmt,
      );
    });
    groupCount += txs.length;
    groupSum += sum;
    return el(
      'PmtInf',
      el('PmtInfId', pid),
      el('PmtMtd', 'TRF'),
      p.batchBooking === undefined ? null : el('BtchBookg', p.batchBooking ? 'true' : 'false'),
      el('NbOfTxs', String(txs.length)),
      el('CtrlSum', formatMoney({ amount: sum, currency: 'EUR' })),
      el('PmtTpInf', el('SvcLvl', el('Cd', 'SEPA'))),
      el('ReqdExctnDt', el('Dt', p.requestedExecutionDate)),
      el('Dbtr', el('Nm', text(p.debtorName, 70, pwhere, 'Dbtr/Nm'))),
      el('DbtrAcct', el('Id', el('IBAN', iban(p.debtorIban, pwhere, 'DbtrAcct/IBAN')))),
      el(
        'DbtrAgt',
        el(
          'FinInstnId',
          p.debtorBic
            ? el('BICFI', bic(p.debtorBic, pwhere, 'DbtrAgt/BICFI'))
            : el('Othr', el('Id', 'NOTPROVIDED')),
        ),
      ),
      el('ChrgBr', 'SLEV'),
      ...txs,
    );
  });
  if (groupCount > 999_999_999_999_999) fail(where, 'error.sepaTooMany', {}, 'sepa_count', 'NbOfTxs');
  const doc = el(
    'Document',
    { xmlns: PAIN001_NAMESPACE },
    el(
      'CstmrCdtTrfInitn',
      el(
        'GrpHdr',
        el('MsgId', msgId),
        el('CreDtTm', message.createdAt),
        el('NbOfTxs', String(groupCount)),
        el('CtrlSum', formatMoney({ amount: groupSum, currency: 'EUR' })),
        el('InitgPty', el('Nm', text(message.initiatingPartyName, 70, where, 'InitgPty/Nm'))),
      ),
      ...pmtInfs,
    ),
  );
  return writeXml(doc);
}

export interface Pain001CheckProblem {
  element: string;
  message: string;
}

function sumOf(value: string | undefined, where: string, problems: Pain001CheckProblem[]): bigint | null {
  if (value === undefined) {
    problems.push({ element: where, message: `${where} is missing.` });
    return null;
  }
  try {
    return parseMoney(value, 'EUR').amount;
  } catch {
    problems.push({
      element: where,
      message: `${where} "${value}" is not an amount with at most 2 decimals.`,
    });
    return null;
  }
}

/**
 * Re-reads a pain.001.001.09 file and reports the EPC rules the XSD does not check: EUR only, amounts in
 * range with 2 decimals, NbOfTxs and CtrlSum equal to the content (group and payment information), unique
 * EndToEndIds and PmtInfIds, SEPA characters in text, IBAN check digits. Returns the problems (empty = fine).
 */
export function checkPain001(xml: string | Uint8Array): Pain001CheckProblem[] {
  const root = parseXml(xml, { what: 'pain.001 file' });
  const problems: Pain001CheckProblem[] = [];
  if (
    root.name !== 'Document' ||
    (root.attrs.xmlns !== undefined && root.attrs.xmlns !== PAIN001_NAMESPACE)
  ) {
    problems.push({ element: root.path, message: `the root is not a ${PAIN001_NAMESPACE} Document.` });
  }
  const initn = at(root, 'CstmrCdtTrfInitn');
  const grp = at(initn, 'GrpHdr');
  const e2es = new Set<string>();
  const pmtIds = new Set<string>();
  let count = 0;
  let total = 0n;
  const checkText = (node: XmlElement | undefined) => {
    if (node && !SEPA_CHARS.test(node.text)) {
      problems.push({ element: node.path, message: `${node.path} has characters outside the SEPA set.` });
    }
  };
  checkText(at(grp, 'InitgPty/Nm'));
  for (const p of children(initn, 'PmtInf')) {
    const pid = textAt(p, 'PmtInfId') ?? '';
    if (pmtIds.has(pid)) problems.push({ element: p.path, message: `PmtInfId ${pid} appears twice.` });
    pmtIds.add(pid);
    checkText(at(p, 'Dbtr/Nm'));
    const dIban = textAt(p, 'DbtrAcct/Id/IBAN');
    if (!dIban || !isValidIban(dIban))
      problems.push({
        element: `${p.path}/DbtrAcct`,
        message: `debtor IBAN ${dIban} fails its check digits.`,
      });
    let pCount = 0;
    let pSum = 0n;
    for (const t of children(p, 'CdtTrfTxInf')) {
      pCount++;
      const e2e = textAt(t, 'PmtId/EndToEndId') ?? '';
      const label = `transaction ${e2e} (${t.path})`;
      if (e2es.has(e2e)) problems.push({ element: t.path, message: `EndToEndId ${e2e} appears twice.` });
      e2es.add(e2e);
      const amt = at(t, 'Amt/InstdAmt');
      const ccy = amt?.attrs.Ccy;
      if (ccy !== 'EUR')
        problems.push({
          element: `${t.path}/Amt/InstdAmt`,
          message: `${label} is in ${ccy}; SEPA is EUR only.`,
        });
      const minor = sumOf(amt?.text, `${t.path}/Amt/InstdAmt`, problems);
      if (minor !== null) {
        if (minor < MIN_AMOUNT || minor > MAX_AMOUNT) {
          problems.push({
            element: `${t.path}/Amt/InstdAmt`,
            message: `${label} amount is outside 0.01..999999999.99.`,
          });
        }
        pSum += minor;
      }
      const cIban = textAt(t, 'CdtrAcct/Id/IBAN');
      if (!cIban || !isValidIban(cIban))
        problems.push({
          element: `${t.path}/CdtrAcct`,
          message: `${label} creditor IBAN ${cIban} fails its check digits.`,
        });
      checkText(at(t, 'Cdtr/Nm'));
      checkText(at(t, 'RmtInf/Ustrd'));
    }
    if (textAt(p, 'NbOfTxs') !== String(pCount)) {
      problems.push({
        element: `${p.path}/NbOfTxs`,
        message: `payment information ${pid} says NbOfTxs ${textAt(p, 'NbOfTxs')} but holds ${pCount}.`,
      });
    }
    const pCtrl = sumOf(textAt(p, 'CtrlSum'), `${p.path}/CtrlSum`, problems);
    if (pCtrl !== null && pCtrl !== pSum) {
      problems.push({
        element: `${p.path}/CtrlSum`,
        message: `payment information ${pid} CtrlSum ${textAt(p, 'CtrlSum')} ≠ sum of its amounts ${formatMoney({ amount: pSum, currency: 'EUR' })}.`,
      });
    }
    count += pCount;
    total += pSum;
  }
  if (textAt(grp, 'NbOfTxs') !== String(count)) {
    problems.push({
      element: `${grp?.path}/NbOfTxs`,
      message: `group header NbOfTxs ${textAt(grp, 'NbOfTxs')} but the file holds ${count}.`,
    });
  }
  const gCtrl = sumOf(textAt(grp, 'CtrlSum'), `${grp?.path ?? 'GrpHdr'}/CtrlSum`, problems);
  if (gCtrl !== null && gCtrl !== total) {
    problems.push({
      element: `${grp?.path}/CtrlSum`,
      message: `group header CtrlSum ${textAt(grp, 'CtrlSum')} ≠ sum of all amounts ${formatMoney({ amount: total, currency: 'EUR' })}.`,
    });
  }
  return problems;
}
