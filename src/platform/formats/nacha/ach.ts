import type { CatalogParams, Worded } from '../../i18n/index.ts';
import { type FormatsKey, formatsText } from '../i18n.ts';

/**
 * NACHA ACH file writer for credits: PPD (to consumers) and CCD (to companies) batches with transaction codes
 * 22 (checking credit) and 32 (savings credit), optional one 05 addenda per entry.
 *
 * Layout: 94-character records; file header (1), per batch a header (5), entries (6) and addenda (7), and a
 * control (8); the file control (9); then lines of 9s to a multiple of 10 records (blocking factor 10).
 * The entry hash is the sum of the receiving banks' 8-digit routing numbers, keeping the last 10 digits.
 * Trace numbers are the originating bank's 8-digit routing number followed by a 7-digit sequence.
 * Routing numbers are refused unless their ABA check digit is right.
 */

export type AchSecCode = 'PPD' | 'CCD';
export type AchAccountType = 'checking' | 'savings';

export interface AchEntry {
  accountType: AchAccountType;
  /** 9-digit ABA routing number of the receiving bank (with check digit). */
  routingNumber: string;
  accountNumber: string;
  /** Cents. */
  amountMinor: bigint;
  /** Individual id (PPD) or identification number (CCD), max 15. */
  idNumber: string;
  /** Receiver's name, max 22. */
  name: string;
  /** Payment-related information for a 05 addenda, max 80. */
  addenda?: string | null;
}

export interface AchBatch {
  secCode: AchSecCode;
  companyName: string;
  /** 10 characters, usually "1" + the EIN. */
  companyId: string;
  /** e.g. "PAYMENT" or "VENDOR PAY", max 10. */
  entryDescription: string;
  /** YYYY-MM-DD */
  effectiveDate: string;
  /** Originating bank routing number (9 digits, or its first 8). */
  odfiRouting: string;
  entries: AchEntry[];
}

export interface AchFile {
  /** Receiving point (the bank the file goes to): 9-digit routing number. */
  immediateDestination: string;
  immediateDestinationName: string;
  /** 10 characters: usually "1" + EIN, or a routing number (blank-padded). */
  immediateOrigin: string;
  immediateOriginName: string;
  /** When the file is created (UTC). */
  createdAt: Date;
  fileIdModifier?: string;
  referenceCode?: string;
  batches: AchBatch[];
}

const MAX_AMOUNT = 9_999_999_999n; // 10 digits of cents

/** ABA check: 3·d1 + 7·d2 + 1·d3 + … ≡ 0 (mod 10). */
export function isValidAbaRouting(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (routing.charCodeAt(i) - 48) * (w[i] ?? 0);
  return sum % 10 === 0;
}

/**
 * `where` (the file, a batch, an entry) is worded per language; `field` is the NACHA field's own name and stays
 * as the specification spells it.
 */
function fail(where: Worded, key: FormatsKey, params: CatalogParams, reason: string, field?: string): never {
  throw formatsText.error('validation', key, { where, field, ...params }, { reason, element: field ?? null });
}

/** Upper-case printable ASCII; letters with diacritics lose them; other characters are refused. */
function alpha(value: string, len: number, where: Worded, field: string, required = true): string {
  const out = value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'SS')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
  if (!/^[\x20-\x7e]*$/.test(out)) {
    fail(where, 'error.achCharset', { value }, 'ach_charset', field);
  }
  if (required && out.length === 0) fail(where, 'error.achEmpty', {}, 'ach_empty', field);
  if (out.length > len) fail(where, 'error.achLength', { value, max: String(len) }, 'ach_length', field);
  return out.padEnd(len, ' ');
}

function num(value: bigint | number, len: number): string {
  const s = value.toString();
  return s.length > len ? s.slice(-len) : s.padStart(len, '0');
}

function routing(value: string, where: Worded, field: string): string {
  const r = value.trim();
  if (!isValidAbaRouting(r)) {
    fail(where, 'error.achRouting', { value }, 'ach_routing', field);
  }
  return r;
}

function yymmdd(date: string, where: Worded, field: string): string {
  const m = /^\d{2}(\d{2})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) fail(where, 'error.achDate', { date }, 'ach_date', field);
  return `${m[1]}${m[2]}${m[3]}`;
}

