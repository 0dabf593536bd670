/**
 * Table ownership at the SQL level (GUIDE.md §1 "Tables are owned"). Every table a migration creates is owned by
 * exactly one owner — a module (`src/modules/<m>/tables.ts`) or the platform (`src/platform/tables.ts`) — and
 * SQL written in one owner's code may name only that owner's tables. Pure functions, so the checker itself is
 * unit-tested (test/arch/sql-tables.test.ts); scripts/check-architecture.ts wires them to the tree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** Owner name ('org', 'ledger', … or 'platform') → the tables it declares. */
export type Ownership = Record<string, readonly string[]>;

/** The tables each migration creates, in file order. */
export function createdTables(migrationsDir: string): { table: string; file: string }[] {
  const out: { table: string; file: string }[] = [];
  for (const file of readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    const sql = readFileSync(join(migrationsDir, file), 'utf8').replace(/--[^\n]*/g, '');
    for (const m of sql.matchAll(
      /\bCREATE\s+(?:UNLOGGED\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:public\.)?(\w+)/gi,
    )) {
      out.push({ table: m[1]!.toLowerCase(), file });
    }
  }
  return out;
}

/** Reads every owner's declared list: src/platform/tables.ts and src/modules/<m>/tables.ts. */
export async function loadOwnership(srcDir: string): Promise<{ ownership: Ownership; missing: string[] }> {
  const ownership: Ownership = {};
  const missing: string[] = [];
  const load = async (owner: string, file: string) => {
    if (!existsSync(file)) return missing.push(owner);
    const mod = (await import(file)) as { TABLES?: readonly string[] };
    ownership[owner] = mod.TABLES ?? [];
  };
  await load('platform', join(srcDir, 'platform', 'tables.ts'));
  for (const m of readdirSync(join(srcDir, 'modules')).sort())
    await load(m, join(srcDir, 'modules', m, 'tables.ts'));
  return { ownership, missing };
}

/** Each created table must have exactly one owner, and an owner may declare only tables that exist. */
export function ownershipProblems(
  created: { table: string; file: string }[],
  ownership: Ownership,
): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string[]>();
  for (const [owner, tables] of Object.entries(ownership)) {
    for (const t of tables) owners.set(t, [...(owners.get(t) ?? []), owner]);
  }
  const exists = new Set(created.map((c) => c.table));
  for (const { table, file } of created) {
    const o = owners.get(table) ?? [];
    if (o.length === 0)
      problems.push(`migrations/${file}: table ${table} has no owner; list it in one module's tables.ts`);
    if (o.length > 1) problems.push(`migrations/${file}: table ${table} is claimed by ${o.join(' and ')}`);
  }
  for (const [table, o] of owners) {
    if (!exists.has(table))
      problems.push(`${o.join(', ')} declares table ${table}, which no migration creates`);
  }
  return problems;
}

/** The text of every string and template literal in a TypeScript source (template holes become `$0`). */
export function literalsOf(source: string): { text: string; line: number }[] {
  const file = ts.createSourceFile('x.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: { text: string; line: number }[] = [];
  const visit = (node: ts.Node): void => {
    const line = () => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      out.push({ text: node.text, line: line() });
    } else if (ts.isTemplateExpression(node)) {
      out.push({
        text: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' $0 '),
        line: line(),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/**
 * Does this literal read like SQL? A clause keyword in capitals (the house style; this also catches fragments
 * such as `'FROM bills b JOIN …'` kept in a constant), or a literal that starts with a statement verb in any
 * case. Messages such as "pick one from the customers list" are not SQL and are left alone.
 */
const SQLISH =
  /\b(SELECT|INSERT|UPDATE|DELETE|FROM|JOIN|WHERE|REFERENCES|TRUNCATE|TABLE)\b|^\s*(select|insert|update|delete|with)\s/;

/**
 * The table names a SQL text names where a table is meant: after FROM (and the comma list that may follow),
 * JOIN, INTO, UPDATE, REFERENCES, TABLE, TRUNCATE, USING. Identifiers are whole tokens, so a column such as
 * `company_id` or `payments_total` never matches `companies` or `payments`; a qualified `schema.table` counts.
 */
export function tablesNamedIn(sql: string): string[] {
  if (!SQLISH.test(sql)) return [];
  const names: string[] = [];
  const ident = String.raw`(?:"?\w+"?\.)?"?([A-Za-z_]\w*)"?`;
  const single = new RegExp(
    String.raw`\b(?:JOIN|INTO|UPDATE|REFERENCES|TABLE|TRUNCATE|USING)\s+(?:ONLY\s+|IF\s+(?:NOT\s+)?EXISTS\s+)?${ident}`,
    'gi',
  );
  for (const m of sql.matchAll(single)) names.push(m[1]!);
  // FROM a [AS] x, b [AS] y … : every item of the list up to the next clause.
  const from =
    /\bFROM\s+([\s\S]*?)(?=\b(?:WHERE|JOIN|LEFT|RIGHT|INNER|FULL|CROSS|GROUP|ORDER|LIMIT|HAVING|WINDOW|UNION|EXCEPT|INTERSECT|RETURNING|ON|FOR|SET|OFFSET|FETCH)\b|[;)]|$)/gi;
  for (const m of sql.matchAll(from)) {
    for (const item of m[1]!.split(',')) {
      const t = new RegExp(`^\\s*(?:ONLY\\s+)?${ident}`).exec(item);
      if (t) names.push(t[1]!);
    }
  }
  return names.map((n) => n.toLowerCase());
}

/** Other owners' tables named in the SQL literals of one owner's file: [{ table, owner, line }]. */
export function foreignTables(
  source: string,
  self: string,
  ownership: Ownership,
): { table: string; owner: string; line: number }[] {
  const ownerOf = new Map<string, string>();
  for (const [owner, tables] of Object.entries(ownership)) for (const t of tables) ownerOf.set(t, owner);
  const found: { table: string; owner: string; line: number }[] = [];
  for (const { text, line } of literalsOf(source)) {
    for (const table of new Set(tablesNamedIn(text))) {
      const owner = ownerOf.get(table);
      if (owner && owner !== self) found.push({ table, owner, line });
    }
  }
  return found;
}
