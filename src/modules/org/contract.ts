import { z } from '@hono/zod-openapi';
import { CURRENCIES } from '../../kernel/money.ts';
import { ROLES } from '../../platform/context.ts';

/** The shapes of the organisation module, shared by routes, CLI and tests. */
export const Locale = z.enum(['en', 'cs', 'es']);
export const RoleName = z.enum(ROLES as unknown as ['owner', 'admin', 'manager', 'assistant', 'auditor']);
export const Email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address like name@example.com');
export const Password = z.string().min(10, 'must be at least 10 characters').max(200);
export const Currency = z
  .string()
  .trim()
  .toUpperCase()
  .refine(
    (c) => (CURRENCIES as readonly string[]).includes(c),
    'must be an ISO 4217 currency code such as EUR or USD',
  );
export const TimeZone = z
  .string()
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'must be an IANA time zone such as Europe/Prague');
export const Id = (prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9A-HJKMNP-TV-Z]{26}$`), `must be an id starting with ${prefix}_`);

/** A country code, upper-case ISO 3166-1 alpha-2 ("US", "CZ"). */
export const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'A country is two capital letters (ISO 3166-1), such as US, CZ or ES.');

export const CompanyInput = z.object({
  name: z.string().trim().min(1).max(200),
  legalName: z.string().trim().min(1).max(300).optional(),
  baseCurrency: Currency,
  fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
  /** ISO 3166-1 alpha-2; chooses the chart of accounts, tax codes and invoice wording seeded at creation. */
  country: Country.optional(),
});
export type CompanyInput = z.infer<typeof CompanyInput>;

export const CompanyPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  legalName: z.string().trim().min(1).max(300).optional(),
  fiscalYearStartMonth: z.number().int().min(1).max(12).optional(),
  locale: Locale.optional(),
  timeZone: TimeZone.optional(),
  country: Country.optional(),
});

export const Company = z
  .object({
    id: z.string(),
    name: z.string(),
    legalName: z.string(),
    baseCurrency: z.string(),
    fiscalYearStartMonth: z.number(),
    locale: z.string(),
    timeZone: z.string(),
    country: z.string().nullable(),
  })
  .openapi('Company');

export const DepartmentInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,20}$/, 'must be 1–20 letters, digits, - or _'),
  name: z.string().trim().min(1).max(200),
  parentId: Id('dep').nullable().optional(),
  managerId: Id('usr').nullable().optional(),
});
export const DepartmentPatch = DepartmentInput.partial();

export const Department = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    parentId: z.string().nullable(),
    managerId: z.string().nullable(),
    managerName: z.string().nullable(),
    memberCount: z.number(),
  })
  .openapi('Department');

export const DepartmentMember = z.object({
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  jobTitle: z.string().nullable(),
});
export const DepartmentDetail = Department.extend({ members: z.array(DepartmentMember) }).openapi(
  'DepartmentDetail',
);

export const Person = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    /** A built-in role, or 'custom' with the company role in customRoleId / roleName. */
    role: z.union([RoleName, z.literal('custom')]),
    customRoleId: z.string().nullable(),
    roleName: z.string(),
    jobTitle: z.string().nullable(),
    reportsToId: z.string().nullable(),
    reportsToName: z.string().nullable(),
    status: z.enum(['active', 'inactive']),
    departments: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  })
  .openapi('Person');

export const PersonPatch = z.object({
  name: z.string().trim().min(1).max(200).optional(),
  role: RoleName.optional(),
  jobTitle: z.string().trim().max(200).nullable().optional(),
  reportsToId: Id('usr').nullable().optional(),
});

export const NewPerson = z.object({
  email: Email,
  name: z.string().trim().min(1).max(200),
  role: RoleName,
  jobTitle: z.string().trim().max(200).optional(),
  departmentCodes: z.array(z.string()).optional(),
  password: Password.optional(),
});

/** A role as a filter or an invitation names it: a built-in role by name, or a company role by its id. */
export const RoleRef = z.union([
  RoleName,
  z
    .string()
    .regex(
      /^role_[0-9A-Za-z]{1,60}$/,
      'a built-in role or a company role id (role_…); GET /roles lists them',
    ),
]);

export const InvitationInput = z.object({
  email: Email,
  /** A built-in role, or a company role's id (role_…): never one holding more than the inviter's. */
  role: RoleRef,
  departmentIds: z.array(Id('dep')).max(50).optional(),
  jobTitle: z.string().trim().max(200).optional(),
});

export const Invitation = z
  .object({
    id: z.string(),
    email: z.string(),
    /** A built-in role, or 'custom' with the company role in customRoleId / roleName. */
    role: z.union([RoleName, z.literal('custom')]),
    customRoleId: z.string().nullable(),
    roleName: z.string(),
    departmentIds: z.array(z.string()),
    status: z.enum(['pending', 'accepted', 'revoked', 'expired']),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi('Invitation');

export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  cursor: z.string().max(500).optional(),
  sort: z.string().max(40).optional(),
  format: z.enum(['json', 'csv', 'xlsx']).optional(),
  q: z.string().max(200).optional(),
});

export const pageOf = <T extends z.ZodTypeAny>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

// ---- roles as data (service/roles.ts) ----

export const Reach = z.enum(['company', 'departments']);

export const GrantInput = z.object({
  name: z.string().min(1).max(100),
  /** 'departments': only the member's own departments (department-scoped permissions only). */
  reach: Reach.default('company'),
});

export const RoleInput = z.object({
  name: z.string().trim().min(1).max(100),
  description: z.string().trim().max(500).optional(),
  permissions: z.array(GrantInput).max(500),
});

export const RolePatch = RoleInput.partial();

export const RoleAssignment = z.object({
  /** A built-in role (owner, admin, manager, assistant, auditor) or a company role's id (role_…). */
  roleId: z.string().min(1).max(100),
});

export const RoleView = z
  .object({
    id: z.string(),
    /** Kept for older readers: the built-in role's name, or the custom role's id. */
    role: z.string(),
    name: z.string(),
    description: z.string(),
    builtin: z.boolean(),
    memberCount: z.number().int(),
    permissions: z.array(
      z.object({ name: z.string(), description: z.string(), scope: z.string(), reach: Reach }),
    ),
  })
  .openapi('Role');

export const PermissionView = z
  .object({
    name: z.string(),
    description: z.string(),
    scope: z.enum(['company', 'department']),
    write: z.boolean(),
    /** The module the permission belongs to (its name's first part), for grouping. */
    module: z.string(),
  })
  .openapi('Permission');
