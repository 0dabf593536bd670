import { notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { ServiceContext } from '../context.ts';
import type { Sql, Tx } from '../db/index.ts';
import { listsText } from './i18n.ts';

/**
 * Saved list views: a person's named filters and sort for one list (`list` is the web's list key, e.g.
 * `sales.invoices`; `params` are the list's URL search parameters). Only the owner lists, changes or deletes
 * them; another person's view is "not found". At most one default per person and list (the index says so;
 * setting a new default clears the old one in the same transaction).
 */
export interface SavedView {
  id: string;
  list: string;
  name: string;
  params: Record<string, string>;
  isDefault: boolean;
}

interface ViewRow {
  id: string;
  list_key: string;
  name: string;
  params: Record<string, string>;
  is_default: boolean;
}

const COLUMNS = 'id, list_key, name, params, is_default';
const viewOf = (r: ViewRow): SavedView => ({
  id: r.id,
  list: r.list_key,
  name: r.name,
  params: r.params,
  isDefault: r.is_default,
});

/** The owner (a person, also behind an API token). */
function ownerOf(ctx: ServiceContext): string {
  // i18n-exempt: the routes are for signed-in people only; the system actor never gets here
  if (!ctx.actor.userId) throw new Error('saved views belong to a person');
  return ctx.actor.userId;
}

export async function listViews(sql: Sql, ctx: ServiceContext, list: string): Promise<SavedView[]> {
  const rows = await sql.query<ViewRow>(
    `SELECT ${COLUMNS} FROM saved_views WHERE company_id = $1 AND user_id = $2 AND list_key = $3
      ORDER BY lower(name), id`,
    [ctx.companyId, ownerOf(ctx), list],
  );
  return rows.rows.map(viewOf);
}

async function ownView(tx: Tx, ctx: ServiceContext, id: string): Promise<ViewRow> {
  const row = (
    await tx.query<ViewRow>(
      `SELECT ${COLUMNS} FROM saved_views WHERE company_id = $1 AND user_id = $2 AND id = $3 FOR UPDATE`,
      [ctx.companyId, ownerOf(ctx), id],
    )
  ).rows[0];
  if (!row) throw notFound('Saved view', id);
  return row;
}

async function refuseTakenName(tx: Tx, ctx: ServiceContext, list: string, name: string, except = '') {
  const taken = await tx.query(
    `SELECT 1 FROM saved_views WHERE company_id = $1 AND user_id = $2 AND list_key = $3 AND name = $4 AND id <> $5`,
    [ctx.companyId, ownerOf(ctx), list, name, except],
  );
  if (taken.rows.length) throw listsText.error('conflict', 'error.viewNameTaken', { name });
}

/** Clears the person's current default of the list (audited: it is a change to that view too). */
async function clearDefault(tx: Tx, ctx: ServiceContext, list: string): Promise<void> {
  const cleared = await tx.query<ViewRow>(
    `UPDATE saved_views SET is_default = false, updated_at = now()
      WHERE company_id = $1 AND user_id = $2 AND list_key = $3 AND is_default RETURNING ${COLUMNS}`,
    [ctx.companyId, ownerOf(ctx), list],
  );
  for (const row of cleared.rows)
    await audit(tx, ctx, row.id, 'update', { ...viewOf(row), isDefault: true }, viewOf(row));
}

function audit(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  action: string,
  before: SavedView | null,
  after: SavedView | null,
) {
  return recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'saved_view',
    entityId: id,
    action,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
  });
}

export async function createView(
  tx: Tx,
  ctx: ServiceContext,
  input: { list: string; name: string; params: Record<string, string>; isDefault?: boolean | undefined },
): Promise<SavedView> {
  const name = input.name.trim();
  if (!name) throw listsText.error('validation', 'error.viewName');
  await refuseTakenName(tx, ctx, input.list, name);
  if (input.isDefault) await clearDefault(tx, ctx, input.list);
  const id = newId('savedView');
  const row = (
    await tx.query<ViewRow>(
      `INSERT INTO saved_views (company_id, id, user_id, list_key, name, params, is_default)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [ctx.companyId, id, ownerOf(ctx), input.list, name, JSON.stringify(input.params), !!input.isDefault],
    )
  ).rows[0] as ViewRow;
  const view = viewOf(row);
  await audit(tx, ctx, id, 'create', null, view);
  return view;
}

export async function updateView(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  input: {
    name?: string | undefined;
    params?: Record<string, string> | undefined;
    isDefault?: boolean | undefined;
  },
): Promise<SavedView> {
  const before = viewOf(await ownView(tx, ctx, id));
  const name = input.name === undefined ? before.name : input.name.trim();
  if (!name) throw listsText.error('validation', 'error.viewName');
  if (name !== before.name) await refuseTakenName(tx, ctx, before.list, name, id);
  if (input.isDefault && !before.isDefault) await clearDefault(tx, ctx, before.list);
  const row = (
    await tx.query<ViewRow>(
      `UPDATE saved_views SET name = $3, params = $4, is_default = $5, updated_at = now()
        WHERE company_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
      [
        ctx.companyId,
        id,
        name,
        JSON.stringify(input.params ?? before.params),
        input.isDefault ?? before.isDefault,
      ],
    )
  ).rows[0] as ViewRow;
  const after = viewOf(row);
  await audit(tx, ctx, id, 'update', before, after);
  return after;
}

export async function deleteView(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const before = viewOf(await ownView(tx, ctx, id));
  await tx.query('DELETE FROM saved_views WHERE company_id = $1 AND id = $2', [ctx.companyId, id]);
  await audit(tx, ctx, id, 'delete', before, null);
}
