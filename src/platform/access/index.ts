import { forbidden } from '../../kernel/errors.ts';
import type { Grants, Principal, Reach, Role } from '../context.ts';

export {
  assertCanReadRecord,
  canReadRecord,
  defineRecordRule,
  type RecordRule,
  recordKinds,
  recordRule,
} from './records.ts';

/**
 * Named permissions, registered by the module that owns them, and the one function that decides. Access is
 * data: a principal carries its role's grants (permission name → reach), built from the built-in role's
 * template below or from the company's custom role (modules/org, `company_roles`). Deny by default: a
 * permission that is not registered, not granted, or asked of a department the actor does not reach is a "no".
 *
 * scope 'company'    — holding the permission decides.
 * scope 'department' — the grant's reach decides: 'company' reaches every department of the company,
 *                      'departments' only the departments the actor belongs to or manages. Without a department
 *                      the answer is NO; a list that narrows itself, or a record its module's record rule has
 *                      already let the actor reach, says so explicitly with `NARROWED` (see `holds`).
 *
 * The built-in roles are templates: `roles` on each definition lists the built-ins that hold it (owner, admin
 * and auditor with company reach, manager and assistant with their departments'). Auditors hold no write.
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

/**
 * Said instead of a department when the department does not decide: a list the service narrows to
 * `visibleDepartmentIds(principal, permission)`, or a record whose record rule (`canReadRecord`) has already
 * let the actor reach it. Only then is holding the permission enough — never when a department was simply
 * not found.
 */
export const NARROWED: unique symbol = Symbol('narrowed');
export type DepartmentAnswer = string | null | undefined | typeof NARROWED;

const registry = new Map<string, PermissionDef>();
/** Built-in grants, rebuilt when a module registers more permissions. */
let templates: Map<Role, Grants> | null = null;

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
  templates = null;
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

/** The reach a built-in role's department-scoped grants have. */
export function builtinReach(role: Role): Reach {
  return role === 'manager' || role === 'assistant' ? 'departments' : 'company';
}

/** The grants of a built-in role: exactly the permissions whose definition lists it. */
export function builtinGrants(role: Role): Grants {
  if (!templates) templates = new Map();
  let grants = templates.get(role);
  if (!grants) {
    grants = new Map(permissionsOfRole(role).map((name) => [name, builtinReach(role)]));
    templates.set(role, grants);
  }
  return grants;
}

/** The permission names a principal holds (for the web's menus and `/me`). */
export function heldPermissions(principal: Principal): string[] {
  return [...principal.grants.keys()].filter((name) => registry.has(name) && holds(principal, name)).sort();
}

/** Whether the actor holds the permission at all, whatever department: the explicit path of `NARROWED`. */
export function holds(principal: Principal, name: string): boolean {
  const def = registry.get(name);
  if (!def || !principal.grants.has(name)) return false;
  // The auditor's rule holds whatever its grants say.
  return !(def.write && principal.role === 'auditor');
}

export function can(principal: Principal, name: string, department?: DepartmentAnswer): boolean {
  if (!holds(principal, name)) return false;
  const def = registry.get(name) as PermissionDef;
  if (def.scope === 'company' || department === NARROWED) return true;
  // A department-scoped permission with no department resolved is denied, whatever the reach: a caller
  // that means "any department" must say NARROWED and narrow what it returns.
  if (department === undefined || department === null) return false;
  if (principal.grants.get(name) === 'company') return true;
  return principal.departmentIds.has(department) || principal.managedDepartmentIds.has(department);
}

export function authorize(principal: Principal, name: string, department?: DepartmentAnswer): void {
  if (!can(principal, name, department)) {
    const def = registry.get(name);
    const inDept = typeof department === 'string' ? ' in this department' : '';
    throw forbidden(
      def
        ? `Your role (${principal.roleName}) does not allow "${def.description}"${inDept}. Ask an owner or admin to give your role this permission.`
        : `The permission ${name} does not exist.`,
    );
  }
}

/**
 * Whether the actor sees every department for this permission (its grant reaches the company). Without a
 * permission: whether the actor's role reaches the whole company (owner, admin, auditor; a custom role never).
 */
export function seesAllDepartments(principal: Principal, name?: string): boolean {
  if (name !== undefined) return holds(principal, name) && principal.grants.get(name) === 'company';
  return principal.role === 'owner' || principal.role === 'admin' || principal.role === 'auditor';
}

/**
 * The departments a list is narrowed to for this actor and permission: null when the grant reaches every
 * department; otherwise the departments they belong to or manage — the same reach `can` gives the permission,
 * so a list never shows a row its detail route would refuse. An actor without the permission sees none.
 */
export function visibleDepartmentIds(principal: Principal, name: string): string[] | null {
  if (seesAllDepartments(principal, name)) return null;
  if (!holds(principal, name)) return [];
  return [...new Set([...principal.departmentIds, ...principal.managedDepartmentIds])];
}
