import type { Role } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import type { CompanyRow } from './companies.ts';

/**
 * What other modules read of org: company settings, people, the department tree. Org owns these tables
 * (tables.ts), so other modules never name them in SQL; they call these functions from org's index.ts instead.
 * Every function is set-based — it takes a list of ids and answers in one query — so a caller that needs names
 * for a page of rows collects the ids and asks once, never once per row.
 */

const COMPANY_COLUMNS = `id, name, legal_name AS "legalName", base_currency AS "baseCurrency",
  fiscal_year_start_month AS "fiscalYearStartMonth", locale, time_zone AS "timeZone"`;

/** Company settings (name, legal name, base currency, fiscal year start, locale, time zone) by id. */
export async function companiesByIds(sql: Sql, ids: readonly string[]): Promise<Map<string, CompanyRow>> {
  if (ids.length === 0) return new Map();
  const { rows } = await sql.query<CompanyRow>(
    `SELECT ${COMPANY_COLUMNS} FROM companies WHERE id = ANY($1)`,
    [[...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** Every company of the installation, by id (periodic jobs that run for each company). */
export async function allCompanyIds(sql: Sql): Promise<string[]> {
  return (await sql.query<{ id: string }>('SELECT id FROM companies ORDER BY id')).rows.map((r) => r.id);
}

export interface UserName {
  id: string;
  email: string;
  name: string;
  locale: string;
}

/** Installation-level users by id, whatever their memberships (labels of authors who may have left). */
export async function usersByIds(sql: Sql, ids: readonly (string | null)[]): Promise<Map<string, UserName>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql.query<UserName>('SELECT id, email, name, locale FROM users WHERE id = ANY($1)', [
    wanted,
  ]);
  return new Map(rows.map((r) => [r.id, r]));
}

export interface Member extends UserName {
  /** The membership's own id: time-ordered, so it sorts members by when they joined. */
  membershipId: string;
  role: Role;
  active: boolean;
  reportsToUserId: string | null;
}

const MEMBER_SELECT = `SELECT u.id, u.email, u.name, u.locale, m.id AS "membershipId", m.role, (m.status = 'active') AS active,
         m.reports_to_user_id AS "reportsToUserId"
    FROM memberships m JOIN users u ON u.id = m.user_id`;

/** The members of a company among `userIds` (active or not), by user id; someone never a member is absent. */
export async function membersByIds(
  sql: Sql,
  companyId: string,
  userIds: readonly (string | null)[],
): Promise<Map<string, Member>> {
  const wanted = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql.query<Member>(
    `${MEMBER_SELECT} WHERE m.company_id = $1 AND m.user_id = ANY($2)`,
    [companyId, wanted],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The members of a company among the given e-mail addresses (any case), by lower-case e-mail. */
export async function membersByEmails(
  sql: Sql,
  companyId: string,
  emails: readonly string[],
): Promise<Map<string, Member>> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql.query<Member>(`${MEMBER_SELECT} WHERE m.company_id = $1 AND u.email = ANY($2)`, [
    companyId,
    wanted,
  ]);
  return new Map(rows.map((r) => [r.email, r]));
}

/** Which of `userIds` are active members of the company. */
export async function activeMemberIds(
  sql: Sql,
  companyId: string,
  userIds: readonly (string | null)[],
): Promise<Set<string>> {
  const members = await membersByIds(sql, companyId, userIds);
  return new Set([...members.values()].filter((m) => m.active).map((m) => m.id));
}

/**
 * The active members holding one of `roles`, in user-id order. A role is a built-in one by name (`owner` …)
 * or a company role by its id (`role_…`), the same ids GET /roles lists.
 */
export async function activeMembersWithRole(
  sql: Sql,
  companyId: string,
  roles: readonly (Role | string)[],
): Promise<Member[]> {
  return (
    await sql.query<Member>(
      `${MEMBER_SELECT} WHERE m.company_id = $1 AND m.status = 'active'
          AND ((m.role <> 'custom' AND m.role = ANY($2)) OR m.custom_role_id = ANY($2)) ORDER BY m.user_id`,
      [companyId, [...roles]],
    )
  ).rows;
}

export interface DepartmentNode {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  managerUserId: string | null;
}

const DEPARTMENT_COLUMNS = `id, code, name, parent_id AS "parentId", manager_user_id AS "managerUserId"`;

/** Departments of a company by id; an id that is not a department of this company is absent. */
export async function departmentsByIds(
  sql: Sql,
  companyId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, DepartmentNode>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql.query<DepartmentNode>(
    `SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE company_id = $1 AND id = ANY($2)`,
    [companyId, wanted],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** A department named by id or by code (any case), the id winning; null when neither matches. */
export async function findDepartmentByRef(
  sql: Sql,
  companyId: string,
  ref: string,
): Promise<DepartmentNode | null> {
  const { rows } = await sql.query<DepartmentNode>(
    `SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE company_id = $1 AND (id = $2 OR upper(code) = upper($2))
      ORDER BY id = $2 DESC LIMIT 1`,
    [companyId, ref],
  );
  return rows[0] ?? null;
}

/**
 * The departments a company's managers see: all of them, or (`managedBy`) those the user manages; in code order.
 */
export async function departmentsOfCompany(
  sql: Sql,
  companyId: string,
  opts: { managedBy?: string | undefined } = {},
): Promise<DepartmentNode[]> {
  return (
    await sql.query<DepartmentNode>(
      `SELECT ${DEPARTMENT_COLUMNS} FROM departments WHERE company_id = $1 AND ($2::text IS NULL OR manager_user_id = $2)
        ORDER BY upper(code), id`,
      [companyId, opts.managedBy ?? null],
    )
  ).rows;
}

/**
 * Each department and the departments above it, nearest first (depth 0 is the department itself), for the
 * departments in `ids`: one recursive query for all of them. Depth is capped at 20 like the tree's own walks.
 */
export async function departmentChains(
  sql: Sql,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, (DepartmentNode & { depth: number })[]>> {
  const out = new Map<string, (DepartmentNode & { depth: number })[]>();
  if (ids.length === 0) return out;
  const { rows } = await sql.query<DepartmentNode & { depth: number; start: string }>(
    `WITH RECURSIVE up AS (
       SELECT d.id AS start, d.id, d.code, d.name, d.parent_id, d.manager_user_id, 0 AS depth
         FROM departments d WHERE d.company_id = $1 AND d.id = ANY($2)
       UNION ALL SELECT up.start, d.id, d.code, d.name, d.parent_id, d.manager_user_id, up.depth + 1 FROM departments d
         JOIN up ON d.company_id = $1 AND d.id = up.parent_id WHERE up.depth < 20)
     SELECT start, id, code, name, parent_id AS "parentId", manager_user_id AS "managerUserId", depth
       FROM up ORDER BY start, depth`,
    [companyId, [...new Set(ids)]],
  );
  for (const { start, ...node } of rows) out.set(start, [...(out.get(start) ?? []), node]);
  return out;
}

/** Department memberships: (departmentId, userId) pairs for the given departments and/or users. */
export async function departmentMembers(
  sql: Sql,
  companyId: string,
  by: { departmentIds?: readonly string[]; userIds?: readonly string[] },
): Promise<{ departmentId: string; userId: string }[]> {
  if (!by.departmentIds && !by.userIds) return [];
  return (
    await sql.query<{ departmentId: string; userId: string }>(
      `SELECT department_id AS "departmentId", user_id AS "userId" FROM department_members
        WHERE company_id = $1 AND ($2::text[] IS NULL OR department_id = ANY($2)) AND ($3::text[] IS NULL OR user_id = ANY($3))
        ORDER BY department_id, user_id`,
      [companyId, by.departmentIds ? [...by.departmentIds] : null, by.userIds ? [...by.userIds] : null],
    )
  ).rows;
}

/** The departments each of `userIds` is a member of, in code order; a user in none maps to []. */
export async function departmentsOfUsers(
  sql: Sql,
  companyId: string,
  userIds: readonly (string | null)[],
): Promise<Map<string, DepartmentNode[]>> {
  const wanted = [...new Set(userIds.filter((id): id is string => Boolean(id)))];
  const out = new Map<string, DepartmentNode[]>(wanted.map((id) => [id, []]));
  if (wanted.length === 0) return out;
  const { rows } = await sql.query<DepartmentNode & { userId: string }>(
    `SELECT dm.user_id AS "userId", d.id, d.code, d.name, d.parent_id AS "parentId", d.manager_user_id AS "managerUserId"
       FROM department_members dm JOIN departments d ON d.company_id = dm.company_id AND d.id = dm.department_id
      WHERE dm.company_id = $1 AND dm.user_id = ANY($2) ORDER BY upper(d.code), d.id`,
    [companyId, wanted],
  );
  for (const { userId, ...d } of rows) out.get(userId)?.push(d);
  return out;
}

/**
 * The companies where the user is an active member, with the user's role there, in name order (the company
 * switcher's order). Also the set of chains a user-level event is audited in (see user-audit.ts).
 */
export async function activeCompaniesOf(
  sql: Sql,
  userId: string,
): Promise<{ id: string; name: string; role: Role }[]> {
  return (
    await sql.query<{ id: string; name: string; role: Role }>(
      `SELECT c.id, c.name, m.role FROM memberships m JOIN companies c ON c.id = m.company_id
        WHERE m.user_id = $1 AND m.status = 'active' ORDER BY c.name, c.id`,
      [userId],
    )
  ).rows;
}
