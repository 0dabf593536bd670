import type { Pool, QueryResultRow } from 'pg';
import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { builtinGrants } from '../../../platform/access/index.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { hashSecret, newSecret, verifyPassword } from '../../../platform/auth/crypto.ts';
import type { Actor, Principal, Reach, Role } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import type { AuthResult } from '../../../platform/http/types.ts';
import { orgText } from '../i18n.ts';
import { findUserByEmail } from './people.ts';
import { activeCompaniesOf } from './reads.ts';
import { reserveAttempt, settleAttempt } from './signin-limit.ts';
import { acceptTotpCode } from './totp.ts';

export interface NewSession {
  id: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function createSession(
  tx: Tx,
  userId: string,
  companyId: string | null,
  meta: { ip: string; userAgent: string | null; ttlHours: number },
): Promise<NewSession> {
  const token = newSecret('sess');
  const csrfToken = newSecret('csrf');
  const id = newId('session');
  const expiresAt = new Date(Date.now() + meta.ttlHours * 3600_000);
  await tx.query(
    `INSERT INTO sessions (id, token_hash, user_id, current_company_id, csrf_token, ip, user_agent, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      id,
      hashSecret(token),
      userId,
      companyId,
      csrfToken,
      meta.ip,
      meta.userAgent?.slice(0, 300) ?? null,
      expiresAt,
    ],
  );
  return { id, token, csrfToken, expiresAt };
}

/**
 * E-mail + password (+ TOTP when enabled). The attempt is reserved before the password is checked (see
 * signin-limit.ts), so parallel guesses cannot outrun the limit. A successful sign-in is audited in the chain
 * of the company the session starts in (the one it acts in; a later switch is audited on its own). Failures are
 * not put in company chains: anyone can make them for any e-mail, they would let an outsider write into a
 * company's trail, and `signin_attempts` keeps them.
 */
export async function signIn(
  db: { tx: <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> } & Sql,
  input: {
    email: string;
    password: string;
    totp?: string | undefined;
    ip: string;
    userAgent: string | null;
    ttlHours: number;
    requestId?: string | null;
  },
): Promise<{ session: NewSession; userId: string; companyId: string | null }> {
  const email = input.email.trim().toLowerCase();
  const attempt = await reserveAttempt(db, email, input.ip);
  const user = await findUserByEmail(db, email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  const companies = user && passwordOk ? await activeCompaniesOf(db, user.id) : [];
  if (!user || !passwordOk || companies.length === 0) {
    await settleAttempt(db, attempt, 'failed');
    throw orgText.error('unauthenticated', 'error.signInWrong');
  }
  if (user.totpEnabled) {
    if (!input.totp) {
      await settleAttempt(db, attempt, 'void');
      throw orgText.error('totp_required', 'error.totpRequired');
    }
    if (!(await acceptTotpCode(db, user, input.totp))) {
      await settleAttempt(db, attempt, 'failed');
      throw orgText.error('unauthenticated', 'error.totpWrongSignIn');
    }
  }
  await settleAttempt(db, attempt, 'succeeded');
  const companyId = companies[0]?.id ?? null;
  const session = await db.tx(async (tx) => {
    const made = await createSession(tx, user.id, companyId, input);
    await recordAudit(tx, {
      actor: { type: 'user', userId: user.id, tokenId: null, label: user.email },
      companyId,
      requestId: input.requestId ?? null,
      entityType: 'session',
      entityId: made.id,
      action: 'sign_in',
      after: { ip: input.ip, userAgent: input.userAgent?.slice(0, 300) ?? null, twoFactor: user.totpEnabled },
    });
    return made;
  });
  return { session, userId: user.id, companyId };
}

/** Ends a session; audited in the chain of the company it was acting in. */
export async function revokeSession(
  tx: Tx,
  ctx: { actor: Actor; requestId: string | null },
  sessionId: string,
): Promise<void> {
  const row = await maybeOne<{ current_company_id: string | null }>(
    tx,
    'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING current_company_id',
    [sessionId],
  );
  if (!row) return;
  await recordAudit(tx, {
    ...ctx,
    companyId: row.current_company_id,
    entityType: 'session',
    entityId: sessionId,
    action: 'sign_out',
  });
}

/** Moves a session to another company; audited in both the company it leaves and the one it enters. */
export async function switchCompany(
  tx: Tx,
  ctx: { actor: Actor; requestId: string | null },
  sessionId: string,
  userId: string,
  companyId: string,
): Promise<void> {
  const ok = await maybeOne(
    tx,
    `SELECT 1 FROM memberships WHERE user_id = $1 AND company_id = $2 AND status = 'active'`,
    [userId, companyId],
  );
  if (!ok) throw orgText.error('forbidden', 'error.notMemberOfThat');
  const before = await maybeOne<{ current_company_id: string | null }>(
    tx,
    'SELECT current_company_id FROM sessions WHERE id = $1 FOR UPDATE',
    [sessionId],
  );
  const from = before?.current_company_id ?? null;
  if (from === companyId) return;
  await tx.query('UPDATE sessions SET current_company_id = $2 WHERE id = $1', [sessionId, companyId]);
  const touched = [from, companyId].filter((id): id is string => id !== null).sort();
  for (const id of touched)
    await recordAudit(tx, {
      ...ctx,
      companyId: id,
      entityType: 'session',
      entityId: sessionId,
      action: 'switch_company',
      before: { companyId: from },
      after: { companyId },
    });
}

/**
 * Runs one of the per-request statements below as a named prepared statement: PostgreSQL parses and plans it
 * once per connection instead of on every request. Planning was most of their cost — the token lookup went
 * from ~500 µs to ~150 µs (bench/api.ts). They select explicit columns, so a migration that adds columns
 * does not invalidate the cached plans. `sql` is the pool or a transaction's client, both pg objects.
 */
async function preparedOne<R extends QueryResultRow>(
  sql: Sql,
  name: string,
  text: string,
  values: unknown[],
): Promise<R | null> {
  const { rows } = await (sql as unknown as Pick<Pool, 'query'>).query<R>({ name, text, values });
  return rows[0] ?? null;
}

/** Resolves a session cookie or a bearer token to who is calling; null when there is neither. */
export async function authenticateSecret(
  sql: Sql,
  kind: 'session' | 'token',
  secret: string,
): Promise<AuthResult | null> {
  const tokenHash = hashSecret(secret);
  if (kind === 'session') {
    const s = await preparedOne<
      {
        id: string;
        user_id: string;
        current_company_id: string | null;
        csrf_token: string;
        email: string;
      } & PrincipalColumns
    >(
      sql,
      'steward_auth_session',
      `SELECT s.id, s.user_id, s.current_company_id, s.csrf_token, u.email, ${PRINCIPAL_COLUMNS}
         FROM sessions s JOIN users u ON u.id = s.user_id
         LEFT JOIN memberships m ON m.company_id = s.current_company_id AND m.user_id = s.user_id AND m.status = 'active'
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
      [tokenHash],
    );
    if (!s) return null;
    return {
      actor: { type: 'user', userId: s.user_id, tokenId: null, label: s.email },
      userId: s.user_id,
      via: 'session',
      sessionId: s.id,
      csrfToken: s.csrf_token,
      defaultCompanyId: s.current_company_id,
      tokenCompanyId: null,
      principal: s.current_company_id ? principalFrom(s.user_id, s.current_company_id, s) : null,
    };
  }
  const t = await preparedOne<
    {
      id: string;
      user_id: string;
      company_id: string;
      name: string;
      email: string;
      stale: boolean;
    } & PrincipalColumns
  >(
    sql,
    'steward_auth_token',
    `SELECT t.id, t.user_id, t.company_id, t.name, u.email,
            (t.last_used_at IS NULL OR t.last_used_at < now() - interval '1 minute') AS stale, ${PRINCIPAL_COLUMNS}
       FROM api_tokens t JOIN users u ON u.id = t.user_id
       LEFT JOIN memberships m ON m.company_id = t.company_id AND m.user_id = t.user_id AND m.status = 'active'
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
    [tokenHash],
  );
  if (!t) return null;
  // Touch last_used_at at most once a minute, so reads stay reads.
  if (t.stale)
    await sql.query('UPDATE api_tokens SET last_used_at = now() WHERE company_id = $1 AND id = $2', [
      t.company_id,
      t.id,
    ]);
  return {
    actor: { type: 'token', userId: t.user_id, tokenId: t.id, label: tokenActorLabel(t.name, t.email) },
    userId: t.user_id,
    via: 'token',
    sessionId: null,
    csrfToken: null,
    defaultCompanyId: t.company_id,
    tokenCompanyId: t.company_id,
    principal: principalFrom(t.user_id, t.company_id, t),
  };
}

/**
 * The actor label of a request made with an API token. The token's name is chosen by its user, so it is
 * quoted as a JSON string (quotes and backslashes escaped), with control and bidirectional-override
 * characters removed and its length bounded: a name cannot forge another actor or break a log line or CSV.
 */
export function tokenActorLabel(name: string, email: string): string {
  const clean = [...name.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim()].slice(0, 60).join('');
  return `token ${JSON.stringify(clean)} of ${email}`;
}

/**
 * The columns of a principal, given `m` = the user's active membership in the company (LEFT JOINed: all null
 * when there is none). authenticateSecret selects them along with the credentials, so an API request needs
 * one query for "who is calling and what may they do" instead of two.
 */
const PRINCIPAL_COLUMNS = `m.role AS member_role, m.custom_role_id,
  (SELECT name FROM company_roles r WHERE r.company_id = m.company_id AND r.id = m.custom_role_id) AS custom_role_name,
  COALESCE((SELECT json_object_agg(permission, reach) FROM company_role_permissions g
             WHERE g.company_id = m.company_id AND g.role_id = m.custom_role_id), '{}') AS custom_grants,
  COALESCE((SELECT array_agg(department_id) FROM department_members WHERE company_id = m.company_id AND user_id = m.user_id), '{}') AS member_of,
  COALESCE((SELECT array_agg(id) FROM departments WHERE company_id = m.company_id AND manager_user_id = m.user_id), '{}') AS manages`;

interface PrincipalColumns {
  member_role: Role | 'custom' | null;
  custom_role_id: string | null;
  custom_role_name: string | null;
  custom_grants: Record<string, Reach>;
  member_of: string[];
  manages: string[];
}

/**
 * The principal carries its role's grants: a built-in role's template (src/platform/access), or the company
 * role's stored permissions — `can()` decides from these alone.
 */
function principalFrom(userId: string, companyId: string, row: PrincipalColumns): Principal | null {
  if (!row.member_role) return null;
  const custom = row.member_role === 'custom';
  return {
    userId,
    companyId,
    role: row.member_role,
    roleId: custom ? (row.custom_role_id ?? '') : row.member_role,
    roleName: custom ? (row.custom_role_name ?? 'custom role') : row.member_role,
    grants: custom ? new Map(Object.entries(row.custom_grants)) : builtinGrants(row.member_role as Role),
    departmentIds: new Set([...row.member_of, ...row.manages]),
    managedDepartmentIds: new Set(row.manages),
  };
}

/** Role and departments of a user in a company, or null if not an active member. One query. */
export async function loadPrincipal(sql: Sql, userId: string, companyId: string): Promise<Principal | null> {
  const row = await preparedOne<PrincipalColumns>(
    sql,
    'steward_principal',
    `SELECT ${PRINCIPAL_COLUMNS} FROM memberships m WHERE m.company_id = $1 AND m.user_id = $2 AND m.status = 'active'`,
    [companyId, userId],
  );
  return row ? principalFrom(userId, companyId, row) : null;
}

// ---- API tokens ----

export interface TokenRow {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export async function createApiToken(
  tx: Tx,
  ctx: { actor: Actor; companyId: string; requestId: string | null },
  input: { userId: string; name: string; expiresAt?: string | null | undefined },
): Promise<{ id: string; name: string; token: string }> {
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && (Number.isNaN(expiresAt.getTime()) || expiresAt.getTime() <= Date.now())) {
    throw orgText.error('validation', 'error.tokenExpiryPast', undefined, { field: 'expiresAt' });
  }
  const member = await maybeOne(
    tx,
    `SELECT 1 FROM memberships WHERE company_id = $1 AND user_id = $2 AND status = 'active'`,
    [ctx.companyId, input.userId],
  );
  if (!member) throw orgText.error('forbidden', 'error.tokenMembersOnly');
  const token = newSecret('stw');
  const id = newId('token');
  await tx.query(
    'INSERT INTO api_tokens (company_id, id, user_id, name, token_hash, expires_at) VALUES ($1, $2, $3, $4, $5, $6)',
    [ctx.companyId, id, input.userId, input.name, hashSecret(token), expiresAt],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'api_token',
    entityId: id,
    action: 'create',
    after: { name: input.name, userId: input.userId, expiresAt },
  });
  return { id, name: input.name, token };
}

export async function listApiTokens(sql: Sql, companyId: string, userId: string): Promise<TokenRow[]> {
  return (
    await sql.query<TokenRow>(
      `SELECT id, name, created_at AS "createdAt", expires_at AS "expiresAt", last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"
         FROM api_tokens WHERE company_id = $1 AND user_id = $2 ORDER BY created_at DESC`,
      [companyId, userId],
    )
  ).rows.map((r) => ({
    ...r,
    createdAt: new Date(r.createdAt).toISOString(),
    expiresAt: r.expiresAt ? new Date(r.expiresAt).toISOString() : null,
    lastUsedAt: r.lastUsedAt ? new Date(r.lastUsedAt).toISOString() : null,
    revokedAt: r.revokedAt ? new Date(r.revokedAt).toISOString() : null,
  }));
}

export async function revokeApiToken(
  tx: Tx,
  ctx: { actor: Actor; companyId: string; requestId: string | null },
  userId: string,
  id: string,
) {
  const r = await tx.query(
    'UPDATE api_tokens SET revoked_at = now() WHERE company_id = $1 AND id = $2 AND user_id = $3 AND revoked_at IS NULL',
    [ctx.companyId, id, userId],
  );
  if (r.rowCount === 0) throw notFound('API token', id);
  await recordAudit(tx, { ...ctx, entityType: 'api_token', entityId: id, action: 'revoke' });
}
