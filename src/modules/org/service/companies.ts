import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { isCurrency } from '../../../kernel/money.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import type { Actor, ServiceContext } from '../../../platform/context.ts';
import { maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import type { CompanyInput } from '../contract.ts';
import { orgText } from '../i18n.ts';

export interface CompanyRow {
  id: string;
  name: string;
  legalName: string;
  baseCurrency: string;
  fiscalYearStartMonth: number;
  locale: string;
  timeZone: string;
  country: string | null;
}

const COLUMNS = `id, name, legal_name AS "legalName", base_currency AS "baseCurrency",
  fiscal_year_start_month AS "fiscalYearStartMonth", locale, time_zone AS "timeZone", country`;

export async function getCompany(sql: Sql, companyId: string): Promise<CompanyRow> {
  const row = await maybeOne<CompanyRow>(sql, `SELECT ${COLUMNS} FROM companies WHERE id = $1`, [companyId]);
  if (!row) throw notFound('Company', companyId);
  return row;
}

export async function listCompanies(sql: Sql): Promise<CompanyRow[]> {
  return (await sql.query<CompanyRow>(`SELECT ${COLUMNS} FROM companies ORDER BY created_at, id`)).rows;
}

/**
 * Creating a company is an installation-level right, not a company role: with `owners` (the default) only a
 * user who is an active owner somewhere may do it. Open to every session, it was step 1 of the invitation
 * takeover in issue #9 (an HR assistant made a company of their own and invited other companies' owners).
 */
export async function checkMayCreateCompany(
  sql: Sql,
  userId: string,
  creators: 'owners' | 'anyone',
): Promise<void> {
  if (creators === 'anyone') return;
  const owner = await maybeOne(
    sql,
    `SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'owner' AND status = 'active' LIMIT 1`,
    [userId],
  );
  if (!owner) {
    throw orgText.error('forbidden', 'error.createCompanyOwnersOnly');
  }
}

/** Creates a company and makes `ownerUserId` (if given) its owner; both in the caller's transaction. */
export async function createCompany(
  tx: Tx,
  actor: Actor,
  requestId: string | null,
  input: CompanyInput,
  ownerUserId: string | null,
): Promise<CompanyRow> {
  if (!isCurrency(input.baseCurrency))
    throw orgText.error('validation', 'error.unknownCurrency', { currency: input.baseCurrency });
  const id = newId('company');
  const row = (
    await tx.query<CompanyRow>(
      `INSERT INTO companies (id, name, legal_name, base_currency, fiscal_year_start_month, locale, time_zone, country)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COLUMNS}`,
      [
        id,
        input.name,
        input.legalName ?? input.name,
        input.baseCurrency,
        input.fiscalYearStartMonth ?? 1,
        input.locale ?? 'en',
        input.timeZone ?? 'UTC',
        input.country ?? null,
      ],
    )
  ).rows[0]!;
  await recordAudit(tx, {
    actor,
    companyId: id,
    requestId,
    entityType: 'company',
    entityId: id,
    action: 'create',
    after: { ...row },
  });
  if (ownerUserId) {
    const membershipId = newId('membership');
    await tx.query(`INSERT INTO memberships (company_id, id, user_id, role) VALUES ($1, $2, $3, 'owner')`, [
      id,
      membershipId,
      ownerUserId,
    ]);
    await recordAudit(tx, {
      actor,
      companyId: id,
      requestId,
      entityType: 'membership',
      entityId: ownerUserId,
      action: 'create',
      after: { userId: ownerUserId, role: 'owner' },
    });
  }
  return row;
}

export async function updateCompany(
  tx: Tx,
  ctx: ServiceContext,
  patch: Partial<Omit<CompanyRow, 'id' | 'baseCurrency'>>,
): Promise<CompanyRow> {
  const before = await maybeOne<CompanyRow>(tx, `SELECT ${COLUMNS} FROM companies WHERE id = $1 FOR UPDATE`, [
    ctx.companyId,
  ]);
  if (!before) throw notFound('Company', ctx.companyId);
  const after = {
    ...before,
    ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
  };
  const row = (
    await tx.query<CompanyRow>(
      `UPDATE companies SET name = $2, legal_name = $3, fiscal_year_start_month = $4, locale = $5, time_zone = $6,
         country = $7, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [
        ctx.companyId,
        after.name,
        after.legalName,
        after.fiscalYearStartMonth,
        after.locale,
        after.timeZone,
        after.country,
      ],
    )
  ).rows[0];
  if (!row) throw orgText.error('conflict', 'error.companyChanged');
  await recordAudit(tx, {
    ...ctx,
    entityType: 'company',
    entityId: ctx.companyId,
    action: 'update',
    before: { ...before },
    after: { ...row },
  });
  return row;
}

/** The company to act on when the CLI is not told: the only one, or a clear error. */
export async function defaultCompanyId(sql: Sql): Promise<string> {
  const rows = (
    await sql.query<{ id: string; name: string }>(
      'SELECT id, name FROM companies ORDER BY created_at LIMIT 5',
    )
  ).rows;
  if (rows.length === 0) throw orgText.error('validation', 'error.noCompanyYet');
  if (rows.length > 1) {
    throw orgText.error('validation', 'error.severalCompanies', {
      companies: rows.map((r) => `${r.id} ${r.name}`).join(', '),
    });
  }
  return rows[0]!.id;
}
