import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createdTables,
  foreignTables,
  ownershipProblems,
  tablesNamedIn,
} from '../../scripts/arch/sql-tables.ts';

// The checker behind `npm run check:arch` rule 7, on fixtures: it must reject what it is for and pass the rest.
const ownership = {
  org: ['companies', 'users', 'memberships', 'departments'],
  sales: ['sales_invoices', 'sales_settlements'],
  platform: ['files', 'audit_events'],
};

describe('table ownership: SQL in one owner naming another owner’s table', () => {
  it('rejects a query in sales that reads org’s companies table', () => {
    const source = `const c = await tx.query('SELECT base_currency FROM companies WHERE id = $1', [id]);`;
    expect(foreignTables(source, 'sales', ownership)).toEqual([
      { table: 'companies', owner: 'org', line: 1 },
    ]);
  });

  it('passes a query that names only the module’s own tables, and columns like company_id', () => {
    const source = `
      const r = await tx.query(
        \`SELECT i.id, i.company_id, s.amount FROM sales_invoices i
           JOIN sales_settlements s ON s.company_id = i.company_id AND s.invoice_id = i.id
          WHERE i.company_id = \${'$1'} AND i.users_count > 0\`,
        [companyId],
      );`;
    expect(foreignTables(source, 'sales', ownership)).toEqual([]);
  });

  it('finds foreign tables after JOIN, INTO, UPDATE, in a FROM list and in a fragment kept in a constant', () => {
    const source = [
      `const a = \`SELECT 1 FROM sales_invoices i JOIN users u ON u.id = i.created_by\`;`,
      `const b = 'INSERT INTO audit_events (id) VALUES ($1)';`,
      `const c = 'UPDATE memberships SET role = $2 WHERE id = $1';`,
      `const d = 'SELECT 1 FROM sales_invoices i, departments d WHERE d.id = i.department_id';`,
      `const e = 'FROM sales_invoices i LEFT JOIN files f ON f.id = i.file_id';`,
    ].join('\n');
    expect(foreignTables(source, 'sales', ownership).map((f) => `${f.line}:${f.table}`)).toEqual([
      '1:users',
      '2:audit_events',
      '3:memberships',
      '4:departments',
      '5:files',
    ]);
  });

  it('ignores messages and comments that merely use a table’s name as a word', () => {
    const source = [
      `// reads companies FROM companies? no: comments are not SQL`,
      `throw validation('Pick a customer from the users list; companies are set up under Settings.');`,
    ].join('\n');
    expect(foreignTables(source, 'sales', ownership)).toEqual([]);
  });

  it('code that owns no table (flows, cli) may name none', () => {
    expect(foreignTables(`q('SELECT 1 FROM sales_invoices')`, '', ownership)).toEqual([
      { table: 'sales_invoices', owner: 'sales', line: 1 },
    ]);
  });

  it('reads qualified and quoted names', () => {
    expect(tablesNamedIn('SELECT 1 FROM public.companies c JOIN "users" u ON true')).toEqual([
      'users',
      'companies',
    ]);
  });
});

describe('table ownership: every migrated table has exactly one owner', () => {
  const dir = mkdtempSync(join(tmpdir(), 'steward-owners-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(
    join(dir, '0001_a.sql'),
    `-- CREATE TABLE commented_out (x int);
CREATE TABLE companies (id text);
CREATE TABLE IF NOT EXISTS sales_invoices (company_id text);
CREATE TABLE orphan_things (company_id text);`,
  );

  it('names an unowned table, a doubly owned one and a declared table no migration creates', () => {
    const created = createdTables(dir);
    expect(created.map((c) => c.table)).toEqual(['companies', 'sales_invoices', 'orphan_things']);
    const problems = ownershipProblems(created, {
      org: ['companies'],
      sales: ['sales_invoices', 'companies', 'sales_ghosts'],
    });
    expect(problems).toEqual([
      'migrations/0001_a.sql: table companies is claimed by org and sales',
      "migrations/0001_a.sql: table orphan_things has no owner; list it in one module's tables.ts",
      'sales declares table sales_ghosts, which no migration creates',
    ]);
  });

  it('passes when each table has one owner', () => {
    expect(
      ownershipProblems(createdTables(dir), {
        org: ['companies'],
        sales: ['sales_invoices', 'orphan_things'],
      }),
    ).toEqual([]);
  });
});
