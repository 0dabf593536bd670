/** The tables the payments module owns (their DDL is in migrations/). Only payments' code names them in SQL. */
export const TABLES = [
  'payment_settings',
  'payments',
  'payment_allocations',
  'payment_runs',
  'payment_run_items',
  'payment_run_files',
] as const;
