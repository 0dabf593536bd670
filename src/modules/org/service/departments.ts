import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { likeContains, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { orgText } from '../i18n.ts';

export interface DepartmentRow {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  managerId: string | null;
  managerName: string | null;
  memberCount: number;
}

export interface DepartmentDetailRow extends DepartmentRow {
  members: { userId: string; name: string; email: string; jobTitle: string | null }[];
}

const SELECT = `
  SELECT d.id, d.code, d.name, d.parent_id AS "parentId", d.manager_user_id AS "managerId", u.name AS "managerName",
         (SELECT count(*)::int FROM department_members dm WHERE dm.company_id = d.company_id AND dm.department_id = d.id) AS "memberCount"
    FROM departments d LEFT JOIN users u ON u.id = d.manager_user_id`;

export async function listDepartments(
  sql: Sql,
  companyId: string,
  filter: { q?: string | undefined; parentId?: string | undefined },
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<DepartmentRow>> {
  const params: unknown[] = [companyId];
  const where = ['d.company_id = $1'];
  if (filter.q) {
    params.push(likeContains(filter.q));
    where.push(`(d.name ILIKE $${params.length} OR d.code ILIKE $${params.length})`);
  }
  if (filter.parentId) {
    params.push(filter.parentId);
    where.push(`d.parent_id = $${params.length}`);
  }
  if (page.cursor) {
    const [code, id] = decodeCursor(page.cursor);
    params.push(code, id);
    where.push(`(upper(d.code), d.id) > ($${params.length - 1}, $${params.length})`);
  }
  params.push(page.limit + 1);
  const rows = (
    await sql.query<DepartmentRow>(
      `${SELECT} WHERE ${where.join(' AND ')} ORDER BY upper(d.code), d.id LIMIT $${params.length}`,
      params,
    )
  ).rows;
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.code.toUpperCase(), last.id]) : null,
  };
}

export async function getDepartment(sql: Sql, companyId: string, id: string): Promise<DepartmentDetailRow> {
  const row = await maybeOne<DepartmentRow>(sql, `${SELECT} WHERE d.company_id = $1 AND d.id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Department', id);
  const members = (
    await sql.query<DepartmentDetailRow['members'][number]>(
      `SELECT u.id AS "userId", u.name, u.email, m.job_title AS "jobTitle"
         FROM department_members dm
         JOIN users u ON u.id = dm.user_id
         JOIN memberships m ON m.company_id = dm.company_id AND m.user_id = dm.user_id
        WHERE dm.company_id = $1 AND dm.department_id = $2 ORDER BY lower(u.name)`,
      [companyId, id],
    )
  ).rows;
  return { ...row, members };
}

/** The company a department belongs to, or null: lets the access check tell "other company" from "missing". */
export async function departmentCompany(sql: Sql, id: string): Promise<string | null> {
  const row = await maybeOne<{ company_id: string }>(
    sql,
    'SELECT company_id FROM departments WHERE id = $1',
    [id],
  );
  return row?.company_id ?? null;
}

export async function findDepartmentByCode(
  sql: Sql,
  companyId: string,
  code: string,
): Promise<DepartmentRow | null> {
  return maybeOne<DepartmentRow>(sql, `${SELECT} WHERE d.company_id = $1 AND upper(d.code) = upper($2)`, [
    companyId,
    code,
  ]);
}

async function checkManager(tx: Tx, companyId: string, managerId: string | null | undefined) {
  if (!managerId) return;
  const m = await maybeOne(
    tx,
    `SELECT 1 FROM memberships WHERE company_id = $1 AND user_id = $2 AND status = 'active'`,
    [companyId, managerId],
  );
  if (!m) throw orgText.error('validation', 'error.managerNotMember', undefined, { field: 'managerId' });
}

async function checkParent(
  tx: Tx,
  companyId: string,
  id: string | null,
  parentId: string | null | undefined,
) {
  if (!parentId) return;
  // Walk up from the new parent: reaching `id` would make a cycle.
  const cycle = await maybeOne<{ found: boolean }>(
    tx,
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM departments WHERE company_id = $1 AND id = $2
       UNION ALL SELECT d.id, d.parent_id FROM departments d JOIN up ON d.company_id = $1 AND d.id = up.parent_id)
     SELECT bool_or(id = $3) AS found, count(*) > 0 AS exists FROM up`,
    [companyId, parentId, id ?? ''],
  );
  const exists = await maybeOne(tx, 'SELECT 1 FROM departments WHERE company_id = $1 AND id = $2', [
    companyId,
    parentId,
  ]);
  if (!exists) throw orgText.error('validation', 'error.parentMissing', undefined, { field: 'parentId' });
  if (cycle?.found)
    throw orgText.error('validation', 'error.departmentCycle', undefined, {
      field: 'parentId',
    });
}

