import { inflateRawSync } from 'node:zlib';
import { excel } from '../../../platform/formats/excel.ts';
import { ledgerText } from '../i18n.ts';

/**
 * Reads a table (first row = header) from CSV text (RFC 4180: quotes, doubled quotes, CRLF; `,` or `;`) or an
 * XLSX workbook (first sheet). Headers are trimmed and lower-cased; every cell is a string.
 */
export function parseCsv(text: string): Record<string, string>[] {
  const src = text.replace(/^\uFEFF/, '');
  // A binary file, or one in another encoding read as UTF-8 (U+FFFD), is not a table: say where.
  let bad = -1;
  for (let i = 0; i < src.length && bad < 0; i++) {
    const code = src.charCodeAt(i);
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) ||
      code === 127 ||
      code === 0xfffd
    )
      bad = i;
  }
  if (bad >= 0) {
    const line = src.slice(0, bad).split('\n').length;
    throw ledgerText.error(
      'validation',
      'error.binaryFile',
      { line: String(line) },
      { reason: 'bad_encoding', line },
    );
  }
  const firstLine = src.split(/\r?\n/, 1)[0] ?? '';
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) throw ledgerText.error('validation', 'error.unterminatedQuote');
  if (cell !== '' || row.length) {
    row.push(cell);
    records.push(row);
  }
  return toObjects(records.filter((r) => r.some((c) => c.trim() !== '')));
}

/** The most an XLSX may unpack to: a 1 MB upload must not become gigabytes inside exceljs. */
const MAX_XLSX_UNPACKED = 50 * 1024 * 1024;

/**
 * What a ZIP really unpacks to, entry by entry (each inflated with a cap, so a bomb stops at the limit; the
 * central directory's declared sizes count too, as they may lie either way). Infinity past the limit; null when
 * the ZIP cannot be walked (exceljs then reports it unreadable).
 */
function unpackedSize(bytes: Uint8Array): number | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let eocd = b.length - 22; eocd >= Math.max(0, b.length - 65_557); eocd--) {
    if (b.readUInt32LE(eocd) !== 0x06054b50) continue;
    const count = b.readUInt16LE(eocd + 10);
    let at = b.readUInt32LE(eocd + 16);
    let total = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) return null;
      const method = b.readUInt16LE(at + 10);
      const packed = b.readUInt32LE(at + 20);
      const declared = b.readUInt32LE(at + 24);
      const local = b.readUInt32LE(at + 42);
      if (declared === 0xffffffff || packed === 0xffffffff) return Number.POSITIVE_INFINITY;
      total += declared;
      if (total > MAX_XLSX_UNPACKED) return Number.POSITIVE_INFINITY;
      if (method === 8 && local + 30 <= b.length) {
        const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
        try {
          const real = inflateRawSync(b.subarray(start, start + packed), {
            maxOutputLength: MAX_XLSX_UNPACKED - total + declared + 1,
          }).length;
          total += real - declared;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return Number.POSITIVE_INFINITY;
          return null;
        }
        if (total > MAX_XLSX_UNPACKED) return Number.POSITIVE_INFINITY;
      }
      at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    }
    return total;
  }
  return null;
}

export async function parseXlsx(bytes: Uint8Array): Promise<Record<string, string>[]> {
  const unpacked = unpackedSize(bytes);
  if (unpacked !== null && unpacked > MAX_XLSX_UNPACKED)
    throw ledgerText.error(
      'validation',
      'error.xlsxTooLarge',
      { mb: MAX_XLSX_UNPACKED / (1024 * 1024) },
      { reason: 'xlsx_too_large' },
    );
  const workbook = new (await excel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw ledgerText.error('validation', 'error.xlsxUnreadable');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw ledgerText.error('validation', 'error.xlsxNoSheet');
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (r) => {
    const values: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) values.push(r.getCell(c).text ?? '');
    records.push(values);
  });
  return toObjects(records);
}

function toObjects(records: string[][]): Record<string, string>[] {
  const [header, ...rows] = records;
  if (!header) throw ledgerText.error('validation', 'error.fileEmpty');
  const keys = header.map((h) => h.trim().toLowerCase());
  return rows.map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

/** CSV text or XLSX bytes by format name. */
export async function readTable(format: 'csv' | 'xlsx', data: Uint8Array): Promise<Record<string, string>[]> {
  return format === 'csv' ? parseCsv(Buffer.from(data).toString('utf8')) : parseXlsx(data);
}
