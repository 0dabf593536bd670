/**
 * The house rules, executable (GUIDE.md §1). Run by `npm test`. Ratchet: rules may only get stricter.
 *  1. Modules talk to each other only through their index.ts; platform and kernel never import modules;
 *     kernel is pure (no database, no HTTP, no files).
 *  2. Routes are declared only through defineRoute (which demands a permission); nothing else calls .openapi(
 *     or registers raw handlers under /api.
 *  3. No float parsing near money: parseFloat is banned; Number(...) of an amount/price/total/balance is banned.
 *  4. Every table carries company_id, except the installation-level tables listed below with their reason.
 *  5. Every module has index.ts and README.md; no source file passes 600 lines without being listed here.
 *  6. CSV is written only through the one defusing cell writer (src/kernel/csv.ts): no hand-joined records,
 *     no home-made quoting elsewhere (a hand-written CSV let a formula through: issue #9).
 *  7. One composition root (src/compose.ts, issue #10): modules receive their ports from it, so no module
 *     exports a mutable `set…` registry, no module imports a flow or the root, nothing imports a flow only for
 *     its side effects, and a flow does nothing when imported (no top-level calls: it exports what compose wires).
 *  8. Tables are owned (scripts/arch/sql-tables.ts): every table a migration creates is declared by exactly one
 *     owner (src/modules/<m>/tables.ts or src/platform/tables.ts), and SQL in one owner's code names only its own
 *     tables. Code that owns no table (flows, cli, server) names none: it calls the owners' functions.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { createdTables, foreignTables, loadOwnership, ownershipProblems } from './arch/sql-tables.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');

const TABLES_WITHOUT_COMPANY: Record<string, string> = {
  companies: 'the company itself',
  users: 'a person may belong to several companies',
  sessions: 'a sign-in spans companies (the current one is a column)',
  password_resets: 'belongs to a user, not a company',
  signin_attempts: 'rate limiting happens before any company is known',
  setup_state: 'first-run state of the installation',
  audit_heads: 'keyed by chain, which is the company id',
  steward_migrations: 'the schema version of the installation',
  job_schedules: 'periodic jobs run across all companies',
};
/** Files that join with a bare comma for something that is not CSV. */
const COMMA_JOIN_ALLOWED: Record<string, string> = {
  'src/platform/db/backup.ts': 'joins JSON texts into a JSON array',
};
/**
 * SQL that names another owner's table, file by file, each with its reason. Ratchet: this list only shrinks.
 */
const FOREIGN_TABLES_ALLOWED: Record<string, Record<string, string>> = {
  'src/platform/db/backup.ts': {
    companies: 'restore refuses a database that already holds data: it counts rows of the whole installation',
    users: 'as above',
  },
  'src/platform/files/service.ts': {
    users:
      "an attachment shows its uploader's e-mail; platform code cannot call org (it may not import a module) — " +
      'to go once the composition root can hand platform a user-name port',
  },
};
const LONG_FILES_ALLOWED: Record<string, string> = {};
const MAX_LINES = 600;

const problems: string[] = [];
const fail = (file: string, message: string) => problems.push(`${relative(ROOT, file)}: ${message}`);

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

const IMPORT =
  /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm;

function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter(Boolean);
}

function area(file: string): { kind: 'module' | 'platform' | 'kernel' | 'other'; module?: string } {
  const rel = relative(SRC, file).split(sep);
  if (rel[0] === 'modules' && rel[1]) return { kind: 'module', module: rel[1] };
  if (rel[0] === 'platform') return { kind: 'platform' };
  if (rel[0] === 'kernel') return { kind: 'kernel' };
  return { kind: 'other' };
}

const PURE_KERNEL_ALLOWED = new Set(['node:crypto']);

function checkImports(file: string, text: string): void {
  const from = area(file);
  for (const spec of importsOf(text)) {
    if (
      from.kind === 'kernel' &&
      !file.endsWith('.test.ts') &&
      !spec.startsWith('.') &&
      !PURE_KERNEL_ALLOWED.has(spec)
    ) {
      fail(file, `the kernel is pure code; it may not import ${spec}`);
    }
    if (!spec.startsWith('.')) continue;
    const target = resolve(dirname(file), spec);
    if (!target.startsWith(SRC)) continue;
    const to = area(target);
    if (to.kind !== 'module') continue;
    if (from.kind === 'platform' || from.kind === 'kernel')
      fail(file, `${from.kind} code may not import a module (${spec})`);
    const isIndex = relative(join(SRC, 'modules', to.module!), target).replace(/\.ts$/, '') === 'index';
    // Test data may be built with another module's factories; nothing else reaches past an index.ts.
    const testData =
      file.endsWith('.test.ts') || (file.endsWith('factories.ts') && target.endsWith('factories.ts'));
    if (from.module !== to.module && !isIndex && !testData) {
      fail(file, `deep import into module ${to.module} (${spec}); import its index.ts instead`);
    }
  }
}

