/** The tables the org module owns (their DDL is in migrations/). Only org's code names them in SQL. */
export const TABLES = [
  'companies',
  'users',
  'memberships',
  'departments',
  'department_members',
  'invitations',
  'sessions',
  'api_tokens',
  'password_resets',
  'signin_attempts',
  'setup_state',
  'company_roles',
  'company_role_permissions',
] as const;
