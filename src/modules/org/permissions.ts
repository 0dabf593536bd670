import { definePermissions, type PermissionDef } from '../../platform/access/index.ts';

const ALL = ['owner', 'admin', 'manager', 'assistant', 'auditor'] as const;
const ADMINS = ['owner', 'admin'] as const;

export const ORG_PERMISSIONS: readonly PermissionDef[] = [
  {
    name: 'org.company.read',
    description: 'see the company settings',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    name: 'org.company.manage',
    description: 'change the company settings',
    roles: ADMINS,
    scope: 'company',
    write: true,
  },
  {
    name: 'org.departments.read',
    description: 'see the list of departments',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    name: 'org.departments.manage',
    description: 'create and delete departments',
    roles: ADMINS,
    scope: 'company',
    write: true,
  },
  {
    name: 'org.department.read',
    description: "see a department's members",
    roles: ALL,
    scope: 'department',
    write: false,
  },
  {
    name: 'org.department.manage',
    description: 'change a department and its members',
    roles: ['owner', 'admin', 'manager'],
    scope: 'department',
    write: true,
  },
  {
    name: 'org.people.read',
    description: 'see the people of the company',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    name: 'org.people.manage',
    description: 'change roles, deactivate people, reset passwords',
    roles: ADMINS,
    scope: 'company',
    write: true,
  },
  {
    name: 'org.invitations.read',
    description: 'see invitations',
    roles: ['owner', 'admin', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'org.invitations.manage',
    description: 'invite people',
    roles: ADMINS,
    scope: 'company',
    write: true,
  },
  {
    name: 'org.roles.read',
    description: 'see roles and permissions',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  {
    // Today's one owner-only permission: the rule "only an owner gives or takes the owner role", as data, so
    // no admin-made role can carry it (service/roles.ts).
    name: 'org.owners.manage',
    description: 'give or take away the owner role',
    roles: ['owner'],
    scope: 'company',
    write: true,
  },
  {
    name: 'org.roles.manage',
    description: "create, change and delete the company's own roles and give them to people",
    roles: ADMINS,
    scope: 'company',
    write: true,
  },
  {
    name: 'audit.read',
    description: 'read the audit trail',
    roles: ['owner', 'admin', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'audit.verify',
    description: 'verify the audit chain',
    roles: ['owner', 'admin', 'auditor'],
    scope: 'company',
    write: false,
  },
  {
    name: 'me.tokens.manage',
    description: 'create and revoke my own API tokens',
    roles: ALL,
    scope: 'company',
    write: false,
  },
  { name: 'jobs.read', description: 'see background jobs', roles: ALL, scope: 'company', write: false },
];

definePermissions(ORG_PERMISSIONS);
