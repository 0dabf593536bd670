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

/** What the access check knows about the actor inside one company. */
export interface Principal {
  userId: string;
  companyId: string;
  role: Role;
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
