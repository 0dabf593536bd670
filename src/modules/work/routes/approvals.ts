import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { approvalActions } from '../../../platform/approvals/index.ts';
import { body, ctxOf, IdParam, json, noContent, principalOf } from '../../../platform/http/helpers.ts';
import { defineRoute, narrowed } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import {
  BulkInput,
  BulkResult,
  DecisionInput,
  DelegationInput,
  DelegationView,
  itemsOf,
  MyWorkView,
  NotificationView,
  PolicyInput,
  PolicyList,
  PolicyView,
  Preferences,
  pageOf,
  RequestFilter,
  RequestView,
  TeamView,
  UnreadCount,
} from '../contract.ts';
import { bulkDecide, decide, withdraw } from '../service/decide.ts';
import { createDelegation, listDelegations, revokeDelegation } from '../service/delegation.ts';
import { myWork, teamView } from '../service/inbox.ts';
import {
  getPreferences,
  markRead,
  notificationsPage,
  setPreferences,
  unreadCount,
} from '../service/notify.ts';
import { listPolicies, savePolicy } from '../service/policies.ts';
import {
  getRequest,
  listRequests,
  type RequestView as RequestViewOf,
  withSubjects,
} from '../service/requests.ts';
import { mayDelegateForOthers, overseesAllWork } from '../service/scope.ts';