function checkRoutes(file: string, text: string): void {
  if (file.endsWith(join('platform', 'http', 'route.ts'))) return;
  if (/\.openapi\(\s*[A-Za-z_$][\w$]*\s*,/.test(text) || /\.openapi\(\s*createRoute/.test(text))
    fail(file, 'routes are registered only through defineRoute (it demands a permission)');
  if (file.endsWith('server.ts')) return;
  if (/\bapp\.(get|post|put|patch|delete|all)\(\s*['"`]\/api/.test(text))
    fail(file, 'raw /api handler: use defineRoute');
}

function checkMoney(file: string, text: string): void {
  if (file.endsWith('.test.ts')) return;
  if (/\bparseFloat\(/.test(text))
    fail(file, 'parseFloat is banned: money and quantities are parsed by the money kernel');
  if (/\bNumber\([^)]*\b(amount|price|total|balance|debit|credit)\w*\b/i.test(text)) {
    fail(file, 'Number(...) of a money value: keep money as bigint minor units');
  }
}

function checkCsv(file: string, text: string): void {
  const rel = relative(ROOT, file).split(sep).join('/');
  if (file.endsWith('.test.ts') || rel === 'src/kernel/csv.ts' || COMMA_JOIN_ALLOWED[rel]) return;
  if (/\.join\(\s*(['"`])[,;]\1\s*\)/.test(text))
    fail(file, "hand-joined CSV (.join(',')): write records with csvLine/csvText from src/kernel/csv.ts");
  if (/replace(All)?\(\s*(['"`])"\2\s*,\s*(['"`])""\3\s*\)/.test(text))
    fail(file, 'home-made CSV quoting: use csvCell from src/kernel/csv.ts, which also defuses formulas');
}

function checkSize(file: string, text: string): void {
  const lines = text.split('\n').length;
  const rel = relative(ROOT, file);
  if (lines > MAX_LINES && !LONG_FILES_ALLOWED[rel])
    fail(file, `${lines} lines (over ${MAX_LINES}): split it, or list it here with a reason`);
}

function checkTables(): void {
  const dir = join(ROOT, 'migrations');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.sql'))) {
    const sql = readFileSync(join(dir, name), 'utf8');
    for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+)\s*\(([\s\S]*?)\n\);/g)) {
      const [, table, body] = m;
      if (!table || TABLES_WITHOUT_COMPANY[table]) continue;
      if (!/^\s*company_id\s/m.test(body ?? ''))
        fail(join(dir, name), `table ${table} has no company_id column`);
    }
  }
}

const FLOWS = join(SRC, 'flows');
/** Side-effect-only imports: `import './x.ts';` with nothing bound. */
const BARE_IMPORT = /^import\s+['"]([^'"]+)['"]/gm;

function checkComposition(file: string, text: string): void {
  for (const m of text.matchAll(BARE_IMPORT)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.') && resolve(dirname(file), spec).startsWith(FLOWS + sep))
      fail(file, `side-effect import of a flow (${spec}): wire it in src/compose.ts and use what it exports`);
  }
  if (!file.startsWith(SRC)) return;
  const from = area(file);
  if (from.kind === 'module' && !file.endsWith('.test.ts')) {
    // A registry setter is synchronous and stores into module state; async set… functions are services that write rows.
    if (/^export\s+function\s+set[A-Z]/m.test(text) || /^export\s+const\s+set[A-Z]\w*\s*=\s*\(/m.test(text))
      fail(file, 'a module exports a set… registry: declare a ports type and take it from src/compose.ts');
    for (const spec of importsOf(text)) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec);
      if (target.startsWith(FLOWS + sep) || target === join(SRC, 'compose.ts'))
        fail(file, `a module may not import a flow or the composition root (${spec}); take a port instead`);
    }
  }
  if (file.startsWith(FLOWS + sep) && !file.endsWith('.test.ts')) {
    const call = /^(?:await\s+)?[A-Za-z_$][\w$.]*\s*\(/m.exec(text);
    if (call)
      fail(
        file,
        `a flow runs code when imported (${call[0].trim()}…): export it and wire it in src/compose.ts`,
      );
  }
}

/** Which owner's code a source file is: a module's name, 'platform', or '' for code that owns no table. */
function ownerOf(file: string): string {
  const a = area(file);
  return a.kind === 'module' ? a.module! : a.kind === 'platform' ? 'platform' : '';
}

async function checkTableOwnership(files: { file: string; text: string }[]): Promise<void> {
  const { ownership, missing } = await loadOwnership(SRC);
  for (const m of missing.filter((o) => o !== 'platform'))
    fail(join(SRC, 'modules', m), `module ${m} has no tables.ts (export const TABLES = [...] as const)`);
  for (const p of ownershipProblems(createdTables(join(ROOT, 'migrations')), ownership)) problems.push(p);
  for (const { file, text } of files) {
    if (file.endsWith('.test.ts') || !file.startsWith(SRC)) continue;
    const rel = relative(ROOT, file).split(sep).join('/');
    for (const f of foreignTables(text, ownerOf(file), ownership)) {
      if (FOREIGN_TABLES_ALLOWED[rel]?.[f.table]) continue;
      fail(
        file,
        `line ${f.line}: SQL names ${f.table}, a table of ${f.owner}; call a function from ${f.owner}'s index.ts instead`,
      );
    }
  }
}

function checkModules(): void {
  const dir = join(SRC, 'modules');
  for (const name of readdirSync(dir)) {
    for (const required of ['index.ts', 'README.md']) {
      if (!existsSync(join(dir, name, required))) fail(join(dir, name), `module ${name} has no ${required}`);
    }
  }
}

const sources: { file: string; text: string }[] = [];
for (const file of [...walk(SRC), ...walk(join(ROOT, 'web', 'src'))]) {
  const text = readFileSync(file, 'utf8');
  sources.push({ file, text });
  if (file.startsWith(SRC)) {
    checkImports(file, text);
    checkRoutes(file, text);
    checkCsv(file, text);
  }
  checkMoney(file, text);
  checkSize(file, text);
}
for (const file of [...walk(SRC), ...walk(join(ROOT, 'test')), ...walk(join(ROOT, 'bench'))])
  checkComposition(file, readFileSync(file, 'utf8'));
checkTables();
checkModules();
await checkTableOwnership(sources);

if (problems.length) {
  console.error(
    `Architecture check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Architecture check passed.');
