import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use. It is the heaviest import of the server (≈ a third of the libraries' load time,
 * measured with a cold `import()` of each): eager, it slowed every CLI command and every test file that never
 * touches a workbook.
 */
let loading: Promise<typeof ExcelJS> | null = null;

export function excel(): Promise<typeof ExcelJS> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
