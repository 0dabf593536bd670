import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Error messages of org, work and the platform come from a catalogue (English, Czech, Spanish), never from an
 * English literal thrown in the code: `validation('…')`, `conflict('…')`, `forbidden('…')`,
 * `unauthenticated('…')`, `new AppError(code, '…')` (template literals too), and a `notFound('…')` whose
 * argument is a sentence rather than a record's name. A rare internal error that no user can fix may stay
 * literal when the line above says `// i18n-exempt: <why>`. The other parts of the code have their own
 * error-catalogues-*.test.ts; the lead unifies them later.
 */
const ROOT = join(import.meta.dirname, '..', '..');
// Grows as each part is moved onto its catalogue.
const DIRS = ['src/modules/org', 'src/modules/work', 'src/platform'];
// Not yet moved: these file-format parsers' messages (UBL, payment QR, SEPA, NACHA).
const NOT_YET = [
  'src/platform/formats/ubl/',
  'src/platform/formats/payment-qr.ts',
  'src/platform/formats/sepa/',
  'src/platform/formats/nacha/',
];

const LITERAL = String.raw`\s*[\x60'"]`;
const PATTERNS = [
  new RegExp(String.raw`\b(?:validation|conflict|forbidden|unauthenticated)\(${LITERAL}`, 'g'),
  new RegExp(String.raw`\bnew AppError\(\s*[^,()]+,${LITERAL}`, 'g'),
  // notFound('Invoice', id) is worded per language by the HTTP layer; a whole sentence is not.
  /\bnotFound\(\s*[`'"][^`'"]*\s[^`'"]*\s[^`'"]*[`'"]/g,
];

/** `file:line: text` for each literal error message in `source` not marked `// i18n-exempt:` above. */
function literalErrors(source: string, file = ''): string[] {
  const lines = source.split('\n');
  const found: string[] = [];
  for (const re of PATTERNS)
    for (const m of source.matchAll(re)) {
      const line = source.slice(0, m.index).split('\n').length;
      if (/\/\/\s*i18n-exempt:\s*\S/.test(lines[line - 2] ?? '')) continue;
      found.push(`${file}:${line}: ${(lines[line - 1] ?? '').trim()}`);
    }
  return found.sort();
}

function sourceFiles(dir: string): string[] {
  return (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
}

describe('error messages of org, work and the platform come from catalogues', () => {
  it('finds literal messages, template literals and sentence-like notFound, and honours i18n-exempt', () => {
    const source = [
      `throw validation('The code is wrong.');`,
      `throw conflict(\`A department with the code \${code} already exists.\`, { field: "code" });`,
      `throw forbidden(\n  'Only owners may.',\n);`,
      `throw new AppError('bad_request', "Send X-Company-Id.");`,
      `throw notFound('There is no role here.');`,
      `throw notFound('Department', id);`,
      `throw forbidden();`,
      `throw orgText.error('validation', 'error.codeWrong', { code });`,
      `// i18n-exempt: a programming error, never shown to a user`,
      `throw new AppError('validation', 'unreachable');`,
    ].join('\n');
    expect(literalErrors(source).map((l) => l.split(':')[1])).toEqual(['1', '2', '3', '6', '7']);
  });

  it('no service, route or platform file throws an English literal', () => {
    const found = DIRS.flatMap(sourceFiles)
      .filter((f) => !NOT_YET.some((d) => f.startsWith(d)))
      .flatMap((f) => literalErrors(readFileSync(join(ROOT, f), 'utf8'), f));
    expect(found).toEqual([]);
  });
});
