import { forbidden } from '../../kernel/errors.ts';
import type { Principal, Role } from '../context.ts';

/**
 * Named permissions, registered by the module that owns them, and the one function that decides. Deny by
 * default: a permission that is not registered, a role that is not listed, or a department the actor does
 * not belong to is a "no".
 *
 * scope 'company'    — the role decides.
 * scope 'department' — owner, admin and auditor reach every department of the company; a manager reaches
 *                      departments they manage or belong to; an assistant the departments they belong to.
 */
export interface PermissionDef {
  name: string;
  description: string;
  roles: readonly Role[];
  scope: 'company' | 'department';
  /** Writes are never given to auditors (checked at registration). */
  write: boolean;
}

/** Routes that need no sign-in ('public') or only a signed-in user, in no particular company ('authenticated'). */
export const PUBLIC = 'public';
export const AUTHENTICATED = 'authenticated';

const registry = new Map<string, PermissionDef>();

export function definePermissions(defs: readonly PermissionDef[]): void {
  for (const def of defs) {
    if (registry.has(def.name) && registry.get(def.name) !== def)
      throw new Error(`permission ${def.name} registered twice`);
    if (def.write && def.roles.includes('auditor'))
      throw new Error(`permission ${def.name} is a write: auditors cannot hold it`);
    if (!/^[a-z]+(\.[a-z_]+)+$/.test(def.name))
      throw new Error(`permission name ${def.name} must look like module.thing`);
    registry.set(def.name, def);
  }
}

export function permission(name: string): PermissionDef | undefined {
  return registry.get(name);
}

export function allPermissions(): PermissionDef[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function permissionsOfRole(role: Role): string[] {
  return allPermissions()
    .filter((p) => p.roles.includes(role))
    .map((p) => p.name);
}

export function can(principal: Principal, name: string, departmentId?: string | null): boolean {
  const def = registry.get(name);
  if (!def?.roles.includes(principal.role)) return false;
  if (def.scope === 'company') return true;
  if (departmentId === undefined || departmentId === null) {
    // A department-scoped permission asked without a department: a list that the service narrows itself.
    return true;
  }
  switch (principal.role) {
    case 'owner':
    case 'admin':
    case 'auditor':
      return true;
    case 'manager':
      return principal.managedDepartmentIds.has(departmentId) || principal.departmentIds.has(departmentId);
    case 'assistant':
      return principal.departmentIds.has(departmentId);
  }
}

export function authorize(principal: Principal, name: string, departmentId?: string | null): void {
  if (!can(principal, name, departmentId)) {
    const def = registry.get(name);
    throw forbidden(
      def
        ? `Your role (${principal.role}) does not allow "${def.description}"${departmentId ? ' in this department' : ''}.`
        : `The permission ${name} does not exist.`,
    );
  }
}

/** Whether the actor sees everything in the company (not narrowed to their own departments). */
export function seesAllDepartments(principal: Principal): boolean {
  return principal.role === 'owner' || principal.role === 'admin' || principal.role === 'auditor';
}

/**
 * The departments a list is narrowed to for this actor: null when they see every department (owner, admin,
 * auditor); otherwise the departments they belong to or manage — the same reach `can` gives a department-scoped
 * permission, so a list never shows a row its detail route would refuse.
 */
export function visibleDepartmentIds(principal: Principal): string[] | null {
  if (seesAllDepartments(principal)) return null;
  return [...new Set([...principal.departmentIds, ...principal.managedDepartmentIds])];
}
