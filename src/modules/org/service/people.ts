import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { checkPasswordStrength, hashPassword } from '../../../platform/auth/crypto.ts';
import type { Actor, Role, ServiceContext } from '../../../platform/context.ts';
import { likeContains, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { orgText } from '../i18n.ts';
import { auditInUserCompanies } from './user-audit.ts';

export interface UserRow {
  id: string;
  email: string;
  name: string;
  locale: string;
  passwordHash: string | null;
  totpSecret: string | null;
  totpEnabled: boolean;
}

const USER_COLUMNS = `id, email, name, locale, password_hash AS "passwordHash", totp_secret AS "totpSecret",
  totp_enabled AS "totpEnabled"`;

export async function findUserByEmail(sql: Sql, email: string): Promise<UserRow | null> {
  return maybeOne<UserRow>(sql, `SELECT ${USER_COLUMNS} FROM users WHERE email = $1`, [
    email.trim().toLowerCase(),
  ]);
}

export async function getUser(sql: Sql, userId: string): Promise<UserRow> {
  const row = await maybeOne<UserRow>(sql, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [userId]);
  if (!row) throw notFound('User', userId);
  return row;
}

/** Creates an installation-level user (no company yet). Audited in the chain of `companyId` when given. */
export async function createUser(
  tx: Tx,
  actor: Actor,
  requestId: string | null,
  companyId: string | null,
  input: { email: string; name: string; password?: string | undefined; locale?: string | undefined },
): Promise<UserRow> {
  const email = input.email.trim().toLowerCase();
  if (await findUserByEmail(tx, email)) throw orgText.error('conflict', 'error.userEmailTaken', { email });
  if (input.password !== undefined) checkPasswordStrength(input.password);
  const passwordHash = input.password !== undefined ? await hashPassword(input.password) : null;
  const id = newId('user');
  const row = (
    await tx.query<UserRow>(
      `INSERT INTO users (id, email, name, password_hash, locale) VALUES ($1, $2, $3, $4, $5) RETURNING ${USER_COLUMNS}`,
      [id, email, input.name, passwordHash, input.locale ?? 'en'],
    )
  ).rows[0]!;
  await recordAudit(tx, {
    actor,
    companyId,
    requestId,
    entityType: 'user',
    entityId: id,
    action: 'create',
    after: { email, name: input.name, locale: row.locale, password: passwordHash ? 'set' : null },
  });
  return row;
}

export async function setPassword(
  tx: Tx,
  ctx: { actor: Actor; requestId: string | null; companyId: string | null },
  userId: string,
  password: string,
) {
  checkPasswordStrength(password);
  const passwordHash = await hashPassword(password);
  await tx.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
    userId,
    passwordHash,
  ]);
  // Changing a password ends every other session of that user.
  await tx.query('UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
    userId,
  ]);
  // The password opens every company of the user, so each one's trail records the change.
  await auditInUserCompanies(tx, {
    actor: ctx.actor,
    requestId: ctx.requestId,
    userId,
    entityType: 'user',
    entityId: userId,
    action: 'password_change',
    after: { password: 'changed' },
  });
}

export interface PersonRow {
  id: string;
  email: string;
  name: string;
  role: Role | 'custom';
  customRoleId: string | null;
  roleName: string;
  jobTitle: string | null;
  reportsToId: string | null;
  reportsToName: string | null;
  status: 'active' | 'inactive';
  departments: { id: string; code: string; name: string }[];
}

export interface PeopleFilter {
  q?: string | undefined;
  role?: string | undefined;
  departmentId?: string | undefined;
  status?: string | undefined;
  /**
   * Narrow to what an actor who does not see every department reaches: the members of these departments (and
   * the actor), each showing only these departments among their memberships.
   */
  visibleTo?: { userId: string; departmentIds: readonly string[] } | undefined;
}

/**
 * A person with their departments; `$2` is the departments the reader may see (NULL: all), so a person's
 * memberships elsewhere stay hidden from a reader who does not see those departments.
 */
const PERSON_SELECT = `
  SELECT u.id, u.email, u.name, m.role, m.custom_role_id AS "customRoleId",
         COALESCE((SELECT cr.name FROM company_roles cr WHERE cr.company_id = m.company_id AND cr.id = m.custom_role_id), m.role) AS "roleName",
         m.job_title AS "jobTitle", m.reports_to_user_id AS "reportsToId",
         r.name AS "reportsToName", m.status,
         COALESCE((SELECT json_agg(json_build_object('id', d.id, 'code', d.code, 'name', d.name) ORDER BY d.code)
                     FROM department_members dm JOIN departments d ON d.company_id = dm.company_id AND d.id = dm.department_id
                    WHERE dm.company_id = m.company_id AND dm.user_id = m.user_id
                      AND ($2::text[] IS NULL OR dm.department_id = ANY($2))), '[]') AS departments
    FROM memberships m
    JOIN users u ON u.id = m.user_id
    LEFT JOIN users r ON r.id = m.reports_to_user_id`;

