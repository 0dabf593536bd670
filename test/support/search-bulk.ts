import type { Sql } from '../../src/platform/db/index.ts';

/**
 * Bulk rows for global search (test/api/search.test.ts's plans, bench/search.ts at a million rows): `perKind`
 * rows of each searchable kind for one company, made in SQL with generate_series (a million rows in seconds,
 * not through the services: these rows exist only to be searched). Names come from small word lists so that
 * trigrams repeat as they do in real data; `tag` keeps ids and numbers apart between calls.
 *
 * The company needs a sales series (any issued invoice made one). Invoices are issued, bills and entries
 * drafts, tasks open, people assistants.
 */
export async function insertSearchRows(
  sql: Sql,
  companyId: string,
  perKind: number,
  tag = 'b',
): Promise<void> {
  const words = `ARRAY['Acme','Nordic','Baltic','Alpine','Danube','Vltava','Iberia','Atlas','Orion','Zenith',
                       'Praha','Brno','Sevilla','Bilbao','Ostrava','Plzen','Madrid','Valencia','Olomouc','Liberec']`;
  const kinds = `ARRAY['Trading','Logistics','Consulting','Foods','Steel','Textiles','Software','Energy','Media','Farms']`;
  const name = `(${words})[1 + (g * 7 % 20)] || ' ' || (${kinds})[1 + (g * 13 % 10)] || ' ' || g`;
  const args = [companyId, perKind, tag];
  await sql.query(
    `INSERT INTO parties (company_id, id, code, is_customer, legal_name, vat_id, email, currency)
     SELECT $1, 'pty_' || $3 || g, $3 || g, true, ${name} || ' s.r.o.', 'CZ' || (10000000 + g),
            'office' || g || '@' || $3 || '.example', 'CZK'
       FROM generate_series(1, $2::int) g`,
    args,
  );
  await sql.query(
    `INSERT INTO sales_invoices (company_id, id, kind, status, series_id, number, party_id, buyer, currency,
                                base_currency, issue_date, due_date, prices_include_tax, rounding, order_reference,
                                net_minor, total_minor)
     SELECT $1, 'inv_' || $3 || g, 'invoice', 'issued',
            (SELECT id FROM sales_series WHERE company_id = $1 ORDER BY id LIMIT 1),
            upper($3) || '-' || lpad(g::text, 8, '0'), 'pty_' || $3 || g,
            jsonb_build_object('name', ${name} || ' s.r.o.'), 'CZK', 'CZK',
            DATE '2026-01-01' + (g % 300), DATE '2026-01-15' + (g % 300), false, 'document',
            'PO-' || (g * 7919::bigint % 1000003), (g * 104729::bigint % 10000000), (g * 104729::bigint % 10000000)
       FROM generate_series(1, $2::int) g`,
    args,
  );
  await sql.query(
    `INSERT INTO purchasing_bills (company_id, id, vendor_id, vendor_name, vendor_invoice_number, issue_date,
                                   due_date, currency, net_minor, total_minor)
     SELECT $1, 'bill_' || $3 || g, 'pty_' || $3 || g, ${name} || ' a.s.', 'FV' || $3 || (g * 31::bigint % 1000003),
            DATE '2026-01-01' + (g % 300), DATE '2026-02-01' + (g % 300), 'CZK',
            (g * 15485863::bigint % 10000000), (g * 15485863::bigint % 10000000)
       FROM generate_series(1, $2::int) g`,
    args,
  );
  await sql.query(
    `INSERT INTO ledger_entries (company_id, id, entry_date, description, reference, status)
     SELECT $1, 'je_' || $3 || g, DATE '2026-01-01' + (g % 300),
            (ARRAY['Rent','Payroll','Fuel','Office supplies','Insurance'])[1 + g % 5] || ' for ' || ${name},
            'REF-' || $3 || g, 'draft'
       FROM generate_series(1, $2::int) g`,
    args,
  );
  await sql.query(
    `INSERT INTO work_tasks (company_id, id, title)
     SELECT $1, 'task_' || $3 || g,
            (ARRAY['Call','Chase','Check','Archive','Review'])[1 + g % 5] || ' ' || ${name}
       FROM generate_series(1, $2::int) g`,
    args,
  );
  await sql.query(
    `WITH made AS (
       INSERT INTO users (id, email, name)
       SELECT 'usr_' || $3 || g, 'person' || g || '@' || $3 || '.example', ${name}
         FROM generate_series(1, $2::int) g
       RETURNING id)
     INSERT INTO memberships (company_id, id, user_id, role)
     SELECT $1, 'mem_' || id, id, 'assistant' FROM made`,
    args,
  );
}
