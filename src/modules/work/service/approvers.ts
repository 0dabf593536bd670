import type { Sql } from '../../../platform/db/index.ts';
import {
  activeMemberIds,
  activeMembersWithRole,
  departmentChains,
  departmentsByIds,
  departmentsOfCompany,
  departmentsOfUsers,
  membersByIds,
} from '../../org/index.ts';
import type { LevelDef } from './policies.ts';

/**
 * Turning a policy's approver steps into people, when a request is made (the request keeps them, so a later
 * policy change does not move it). The maker is never among them. The org chart (departments, managers,
 * reporting lines, roles) is read through org's functions, a few set-based reads per question.
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
  const candidates: (string | null)[] = [];
  if (userId) {
    const [theirs, managed, self] = await Promise.all([
      departmentsOfUsers(sql, companyId, [userId]),
      departmentsOfCompany(sql, companyId, { managedBy: userId }),
      membersByIds(sql, companyId, [userId]),
    ]);
    // 1. the managers of the departments they belong to, by department code
    const byCode = <T extends { code: string }>(a: T, b: T) =>
      a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
    candidates.push(...[...(theirs.get(userId) ?? [])].sort(byCode).map((d) => d.managerUserId));
    // 2. the managers of the departments above the ones they manage
    const parents = await departmentsByIds(
      sql,
      companyId,
      managed.map((d) => d.parentId),
    );
    candidates.push(
      ...[...managed]
        .sort(byCode)
        .map((d) => (d.parentId ? (parents.get(d.parentId)?.managerUserId ?? null) : null)),
    );
    // 3. the person they report to
    candidates.push(self.get(userId)?.reportsToUserId ?? null);
  }
  // 4. an owner, the longest-standing first
  const owners = await activeMembersWithRole(sql, companyId, ['owner']);
  candidates.push(...[...owners].sort((a, b) => (a.membershipId < b.membershipId ? -1 : 1)).map((o) => o.id));
  const active = await activeMemberIds(sql, companyId, candidates);
  return (
    candidates.find(
      (c): c is string => c !== null && c !== userId && !exclude.includes(c) && active.has(c),
    ) ?? null
  );
}

async function departmentManager(
  sql: Sql,
  companyId: string,
  departmentId: string | null,
  makerId: string | null,
): Promise<string | null> {
  let dep = departmentId;
  if (!dep && makerId)
    dep = (await departmentsOfUsers(sql, companyId, [makerId])).get(makerId)?.[0]?.id ?? null;
  if (!dep) return makerId ? escalationTarget(sql, companyId, makerId) : null;
  // The department's manager, or — when that is the maker, nobody, or inactive — the nearest manager above.
  const chain = (await departmentChains(sql, companyId, [dep])).get(dep) ?? [];
  const managers = chain.map((d) => d.managerUserId).filter((m): m is string => m !== null && m !== makerId);
  const active = await activeMemberIds(sql, companyId, managers);
  return managers.find((m) => active.has(m)) ?? (makerId ? escalationTarget(sql, companyId, makerId) : null);
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
        for (const m of await activeMembersWithRole(sql, companyId, [step.role])) people.add(m.id);
      } else {
        const active = await activeMemberIds(sql, companyId, step.userIds ?? []);
        for (const id of step.userIds ?? []) if (active.has(id)) people.add(id);
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
