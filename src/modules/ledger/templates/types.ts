import type { AccountType } from '../service/accounts.ts';

/** A chart-of-accounts template: accounts in parent-before-child order, names in the chart's language. */
export interface TemplateAccount {
  code: string;
  name: string;
  type: AccountType;
  subtype: string | null;
  /** The parent's code (same type), or null for a top-level account. */
  parent: string | null;
  /** Translations by language: { en, cs, es }. */
  names: Record<string, string>;
}

export interface ChartTemplate {
  key: 'generic' | 'us' | 'cz' | 'es';
  title: string;
  language: string;
  accounts: TemplateAccount[];
}

/** [code, name, type, subtype, parent, translations] — a compact row for the template files. */
export type Row = [string, string, AccountType, string | null, string | null, Record<string, string>?];

/** Expands compact rows; the chart's own name is also stored under its language. */
export function expand(language: string, rows: readonly Row[]): TemplateAccount[] {
  return rows.map(([code, name, type, subtype, parent, names]) => ({
    code,
    name,
    type,
    subtype,
    parent,
    names: { [language]: name, ...(names ?? {}) },
  }));
}
