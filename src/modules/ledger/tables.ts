/** The tables the ledger module owns (their DDL is in migrations/). Only ledger's code names them in SQL. */
export const TABLES = [
  'ledger_accounts',
  'ledger_fiscal_years',
  'ledger_periods',
  'ledger_exchange_rates',
  'ledger_entries',
  'ledger_lines',
  'ledger_balances_daily',
  'ledger_balances_monthly',
  'ledger_batches',
  'ledger_recurring_templates',
  'ledger_recurring_runs',
  'ledger_dimension_settings',
  'ledger_balances_dim_monthly',
  'ledger_balances_dim_daily',
] as const;
