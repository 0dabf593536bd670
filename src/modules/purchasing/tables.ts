/** The tables the purchasing module owns (their DDL is in migrations/). Only purchasing's code names them in SQL. */
export const TABLES = [
  'purchasing_bills',
  'purchasing_bill_lines',
  'purchasing_settlements',
  'purchasing_captures',
  'purchasing_vendor_memory',
] as const;
