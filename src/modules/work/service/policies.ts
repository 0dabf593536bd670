import { z } from '@hono/zod-openapi';
import { notFound } from '../../../kernel/errors.ts';
import { approvalActions } from '../../../platform/approvals/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { JsonValue } from '../../../platform/http/helpers.ts';
import { departmentsByIds, listRoles, membersByEmails, membersByIds } from '../../org/index.ts';
import { workText } from '../i18n.ts';
import { workId } from './common.ts';
import { conditionProblem, type Logic } from './logic.ts';

/**
 * Approval policies: one per company and action. Saving one writes a new version; a request keeps the version
 * it started with, so a change never alters requests in flight.
 */
const Step = z.discriminatedUnion('type', [
  z.object({ type: z.literal('department_manager'), departmentId: z.string().max(100).optional() }),
  // A built-in role by name, or one of the company's own roles by its id (role_…, as GET /roles lists them).
  z.object({
    type: z.literal('role'),
    role: z.union([
      z.enum(['owner', 'admin', 'manager', 'assistant']),
      z.string().regex(/^role_[0-9A-Za-z]+$/, 'a built-in role or a company role id (role_…)'),
    ]),
  }),
  z.object({
    type: z.literal('people'),
    userIds: z.array(z.string().max(100)).max(50).optional(),
    emails: z.array(z.string().max(320)).max(50).optional(),
  }),
]);
const Level = z.object({
  name: z.string().min(1).max(200),
  approvers: z.array(Step).min(1).max(20),
  /** N of M: how many of the level's approvers must approve (default 1). */
  need: z.number().int().min(1).max(20).optional(),
});
export const PolicyDefinition = z.object({
  /** The policy applies only when this holds (absent: always). */
  condition: JsonValue.optional(),
  levels: z.array(Level).max(10),
  /** Amount tiers and other conditions that add levels after the base ones. */
  tiers: z
    .array(z.object({ when: JsonValue, levels: z.array(Level).min(1).max(10) }))
    .max(10)
    .optional(),
  expiresAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .optional(),
  /** At expiry: 'expire' ends the request (returned to the maker); 'escalate' adds the maker's manager. */
  onExpiry: z.enum(['expire', 'escalate']).optional(),
});
export type PolicyDefinition = z.infer<typeof PolicyDefinition>;
export type LevelDef = z.infer<typeof Level>;

export interface PolicyView {
  id: string;
  action: string;
  name: string;
  active: boolean;
  version: number;
  definition: PolicyDefinition;
  updatedAt: string;
}

/** Checks a definition (shape, conditions, people) and returns it with people resolved to user ids. */
async function normalise(tx: Tx, companyId: string, raw: unknown): Promise<PolicyDefinition> {
  const parsed = PolicyDefinition.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw workText.error(
      'validation',
      'error.policyInvalid',
      { path: issue?.path.join('.') || 'definition', problem: issue?.message },
      {
        field: issue?.path.join('.'),
      },
    );
  }
  const def = parsed.data;
  const conditions: [string, Logic][] = [];
  if (def.condition !== undefined) conditions.push(['condition', def.condition]);
  for (const [i, t] of (def.tiers ?? []).entries()) conditions.push([`tiers[${i}].when`, t.when]);
  for (const [where, logic] of conditions) {
    const problem = conditionProblem(logic);
    if (problem)
      throw workText.error(
        'validation',
        'error.policyPartInvalid',
        { where, problem },
        { field: where, reason: problem },
      );
  }
  if (def.levels.length === 0 && !def.tiers?.length)
    throw workText.error('validation', 'error.policyNoLevel');
  const levels = [...def.levels, ...(def.tiers ?? []).flatMap((t) => t.levels)];
  const roleIds = new Set((await listRoles(tx, companyId)).map((r) => r.id));
  for (const level of levels) {
    for (const step of level.approvers) {
      if (step.type === 'role' && !roleIds.has(step.role))
        throw workText.error(
          'validation',
          'error.levelRoleMissing',
          { level: level.name, role: step.role },
          { field: 'definition' },
        );
      if (step.type === 'department_manager' && step.departmentId) {
        if (!(await departmentsByIds(tx, companyId, [step.departmentId])).has(step.departmentId))
          throw workText.error('validation', 'error.levelDepartmentMissing', {
            level: level.name,
            department: step.departmentId,
          });
      }
      if (step.type === 'people') {
        const emails = (step.emails ?? []).map((e) => e.toLowerCase());
        const [byId, byEmail] = await Promise.all([
          membersByIds(tx, companyId, step.userIds ?? []),
          membersByEmails(tx, companyId, emails),
        ]);
        const found = [...byId.values(), ...byEmail.values()].filter((m) => m.active);
        const missing = [...(step.userIds ?? []), ...emails].filter(
          (x) => !found.some((f) => f.id === x || f.email === x),
        );
        if (missing.length)
          throw workText.error('validation', 'error.levelPeopleNotMembers', {
            level: level.name,
            people: missing.join(', '),
          });
        step.userIds = [...new Set(found.map((f) => f.id))];
        delete step.emails;
        if (step.userIds.length === 0)
          throw workText.error('validation', 'error.levelNoPeople', { level: level.name });
      }
    }
  }
  return def;
}

