import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Keeps the ledger's and tax's error messages in their catalogues (src/modules/<m>/i18n.ts), so a Czech or
 * Spanish reader gets them in their language: a service or route file of these modules that throws a literal
 * message — `validation('…')`, `conflict(\`…\`)`, `forbidden("…")`, `unauthenticated('…')`,
 * `new AppError(code, '…')` — fails here. A message that is not for users (a programming error) may stay
 * literal when the line above says `// i18n-exempt: <why>`. The kernel's `notFound(what, id)` and the
 * argument-less `forbidden()` / `unauthenticated()` are worded per language by the HTTP layer and pass.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const MODULES = ['src/modules/ledger', 'src/modules/tax'];

const LITERAL =
  /\b(?:validation|conflict|forbidden|unauthenticated)\(\s*['"`]|\bnew\s+AppError\(\s*[^,()]+,\s*['"`]/g;

/** The literal-message throws in `source` as 1-based line numbers, leaving out the exempted ones. */
function literalErrors(source: string): number[] {
  const lines = source.split('\n');
  const found: number[] = [];
  for (const m of source.matchAll(LITERAL)) {
    const line = source.slice(0, m.index).split('\n').length;
    if (/\/\/\s*i18n-exempt:\s*\S/.test(lines[line - 2] ?? '')) continue;
    found.push(line);
  }
  return found;
}

/** The module's service and route code: every .ts but tests, factories and the catalogue itself. */
function sourceFiles(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .filter((f) => !['i18n.ts', 'factories.ts', 'hledger-oracle.ts'].includes(f))
    .map((f) => `${dir}/${f}`);
}

describe('error catalogues: ledger and tax throw no literal messages', () => {
  it('finds the literal forms and honours the exemption', () => {
    const source = [
      "throw validation('The date must be YYYY-MM-DD.');",
      'throw conflict(`The fiscal year is closed.`, { year: y });',
      'throw forbidden("Only the owner.");',
      'throw unauthenticated(',
      "  'Sign in again.',",
      ');',
      "throw new AppError('period_locked', `The period is locked.`);",
      "throw new AppError(err.code, 'x');",
      '// i18n-exempt: a bug in the caller, never shown to a user',
      "throw validation('internal');",
      "throw ledgerText.error('validation', 'error.entryDate');",
      "throw notFound('Account', id);",
      'throw forbidden();',
      'throw validation(err.message);',
      "return new AppError(code, text('en'), details);",
    ].join('\n');
    expect(literalErrors(source)).toEqual([1, 2, 3, 4, 7, 8]);
  });

  for (const dir of MODULES) {
    it(`${dir}: every user-facing error comes from the catalogue`, () => {
      const problems = sourceFiles(dir).flatMap((file) =>
        literalErrors(readFileSync(join(ROOT, file), 'utf8')).map((line) => `${file}:${line}`),
      );
      expect(problems).toEqual([]);
    });
  }
});
