import { newId } from '../../../kernel/ids.ts';
import { builtinGrants, holds, permission } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import {
  type Principal,
  type Reach,
  ROLES,
  type Role,
  type ServiceContext,
} from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { orgText } from '../i18n.ts';

/**
 * Roles as data. The five built-in roles are templates defined next to each permission (src/platform/access);
 * a company adds its own (`company_roles`): a name and a set of registered permissions, each with a reach
 * ('company': every department; 'departments': the member's own, for department-scoped permissions).
 *
 * No privilege escalation: whoever creates, changes, deletes or gives a role must hold every permission of it
 * with at least the same reach (so an admin cannot make a role with owner-only permissions, and a custom role
 * that may manage roles cannot grow itself). A permission outside the registry is refused.
 */
export interface Grant {
  name: string;
  reach: Reach;
}

export interface RoleRow {
  id: string;
  name: string;
  description: string;
  builtin: boolean;
  permissions: Grant[];
  memberCount: number;
}

export interface RoleInput {
  name: string;
  description?: string | undefined;
  permissions: Grant[];
}

const grantsOf = (g: ReadonlyMap<string, Reach>): Grant[] =>
  [...g].map(([name, reach]) => ({ name, reach })).sort((a, b) => a.name.localeCompare(b.name));

export async function listRoles(sql: Sql, companyId: string): Promise<RoleRow[]> {
  const counts = await sql.query<{ role: string; custom_role_id: string | null; n: number }>(
    `SELECT role, custom_role_id, count(*)::int AS n FROM memberships
      WHERE company_id = $1 AND status = 'active' GROUP BY role, custom_role_id`,
    [companyId],
  );
  const count = (id: string) =>
    counts.rows.find((r) => (r.role === 'custom' ? r.custom_role_id : r.role) === id)?.n ?? 0;
  const builtins: RoleRow[] = ROLES.map((role) => ({
    id: role,
    name: role,
    description: '',
    builtin: true,
    permissions: grantsOf(builtinGrants(role)),
    memberCount: count(role),
  }));
  const custom = await sql.query<{
    id: string;
    name: string;
    description: string;
    permissions: Grant[] | null;
  }>(
    `SELECT r.id, r.name, r.description,
            (SELECT json_agg(json_build_object('name', g.permission, 'reach', g.reach) ORDER BY g.permission)
               FROM company_role_permissions g WHERE g.company_id = r.company_id AND g.role_id = r.id) AS permissions
       FROM company_roles r WHERE r.company_id = $1 ORDER BY lower(r.name)`,
    [companyId],
  );
  return [
    ...builtins,
    ...custom.rows.map((r) => ({
      ...r,
      builtin: false,
      permissions: r.permissions ?? [],
      memberCount: count(r.id),
    })),
  ];
}

export async function getRole(sql: Sql, companyId: string, id: string): Promise<RoleRow> {
  const role = (await listRoles(sql, companyId)).find((r) => r.id === id);
  if (!role) throw orgText.error('not_found', 'error.noRole', { role: id });
  return role;
}

/** Registered permissions only, each once; a 'departments' reach only where a department can decide. */
function checkGrants(grants: Grant[]): Grant[] {
  const seen = new Set<string>();
  for (const g of grants) {
    const def = permission(g.name);
    if (!def)
      throw orgText.error(
        'validation',
        'error.unknownPermission',
        { permission: g.name },
        {
          field: 'permissions',
        },
      );
    if (seen.has(g.name))
      throw orgText.error(
        'validation',
        'error.permissionTwice',
        { permission: g.name },
        { field: 'permissions' },
      );
    seen.add(g.name);
    if (g.reach === 'departments' && def.scope !== 'department')
      throw orgText.error(
        'validation',
        'error.permissionCompanyReach',
        { permission: g.name },
        {
          field: 'permissions',
        },
      );
  }
  return [...grants].sort((a, b) => a.name.localeCompare(b.name));
}

