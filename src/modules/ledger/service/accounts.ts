import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { isCurrency } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { ServiceContext } from '../../../platform/context.ts';
import { likeEscape, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { departmentsByIds } from '../../org/index.ts';
import { ledgerText } from '../i18n.ts';

export type AccountType = 'asset' | 'liability' | 'equity' | 'income' | 'expense';
export const ACCOUNT_TYPES: readonly AccountType[] = ['asset', 'liability', 'equity', 'income', 'expense'];

export interface AccountRow {
  id: string;
  code: string;
  name: string;
  fullName: string;
  type: AccountType;
  subtype: string | null;
  parentId: string | null;
  currency: string | null;
  active: boolean;
  names: Record<string, string>;
  defaultDimensions: DefaultDimensions;
}

/** What a line of the account gets for each dimension it leaves empty (`service/posting.ts` fills them). */
export interface DefaultDimensions {
  departmentId?: string;
  costCentre?: string;
  project?: string;
  partner?: string;
}

const SELECT = `SELECT id, code, name, full_name AS "fullName", type, subtype, parent_id AS "parentId", currency, active, names,
  default_dimensions AS "defaultDimensions"
  FROM ledger_accounts`;

const DIMENSION_KEYS = ['departmentId', 'costCentre', 'project', 'partner'] as const;

/** Keeps only non-empty known keys; the department must be one of the company's. */
async function checkDefaultDimensions(
  sql: Sql,
  companyId: string,
  dims: DefaultDimensions | undefined,
): Promise<DefaultDimensions> {
  const out: DefaultDimensions = {};
  for (const key of DIMENSION_KEYS) {
    const v = dims?.[key]?.trim();
    if (v) out[key] = v;
  }
  if (out.departmentId && !(await departmentsByIds(sql, companyId, [out.departmentId])).has(out.departmentId))
    throw ledgerText.error(
      'validation',
      'error.noDepartment',
      { department: out.departmentId },
      {
        field: 'defaultDimensions.departmentId',
      },
    );
  return out;
}

export async function listAccounts(
  sql: Sql,
  companyId: string,
  opts: { activeOnly?: boolean } = {},
): Promise<AccountRow[]> {
  return (
    await sql.query<AccountRow>(
      `${SELECT} WHERE company_id = $1 ${opts.activeOnly ? 'AND active' : ''} ORDER BY code`,
      [companyId],
    )
  ).rows;
}

export async function getAccount(sql: Sql, companyId: string, id: string): Promise<AccountRow> {
  const row = await maybeOne<AccountRow>(sql, `${SELECT} WHERE company_id = $1 AND id = $2`, [companyId, id]);
  if (!row) throw notFound('Account', id);
  return row;
}

export async function findAccount(
  sql: Sql,
  companyId: string,
  codeOrName: string,
): Promise<AccountRow | null> {
  return maybeOne<AccountRow>(
    sql,
    `${SELECT} WHERE company_id = $1 AND (code = $2 OR full_name = $2) LIMIT 1`,
    [companyId, codeOrName],
  );
}

export interface AccountInput {
  code: string;
  name: string;
  type: AccountType;
  subtype?: string | null | undefined;
  parentId?: string | null | undefined;
  currency?: string | null | undefined;
  names?: Record<string, string> | undefined;
  defaultDimensions?: DefaultDimensions | undefined;
}

/** Creates an account under an optional parent of the same type; its full name is the parent's + ':' + name. */
export async function createAccount(tx: Tx, ctx: ServiceContext, input: AccountInput): Promise<AccountRow> {
  if (input.name.includes(':'))
    throw ledgerText.error('validation', 'error.accountNameColon', {}, { field: 'name' });
  if (input.currency && !isCurrency(input.currency))
    throw ledgerText.error(
      'validation',
      'error.unknownCurrency',
      { currency: input.currency },
      { field: 'currency' },
    );
  let fullName = input.name;
  if (input.parentId) {
    const parent = await getAccount(tx, ctx.companyId, input.parentId);
    if (parent.type !== input.type) {
      throw ledgerText.error('validation', 'error.subAccountType', { type: parent.type }, { field: 'type' });
    }
    fullName = `${parent.fullName}:${input.name}`;
  }
  const clash = await maybeOne(
    tx,
    'SELECT 1 FROM ledger_accounts WHERE company_id = $1 AND (code = $2 OR full_name = $3)',
    [ctx.companyId, input.code, fullName],
  );
  if (clash) throw ledgerText.error('conflict', 'error.accountExists', { code: input.code, name: fullName });
  const defaults = await checkDefaultDimensions(tx, ctx.companyId, input.defaultDimensions);
  const id = newId('account');
  await tx.query(
    `INSERT INTO ledger_accounts (company_id, id, code, name, full_name, type, subtype, parent_id, currency, names, default_dimensions)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      ctx.companyId,
      id,
      input.code,
      input.name,
      fullName,
      input.type,
      input.subtype ?? null,
      input.parentId ?? null,
      input.currency ?? null,
      JSON.stringify(input.names ?? {}),
      JSON.stringify(defaults),
    ],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_account',
    entityId: id,
    action: 'create',
    after: { ...input, fullName },
  });
  return getAccount(tx, ctx.companyId, id);
}

async function hasPostings(sql: Sql, companyId: string, id: string): Promise<boolean> {
  return Boolean(
    await maybeOne(
      sql,
      'SELECT 1 FROM ledger_balances_monthly WHERE company_id = $1 AND account_id = $2 LIMIT 1',
      [companyId, id],
    ),
  );
}

/**
 * Renames, re-codes, (de)activates. The type of an account with postings never changes (it would rewrite posted
 * reports); a rename rewrites the full names of its sub-accounts in the same transaction.
 */
export async function updateAccount(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  patch: {
    code?: string | undefined;
    name?: string | undefined;
    type?: AccountType | undefined;
    subtype?: string | null | undefined;
    active?: boolean | undefined;
    names?: Record<string, string> | undefined;
    defaultDimensions?: DefaultDimensions | undefined;
  },
): Promise<AccountRow> {
  const before = await getAccount(tx, ctx.companyId, id);
  await tx.query('SELECT 1 FROM ledger_accounts WHERE company_id = $1 AND id = $2 FOR UPDATE', [
    ctx.companyId,
    id,
  ]);
  if (patch.type && patch.type !== before.type) {
    if (await hasPostings(tx, ctx.companyId, id)) throw ledgerText.error('conflict', 'error.typeHasPostings');
    const child = await maybeOne(
      tx,
      'SELECT 1 FROM ledger_accounts WHERE company_id = $1 AND parent_id = $2 LIMIT 1',
      [ctx.companyId, id],
    );
    if (child) throw ledgerText.error('conflict', 'error.typeHasChildren');
  }
  if (patch.name?.includes(':'))
    throw ledgerText.error('validation', 'error.accountNameColonShort', {}, { field: 'name' });
  const name = patch.name ?? before.name;
  const fullName = before.fullName.slice(0, before.fullName.length - before.name.length) + name;
  const code = patch.code ?? before.code;
  const defaults =
    patch.defaultDimensions === undefined
      ? before.defaultDimensions
      : await checkDefaultDimensions(tx, ctx.companyId, patch.defaultDimensions);
  const clash = await maybeOne<{ code: string; full_name: string }>(
    tx,
    'SELECT code, full_name FROM ledger_accounts WHERE company_id = $1 AND id <> $2 AND (code = $3 OR full_name = $4) LIMIT 1',
    [ctx.companyId, id, code, fullName],
  );
  if (clash?.code === code)
    throw ledgerText.error('conflict', 'error.accountCodeTaken', { code }, { field: 'code' });
  if (clash)
    throw ledgerText.error('conflict', 'error.accountNameTaken', { name: fullName }, { field: 'name' });
  await tx.query(
    `UPDATE ledger_accounts SET code = $3, name = $4, full_name = $5, type = $6, subtype = $7, active = $8, names = $9, default_dimensions = $10, updated_at = now()
      WHERE company_id = $1 AND id = $2`,
    [
      ctx.companyId,
      id,
      code,
      name,
      fullName,
      patch.type ?? before.type,
      patch.subtype === undefined ? before.subtype : patch.subtype,
      patch.active ?? before.active,
      JSON.stringify(patch.names ?? before.names),
      JSON.stringify(defaults),
    ],
  );
  if (fullName !== before.fullName) {
    await tx.query(
      `UPDATE ledger_accounts SET full_name = $3 || substr(full_name, $4) WHERE company_id = $1 AND full_name LIKE $2`,
      [ctx.companyId, `${likeEscape(before.fullName)}:%`, fullName, before.fullName.length + 1],
    );
  }
  const after = await getAccount(tx, ctx.companyId, id);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_account',
    entityId: id,
    action: 'update',
    before: { ...before },
    after: { ...after },
  });
  return after;
}

/** An account with postings is never deleted (deactivate it); one without may be. */
export async function deleteAccount(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const before = await getAccount(tx, ctx.companyId, id);
  if (await hasPostings(tx, ctx.companyId, id)) throw ledgerText.error('conflict', 'error.deleteHasPostings');
  const child = await maybeOne(
    tx,
    'SELECT 1 FROM ledger_accounts WHERE company_id = $1 AND parent_id = $2 LIMIT 1',
    [ctx.companyId, id],
  );
  if (child) throw ledgerText.error('conflict', 'error.deleteHasChildren');
  await tx.query('DELETE FROM ledger_accounts WHERE company_id = $1 AND id = $2', [ctx.companyId, id]);
  await recordAudit(tx, {
    ...ctx,
    entityType: 'ledger_account',
    entityId: id,
    action: 'delete',
    before: { ...before },
  });
}

/**
 * Makes sure an account with this colon-separated full name exists (creating its parents), for imports.
 * Codes for created accounts are the full name itself when no code is given.
 */
export async function ensureAccountPath(
  tx: Tx,
  ctx: ServiceContext,
  fullName: string,
  type: AccountType,
  cache: Map<string, AccountRow>,
): Promise<AccountRow> {
  const hit = cache.get(fullName);
  if (hit) return hit;
  const existing = await findAccount(tx, ctx.companyId, fullName);
  if (existing) {
    cache.set(fullName, existing);
    return existing;
  }
  // Created on first use (a rounding or fallback account), so parallel first requests of a company race to
  // create it. Creating goes through createAccount (its checks and its audit event), so instead of
  // `ON CONFLICT DO NOTHING` the creators of a company queue on one transaction-scoped lock — one lock for all
  // paths, so nested parents cannot deadlock — and look again: under READ COMMITTED the second one then sees
  // the account the first committed. Taken only on a miss, so the usual path costs nothing.
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
    `ledger.ensureAccountPath:${ctx.companyId}`,
  ]);
  const raced = await findAccount(tx, ctx.companyId, fullName);
  if (raced) {
    cache.set(fullName, raced);
    return raced;
  }
  const parts = fullName.split(':');
  const parent =
    parts.length > 1 ? await ensureAccountPath(tx, ctx, parts.slice(0, -1).join(':'), type, cache) : null;
  const made = await createAccount(tx, ctx, {
    code: fullName.slice(0, 40),
    name: parts[parts.length - 1] ?? fullName,
    type: parent?.type ?? type,
    parentId: parent?.id ?? null,
  });
  cache.set(fullName, made);
  return made;
}
