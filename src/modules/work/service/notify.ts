import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Database, Sql, Tx } from '../../../platform/db/index.ts';
import { queueMail } from '../../../platform/mail/index.ts';
import { membersByIds, usersByIds } from '../../org/index.ts';
import { workText } from '../i18n.ts';
import { asLocale, digestMail, instantMail, type Message, renderMessage } from '../messages.ts';
import { workId } from './common.ts';

/**
 * Notifications: a row in the app for each person, and e-mail through the outbox (sent after commit) as each
 * person prefers — at once (default), in a daily digest, or not at all; kinds can be muted. The text comes
 * from the module's catalog (`../messages.ts`), rendered in each recipient's locale when the notification is
 * made and stored rendered (the app, the instant mail and the digest show the same words).
 */
export type NotificationKind =
  | 'approval.waiting'
  | 'approval.approved'
  | 'approval.rejected'
  | 'approval.expired'
  | 'approval.escalated'
  | 'task.assigned'
  | 'task.escalated'
  | 'task.comment';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'approval.waiting',
  'approval.approved',
  'approval.rejected',
  'approval.expired',
  'approval.escalated',
  'task.assigned',
  'task.escalated',
  'task.comment',
];

/** A catalog message (its kind and parameters) and the record it is about. */
export type Notice = Message & {
  entityType?: string;
  entityId?: string;
};

export async function notify(
  tx: Tx,
  companyId: string,
  userIds: readonly (string | null)[],
  notice: Notice,
): Promise<void> {
  const ids = [...new Set(userIds.filter((u): u is string => Boolean(u)))];
  if (ids.length === 0) return;
  // Only active members are told; their addresses and languages come from org, their preferences from here.
  const people = [...(await membersByIds(tx, companyId, ids)).values()].filter((m) => m.active);
  const prefs = new Map(
    (
      await tx.query<{ user_id: string; mode: string; muted: boolean }>(
        `SELECT user_id, email AS mode, COALESCE($3 = ANY(muted_kinds), false) AS muted
           FROM work_notification_prefs WHERE company_id = $1 AND user_id = ANY($2)`,
        [companyId, people.map((p) => p.id), notice.kind],
      )
    ).rows.map((p) => [p.user_id, p]),
  );
  const rows = people.map((p) => ({
    id: p.id,
    email: p.email,
    locale: p.locale,
    mode: prefs.get(p.id)?.mode ?? 'instant',
    muted: prefs.get(p.id)?.muted ?? false,
  }));
  for (const r of rows) {
    if (r.muted) continue;
    const locale = asLocale(r.locale);
    const text = renderMessage(notice, locale);
    await tx.query(
      `INSERT INTO work_notifications (company_id, id, user_id, kind, title, body, entity_type, entity_id, digested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $9 THEN NULL ELSE now() END)`,
      [
        companyId,
        workId('notification'),
        r.id,
        notice.kind,
        text.title.slice(0, 300),
        text.body,
        notice.entityType ?? null,
        notice.entityId ?? null,
        r.mode === 'digest',
      ],
    );
    if (r.mode === 'instant') {
      await queueMail(tx, { companyId, to: r.email, ...instantMail(text, locale) });
    }
  }
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  entityType: string | null;
  entityId: string | null;
  read: boolean;
  createdAt: string;
}

export async function listNotifications(
  sql: Sql,
  companyId: string,
  userId: string,
  opts: {
    unread?: boolean | undefined;
    limit?: number | undefined;
    /** Only those older than this (created at, id): the key of the last row of the previous page. */
    before?: readonly [string, string] | undefined;
  } = {},
): Promise<NotificationView[]> {
  const rows = (
    await sql.query<NotificationView & { created_at: Date }>(
      `SELECT id, kind, title, body, entity_type AS "entityType", entity_id AS "entityId", read_at IS NOT NULL AS read, created_at
         FROM work_notifications WHERE company_id = $1 AND user_id = $2 AND ($3::boolean IS NOT TRUE OR read_at IS NULL)
          AND ($5::timestamptz IS NULL OR (created_at, id) < ($5::timestamptz, $6::text))
        ORDER BY created_at DESC, id DESC LIMIT $4`,
      [
        companyId,
        userId,
        opts.unread ?? false,
        opts.limit ?? 50,
        opts.before?.[0] ?? null,
        opts.before?.[1] ?? null,
      ],
    )
  ).rows;
  return rows.map(({ created_at, ...r }) => ({ ...r, createdAt: created_at.toISOString() }));
}

