import { ulid } from '../../../kernel/ids.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql } from '../../../platform/db/index.ts';

/** Ids of this module's rows: `task_01J…`, `apr_01J…` (prefix + ULID, like the kernel's). */
const PREFIX = {
  task: 'task',
  comment: 'tcm',
  template: 'ttpl',
  schedule: 'tsch',
  policy: 'pol',
  request: 'apr',
  decision: 'apd',
  delegation: 'dlg',
  notification: 'ntf',
} as const;

export function workId(kind: keyof typeof PREFIX): string {
  return `${PREFIX[kind]}_${ulid()}`;
}

export interface Person {
  id: string;
  email: string;
  name: string;
}

/** The people of a company by id (active or not), for labels and e-mail addresses. */
export async function peopleById(
  sql: Sql,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, Person & { active: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows = (
    await sql.query<Person & { active: boolean }>(
      `SELECT u.id, u.email, u.name, (m.status = 'active') AS active
         FROM users u JOIN memberships m ON m.user_id = u.id AND m.company_id = $1
        WHERE u.id = ANY($2)`,
      [companyId, [...new Set(ids)]],
    )
  ).rows;
  return new Map(rows.map((r) => [r.id, r]));
}

export async function activeMember(sql: Sql, companyId: string, userId: string): Promise<boolean> {
  return Boolean(
    await maybeOne(
      sql,
      `SELECT 1 FROM memberships WHERE company_id = $1 AND user_id = $2 AND status = 'active'`,
      [companyId, userId],
    ),
  );
}

export function actorId(ctx: ServiceContext): string | null {
  return ctx.actor.userId;
}