/** Approvals, policies, delegations, notifications, "My work" and "Team". */
export function registerApprovalRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db } = deps;
  const tags = ['work approvals'];
  const me = (c: Parameters<typeof ctxOf>[0]) => principalOf(c).userId;
  // Every request handed out carries its subject as this reader may see it (figures only with the subject's permission).
  const seen = (c: Parameters<typeof ctxOf>[0], views: RequestViewOf[]) =>
    withSubjects(db, principalOf(c), views);
  const seenOne = async (c: Parameters<typeof ctxOf>[0], view: RequestViewOf) =>
    (await seen(c, [view]))[0] as RequestViewOf;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/approvals',
      permission: 'work.approvals.read',
      tags,
      summary: 'Approval requests, newest first',
      request: { query: RequestFilter },
      responses: json(itemsOf(RequestView)),
    },
    async (c) => {
      const q = c.req.valid('query');
      const items = await listRequests(db, ctxOf(c).companyId, {
        status: q.status,
        action: q.action,
        waitingOn: q.waitingOnMe === 'true' ? me(c) : undefined,
        makerId: q.mine === 'true' ? me(c) : undefined,
        entityId: q.entityId,
      });
      return c.json({ items: await seen(c, items) }, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/approvals/{id}',
      permission: 'work.approvals.read',
      tags,
      summary: 'One request: levels, approvers still needed, decisions',
      request: { params: IdParam() },
      responses: json(RequestView),
    },
    async (c) =>
      c.json(await seenOne(c, await getRequest(db, ctxOf(c).companyId, c.req.valid('param').id)), 200),
  );
  for (const verb of ['approve', 'reject', 'withdraw'] as const) {
    defineRoute(
      app,
      deps,
      {
        method: 'post',
        path: `/work/approvals/{id}/${verb}`,
        permission: 'work.approvals.decide',
        tags,
        summary:
          verb === 'withdraw'
            ? 'The maker withdraws the request'
            : `${verb === 'approve' ? 'Approve' : 'Reject (comment required)'}; deciding a decided request is a 409`,
        request: { params: IdParam(), body: body(DecisionInput) },
        responses: json(RequestView),
      },
      async (c) => {
        const { id } = c.req.valid('param');
        const { comment } = c.req.valid('json');
        const ctx = ctxOf(c);
        const r = await db.tx((tx) =>
          verb === 'withdraw' ? withdraw(tx, ctx, id, comment) : decide(tx, ctx, id, verb, comment),
        );
        return c.json(await seenOne(c, r), 200);
      },
    );
  }
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/work/approvals/bulk',
      permission: 'work.approvals.decide',
      tags,
      summary: 'Decide several requests with one comment (each in its own transaction)',
      request: { body: body(BulkInput) },
      responses: json(BulkResult),
    },
    async (c) => {
      const { ids, decision, comment } = c.req.valid('json');
      return c.json({ results: await bulkDecide(db, ctxOf(c), ids, decision, comment) }, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/policies',
      permission: 'work.approvals.read',
      tags,
      summary: 'Approval policies (current versions) and the actions that can need approval',
      responses: json(PolicyList),
    },
    async (c) =>
      c.json({ items: await listPolicies(db, ctxOf(c).companyId), actions: approvalActions() }, 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/work/policies/{action}',
      permission: 'work.policies.manage',
      tags,
      summary: 'Create or change the policy of an action (a new version; requests in flight keep theirs)',
      request: { params: z.object({ action: z.string().min(1).max(100) }), body: body(PolicyInput) },
      responses: json(PolicyView),
    },
    async (c) => {
      const input = c.req.valid('json');
      const action = c.req.valid('param').action;
      return c.json(await db.tx((tx) => savePolicy(tx, ctxOf(c), { ...input, action })), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/delegations',
      permission: 'work.approvals.read',
      tags,
      summary: 'Delegations from or to me (everyone for owners and admins)',
      responses: json(itemsOf(DelegationView)),
    },
    async (c) => {
      const p = principalOf(c);
      const all = overseesAllWork(p) || mayDelegateForOthers(p);
      return c.json({ items: await listDelegations(db, p.companyId, all ? undefined : p.userId) }, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/work/delegations',
      permission: 'work.delegations.manage',
      tags,
      summary: 'Delegate my approvals for a date range, or set myself out of office',
      request: { body: body(DelegationInput) },
      responses: json(DelegationView, 'Created', 201),
    },
    async (c) =>
      c.json(await db.tx((tx) => createDelegation(tx, ctxOf(c), principalOf(c), c.req.valid('json'))), 201),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/work/delegations/{id}',
      permission: 'work.delegations.manage',
      tags,
      summary: 'Revoke a delegation',
      request: { params: IdParam() },
      responses: noContent(),
    },
    async (c) => {
      await db.tx((tx) => revokeDelegation(tx, ctxOf(c), principalOf(c), c.req.valid('param').id));
      return c.body(null, 204);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/notifications',
      permission: 'work.notifications.read',
      tags,
      summary: 'My notifications, newest first (a page; nextCursor for older ones)',
      request: {
        query: z.object({
          unread: z.enum(['true', 'false']).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
          cursor: z.string().max(500).optional(),
        }),
      },
      responses: json(pageOf(NotificationView)),
    },
    async (c) => {
      const q = c.req.valid('query');
      const page = await notificationsPage(db, ctxOf(c).companyId, me(c), {
        unread: q.unread === 'true',
        limit: q.limit,
        cursor: q.cursor,
      });
      return c.json(page, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/notifications/unread-count',
      permission: 'work.notifications.read',
      tags,
      summary: 'How many of my notifications are unread (the bell polls this)',
      responses: json(UnreadCount),
    },
    async (c) => c.json({ unread: await unreadCount(db, ctxOf(c).companyId, me(c)) }, 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/work/notifications/read',
      permission: 'work.notifications.manage',
      tags,
      summary: 'Mark notifications read (all when no ids)',
      request: { body: body(z.object({ ids: z.array(z.string().max(100)).max(500).optional() })) },
      responses: json(z.object({ marked: z.number() })),
    },
    async (c) => {
      const { ids } = c.req.valid('json');
      return c.json({ marked: await db.tx((tx) => markRead(tx, ctxOf(c), ids ?? 'all')) }, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/notifications/preferences',
      permission: 'work.notifications.read',
      tags,
      summary: 'What I receive by e-mail',
      responses: json(Preferences),
    },
    async (c) => c.json(await getPreferences(db, ctxOf(c).companyId, me(c)), 200),
  );
  defineRoute(
    app,
    deps,
    {
      method: 'put',
      path: '/work/notifications/preferences',
      permission: 'work.notifications.manage',
      tags,
      summary: 'Choose instant e-mail, a daily digest or none, and mute kinds',
      request: { body: body(Preferences) },
      responses: json(Preferences),
    },
    async (c) => c.json(await db.tx((tx) => setPreferences(tx, ctxOf(c), me(c), c.req.valid('json'))), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/inbox',
      permission: 'work.tasks.read',
      // Only the caller's own tasks, queues and requests (myWork narrows by the user).
      department: narrowed('list'),
      tags,
      summary: 'My work: my tasks, my queues, requests waiting on me, my submitted requests',
      responses: json(MyWorkView),
    },
    async (c) => {
      const work = await myWork(db, ctxOf(c).companyId, me(c));
      const [waitingOnMe, submitted] = await Promise.all([
        seen(c, work.waitingOnMe),
        seen(c, work.submitted),
      ]);
      return c.json({ ...work, waitingOnMe, submitted }, 200);
    },
  );
  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/work/team',
      permission: 'work.team.read',
      tags,
      summary: 'Team: workload per person, overdue and at-risk work, approvals waiting, throughput per week',
      responses: json(TeamView),
    },
    async (c) => {
      const team = await teamView(db, ctxOf(c).companyId, principalOf(c));
      return c.json({ ...team, approvalsWaiting: await seen(c, team.approvalsWaiting) }, 200);
    },
  );
}