/** Writes the file; lines end with "\n". Throws a validation error naming the batch and entry at fault. */
export function writeAch(file: AchFile): string {
  const lines: string[] = [];
  const fwhere = formatsText.localizer('ach.file');
  const dest = routing(file.immediateDestination, fwhere, 'immediate destination');
  const origin = file.immediateOrigin.trim();
  if (!/^[0-9A-Z ]{1,10}$/.test(origin)) {
    fail(fwhere, 'error.achOrigin', { value: file.immediateOrigin }, 'ach_origin', 'immediate origin');
  }
  const modifier = file.fileIdModifier ?? 'A';
  if (!/^[A-Z0-9]$/.test(modifier)) fail(fwhere, 'error.achModifier', {}, 'ach_modifier');
  if (file.batches.length === 0) fail(fwhere, 'error.achNoBatches', {}, 'ach_empty');
  const d = file.createdAt;
  const two = (n: number) => String(n).padStart(2, '0');
  const created = `${two(d.getUTCFullYear() % 100)}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`;
  const time = `${two(d.getUTCHours())}${two(d.getUTCMinutes())}`;
  lines.push(
    `101 ${dest}${origin.padStart(10, ' ')}${created}${time}${modifier}094101${alpha(file.immediateDestinationName, 23, fwhere, 'destination name')}${alpha(file.immediateOriginName, 23, fwhere, 'origin name')}${alpha(file.referenceCode ?? '', 8, fwhere, 'reference code', false)}`,
  );
  let fileEntries = 0;
  let fileHash = 0n;
  let fileCredit = 0n;
  file.batches.forEach((b, bi) => {
    const bno = bi + 1;
    const bwhere = formatsText.localizer('ach.batch', { n: String(bno), company: b.companyName });
    if (b.secCode !== 'PPD' && b.secCode !== 'CCD')
      fail(bwhere, 'error.achSec', { sec: b.secCode }, 'ach_sec');
    const odfiFull = b.odfiRouting.trim();
    const odfi =
      odfiFull.length === 9 ? routing(odfiFull, bwhere, 'originating bank routing').slice(0, 8) : odfiFull;
    if (!/^\d{8}$/.test(odfi)) fail(bwhere, 'error.achOdfi', { value: b.odfiRouting }, 'ach_routing');
    const companyId = alpha(b.companyId, 10, bwhere, 'company identification');
    if (b.entries.length === 0) fail(bwhere, 'error.achNoEntries', {}, 'ach_empty');
    lines.push(
      `5220${alpha(b.companyName, 16, bwhere, 'company name')}${' '.repeat(20)}${companyId}${b.secCode}${alpha(b.entryDescription, 10, bwhere, 'entry description')}${created}${yymmdd(b.effectiveDate, bwhere, 'effective date')}   1${odfi}${num(bno, 7)}`,
    );
    let count = 0;
    let hash = 0n;
    let credit = 0n;
    b.entries.forEach((e, ei) => {
      const seq = ei + 1;
      const ewhere = formatsText.localizer('ach.entry', { batch: bwhere, n: String(seq), name: e.name });
      const rdfi = routing(e.routingNumber, ewhere, 'routing number');
      if (e.amountMinor < 1n || e.amountMinor > MAX_AMOUNT) {
        fail(ewhere, 'error.achAmount', {}, 'ach_amount', 'amount');
      }
      const account = e.accountNumber.replace(/[\s-]/g, '');
      if (!/^[0-9A-Za-z]{1,17}$/.test(account)) {
        fail(ewhere, 'error.achAccount', {}, 'ach_account', 'account number');
      }
      const code = e.accountType === 'savings' ? '32' : '22';
      const trace = `${odfi}${num(seq, 7)}`;
      const addenda = e.addenda ? alpha(e.addenda, 80, ewhere, 'addenda') : null;
      lines.push(
        `6${code}${rdfi}${account.toUpperCase().padEnd(17, ' ')}${num(e.amountMinor, 10)}${alpha(e.idNumber, 15, ewhere, 'id number', false)}${alpha(e.name, 22, ewhere, 'name')}  ${addenda ? '1' : '0'}${trace}`,
      );
      count++;
      if (addenda) {
        lines.push(`705${addenda}0001${num(seq, 7)}`);
        count++;
      }
      hash += BigInt(rdfi.slice(0, 8));
      credit += e.amountMinor;
    });
    lines.push(
      `8220${num(count, 6)}${num(hash % 10_000_000_000n, 10)}${num(0n, 12)}${num(credit, 12)}${companyId}${' '.repeat(25)}${odfi}${num(bno, 7)}`,
    );
    fileEntries += count;
    fileHash += hash;
    fileCredit += credit;
  });
  const records = lines.length + 1;
  const blocks = Math.ceil(records / 10);
  lines.push(
    `9${num(file.batches.length, 6)}${num(blocks, 6)}${num(fileEntries, 8)}${num(fileHash % 10_000_000_000n, 10)}${num(0n, 12)}${num(fileCredit, 12)}${' '.repeat(39)}`,
  );
  while (lines.length % 10 !== 0) lines.push('9'.repeat(94));
  for (const [i, l] of lines.entries()) {
    if (l.length !== 94) throw new Error(`internal: ACH record ${i + 1} is ${l.length} characters`);
  }
  return `${lines.join('\n')}\n`;
}
