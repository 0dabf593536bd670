// Shapes of the foundation API (docs/api-foundation.md).

export type Locale = 'en' | 'cs' | 'es';

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface CompanyRef {
  id: string;
  name: string;
  role: string;
}

export interface Company {
  id: string;
  name: string;
  legalName?: string | null;
  baseCurrency: string;
  locale: string;
  timeZone: string;
  fiscalYearStartMonth: number;
}

export interface Me {
  user: User;
  companies: CompanyRef[];
  currentCompanyId: string | null;
  company: Company | null;
  role: string | null;
  permissions: string[];
  departments: { id: string; code: string; name: string; isManager: boolean }[];
  totpEnabled: boolean;
}

export interface Department {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  managerId: string | null;
  managerName: string | null;
  memberCount: number;
}

export interface DepartmentMember {
  userId: string;
  name: string;
  email: string;
  jobTitle: string | null;
}

export interface DepartmentDetail extends Department {
  members: DepartmentMember[];
}

export interface Person {
  id: string;
  email: string;
  name: string;
  role: string;
  jobTitle: string | null;
  reportsToId: string | null;
  reportsToName: string | null;
  status: 'active' | 'inactive';
  departments: { id: string; code: string; name: string }[];
}

export interface Invitation {
  id: string;
  email: string;
  role: string;
  departmentIds: string[];
  status: string;
  createdAt: string;
  expiresAt: string;
}

export interface PermissionInfo {
  name: string;
  description?: string;
  scope?: 'company' | 'department';
}

/** As answered by GET /roles (permissions as names or as objects). */
export interface RoleAnswer {
  role: string;
  permissions: (string | PermissionInfo)[];
}

/** Normalised: permission names, plus what is known about each. */
export interface RolePermissions {
  role: string;
  permissions: string[];
  info: PermissionInfo[];
}

export interface AuditEvent {
  id: string;
  seq: number | string;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  entityType: string;
  entityId: string | null;
  action: string;
  changes: unknown;
  requestId: string | null;
}

export type JobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface Job {
  id: string;
  kind: string;
  status: JobStatus;
  progress: number;
  message: string | null;
  createdAt: string;
  finishedAt: string | null;
  result: unknown;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}
