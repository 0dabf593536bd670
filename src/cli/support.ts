import { AppError } from '../kernel/errors.ts';
import {
  defaultCompanyId,
  findUserByEmail,
  firstOwner,
  listCompanies,
  loadPrincipal,
} from '../modules/org/index.ts';
import { authorize, type DepartmentAnswer } from '../platform/access/index.ts';
import { type Config, loadConfig } from '../platform/config.ts';
import { type Actor, type Principal, type ServiceContext, SYSTEM_ACTOR } from '../platform/context.ts';
import type { Database } from '../platform/db/index.ts';
import { createLogger, type Logger } from '../platform/log.ts';
import { type OpenedDatabase, openConfiguredDatabase } from '../platform/runtime.ts';

/** Exit codes: 0 ok, 1 failure, 2 bad usage. Errors go to stderr in one sentence. */
export class UsageError extends Error {}

export interface CliEnv {
  db: Database;
  /** Runs `fn` as the tables' owner (restore); `db` is the application's role. */
  asOwner: OpenedDatabase['asOwner'];
  config: Config;
  log: Logger;
}

/** Opens the configured database (attaching to a running server's), migrates, runs `fn`, closes. */
export async function withDatabase<T>(fn: (env: CliEnv) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const log = createLogger(process.env.LOG_LEVEL || 'warn');
  const opened = await openConfiguredDatabase(config, log, {
    exclusive: false,
    applicationName: 'steward-cli',
  });
  try {
    await opened.migrate();
    return await fn({ db: opened.db, asOwner: opened.asOwner, config, log });
  } finally {
    await opened.close();
  }
}

export interface CliActing {
  ctx: ServiceContext;
  /** The principal of `--as`; null when acting as the system (no user yet). */
  principal: Principal | null;
}

/**
 * `--company ID` (default: the only company) and `--as EMAIL` (default: the company's first owner, or the
 * system actor while it has none). Acting as a user means that user's rights, checked like the API does.
 */
export async function actingAs(db: Database, opts: { company?: string; as?: string }): Promise<CliActing> {
  const companyId = opts.company ? await knownCompany(db, opts.company) : await defaultCompanyId(db);
  let actor: Actor = SYSTEM_ACTOR;
  let principal: Principal | null = null;
  const user = opts.as ? await findUserByEmail(db, opts.as) : await firstOwner(db, companyId);
  if (opts.as && !user) throw new AppError('not_found', `There is no user ${opts.as}.`);
  if (user) {
    principal = await loadPrincipal(db, user.id, companyId);
    if (!principal)
      throw new AppError('forbidden', `${user.email} is not an active member of company ${companyId}.`);
    actor = { type: 'user', userId: user.id, tokenId: null, label: user.email };
  }
  return { ctx: { actor, companyId, requestId: `cli-${process.pid}` }, principal };
}

/** `--company` names a company by id (or by its exact name when that is unique); anything else is named as unknown. */
async function knownCompany(db: Database, given: string): Promise<string> {
  const companies = await listCompanies(db);
  const byId = companies.find((c) => c.id === given);
  if (byId) return byId.id;
  const byName = companies.filter((c) => c.name === given);
  if (byName.length === 1) return byName[0]!.id;
  throw new AppError(
    'not_found',
    byName.length > 1
      ? `Several companies are named ${given}; give --company its id (\`steward company list\` shows them).`
      : `There is no company ${given}; \`steward company list\` shows the companies and their ids.`,
  );
}

/**
 * A department-scoped permission needs a department, or NARROWED where the command narrows what it shows or
 * the record rule decides (as in the HTTP guard).
 */
export function requirePermission(
  acting: CliActing,
  permission: string,
  departmentId?: DepartmentAnswer,
): void {
  if (acting.principal) authorize(acting.principal, permission, departmentId);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