export async function createDepartment(
  tx: Tx,
  ctx: ServiceContext,
  input: {
    code: string;
    name: string;
    parentId?: string | null | undefined;
    managerId?: string | null | undefined;
  },
): Promise<DepartmentRow> {
  await checkParent(tx, ctx.companyId, null, input.parentId);
  await checkManager(tx, ctx.companyId, input.managerId);
  if (await findDepartmentByCode(tx, ctx.companyId, input.code)) {
    throw orgText.error('conflict', 'error.departmentCodeTaken', { code: input.code }, { field: 'code' });
  }
  const id = newId('department');
  await tx.query(
    `INSERT INTO departments (company_id, id, code, name, parent_id, manager_user_id) VALUES ($1, $2, $3, $4, $5, $6)`,
    [ctx.companyId, id, input.code, input.name, input.parentId ?? null, input.managerId ?? null],
  );
  if (input.managerId) await addDepartmentMemberRow(tx, ctx.companyId, id, input.managerId);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'department',
    entityId: id,
    action: 'create',
    after: { ...input },
  });
  return getDepartment(tx, ctx.companyId, id);
}

export async function updateDepartment(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  patch: {
    code?: string | undefined;
    name?: string | undefined;
    parentId?: string | null | undefined;
    managerId?: string | null | undefined;
  },
): Promise<DepartmentRow> {
  const before = await maybeOne<{
    code: string;
    name: string;
    parentId: string | null;
    managerId: string | null;
  }>(
    tx,
    `SELECT code, name, parent_id AS "parentId", manager_user_id AS "managerId" FROM departments
      WHERE company_id = $1 AND id = $2 FOR UPDATE`,
    [ctx.companyId, id],
  );
  if (!before) throw notFound('Department', id);
  const after = {
    code: patch.code ?? before.code,
    name: patch.name ?? before.name,
    parentId: patch.parentId === undefined ? before.parentId : patch.parentId,
    managerId: patch.managerId === undefined ? before.managerId : patch.managerId,
  };
  if (after.parentId !== before.parentId) await checkParent(tx, ctx.companyId, id, after.parentId);
  if (after.managerId !== before.managerId) await checkManager(tx, ctx.companyId, after.managerId);
  if (after.code.toUpperCase() !== before.code.toUpperCase()) {
    const clash = await findDepartmentByCode(tx, ctx.companyId, after.code);
    if (clash)
      throw orgText.error('conflict', 'error.departmentCodeTaken', { code: after.code }, { field: 'code' });
  }
  await tx.query(
    `UPDATE departments SET code = $3, name = $4, parent_id = $5, manager_user_id = $6, updated_at = now()
      WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, after.code, after.name, after.parentId, after.managerId],
  );
  if (after.managerId) await addDepartmentMemberRow(tx, ctx.companyId, id, after.managerId);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'department',
    entityId: id,
    action: 'update',
    before: { ...before },
    after,
  });
  return getDepartment(tx, ctx.companyId, id);
}

export async function deleteDepartment(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const before = await getDepartment(tx, ctx.companyId, id);
  const child = await maybeOne(
    tx,
    'SELECT 1 FROM departments WHERE company_id = $1 AND parent_id = $2 LIMIT 1',
    [ctx.companyId, id],
  );
  if (child) throw orgText.error('conflict', 'error.departmentHasChildren');
  await tx.query('DELETE FROM departments WHERE company_id = $1 AND id = $2', [ctx.companyId, id]);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'department',
    entityId: id,
    action: 'delete',
    before: { code: before.code, name: before.name, members: before.members.map((m) => m.userId) },
  });
}

async function addDepartmentMemberRow(
  tx: Tx,
  companyId: string,
  departmentId: string,
  userId: string,
): Promise<boolean> {
  const r = await tx.query(
    `INSERT INTO department_members (company_id, department_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [companyId, departmentId, userId],
  );
  return (r.rowCount ?? 0) > 0;
}

export async function addDepartmentMember(
  tx: Tx,
  ctx: ServiceContext,
  departmentId: string,
  userId: string,
): Promise<void> {
  await getDepartment(tx, ctx.companyId, departmentId);
  const member = await maybeOne(tx, 'SELECT 1 FROM memberships WHERE company_id = $1 AND user_id = $2', [
    ctx.companyId,
    userId,
  ]);
  if (!member)
    throw orgText.error('validation', 'error.departmentMemberOutsider', undefined, { field: 'userId' });
  if (!(await addDepartmentMemberRow(tx, ctx.companyId, departmentId, userId))) return;
  await recordAudit(tx, {
    ...ctx,
    entityType: 'department',
    entityId: departmentId,
    action: 'add_member',
    after: { userId },
  });
}

export async function removeDepartmentMember(
  tx: Tx,
  ctx: ServiceContext,
  departmentId: string,
  userId: string,
): Promise<void> {
  const r = await tx.query(
    'DELETE FROM department_members WHERE company_id = $1 AND department_id = $2 AND user_id = $3',
    [ctx.companyId, departmentId, userId],
  );
  if (r.rowCount === 0) throw notFound('Department member', userId);
  await tx.query(
    'UPDATE departments SET manager_user_id = NULL WHERE company_id = $1 AND id = $2 AND manager_user_id = $3',
    [ctx.companyId, departmentId, userId],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'department',
    entityId: departmentId,
    action: 'remove_member',
    before: { userId },
  });
}
