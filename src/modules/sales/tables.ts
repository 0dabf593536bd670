/** The tables the sales module owns (their DDL is in migrations/). Only sales' code names them in SQL. */
export const TABLES = [
  'sales_settings',
  'sales_series',
  'sales_series_counters',
  'sales_invoices',
  'sales_invoice_lines',
  'sales_settlements',
] as const;
