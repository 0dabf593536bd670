import type { Principal } from '../context.ts';
import type { Sql } from '../db/index.ts';
import { accessText } from './i18n.ts';

/**
 * Record-level access: a module that holds private records (a task, later a payslip or a patient) declares a
 * rule for the record kind, `canRead(sql, principal, id)`, and every path that hands out such a record — its
 * route, its list (which filters with the same rule in SQL), its exports and its attachments
 * (src/platform/files) — asks `canReadRecord`. The permission stays the coarse gate; the rule says which of
 * the records the permission covers this actor may see.
 *
 * Deny by default: once a kind has a rule, a "no" (or a record that does not exist, or one of another
 * company) is a refusal. A kind with no rule is readable by whoever holds its permission.
 */
export interface RecordRule {
  /** The permission that covers reading records of this kind (the coarse gate). */
  permission: string;
  canRead(sql: Sql, principal: Principal, id: string): Promise<boolean>;
  /** What the record is called in messages: "task". */
  label: string;
}

const rules = new Map<string, RecordRule>();

export function defineRecordRule(kind: string, rule: RecordRule): void {
  if (!/^[a-z][a-z0-9_]{0,99}$/.test(kind)) throw new Error(`record kind ${kind} must be snake_case`);
  const prior = rules.get(kind);
  if (prior && prior !== rule) throw new Error(`record rule for ${kind} declared twice`);
  rules.set(kind, rule);
}

export function recordRule(kind: string): RecordRule | undefined {
  return rules.get(kind);
}

export function recordKinds(): string[] {
  return [...rules.keys()].sort();
}

/** Whether the actor may read the record; `undefined` when the kind declares no rule (the permission decides). */
export async function canReadRecord(
  sql: Sql,
  principal: Principal,
  kind: string,
  id: string,
): Promise<boolean | undefined> {
  const rule = rules.get(kind);
  if (!rule) return undefined;
  return rule.canRead(sql, principal, id);
}

/** Refuses (403) a record the kind's rule does not let the actor read. */
export async function assertCanReadRecord(
  sql: Sql,
  principal: Principal,
  kind: string,
  id: string,
): Promise<void> {
  const rule = rules.get(kind);
  if (rule && !(await rule.canRead(sql, principal, id)))
    throw accessText.error('forbidden', 'error.cannotSee', { label: rule.label });
}
