import { decodeCursor, encodeCursor, type Page } from '../../kernel/pagination.ts';
import type { Sql } from '../db/index.ts';

export interface AuditFilter {
  actor?: string;
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: string;
  to?: string;
}

export interface AuditRow {
  id: string;
  seq: string;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorName: string;
  entityType: string;
  entityId: string;
  action: string;
  changes: unknown;
  requestId: string | null;
}

/** Newest first, keyset-paginated on (occurred_at, seq) so deep pages cost the same as the first. */
export async function listAuditEvents(
  sql: Sql,
  companyId: string,
  filter: AuditFilter,
  page: { limit: number; cursor?: string | undefined },
): Promise<Page<AuditRow>> {
  const params: unknown[] = [companyId];
  const where = ['company_id = $1'];
  const add = (clause: string, value: unknown) => {
    params.push(value);
    where.push(clause.replaceAll('?', `$${params.length}`));
  };
  // A case-insensitive exact match, not a pattern: `\\`, `%` and `_` in the filter are plain characters.
  if (filter.actor) add('(actor_id = ? OR lower(actor_label) = lower(?))', filter.actor);
  if (filter.entityType) add('entity_type = ?', filter.entityType);
  if (filter.entityId) add('entity_id = ?', filter.entityId);
  if (filter.action) add('action = ?', filter.action);
  if (filter.from) add('occurred_at >= ?::timestamptz', filter.from);
  if (filter.to) add('occurred_at < ?::timestamptz', filter.to);
  if (page.cursor) {
    const [at, seq] = decodeCursor(page.cursor);
    params.push(at, seq);
    where.push(`(occurred_at, seq) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`);
  }
  params.push(page.limit + 1);
  const { rows } = await sql.query<{
    id: string;
    seq: string;
    occurred_at: Date;
    actor_type: string;
    actor_id: string | null;
    actor_label: string;
    entity_type: string;
    entity_id: string;
    action: string;
    changes: unknown;
    request_id: string | null;
  }>(
    `SELECT id, seq::text AS seq, occurred_at, actor_type, actor_id, actor_label, entity_type, entity_id, action,
            changes, request_id
       FROM audit_events WHERE ${where.join(' AND ')}
      ORDER BY occurred_at DESC, audit_events.seq DESC LIMIT $${params.length}`,
    params,
  );
  const items = rows.slice(0, page.limit).map((r) => ({
    id: r.id,
    seq: r.seq,
    occurredAt: r.occurred_at.toISOString(),
    actorType: r.actor_type,
    actorId: r.actor_id,
    actorName: r.actor_label,
    entityType: r.entity_type,
    entityId: r.entity_id,
    action: r.action,
    changes: r.changes,
    requestId: r.request_id,
  }));
  const last = items[items.length - 1];
  return {
    items,
    nextCursor: rows.length > page.limit && last ? encodeCursor([last.occurredAt, last.seq]) : null,
  };
}