export async function savePolicy(
  tx: Tx,
  ctx: ServiceContext,
  input: { action: string; name: string; active?: boolean | undefined; definition: unknown },
): Promise<PolicyView> {
  if (!approvalActions().some((a) => a.action === input.action))
    throw workText.error(
      'validation',
      'error.unknownAction',
      {
        action: input.action,
        known: approvalActions()
          .map((a) => a.action)
          .join(', '),
      },
      { field: 'action' },
    );
  const definition = await normalise(tx, ctx.companyId, input.definition);
  const before = await maybeOne<{ id: string; current_version: number; name: string; active: boolean }>(
    tx,
    'SELECT id, current_version, name, active FROM work_policies WHERE company_id = $1 AND action = $2 FOR UPDATE',
    [ctx.companyId, input.action],
  );
  const id = before?.id ?? workId('policy');
  const version = (before?.current_version ?? 0) + 1;
  if (!before) {
    await tx.query(
      `INSERT INTO work_policies (company_id, id, action, name, active, current_version) VALUES ($1, $2, $3, $4, $5, 1)
       ON CONFLICT (company_id, action) DO NOTHING`,
      [ctx.companyId, id, input.action, input.name, input.active ?? true],
    );
  }
  await tx.query(
    'INSERT INTO work_policy_versions (company_id, policy_id, version, definition, created_by) VALUES ($1, $2, $3, $4, $5)',
    [ctx.companyId, id, version, JSON.stringify(definition), ctx.actor.userId],
  );
  if (before) {
    await tx.query(
      `UPDATE work_policies SET name = $3, active = $4, current_version = $5, updated_at = now() WHERE company_id = $1 AND id = $2`,
      [ctx.companyId, id, input.name, input.active ?? true, version],
    );
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'approval_policy',
    entityId: id,
    action: before ? 'update' : 'create',
    before: before ? { name: before.name, active: before.active, version: before.current_version } : null,
    after: { action: input.action, name: input.name, active: input.active ?? true, version, definition },
  });
  return getPolicy(tx, ctx.companyId, id);
}

const SELECT = `SELECT p.id, p.action, p.name, p.active, p.current_version AS version, v.definition, p.updated_at AS "updatedAt"
  FROM work_policies p JOIN work_policy_versions v ON v.company_id = p.company_id AND v.policy_id = p.id AND v.version = p.current_version`;

export async function getPolicy(sql: Sql, companyId: string, id: string): Promise<PolicyView> {
  const row = await maybeOne<PolicyView>(sql, `${SELECT} WHERE p.company_id = $1 AND p.id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Approval policy', id);
  return { ...row, updatedAt: new Date(row.updatedAt).toISOString() };
}

export async function listPolicies(sql: Sql, companyId: string): Promise<PolicyView[]> {
  const rows = (
    await sql.query<PolicyView>(`${SELECT} WHERE p.company_id = $1 ORDER BY p.action`, [companyId])
  ).rows;
  return rows.map((r) => ({ ...r, updatedAt: new Date(r.updatedAt).toISOString() }));
}

/** The active policy for an action, at its current version (read in the gate's transaction). */
export async function activePolicy(
  sql: Sql,
  companyId: string,
  action: string,
): Promise<{ id: string; version: number; definition: PolicyDefinition } | null> {
  return maybeOne(
    sql,
    `SELECT p.id, p.current_version AS version, v.definition FROM work_policies p
       JOIN work_policy_versions v ON v.company_id = p.company_id AND v.policy_id = p.id AND v.version = p.current_version
      WHERE p.company_id = $1 AND p.action = $2 AND p.active`,
    [companyId, action],
  );
}

export async function setPolicyActive(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  active: boolean,
): Promise<PolicyView> {
  const r = await tx.query(
    'UPDATE work_policies SET active = $3, updated_at = now() WHERE company_id = $1 AND id = $2',
    [ctx.companyId, id, active],
  );
  if (r.rowCount === 0) throw notFound('Approval policy', id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'approval_policy',
    entityId: id,
    action: active ? 'activate' : 'deactivate',
  });
  return getPolicy(tx, ctx.companyId, id);
}
