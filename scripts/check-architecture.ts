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
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { checkWebModules } from './check-web-architecture.ts';

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

function checkModules(): void {
  const dir = join(SRC, 'modules');
  for (const name of readdirSync(dir)) {
    for (const required of ['index.ts', 'README.md']) {
      if (!existsSync(join(dir, name, required))) fail(join(dir, name), `module ${name} has no ${required}`);
    }
  }
}

for (const file of [...walk(SRC), ...walk(join(ROOT, 'web', 'src'))]) {
  const text = readFileSync(file, 'utf8');
  if (file.startsWith(SRC)) {
    checkImports(file, text);
    checkRoutes(file, text);
    checkCsv(file, text);
  }
  checkMoney(file, text);
  checkSize(file, text);
}
checkTables();
checkModules();
checkWebModules(ROOT, fail);

if (problems.length) {
  console.error(
    `Architecture check failed (${problems.length}):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  );
  process.exit(1);
}
console.log('Architecture check passed.');
