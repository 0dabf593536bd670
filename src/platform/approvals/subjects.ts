import { holds } from '../access/index.ts';
import type { Principal } from '../context.ts';
import type { Sql } from '../db/index.ts';

/**
 * What an approver sees of the thing they approve: its title, party, number, dates, total and — for a journal
 * entry — its lines by account name. The module that owns the subject describes it (registered by the flow that
 * wires its approval, like the executors), so supervision shows figures without reading another module's
 * tables. Amounts are decimal strings with their currency, as everywhere in the API.
 */
export interface SubjectLine {
  accountCode: string;
  accountName: string;
  memo: string | null;
  debit: string | null;
  credit: string | null;
  currency: string;
}

export interface SubjectSummary {
  /** The subject's entity type: `ledger_entry`, `purchasing_bill`, `payment_run`, … */
  kind: string;
  title: string;
  number: string | null;
  party: string | null;
  date: string | null;
  dueDate: string | null;
  /** Null when the subject has no single total (a journal entry in several currencies). */
  total: { amount: string; currency: string } | null;
  lines: SubjectLine[];
}

export interface SubjectDescriber {
  /** Who may see the figures: the permission that reads the subject itself. */
  permission: string;
  /** Set-based: a page of requests asks once per kind. Ids not found are simply absent. */
  describe(sql: Sql, companyId: string, ids: readonly string[]): Promise<Map<string, SubjectSummary>>;
}

const describers = new Map<string, SubjectDescriber>();

export function registerSubjectDescriber(entityType: string, describer: SubjectDescriber): void {
  describers.set(entityType, describer);
}

/** `visible` with the summary, `hidden` when the reader may not read the subject, `unknown` when nobody describes it. */
export type SubjectAnswer =
  | { kind: 'visible'; summary: SubjectSummary }
  | { kind: 'hidden' }
  | { kind: 'unknown' };

const keyOf = (entityType: string, entityId: string) => `${entityType}:${entityId}`;

/** The subjects of a page of requests as this reader may see them, keyed by `entityType:entityId`. */
export async function describeSubjects(
  sql: Sql,
  principal: Principal,
  refs: readonly { entityType: string; entityId: string }[],
): Promise<(entityType: string, entityId: string) => SubjectAnswer> {
  const byKind = new Map<string, string[]>();
  for (const r of refs) byKind.set(r.entityType, [...(byKind.get(r.entityType) ?? []), r.entityId]);
  const found = new Map<string, SubjectSummary>();
  const hiddenKinds = new Set<string>();
  for (const [kind, ids] of byKind) {
    const d = describers.get(kind);
    if (!d) continue;
    if (!holds(principal, d.permission)) {
      hiddenKinds.add(kind);
      continue;
    }
    for (const [id, s] of await d.describe(sql, principal.companyId, [...new Set(ids)]))
      found.set(keyOf(kind, id), s);
  }
  return (entityType, entityId) => {
    if (hiddenKinds.has(entityType)) return { kind: 'hidden' };
    const summary = found.get(keyOf(entityType, entityId));
    return summary ? { kind: 'visible', summary } : { kind: 'unknown' };
  };
}

/**
 * For owners that read one record at a time (a few pending bills or runs): loads each id, leaving out the ones
 * that are gone (`not_found`), so a deleted subject shows no figures rather than failing the page.
 */
export async function describeEach(
  ids: readonly string[],
  load: (id: string) => Promise<SubjectSummary>,
): Promise<Map<string, SubjectSummary>> {
  const out = new Map<string, SubjectSummary>();
  for (const id of ids) {
    try {
      out.set(id, await load(id));
    } catch (err) {
      if ((err as { code?: string }).code !== 'not_found') throw err;
    }
  }
  return out;
}
