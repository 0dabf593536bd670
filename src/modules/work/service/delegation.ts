import { notFound } from '../../../kernel/errors.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Principal, ServiceContext } from '../../../platform/context.ts';
import { type Database, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { membersByIds } from '../../org/index.ts';
import { workText } from '../i18n.ts';
import { escalationTarget, type ResolvedLevel } from './approvers.ts';
import { activeMember, workId } from './common.ts';
import { expire } from './decide.ts';
import { notify } from './notify.ts';
import { notifyLevel } from './requests.ts';
import { mayDelegateForOthers } from './scope.ts';

/**
 * Delegation: a person lets another decide their approvals for a date range (audited). Out of office is the
 * same with kind 'out_of_office'; without a named delegate it goes to the person's manager. A delegate can
 * never decide a request whose maker delegated to them on the maker's behalf (the maker is never an approver).
 */
export interface DelegationView {
  id: string;
  fromUserId: string;
  toUserId: string;
  startsOn: string;
  endsOn: string;
  kind: 'delegation' | 'out_of_office';
  reason: string | null;
  revoked: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export async function createDelegation(
  tx: Tx,
  ctx: ServiceContext,
  principal: Principal | null,
  input: {
    fromUserId?: string | undefined;
    toUserId?: string | undefined;
    startsOn: string;
    endsOn: string;
    kind?: 'delegation' | 'out_of_office' | undefined;
    reason?: string | undefined;
  },
): Promise<DelegationView> {
  const from = input.fromUserId ?? ctx.actor.userId;
  if (!from) throw workText.error('validation', 'error.delegationFromMissing');
  if (principal && from !== principal.userId && !mayDelegateForOthers(principal))
    throw workText.error('forbidden', 'error.delegateForOthers');
  if (!DAY.test(input.startsOn) || !DAY.test(input.endsOn))
    throw workText.error('validation', 'error.datesFormat');
  if (input.endsOn < input.startsOn)
    throw workText.error('validation', 'error.delegationEndsBeforeStart', undefined, { field: 'endsOn' });
  const kind = input.kind ?? 'delegation';
  const to =
    input.toUserId ?? (kind === 'out_of_office' ? await escalationTarget(tx, ctx.companyId, from) : null);
  if (!to) throw workText.error('validation', 'error.delegationToMissing', undefined, { field: 'toUserId' });
  if (to === from)
    throw workText.error('validation', 'error.delegateToSelf', undefined, { field: 'toUserId' });
  if (!(await activeMember(tx, ctx.companyId, to)))
    throw workText.error('validation', 'error.delegateNotActive');
  const id = workId('delegation');
  await tx.query(
    `INSERT INTO work_delegations (company_id, id, from_user_id, to_user_id, starts_on, ends_on, kind, reason, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [ctx.companyId, id, from, to, input.startsOn, input.endsOn, kind, input.reason ?? null, ctx.actor.userId],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'delegation',
    entityId: id,
    action: 'create',
    after: { from, to, startsOn: input.startsOn, endsOn: input.endsOn, kind, reason: input.reason ?? null },
  });
  return getDelegation(tx, ctx.companyId, id);
}

const SELECT = `SELECT id, from_user_id AS "fromUserId", to_user_id AS "toUserId", to_char(starts_on, 'YYYY-MM-DD') AS "startsOn",
  to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", kind, reason, revoked_at IS NOT NULL AS revoked FROM work_delegations`;

export async function getDelegation(sql: Sql, companyId: string, id: string): Promise<DelegationView> {
  const d = await maybeOne<DelegationView>(sql, `${SELECT} WHERE company_id = $1 AND id = $2`, [
    companyId,
    id,
  ]);
  if (!d) throw notFound('Delegation', id);
  return d;
}

export async function listDelegations(
  sql: Sql,
  companyId: string,
  userId?: string,
): Promise<DelegationView[]> {
  return (
    await sql.query<DelegationView>(
      `${SELECT} WHERE company_id = $1 AND ($2::text IS NULL OR from_user_id = $2 OR to_user_id = $2) ORDER BY starts_on DESC, id DESC`,
      [companyId, userId ?? null],
    )
  ).rows;
}

export async function revokeDelegation(
  tx: Tx,
  ctx: ServiceContext,
  principal: Principal | null,
  id: string,
): Promise<void> {
  const d = await getDelegation(tx, ctx.companyId, id);
  if (principal && d.fromUserId !== principal.userId && !mayDelegateForOthers(principal))
    throw workText.error('forbidden', 'error.revokeDelegation');
  const r = await tx.query(
    'UPDATE work_delegations SET revoked_at = now() WHERE company_id = $1 AND id = $2 AND revoked_at IS NULL',
    [ctx.companyId, id],
  );
  if (r.rowCount === 0) throw workText.error('conflict', 'error.delegationRevoked');
  await recordAudit(tx, { ...ctx, entityType: 'delegation', entityId: id, action: 'revoke' });
}

/** Those of `userIds` who are members of the company but no longer active (someone never a member is not). */
async function inactiveMembers(
  sql: Sql,
  companyId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  const members = await membersByIds(sql, companyId, userIds);
  return new Set([...members.values()].filter((m) => !m.active).map((m) => m.id));
}

/**
 * Keeps pending requests moving: a level whose approvers left the company (deactivated) gets the next approver
 * — the maker's manager chain — and requests past their time expire or escalate as their policy says.
 */
export async function maintainApprovals(
  db: Database,
  ctx: ServiceContext,
): Promise<{ rerouted: number; expired: number; escalated: number }> {
  let rerouted = 0;
  let expired = 0;
  let escalated = 0;
  // Pending requests and their current approvers; then one read through org of who of them has left.
  const pending = (
    await db.query<{ id: string; approvers: string[] }>(
      `SELECT r.id, COALESCE(ARRAY(SELECT jsonb_array_elements_text(r.levels -> r.current_level -> 'approvers')), '{}') AS approvers
         FROM work_approval_requests r WHERE r.company_id = $1 AND r.status = 'pending'`,
      [ctx.companyId],
    )
  ).rows;
  const left = await inactiveMembers(
    db,
    ctx.companyId,
    pending.flatMap((r) => r.approvers),
  );
  const stuck = pending.filter((r) => r.approvers.some((a) => left.has(a)));
  for (const { id } of stuck) {
    await db.tx(async (tx) => {
      const r = await maybeOne<{
        levels: ResolvedLevel[];
        current_level: number;
        maker_id: string | null;
        action: string;
        summary: string;
        data: Record<string, unknown>;
        status: string;
      }>(
        tx,
        'SELECT levels, current_level, maker_id, action, summary, data, status FROM work_approval_requests WHERE company_id = $1 AND id = $2 FOR UPDATE',
        [ctx.companyId, id],
      );
      if (r?.status !== 'pending') return;
      const level = r.levels[r.current_level] as ResolvedLevel;
      const inactive = [...(await inactiveMembers(tx, ctx.companyId, level.approvers))];
      const kept = level.approvers.filter((a) => !inactive.includes(a));
      const added: string[] = [];
      while (kept.length + added.length < level.need) {
        // The next approver: above the one who left, else above the maker.
        const base = inactive[added.length] ?? r.maker_id;
        const exclude = [...kept, ...added, ...(r.maker_id ? [r.maker_id] : [])];
        const next =
          (await escalationTarget(tx, ctx.companyId, base ?? null, exclude)) ??
          (await escalationTarget(tx, ctx.companyId, r.maker_id, exclude));
        if (!next) break;
        added.push(next);
      }
      r.levels[r.current_level] = { ...level, approvers: [...kept, ...added] };
      await tx.query('UPDATE work_approval_requests SET levels = $3 WHERE company_id = $1 AND id = $2', [
        ctx.companyId,
        id,
        JSON.stringify(r.levels),
      ]);
      await recordAudit(tx, {
        ...ctx,
        entityType: 'approval_request',
        entityId: id,
        action: 'reroute',
        before: { approvers: level.approvers },
        after: { approvers: [...kept, ...added], reason: 'approver deactivated' },
      });
      await notifyLevel(tx, ctx.companyId, id, r, { ...level, approvers: added });
      rerouted += 1;
    });
  }
  const late = (
    await db.query<{ id: string; on_expiry: string | null; escalated: boolean }>(
      `SELECT r.id, v.definition ->> 'onExpiry' AS on_expiry, r.escalated_at IS NOT NULL AS escalated
         FROM work_approval_requests r JOIN work_policy_versions v
           ON v.company_id = r.company_id AND v.policy_id = r.policy_id AND v.version = r.policy_version
        WHERE r.company_id = $1 AND r.status = 'pending' AND r.expires_at < now()`,
      [ctx.companyId],
    )
  ).rows;
  for (const l of late) {
    if (l.on_expiry === 'escalate') {
      if (l.escalated) continue;
      await db.tx(async (tx) => {
        const r = await maybeOne<{
          levels: ResolvedLevel[];
          current_level: number;
          maker_id: string | null;
          action: string;
          summary: string;
          data: Record<string, unknown>;
        }>(
          tx,
          `SELECT levels, current_level, maker_id, action, summary, data FROM work_approval_requests
            WHERE company_id = $1 AND id = $2 AND status = 'pending' AND escalated_at IS NULL FOR UPDATE`,
          [ctx.companyId, l.id],
        );
        if (!r) return;
        const level = r.levels[r.current_level] as ResolvedLevel;
        const up = await escalationTarget(tx, ctx.companyId, level.approvers[0] ?? r.maker_id, [
          ...level.approvers,
          ...(r.maker_id ? [r.maker_id] : []),
        ]);
        if (up) r.levels[r.current_level] = { ...level, approvers: [...level.approvers, up] };
        await tx.query(
          'UPDATE work_approval_requests SET levels = $3, escalated_at = now() WHERE company_id = $1 AND id = $2',
          [ctx.companyId, l.id, JSON.stringify(r.levels)],
        );
        await recordAudit(tx, {
          ...ctx,
          entityType: 'approval_request',
          entityId: l.id,
          action: 'escalate',
          after: { to: up },
        });
        await notify(tx, ctx.companyId, up ? [up] : [], {
          kind: 'approval.escalated',
          subject: r,
          entityType: 'approval_request',
          entityId: l.id,
        });
        escalated += 1;
      });
    } else {
      await db
        .tx((tx) => expire(tx, ctx, l.id))
        .then(
          () => (expired += 1),
          () => undefined,
        );
    }
  }
  return { rerouted, expired, escalated };
}