/** Refuses (403) a set of grants the actor does not hold themself, with at least the same reach. */
export function assertWithinActor(actor: Principal, grants: readonly Grant[]): void {
  const beyond = grants.filter(
    (g) =>
      !holds(actor, g.name) ||
      (g.reach === 'company' &&
        permission(g.name)?.scope === 'department' &&
        actor.grants.get(g.name) !== 'company'),
  );
  if (beyond.length > 0)
    throw orgText.error('forbidden', 'error.permissionsBeyondOwn', {
      permissions: beyond.map((g) => g.name).join(', '),
    });
}

async function lockCustomRole(tx: Tx, companyId: string, id: string): Promise<RoleRow> {
  const row = await maybeOne(tx, 'SELECT 1 FROM company_roles WHERE company_id = $1 AND id = $2 FOR UPDATE', [
    companyId,
    id,
  ]);
  if (!row) {
    if ((ROLES as readonly string[]).includes(id))
      throw orgText.error('conflict', 'error.builtInRoleFixed', { role: id });
    throw orgText.error('not_found', 'error.noRole', { role: id });
  }
  return getRole(tx, companyId, id);
}

async function nameFree(tx: Tx, companyId: string, name: string, except: string | null): Promise<void> {
  if ((ROLES as readonly string[]).includes(name.toLowerCase()))
    throw orgText.error('conflict', 'error.roleNameBuiltIn', { name });
  const taken = await maybeOne(
    tx,
    'SELECT 1 FROM company_roles WHERE company_id = $1 AND lower(name) = lower($2) AND id IS DISTINCT FROM $3',
    [companyId, name, except],
  );
  if (taken) throw orgText.error('conflict', 'error.roleNameTaken', { name });
}

async function writeGrants(tx: Tx, companyId: string, roleId: string, grants: Grant[]): Promise<void> {
  await tx.query('DELETE FROM company_role_permissions WHERE company_id = $1 AND role_id = $2', [
    companyId,
    roleId,
  ]);
  if (grants.length === 0) return;
  await tx.query(
    `INSERT INTO company_role_permissions (company_id, role_id, permission, reach)
     SELECT $1, $2, p, r FROM unnest($3::text[], $4::text[]) AS t(p, r)`,
    [companyId, roleId, grants.map((g) => g.name), grants.map((g) => g.reach)],
  );
}

export async function createRole(
  tx: Tx,
  ctx: ServiceContext,
  actor: Principal,
  input: RoleInput,
): Promise<RoleRow> {
  const grants = checkGrants(input.permissions);
  assertWithinActor(actor, grants);
  await nameFree(tx, ctx.companyId, input.name, null);
  const id = newId('role');
  await tx.query('INSERT INTO company_roles (company_id, id, name, description) VALUES ($1, $2, $3, $4)', [
    ctx.companyId,
    id,
    input.name,
    input.description ?? '',
  ]);
  await writeGrants(tx, ctx.companyId, id, grants);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'role',
    entityId: id,
    action: 'create',
    after: { name: input.name, description: input.description ?? '', permissions: grants },
  });
  return getRole(tx, ctx.companyId, id);
}

export async function updateRole(
  tx: Tx,
  ctx: ServiceContext,
  actor: Principal,
  id: string,
  patch: Partial<RoleInput>,
): Promise<RoleRow> {
  const before = await lockCustomRole(tx, ctx.companyId, id);
  // Changing a role one could not have made is as much an escalation as making it.
  assertWithinActor(actor, before.permissions);
  const grants = patch.permissions ? checkGrants(patch.permissions) : before.permissions;
  assertWithinActor(actor, grants);
  const name = patch.name ?? before.name;
  if (patch.name !== undefined) await nameFree(tx, ctx.companyId, name, id);
  const description = patch.description ?? before.description;
  await tx.query(
    'UPDATE company_roles SET name = $3, description = $4, updated_at = now() WHERE company_id = $1 AND id = $2',
    [ctx.companyId, id, name, description],
  );
  if (patch.permissions) await writeGrants(tx, ctx.companyId, id, grants);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'role',
    entityId: id,
    action: 'update',
    before: { name: before.name, description: before.description, permissions: before.permissions },
    after: { name, description, permissions: grants },
  });
  return getRole(tx, ctx.companyId, id);
}

