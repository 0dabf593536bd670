/**
 * Who is acting, for which company, in which request. Every service call gets one; the audit trail records
 * it. The HTTP layer builds it from the session or API token, the CLI from `--as EMAIL`, jobs from the
 * job's creator or the system actor.
 */
export type Role = 'owner' | 'admin' | 'manager' | 'assistant' | 'auditor';
export const ROLES: readonly Role[] = ['owner', 'admin', 'manager', 'assistant', 'auditor'];

export interface Actor {
  type: 'user' | 'token' | 'system';
  /** The user behind the action (also for tokens); null for the system actor. */
  userId: string | null;
  tokenId: string | null;
  /** Human label for the audit trail: an e-mail, "token <name> of <e-mail>", or "system". */
  label: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', userId: null, tokenId: null, label: 'system' };

/**
 * How far a department-scoped grant reaches: every department of the company, or only the departments the
 * actor belongs to or manages. (A company-scoped permission ignores it.)
 */
export type Reach = 'company' | 'departments';
/** Permission name → reach: what a role holds (src/platform/access). */
export type Grants = ReadonlyMap<string, Reach>;

/** What the access check knows about the actor inside one company. */
export interface Principal {
  userId: string;
  companyId: string;
  /** The built-in role, or 'custom' for a company-defined role (then `roleId` names it). */
  role: Role | 'custom';
  /** 'owner' … for a built-in role; the `role_…` id of a custom role. */
  roleId: string;
  /** The role's name for messages: "owner", "Payroll clerk". */
  roleName: string;
  /** The permissions the role holds, each with its reach; `can()` decides from these alone. */
  grants: Grants;
  /** Departments the user belongs to (member or manager). */
  departmentIds: ReadonlySet<string>;
  /** Departments the user manages. */
  managedDepartmentIds: ReadonlySet<string>;
}

export interface ServiceContext {
  actor: Actor;
  companyId: string;
  requestId: string | null;
}
