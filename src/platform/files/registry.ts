import type { Principal } from '../context.ts';
import type { Sql, Tx } from '../db/index.ts';
import { filesText } from './i18n.ts';

/**
 * Which records can carry attachments. A module registers each of its record kinds once (from its index.ts);
 * an attachment then inherits the access of its record: reading it needs `permissionRead`, adding or removing
 * one needs `permissionWrite`, and `canDelete` says whether the record still lets attachments go (a posted
 * journal entry does not: its facts, attachments included, are immutable).
 *
 * The permissions are the coarse gate; `canRead` is the record rule, so a file goes exactly where its record
 * goes (a task's files only to those who reach the task's department). A kind registered without `canRead` is
 * refused to everyone — deny by default: the owning module must say who may see its records' files.
 */
export interface Attachable {
  permissionRead: string;
  permissionWrite: string;
  /** Whether the record exists in the company (another company's record is "no"). */
  exists(tx: Tx, companyId: string, id: string): Promise<boolean>;
  /** Whether attachments may still be removed from the record. */
  canDelete(tx: Tx, companyId: string, id: string): Promise<boolean>;
  /**
   * Whether this actor may see the record (its department, the people on it…); also asked before any upload
   * or removal. `companyWide` for records whose permission alone decides.
   */
  canRead?: (sql: Sql, principal: Principal, id: string) => Promise<boolean>;
  /** Downloads are recorded in the audit trail (recordSensitiveRead). */
  sensitive?: boolean;
  /** What the record is called in messages: "journal entry". */
  label?: string;
}

/** The record rule of a record kind that is not department-private: the permission alone decides. */
export const companyWide = async (): Promise<boolean> => true;

const attachables = new Map<string, Attachable>();

export function registerAttachable(entityType: string, def: Attachable): void {
  if (!/^[a-z][a-z0-9_]{0,99}$/.test(entityType))
    throw new Error(`attachable entity type ${entityType} must be snake_case`);
  const prior = attachables.get(entityType);
  if (prior && prior !== def) throw new Error(`attachable ${entityType} registered twice`);
  attachables.set(entityType, def);
}

export function attachable(entityType: string): Attachable {
  const def = attachables.get(entityType);
  if (!def)
    throw filesText.error('validation', 'error.notAttachable', {
      entityType,
      kinds: [...attachables.keys()].sort().join(', '),
    });
  return def;
}

export function attachableTypes(): string[] {
  return [...attachables.keys()].sort();
}
