import { ulid } from '../../../kernel/ids.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import type { Sql } from '../../../platform/db/index.ts';
import { activeMemberIds, membersByIds } from '../../org/index.ts';

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

/** The people of a company by id (active or not), for labels and e-mail addresses — read through org. */
export async function peopleById(
  sql: Sql,
  companyId: string,
  ids: readonly string[],
): Promise<Map<string, Person & { active: boolean }>> {
  return membersByIds(sql, companyId, ids);
}

export async function activeMember(sql: Sql, companyId: string, userId: string): Promise<boolean> {
  return (await activeMemberIds(sql, companyId, [userId])).has(userId);
}

export function actorId(ctx: ServiceContext): string | null {
  return ctx.actor.userId;
}
