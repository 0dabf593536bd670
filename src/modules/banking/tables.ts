/** The tables the banking module owns (their DDL is in migrations/). Only banking's code names them in SQL. */
export const TABLES = [
  'bank_accounts',
  'bank_csv_mappings',
  'bank_statements',
  'bank_statement_lines',
  'bank_reconciliations',
  'bank_reconciliation_lines',
  'bank_reconciliation_items',
] as const;
