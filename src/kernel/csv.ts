/**
 * The one CSV cell writer. Every CSV the application writes — list exports, reports, CLI output — goes through
 * `csvCell`/`csvLine`, so no cell reaches a spreadsheet as a live formula (CSV injection: a party named
 * `=HYPERLINK(…)` must arrive as text). scripts/check-architecture.ts refuses hand-joined CSV elsewhere.
 */

/** A cell starting with one of these is a formula (or starts one) to Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (a negative amount) is data, not a formula, and stays a number. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, without its line ending. */
export function csvLine(cells: readonly unknown[]): string {
  return cells.map(csvCell).join(',');
}

/** Header and rows as CSV text, one record a line, ending with a newline (`\n` unless told `\r\n`). */
export function csvText(
  header: readonly unknown[],
  rows: readonly (readonly unknown[])[],
  eol = '\n',
): string {
  return [header, ...rows].map((r) => `${csvLine(r)}${eol}`).join('');
}
