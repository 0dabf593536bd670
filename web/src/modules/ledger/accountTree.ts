import type { LedgerAccount } from './ledgerApi';

export interface TreeRow {
  account: LedgerAccount;
  depth: number;
  hasChildren: boolean;
}

/** Accounts in tree order (parents before children, siblings by code), skipping collapsed branches. */
export function treeRows(accounts: LedgerAccount[], collapsed: Set<string>): TreeRow[] {
  const ids = new Set(accounts.map((a) => a.id));
  const children = new Map<string | null, LedgerAccount[]>();
  for (const a of accounts) {
    const parent = a.parentId && ids.has(a.parentId) ? a.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), a]);
  }
  const rows: TreeRow[] = [];
  const walk = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((x, y) => x.code.localeCompare(y.code));
    for (const account of list) {
      const hasChildren = (children.get(account.id)?.length ?? 0) > 0;
      rows.push({ account, depth, hasChildren });
      if (hasChildren && !collapsed.has(account.id)) walk(account.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}
