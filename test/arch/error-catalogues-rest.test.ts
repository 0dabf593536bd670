import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Error messages come from the module's catalogue (`<m>Text.error(code, 'error.key', params, details)`), so a
 * Czech or Spanish reader of the API gets them in their language. This fails when code in banking, parties,
 * payments, purchasing, receivables, sales or flows throws a literal message instead: `validation('…')`,
 * `conflict(`…`)`, `forbidden('…')`, `unauthenticated('…')` or `new AppError(code, '…')` — a string, a template
 * literal or a concatenation. A message that is not for users (a programming error) may stay literal only with
 * `// i18n-exempt: <why>` on the line above. (One part of the error-catalogue rule; the lead unifies the parts.)
 */
const ROOT = join(import.meta.dirname, '..', '..');
const DIRS = [
  'src/modules/banking',
  'src/modules/parties',
  'src/modules/payments',
  'src/modules/purchasing',
  'src/modules/receivables',
  'src/modules/sales',
  'src/flows',
];
const HELPERS = new Set(['validation', 'conflict', 'forbidden', 'unauthenticated']);

/** The literal-message error calls in one source text: `line: call` for each one not marked i18n-exempt. */
function literalErrors(source: string, file = 'x.ts'): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const lines = source.split('\n');
  const isText = (n: ts.Node | undefined): boolean =>
    !!n &&
    (ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      ts.isTemplateExpression(n) ||
      (ts.isBinaryExpression(n) && (isText(n.left) || isText(n.right))) ||
      (ts.isParenthesizedExpression(n) && isText(n.expression)));
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    let message: ts.Node | undefined;
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && HELPERS.has(node.expression.text))
      message = node.arguments[0];
    else if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'AppError'
    )
      message = node.arguments?.[1];
    if (isText(message)) {
      const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      if (!/\/\/\s*i18n-exempt:\s*\S/.test(lines[line - 1] ?? ''))
        found.push(`${line + 1}: ${node.getText(sf).replace(/\s+/g, ' ').slice(0, 90)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('error messages of banking, parties, payments, purchasing, receivables, sales and flows', () => {
  it('the check finds literal messages in every form and honours i18n-exempt', () => {
    const source = [
      "throw validation('Pick a date.');",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the fixture is source text with a template literal
      'throw conflict(`Bill ${n} is posted.`, { field: "x" });',
      "throw new AppError('period_locked', 'Period ' + p + ' is locked.');",
      "throw forbidden('Only the owner.');",
      "throw unauthenticated('Sign in.');",
      "throw salesText.error('validation', 'error.draft');",
      'throw notFound("Invoice", id);',
      'throw forbidden();',
      '// i18n-exempt: a programming error, never shown to a user',
      "throw new AppError('conflict', 'unreachable');",
    ].join('\n');
    expect(literalErrors(source).map((f) => f.split(':')[0])).toEqual(['1', '2', '3', '4', '5']);
  });

  for (const dir of DIRS) {
    it(`${dir} throws no literal message`, () => {
      const files = (readdirSync(join(ROOT, dir), { recursive: true }) as string[])
        .map((f) => f.split('\\').join('/'))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('factories.ts'));
      const problems = files.flatMap((f) =>
        literalErrors(readFileSync(join(ROOT, dir, f), 'utf8'), f).map((p) => `${dir}/${f}:${p}`),
      );
      expect(problems).toEqual([]);
    });
  }
});