/** A page of the caller's notifications, newest first, with an opaque cursor to the next (older) page. */
export async function notificationsPage(
  sql: Sql,
  companyId: string,
  userId: string,
  opts: { unread?: boolean | undefined; limit?: number | undefined; cursor?: string | undefined },
): Promise<Page<NotificationView>> {
  const limit = opts.limit ?? 50;
  const before = opts.cursor ? notificationCursor(opts.cursor) : undefined;
  const rows = await listNotifications(sql, companyId, userId, {
    unread: opts.unread,
    limit: limit + 1,
    before,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? encodeCursor([last.createdAt, last.id]) : null,
  };
}

function notificationCursor(cursor: string): [string, string] {
  const [at, id] = decodeCursor(cursor);
  if (typeof at !== 'string' || typeof id !== 'string' || Number.isNaN(Date.parse(at)))
    throw workText.error('validation', 'error.badCursor', undefined, { field: 'cursor' });
  return [at, id];
}

/** How many of the caller's notifications are unread (the bell's badge; a partial index answers it). */
export async function unreadCount(sql: Sql, companyId: string, userId: string): Promise<number> {
  const { rows } = await sql.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM work_notifications WHERE company_id = $1 AND user_id = $2 AND read_at IS NULL',
    [companyId, userId],
  );
  return rows[0]?.n ?? 0;
}

/** Marks the caller's notifications read; audited (one event listing the ids) when anything changed. */
export async function markRead(tx: Tx, ctx: ServiceContext, ids: readonly string[] | 'all'): Promise<number> {
  const r = await tx.query<{ id: string }>(
    `UPDATE work_notifications SET read_at = now() WHERE company_id = $1 AND user_id = $2 AND read_at IS NULL
        AND ($3::text[] IS NULL OR id = ANY($3)) RETURNING id`,
    [ctx.companyId, ctx.actor.userId, ids === 'all' ? null : ids],
  );
  if (r.rows.length > 0 && ctx.actor.userId)
    await recordAudit(tx, {
      ...ctx,
      entityType: 'notifications',
      entityId: ctx.actor.userId,
      action: 'mark_read',
      after: {
        count: r.rows.length,
        ids: r.rows
          .map((row) => row.id)
          .sort()
          .slice(0, 500),
        all: ids === 'all',
      },
    });
  return r.rows.length;
}

export interface Preferences {
  email: 'instant' | 'digest' | 'off';
  mutedKinds: string[];
}

export async function getPreferences(sql: Sql, companyId: string, userId: string): Promise<Preferences> {
  const r = await sql.query<Preferences>(
    `SELECT email, muted_kinds AS "mutedKinds" FROM work_notification_prefs WHERE company_id = $1 AND user_id = $2`,
    [companyId, userId],
  );
  return r.rows[0] ?? { email: 'instant', mutedKinds: [] };
}

export async function setPreferences(
  tx: Tx,
  ctx: ServiceContext,
  userId: string,
  prefs: Preferences,
): Promise<Preferences> {
  await tx.query(
    `INSERT INTO work_notification_prefs (company_id, user_id, email, muted_kinds) VALUES ($1, $2, $3, $4)
     ON CONFLICT (company_id, user_id) DO UPDATE SET email = excluded.email, muted_kinds = excluded.muted_kinds, updated_at = now()`,
    [ctx.companyId, userId, prefs.email, prefs.mutedKinds],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'notification_prefs',
    entityId: userId,
    action: 'update',
    after: { ...prefs },
  });
  return getPreferences(tx, ctx.companyId, userId);
}

/**
 * The daily digest: one e-mail per person who chose it, listing what came since the last digest, in the
 * reader's language (the titles were rendered in it when the notifications were made).
 */
export async function sendDigests(db: Database, companyId: string): Promise<number> {
  return db.tx(async (tx) => {
    const due = (
      await tx.query<{ user_id: string; titles: string[] }>(
        `WITH due AS (
           UPDATE work_notifications n SET digested_at = now()
            WHERE n.company_id = $1 AND n.digested_at IS NULL
            RETURNING n.user_id, n.title, n.created_at)
         SELECT d.user_id, array_agg(d.title ORDER BY d.created_at) AS titles FROM due d GROUP BY d.user_id`,
        [companyId],
      )
    ).rows;
    const users = await usersByIds(
      tx,
      due.map((r) => r.user_id),
    );
    let sent = 0;
    for (const r of due) {
      const user = users.get(r.user_id);
      if (!user) continue;
      await queueMail(tx, { companyId, to: user.email, ...digestMail(r.titles, asLocale(user.locale)) });
      sent += 1;
    }
    return sent;
  });
}
