/** The tables the tax module owns (their DDL is in migrations/). Only tax's code names them in SQL. */
export const TABLES = ['tax_codes'] as const;
