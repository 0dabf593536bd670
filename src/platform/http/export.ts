import { PassThrough, Readable } from 'node:stream';
import { csvLine } from '../../kernel/csv.ts';
import type { Page } from '../../kernel/pagination.ts';
import { excel } from '../formats/excel.ts';
import type { AppContext } from './types.ts';

/**
 * `?format=csv|xlsx` on any list: the whole filtered result, streamed page by page (keyset pagination), so a
 * million rows cost the same memory as a thousand.
 */
/** The cell writer lives in the kernel so flows and the CLI share it; re-exported for existing callers. */
export { csvCell } from '../../kernel/csv.ts';

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | boolean | null | undefined;
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
  const sheet = workbook.addWorksheet(filename.slice(0, 31));
  sheet.columns = columns.map((col) => ({ header: col.header, width: 24 }));
  (async () => {
    try {
      sheet.getRow(1).font = { bold: true };
      for await (const row of allRows(fetchPage, first))
        sheet.addRow(columns.map((col) => col.value(row) ?? null)).commit();
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
): Promise<Response> {
  if (query.format === 'csv' || query.format === 'xlsx')
    return exportList(c, query.format, filename, columns, fetchPage);
  return c.json(await fetchPage(query.cursor, query.limit ?? 50), 200);
}
