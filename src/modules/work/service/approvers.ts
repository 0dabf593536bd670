import type { Sql } from '../../../platform/db/index.ts';
import type { LevelDef } from './policies.ts';

/**
 * Turning a policy's approver steps into people, when a request is made (the request keeps them, so a later
 * policy change does not move it). The maker is never among them.
 */
export interface ResolvedLevel {
  name: string;
  need: number;
  approvers: string[];
}

/** Who stands above `userId`: their department's manager, the manager above a department they manage, the
 * person they report to, or an owner — never `userId` themselves. */
export async function escalationTarget(
  sql: Sql,
  companyId: string,
  userId: string | null,
  exclude: readonly string[] = [],
): Promise<string | null> {
  const r = await sql.query<{ id: string }>(
    `WITH candidates AS (
       SELECT d.manager_user_id AS id, 1 AS rank, d.code FROM department_members dm
         JOIN departments d ON d.company_id = dm.company_id AND d.id = dm.department_id
        WHERE dm.company_id = $1 AND dm.user_id = $2
       UNION ALL
       SELECT p.manager_user_id, 2, d.code FROM departments d
         JOIN departments p ON p.company_id = d.company_id AND p.id = d.parent_id
        WHERE d.company_id = $1 AND d.manager_user_id = $2
       UNION ALL
       SELECT m.reports_to_user_id, 3, '' FROM memberships m WHERE m.company_id = $1 AND m.user_id = $2
       UNION ALL
       SELECT m.user_id, 4, m.id FROM memberships m WHERE m.company_id = $1 AND m.role = 'owner')
     SELECT c.id FROM candidates c JOIN memberships m ON m.company_id = $1 AND m.user_id = c.id AND m.status = 'active'
      WHERE c.id IS NOT NULL AND c.id IS DISTINCT FROM $2 AND NOT (c.id = ANY($3))
      ORDER BY c.rank, c.code LIMIT 1`,
    [companyId, userId, exclude],
  );
  return r.rows[0]?.id ?? null;
}

async function departmentManager(
  sql: Sql,
  companyId: string,
  departmentId: string | null,
  makerId: string | null,
): Promise<string | null> {
  let dep = departmentId;
  if (!dep && makerId) {
    dep =
      (
        await sql.query<{ id: string }>(
          `SELECT d.id FROM department_members dm JOIN departments d ON d.company_id = dm.company_id AND d.id = dm.department_id
            WHERE dm.company_id = $1 AND dm.user_id = $2 ORDER BY upper(d.code) LIMIT 1`,
          [companyId, makerId],
        )
      ).rows[0]?.id ?? null;
  }
  if (!dep) return makerId ? escalationTarget(sql, companyId, makerId) : null;
  // The department's manager, or — when that is the maker, nobody, or inactive — the nearest manager above.
  const r = await sql.query<{ id: string }>(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id, manager_user_id, 0 AS depth FROM departments WHERE company_id = $1 AND id = $2
       UNION ALL SELECT d.id, d.parent_id, d.manager_user_id, up.depth + 1 FROM departments d
         JOIN up ON d.company_id = $1 AND d.id = up.parent_id WHERE up.depth < 20)
     SELECT up.manager_user_id AS id FROM up JOIN memberships m ON m.company_id = $1 AND m.user_id = up.manager_user_id
      WHERE m.status = 'active' AND up.manager_user_id IS DISTINCT FROM $3 ORDER BY up.depth LIMIT 1`,
    [companyId, dep, makerId],
  );
  return r.rows[0]?.id ?? (makerId ? escalationTarget(sql, companyId, makerId) : null);
}

export async function resolveLevels(
  sql: Sql,
  companyId: string,
  levels: readonly LevelDef[],
  makerId: string | null,
  departmentId: string | null,
): Promise<ResolvedLevel[]> {
  const out: ResolvedLevel[] = [];
  for (const level of levels) {
    const people = new Set<string>();
    for (const step of level.approvers) {
      if (step.type === 'department_manager') {
        const m = await departmentManager(sql, companyId, step.departmentId ?? departmentId, makerId);
        if (m) people.add(m);
      } else if (step.type === 'role') {
        const rows = (
          await sql.query<{ user_id: string }>(
            `SELECT user_id FROM memberships WHERE company_id = $1 AND role = $2 AND status = 'active' ORDER BY user_id`,
            [companyId, step.role],
          )
        ).rows;
        for (const r of rows) people.add(r.user_id);
      } else {
        const rows = (
          await sql.query<{ user_id: string }>(
            `SELECT user_id FROM memberships WHERE company_id = $1 AND user_id = ANY($2) AND status = 'active'`,
            [companyId, step.userIds ?? []],
          )
        ).rows;
        for (const r of rows) people.add(r.user_id);
      }
    }
    if (makerId) people.delete(makerId);
    const need = level.need ?? 1;
    // Too few left (the maker was one of them, or people left): the maker's manager fills the gap.
    while (people.size < need) {
      const extra = await escalationTarget(sql, companyId, makerId, [...people]);
      if (!extra) break;
      people.add(extra);
    }
    out.push({ name: level.name, need: Math.min(need, Math.max(people.size, 1)), approvers: [...people] });
  }
  return out;
}
