import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { makePerson } from '../../src/modules/org/factories.ts';
import { makeSales } from '../../src/modules/sales/factories.ts';
import { cellOf, numFmtOf } from '../../src/platform/http/xlsx-cells.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

const fresh = withFreshDatabase();

async function sheetOf(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) throw new Error('no worksheet');
  return ws;
}

/** Issue #11: an office's first use of an export is a sum or a pivot. */
describe('XLSX exports a spreadsheet can sum', () => {
  it('writes amounts as numbers in the currency format, dates as dates, headers in the reader language, frozen', async () => {
    const t = testApp(fresh.db);
    const f = await makeSales(fresh.db);
    const manager = await makePerson(fresh.db, f.companyId, { role: 'manager' });
    const line = { description: 'Service', quantity: '3', unit: 'C62', unitPrice: '1234.5', taxCode: 'S21' };
    for (const issueDate of ['2026-05-01', '2026-05-02']) {
      const d = await t.request('POST', '/api/v1/sales/invoices', {
        token: manager.token,
        body: { partyId: f.customer.id, issueDate, dueDate: '2026-05-31', lines: [line] },
      });
      const issued = await t.request('POST', `/api/v1/sales/invoices/${d.body.id}/issue`, {
        token: manager.token,
        body: {},
      });
      expect(issued.status).toBe(200);
    }
    const res = await t.request('GET', '/api/v1/sales/invoices?format=xlsx', {
      token: manager.token,
      headers: { 'accept-language': 'cs' },
    });
    expect(res.status).toBe(200);
    const ws = await sheetOf(res.bytes);
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain('Datum vystavení');
    expect(headers).toContain('Celkem');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const col = (name: string) => headers.indexOf(name) + 1;
    const totals: number[] = [];
    for (const r of [2, 3]) {
      const total = ws.getRow(r).getCell(col('Celkem'));
      expect(typeof total.value).toBe('number');
      expect(total.numFmt).toBe('#,##0.00');
      totals.push(total.value as number);
      const issued = ws.getRow(r).getCell(col('Datum vystavení'));
      expect(issued.value).toBeInstanceOf(Date);
      expect(issued.numFmt).toBe('yyyy-mm-dd');
      // Statuses and kinds are words in the reader's language, not codes.
      expect(ws.getRow(r).getCell(col('Stav')).value).toBe('Vystaveno');
      expect(ws.getRow(r).getCell(col('Druh')).value).toBe('Faktura');
    }
    // 3 × 1234.50 + 21 % VAT = 4481.24 each (as the JSON says), and the sheet's sum is the sum of the amounts.
    const json = await t.request('GET', '/api/v1/sales/invoices', { token: manager.token });
    const fromJson = (json.body.items as { total: string }[]).map((i) => Number(i.total));
    expect(totals.sort()).toEqual(fromJson.sort());
    expect(totals.reduce((a, b) => a + b, 0)).toBeCloseTo(
      fromJson.reduce((a, b) => a + b, 0),
      2,
    );

    // CSV is the machine format: its header row and text values do not change with the reader's language.
    const csv = await t.request('GET', '/api/v1/sales/invoices?format=csv', {
      token: manager.token,
      headers: { 'accept-language': 'cs' },
    });
    expect(csv.text.split('\r\n')[0]).toMatch(/^number,kind,status,customer,issue_date,due_date,/);
    expect(csv.text.split('\r\n')[1]).toMatch(/^[^,]+,invoice,issued,/);
  });

  it('keeps a value it cannot write exactly as written rather than round it', () => {
    expect(cellOf('money', '1210.00')).toBe(1210);
    expect(cellOf('money', '-0.05')).toBe(-0.05);
    expect(cellOf('money', '90071992547409.93')).toBe('90071992547409.93'); // beyond 2^53 minor units
    expect(cellOf('money', 'n/a')).toBe('n/a');
    expect(cellOf('date', '2026-02-28')).toEqual(new Date(Date.UTC(2026, 1, 28)));
    expect(cellOf('date', 'soon')).toBe('soon');
    expect(cellOf(undefined, '0012')).toBe('0012');
    expect(numFmtOf('money', 'JPY')).toBe('#,##0');
    expect(numFmtOf('money', 'BHD')).toBe('#,##0.000');
  });
});
