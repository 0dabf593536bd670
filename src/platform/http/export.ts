import { PassThrough, Readable } from 'node:stream';
import { csvLine } from '../../kernel/csv.ts';
import type { Page } from '../../kernel/pagination.ts';
import { excel } from '../formats/excel.ts';
import { requestLang } from './errors.ts';
import { columnLabel, wordOf } from './export-i18n.ts';
import type { AppContext } from './types.ts';
import { type CellKind, cellOf, numFmtOf, widthOf } from './xlsx-cells.ts';

/**
 * `?format=csv|xlsx` on any list: the whole filtered result, streamed page by page (keyset pagination), so a
 * million rows cost the same memory as a thousand.
 */
/** The cell writer lives in the kernel so flows and the CLI share it; re-exported for existing callers. */
export { csvCell } from '../../kernel/csv.ts';

export interface Column<T> {
  /** The machine header: CSV's header row (stable; imports read it), and the key of the XLSX label. */
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
  /**
   * What the value is, for XLSX: `money` (a decimal string, written as a number in the currency's decimals),
   * `number`, `date` (YYYY-MM-DD, written as a date cell), `datetime`; text when absent. CSV is unchanged.
   */
  kind?: CellKind;
  /** The currency of a `money` cell (its decimals); two decimals without it. */
  currency?: (row: T) => string;
  /** The value is a code (a status, a kind): XLSX with labels writes the reader's word for it; CSV keeps the code. */
  words?: boolean;
}

export interface ExportOptions {
  /**
   * XLSX headers in the reader's language (Accept-Language) instead of the machine header. Only for lists meant
   * for reading and summing; an export that is also an import template keeps its machine headers.
   */
  labels?: boolean;
}

export type FetchPage<T> = (cursor: string | undefined, limit: number) => Promise<Page<T>>;

const EXPORT_BATCH = 1000;

async function* allRows<T>(fetchPage: FetchPage<T>, first: Page<T>): AsyncGenerator<T> {
  let page = first;
  for (;;) {
    for (const item of page.items) yield item;
    if (!page.nextCursor) return;
    page = await fetchPage(page.nextCursor, EXPORT_BATCH);
  }
}

export async function exportList<T>(
  c: AppContext,
  format: 'csv' | 'xlsx',
  filename: string,
  columns: Column<T>[],
  fetchPage: FetchPage<T>,
  options: ExportOptions = {},
): Promise<Response> {
  // The first page is read before answering: a filter the database rejects is then a clean 4xx error,
  // not a 200 whose stream breaks off.
  const first = await fetchPage(undefined, EXPORT_BATCH);
  if (format === 'csv') {
    // Bytes, not strings: a web ReadableStream body must carry Uint8Array chunks (fetch, clone(), app.request).
    async function* lines() {
      yield Buffer.from(`${csvLine(columns.map((col) => col.header))}\r\n`);
      for await (const row of allRows(fetchPage, first))
        yield Buffer.from(`${csvLine(columns.map((col) => col.value(row)))}\r\n`);
    }
    const body = Readable.toWeb(Readable.from(lines())) as ReadableStream;
    return c.body(body, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}.csv"`,
    });
  }
  const out = new PassThrough();
  const ExcelJS = await excel();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  // A spreadsheet's first use is a sum or a pivot: numbers as numbers, dates as dates, the header row frozen.
  const sheet = workbook.addWorksheet(filename.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  const lang = requestLang(c);
  sheet.columns = columns.map((col) => ({
    header: options.labels ? columnLabel(lang, col.header) : col.header,
    width: widthOf(col.kind),
  }));
  const worded = (col: Column<T>, value: ReturnType<Column<T>['value']>) =>
    options.labels && col.words && typeof value === 'string' && value ? wordOf(lang, value) : value;
  (async () => {
    try {
      sheet.getRow(1).font = { bold: true };
      for await (const row of allRows(fetchPage, first)) {
        const r = sheet.addRow(columns.map((col) => cellOf(col.kind, worded(col, col.value(row)))));
        columns.forEach((col, i) => {
          const fmt = numFmtOf(col.kind, col.currency?.(row));
          if (fmt) r.getCell(i + 1).numFmt = fmt;
        });
        r.commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (err) {
      out.destroy(err as Error);
    }
  })();
  return c.body(Readable.toWeb(out) as ReadableStream, 200, {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': `attachment; filename="${filename}.xlsx"`,
  });
}

/**
 * The one shape of a list endpoint: a JSON page (`limit`, `cursor`), or with `?format=csv|xlsx` the whole
 * filtered result as a download, streamed through the same page fetcher.
 */
export async function listOrExport<T>(
  c: AppContext,
  query: { limit?: number | undefined; cursor?: string | undefined; format?: string | undefined },
  filename: string,
  fetchPage: FetchPage<T>,
  columns: Column<T>[],
  options: ExportOptions = {},
): Promise<Response> {
  if (query.format === 'csv' || query.format === 'xlsx')
    return exportList(c, query.format, filename, columns, fetchPage, options);
  return c.json(await fetchPage(query.cursor, query.limit ?? 50), 200);
}
