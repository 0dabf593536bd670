/** The tables the parties module owns (their DDL is in migrations/). Only parties' code names them in SQL. */
export const TABLES = ['parties', 'party_contacts', 'party_bank_accounts'] as const;
