import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// The web's code is loaded by URL, as the other web tests do: the server's tsconfig does not type-check web/src
// (the web's own tsconfig does), so the shapes used here are declared beside the test.
type Checked = { value: string | null; error: string | null };
type Translator = unknown;
interface FieldChecks {
  checkDecimal(text: string, locale: string, rule?: Record<string, boolean>): Checked;
  checkDates(issue: string, due: string, issueRequired?: boolean): Record<string, string | null>;
  serverFieldErrors(t: Translator, error: unknown): Record<string, string>;
  byLineKey(errors: Record<string, string>, keys: string[]): Record<string, string>;
}
const WEB = resolve(import.meta.dirname, '../../web/src');
const load = async <T>(file: string) => (await import(pathToFileURL(resolve(WEB, file)).href)) as T;
const { checkDecimal, checkDates, serverFieldErrors, byLineKey } =
  await load<FieldChecks>('ui/fieldChecks.ts');
const { ApiError } = await load<{
  ApiError: new (status: number, body: { code: string; message: string; details?: unknown }) => Error;
}>('api.ts');
const { translator } = await load<{ translator: (locale: string) => Translator }>('i18n/index.tsx');

/**
 * The editors' checks before anything is sent: the same codes the server uses (src/platform/http/fields.ts), a
 * plain value only for valid text, and the server's field errors moved onto the cells of the lines that were sent.
 */
describe('field checks', () => {
  it('accepts decimals in the locale and refuses letters, ≤ 0 quantities and percents outside 0–100', () => {
    expect(checkDecimal('1 234,5', 'cs')).toEqual({ value: '1234.5', error: null });
    expect(checkDecimal('-3.25', 'en')).toEqual({ value: '-3.25', error: null });
    expect(checkDecimal('abc', 'en').error).toBe('invalid_decimal');
    expect(checkDecimal('1e3', 'en').error).toBe('invalid_decimal');
    expect(checkDecimal('', 'en', { required: true }).error).toBe('required');
    expect(checkDecimal('', 'en')).toEqual({ value: '', error: null });
    expect(checkDecimal('-2', 'en', { positive: true }).error).toBe('not_positive');
    expect(checkDecimal('0.000', 'en', { positive: true }).error).toBe('not_positive');
    expect(checkDecimal('150', 'en', { percent: true }).error).toBe('percent_range');
    expect(checkDecimal('100.00', 'en', { percent: true }).error).toBeNull();
    expect(checkDecimal('100.01', 'en', { percent: true }).error).toBe('percent_range');
  });

  it('refuses impossible days and a due date before the issue date', () => {
    expect(checkDates('2026-02-30', '')).toEqual({ issueDate: 'invalid_date', dueDate: null });
    expect(checkDates('2028-02-29', '2028-03-01')).toEqual({ issueDate: null, dueDate: null });
    expect(checkDates('2026-03-10', '2026-03-01')).toEqual({ issueDate: null, dueDate: 'due_before_issue' });
    expect(checkDates('', '', true).issueDate).toBe('required');
  });

  it("puts the server's field errors on the sent lines' cells, in the reader's language", () => {
    const error = new ApiError(422, {
      code: 'validation',
      message: 'lines.1.quantity: Enter a number greater than zero.',
      details: {
        fields: [
          { path: 'lines.1.quantity', code: 'not_positive', params: {}, message: 'x' },
          { path: 'lines.0.description', code: 'too_long', params: { maximum: 1000 }, message: 'x' },
          { path: 'notes', code: 'something_new', params: {}, message: 'Server wording.' },
        ],
      },
    });
    const got = byLineKey(serverFieldErrors(translator('cs'), error), ['l7', 'l9']);
    expect(got).toEqual({
      'l9.quantity': 'Zadejte číslo větší než nula.',
      'l7.description': 'Zadejte nejvýše 1000 znaků.',
      notes: 'Server wording.',
    });
    const serviceRule = new ApiError(422, {
      code: 'validation',
      message: 'Due too early.',
      details: { field: 'dueDate' },
    });
    expect(serverFieldErrors(translator('en'), serviceRule)).toEqual({ dueDate: 'Due too early.' });
  });
});