export async function deleteRole(tx: Tx, ctx: ServiceContext, actor: Principal, id: string): Promise<void> {
  const before = await lockCustomRole(tx, ctx.companyId, id);
  assertWithinActor(actor, before.permissions);
  const held = await maybeOne<{ n: number }>(
    tx,
    'SELECT count(*)::int AS n FROM memberships WHERE company_id = $1 AND custom_role_id = $2',
    [ctx.companyId, id],
  );
  if ((held?.n ?? 0) > 0)
    throw orgText.error('conflict', 'error.roleInUse', { count: held?.n ?? 0, name: before.name });
  // A pending invitation is the role promised to someone: refused like a member's, so an accept never meets a
  // missing role (createInvitation holds a KEY SHARE lock on the role, so a concurrent invite is seen here).
  const invited = await maybeOne<{ n: number }>(
    tx,
    `SELECT count(*)::int AS n FROM invitations WHERE company_id = $1 AND custom_role_id = $2
        AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
    [ctx.companyId, id],
  );
  if ((invited?.n ?? 0) > 0)
    throw orgText.error(
      'conflict',
      'error.roleInvited',
      { count: invited?.n ?? 0, name: before.name },
      { pendingInvitations: invited?.n },
    );
  await tx.query('DELETE FROM company_roles WHERE company_id = $1 AND id = $2', [ctx.companyId, id]);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'role',
    entityId: id,
    action: 'delete',
    before: { name: before.name, description: before.description, permissions: before.permissions },
  });
}

/**
 * The rule for giving someone `target` in advance (an invitation): the owner role only from an owner
 * (org.owners.manage), and never a role holding more than the giver holds — the same as `assignRole`.
 */
export function assertMayGiveRole(actor: Principal, target: RoleRow): void {
  if (target.builtin && target.id === 'owner' && !holds(actor, 'org.owners.manage'))
    throw orgText.error('forbidden', 'error.ownerRoleOwnersOnly');
  assertWithinActor(actor, target.permissions);
}

/** The grants a built-in role gives, in the same shape as a custom role's. */
export function builtinRoleGrants(role: Role): Grant[] {
  return grantsOf(builtinGrants(role));
}

/**
 * Gives a member a role, built-in (`owner` …) or the company's own (`role_…`). Owners are given and taken only
 * by owners, the last active owner keeps the role, and the actor must hold everything the new role holds.
 */
export async function assignRole(
  tx: Tx,
  ctx: ServiceContext,
  actor: Principal,
  userId: string,
  roleId: string,
): Promise<{ userId: string; role: Role | 'custom'; roleId: string; roleName: string }> {
  const before = await maybeOne<{ role: Role | 'custom'; custom_role_id: string | null }>(
    tx,
    'SELECT role, custom_role_id FROM memberships WHERE company_id = $1 AND user_id = $2 FOR UPDATE',
    [ctx.companyId, userId],
  );
  if (!before) throw orgText.error('not_found', 'error.memberNotFound');
  const target = await getRole(tx, ctx.companyId, roleId);
  const newRole: Role | 'custom' = target.builtin ? (roleId as Role) : 'custom';
  if (
    (before.role === 'owner' || newRole === 'owner') &&
    before.role !== newRole &&
    !holds(actor, 'org.owners.manage')
  )
    throw orgText.error('forbidden', 'error.ownerRoleOwnersOnly');
  if (before.role === 'owner' && newRole !== 'owner') {
    const owners = await maybeOne<{ n: number }>(
      tx,
      `SELECT count(*)::int AS n FROM memberships WHERE company_id = $1 AND role = 'owner' AND status = 'active'`,
      [ctx.companyId],
    );
    if ((owners?.n ?? 0) <= 1) throw orgText.error('conflict', 'error.lastOwner');
  }
  assertWithinActor(actor, target.permissions);
  await tx.query(
    `UPDATE memberships SET role = $3, custom_role_id = $4, updated_at = now() WHERE company_id = $1 AND user_id = $2`,
    [ctx.companyId, userId, newRole, target.builtin ? null : roleId],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'membership',
    entityId: userId,
    action: 'assign_role',
    before: { role: before.role, customRoleId: before.custom_role_id },
    after: { role: newRole, customRoleId: target.builtin ? null : roleId },
  });
  return { userId, role: newRole, roleId, roleName: target.name };
}