export async function listPeople(
  sql: Sql,
  companyId: string,
  filter: PeopleFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<PersonRow>> {
  const params: unknown[] = [companyId, filter.visibleTo ? [...filter.visibleTo.departmentIds] : null];
  const where = ['m.company_id = $1'];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  if (filter.visibleTo)
    add(
      `(m.user_id = ? OR EXISTS (SELECT 1 FROM department_members v WHERE v.company_id = m.company_id
          AND v.user_id = m.user_id AND v.department_id = ANY($2)))`,
      filter.visibleTo.userId,
    );
  if (filter.q) add('(u.name ILIKE ? OR u.email ILIKE ?)', likeContains(filter.q));
  // A built-in role by name, or a company role by its id (then the membership's role is 'custom').
  if (filter.role) add("((m.role <> 'custom' AND m.role = ?) OR m.custom_role_id = ?)", filter.role);
  if (filter.status) add('m.status = ?', filter.status);
  if (filter.departmentId) {
    add(
      'EXISTS (SELECT 1 FROM department_members x WHERE x.company_id = m.company_id AND x.user_id = m.user_id AND x.department_id = ?)',
      filter.departmentId,
    );
  }
  if (page.cursor) {
    const [name, id] = decodeCursor(page.cursor);
    params.push(name, id);
    where.push(`(lower(u.name), u.id) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(page.limit + 1);
  const rows = (
    await sql.query<PersonRow & { sortName: string }>(
      `${PERSON_SELECT} WHERE ${where.join(' AND ')} ORDER BY lower(u.name), u.id LIMIT $${params.length}`,
      params,
    )
  ).rows;
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.name.toLowerCase(), last.id]) : null,
  };
}

/** One person; `departmentIds` (when given) limits the memberships shown to those departments. */
export async function getPerson(
  sql: Sql,
  companyId: string,
  userId: string,
  departmentIds: readonly string[] | null = null,
): Promise<PersonRow> {
  const row = await maybeOne<PersonRow>(sql, `${PERSON_SELECT} WHERE m.company_id = $1 AND m.user_id = $3`, [
    companyId,
    departmentIds === null ? null : [...departmentIds],
    userId,
  ]);
  if (!row) throw notFound('Person', userId);
  return row;
}

export async function addMember(
  tx: Tx,
  ctx: ServiceContext,
  input: {
    userId: string;
    /** A built-in role, or 'custom' with the company role's id in customRoleId. */
    role: Role | 'custom';
    customRoleId?: string | null | undefined;
    jobTitle?: string | null | undefined;
    reportsToId?: string | null | undefined;
  },
): Promise<void> {
  const id = newId('membership');
  const inserted = await tx.query(
    `INSERT INTO memberships (company_id, id, user_id, role, custom_role_id, job_title, reports_to_user_id)
     VALUES ($1, $2, $3, $4, $7, $5, $6) ON CONFLICT (company_id, user_id) DO NOTHING`,
    [
      ctx.companyId,
      id,
      input.userId,
      input.role,
      input.jobTitle ?? null,
      input.reportsToId ?? null,
      input.customRoleId ?? null,
    ],
  );
  if (inserted.rowCount === 0) throw orgText.error('conflict', 'error.alreadyMemberPerson');
  await recordAudit(tx, {
    ...ctx,
    entityType: 'membership',
    entityId: input.userId,
    action: 'create',
    after: { ...input },
  });
}

interface MembershipRow {
  role: Role;
  jobTitle: string | null;
  reportsToId: string | null;
  status: 'active' | 'inactive';
  name: string;
}

async function lockMembership(tx: Tx, companyId: string, userId: string): Promise<MembershipRow> {
  const row = await maybeOne<MembershipRow>(
    tx,
    `SELECT m.role, m.job_title AS "jobTitle", m.reports_to_user_id AS "reportsToId", m.status, u.name
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.company_id = $1 AND m.user_id = $2 FOR UPDATE OF m`,
    [companyId, userId],
  );
  if (!row) throw notFound('Person', userId);
  return row;
}

async function activeOwnerCount(tx: Tx, companyId: string): Promise<number> {
  const r = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM memberships WHERE company_id = $1 AND role = 'owner' AND status = 'active'`,
    [companyId],
  );
  return r.rows[0]?.n ?? 0;
}

/** Only an owner may make or unmake owners; the last active owner cannot be demoted or deactivated. */
function checkOwnerRules(actorRole: Role | 'custom', before: Role, after: Role): void {
  if ((before === 'owner' || after === 'owner') && before !== after && actorRole !== 'owner') {
    throw orgText.error('forbidden', 'error.ownerRoleOwnersOnly');
  }
}

export async function updatePerson(
  tx: Tx,
  ctx: ServiceContext,
  actorRole: Role | 'custom',
  userId: string,
  patch: {
    name?: string | undefined;
    role?: Role | undefined;
    jobTitle?: string | null | undefined;
    reportsToId?: string | null | undefined;
  },
): Promise<PersonRow> {
  const before = await lockMembership(tx, ctx.companyId, userId);
  const role = patch.role ?? before.role;
  checkOwnerRules(actorRole, before.role, role);
  if (before.role === 'owner' && role !== 'owner' && (await activeOwnerCount(tx, ctx.companyId)) <= 1) {
    throw orgText.error('conflict', 'error.lastOwner');
  }
  if (patch.reportsToId === userId) throw orgText.error('validation', 'error.reportsToSelf');
  if (patch.reportsToId) await getPerson(tx, ctx.companyId, patch.reportsToId);
  const after = {
    role,
    jobTitle: patch.jobTitle === undefined ? before.jobTitle : patch.jobTitle,
    reportsToId: patch.reportsToId === undefined ? before.reportsToId : patch.reportsToId,
  };
  await tx.query(
    // A built-in role given to a member of a company role ends that one (memberships_custom_role_check).
    `UPDATE memberships SET role = $3, custom_role_id = CASE WHEN $3 = 'custom' THEN custom_role_id END,
            job_title = $4, reports_to_user_id = $5, updated_at = now()
      WHERE company_id = $1 AND user_id = $2`,
    [ctx.companyId, userId, after.role, after.jobTitle, after.reportsToId],
  );
  if (patch.name && patch.name !== before.name) {
    await tx.query('UPDATE users SET name = $2, updated_at = now() WHERE id = $1', [userId, patch.name]);
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'membership',
    entityId: userId,
    action: 'update',
    before: {
      role: before.role,
      jobTitle: before.jobTitle,
      reportsToId: before.reportsToId,
      name: before.name,
    },
    after: { ...after, name: patch.name ?? before.name },
  });
  return getPerson(tx, ctx.companyId, userId);
}

/**
 * Deactivating ends the person's access to this company at once: every request checks the membership, their
 * API tokens for the company are revoked, and sessions that have no other company to go to are ended.
 */
export async function setPersonStatus(
  tx: Tx,
  ctx: ServiceContext,
  actorRole: Role | 'custom',
  userId: string,
  status: 'active' | 'inactive',
): Promise<PersonRow> {
  const before = await lockMembership(tx, ctx.companyId, userId);
  if (status === 'inactive' && ctx.actor.userId === userId)
    throw orgText.error('conflict', 'error.deactivateSelf');
  if (before.role === 'owner' && actorRole !== 'owner')
    throw orgText.error('forbidden', 'error.deactivateOwnerOwnersOnly');
  if (before.role === 'owner' && status === 'inactive' && (await activeOwnerCount(tx, ctx.companyId)) <= 1) {
    throw orgText.error('conflict', 'error.needsOwner');
  }
  if (before.status === status) return getPerson(tx, ctx.companyId, userId);
  await tx.query(
    'UPDATE memberships SET status = $3, updated_at = now() WHERE company_id = $1 AND user_id = $2',
    [ctx.companyId, userId, status],
  );
  if (status === 'inactive') {
    await tx.query(
      'UPDATE api_tokens SET revoked_at = now() WHERE company_id = $1 AND user_id = $2 AND revoked_at IS NULL',
      [ctx.companyId, userId],
    );
    await tx.query(
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = $1 AND status = 'active')`,
      [userId],
    );
    await tx.query(
      'UPDATE sessions SET current_company_id = NULL WHERE user_id = $1 AND current_company_id = $2',
      [userId, ctx.companyId],
    );
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'membership',
    entityId: userId,
    action: status === 'inactive' ? 'deactivate' : 'reactivate',
    before: { status: before.status },
    after: { status },
  });
  return getPerson(tx, ctx.companyId, userId);
}

export async function firstOwner(sql: Sql, companyId: string): Promise<UserRow | null> {
  return maybeOne<UserRow>(
    sql,
    `SELECT u.id, u.email, u.name, u.locale, u.password_hash AS "passwordHash", u.totp_secret AS "totpSecret",
            u.totp_enabled AS "totpEnabled"
       FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.company_id = $1 AND m.role = 'owner' AND m.status = 'active' ORDER BY m.created_at LIMIT 1`,
    [companyId],
  );
}

export function assertRole(role: string): asserts role is Role {
  if (!['owner', 'admin', 'manager', 'assistant', 'auditor'].includes(role)) {
    throw orgText.error('validation', 'error.unknownRole', { role });
  }
}
