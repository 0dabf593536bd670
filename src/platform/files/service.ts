import { createHash } from 'node:crypto';
import { notFound } from '../../kernel/errors.ts';
import { newId } from '../../kernel/ids.ts';
import { recordRule } from '../access/index.ts';
import { recordAudit, recordSensitiveRead } from '../audit/index.ts';
import type { Principal, ServiceContext } from '../context.ts';
import { maybeOne, type Sql, type Tx } from '../db/index.ts';
import { filesText } from './i18n.ts';
import { attachable } from './registry.ts';
import { hasControl, sniff } from './sniff.ts';

export interface FileView {
  id: string;
  entityType: string;
  entityId: string;
  name: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  createdAt: string;
}

export interface FileContent extends FileView {
  bytes: Buffer;
}

const VIEW = `f.id, f.entity_type AS "entityType", f.entity_id AS "entityId", f.name, f.content_type AS "contentType",
  f.size, f.sha256, u.email AS "uploadedBy", to_char(f.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "createdAt"`;
const FROM = 'FROM files f LEFT JOIN users u ON u.id = f.uploaded_by';

/** A file name safe to store and to send back: no path, no control characters, at most 255 characters. */
export function cleanName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = [...base]
    .filter((ch) => ch !== '"' && !hasControl(ch))
    .join('')
    .trim()
    .slice(0, 255);
  if (!name || name === '.' || name === '..') throw filesText.error('validation', 'error.nameMissing');
  return name;
}

async function requireRecord(tx: Tx, companyId: string, entityType: string, entityId: string): Promise<void> {
  const def = attachable(entityType);
  if (!(await def.exists(tx, companyId, entityId))) throw notFound(def.label ?? entityType, entityId);
}

/**
 * The record exists in the actor's company (else 404, as before) and its module's record rule lets the actor
 * see it (else 403). A kind with no rule is refused: deny by default.
 */
export async function requireRecordAccess(
  tx: Tx,
  principal: Principal,
  entityType: string,
  entityId: string,
): Promise<void> {
  const def = attachable(entityType);
  const label = def.label ?? entityType;
  if (!(await def.exists(tx, principal.companyId, entityId))) throw notFound(label, entityId);
  // The record kind's rule (src/platform/access/records.ts) when its module declares one, else the
  // attachable's own; neither is a refusal (deny by default).
  const canRead = recordRule(entityType)?.canRead ?? def.canRead;
  if (!canRead) throw filesText.error('forbidden', 'error.noReadRule', { label });
  if (!(await canRead(tx, principal, entityId)))
    throw filesText.error('forbidden', 'error.otherDepartment', { label });
}

export async function uploadFile(
  tx: Tx,
  ctx: ServiceContext,
  input: { entityType: string; entityId: string; name: string; declaredType: string; bytes: Buffer },
): Promise<FileView> {
  const name = cleanName(input.name);
  if (input.bytes.length === 0) throw filesText.error('validation', 'error.empty');
  const contentType = sniff(input.bytes, { contentType: input.declaredType, name });
  await requireRecord(tx, ctx.companyId, input.entityType, input.entityId);
  const id = newId('file');
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  await tx.query(
    `INSERT INTO files (company_id, id, entity_type, entity_id, name, content_type, size, sha256, bytes, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      ctx.companyId,
      id,
      input.entityType,
      input.entityId,
      name,
      contentType,
      input.bytes.length,
      sha256,
      input.bytes,
      ctx.actor.userId,
    ],
  );
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'file',
    entityId: id,
    action: 'create',
    after: {
      record: `${input.entityType}:${input.entityId}`,
      name,
      contentType,
      size: input.bytes.length,
      sha256,
    },
  });
  return getFile(tx, ctx.companyId, id);
}

export async function listFiles(
  tx: Tx,
  companyId: string,
  entityType: string,
  entityId: string,
): Promise<FileView[]> {
  await requireRecord(tx, companyId, entityType, entityId);
  const { rows } = await tx.query<FileView>(
    `SELECT ${VIEW} ${FROM} WHERE f.company_id = $1 AND f.entity_type = $2 AND f.entity_id = $3
      ORDER BY f.created_at, f.id`,
    [companyId, entityType, entityId],
  );
  return rows;
}

export async function getFile(sql: Sql, companyId: string, id: string): Promise<FileView> {
  const row = await maybeOne<FileView>(sql, `SELECT ${VIEW} ${FROM} WHERE f.company_id = $1 AND f.id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('File', id);
  return row;
}

/** The stored content type of each of `ids` in the company, by file id (a list's rows in one read). */
export async function contentTypesOf(
  sql: Sql,
  companyId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const { rows } = await sql.query<{ id: string; content_type: string }>(
    'SELECT id, content_type FROM files WHERE company_id = $1 AND id = ANY($2)',
    [companyId, wanted],
  );
  return new Map(rows.map((r) => [r.id, r.content_type]));
}

/** The file's bytes; for a record marked sensitive the read is recorded in the audit trail. */
export async function readFile(tx: Tx, ctx: ServiceContext, id: string): Promise<FileContent> {
  const row = await maybeOne<FileView & { bytes: Buffer }>(
    tx,
    `SELECT ${VIEW}, f.bytes ${FROM} WHERE f.company_id = $1 AND f.id = $2`,
    [ctx.companyId, id],
  );
  if (!row) throw notFound('File', id);
  if (attachable(row.entityType).sensitive) {
    await recordSensitiveRead(tx, {
      actor: ctx.actor,
      companyId: ctx.companyId,
      requestId: ctx.requestId,
      entityType: 'file',
      entityId: id,
      fields: ['bytes'],
    });
  }
  return row;
}

export async function canDeleteFrom(
  tx: Tx,
  companyId: string,
  entityType: string,
  entityId: string,
): Promise<boolean> {
  return attachable(entityType).canDelete(tx, companyId, entityId);
}

export async function deleteFile(tx: Tx, ctx: ServiceContext, id: string): Promise<void> {
  const file = await maybeOne<FileView>(
    tx,
    `SELECT ${VIEW} ${FROM} WHERE f.company_id = $1 AND f.id = $2 FOR UPDATE OF f`,
    [ctx.companyId, id],
  );
  if (!file) throw notFound('File', id);
  const def = attachable(file.entityType);
  if (!(await def.canDelete(tx, ctx.companyId, file.entityId)))
    throw filesText.error('conflict', 'error.finalRecord', { label: def.label ?? file.entityType });
  await tx.query('DELETE FROM files WHERE company_id = $1 AND id = $2', [ctx.companyId, id]);
  await recordAudit(tx, {
    actor: ctx.actor,
    companyId: ctx.companyId,
    requestId: ctx.requestId,
    entityType: 'file',
    entityId: id,
    action: 'delete',
    before: {
      record: `${file.entityType}:${file.entityId}`,
      name: file.name,
      contentType: file.contentType,
      size: file.size,
      sha256: file.sha256,
    },
  });
}

/**
 * Reads a request body as a stream, stopping as soon as it passes `max` bytes (413) — the whole body is never
 * buffered beyond the limit, and a Content-Length over it is refused before reading anything.
 */
export async function readLimited(req: Request, max: number): Promise<Buffer> {
  const tooLarge = () =>
    max >= 1024 * 1024
      ? filesText.error(
          'payload_too_large',
          'error.tooLargeMb',
          { size: String(Math.floor(max / (1024 * 1024))) },
          { maxBytes: max },
        )
      : filesText.error('payload_too_large', 'error.tooLargeBytes', { size: String(max) }, { maxBytes: max });
  const length = req.headers.get('content-length');
  if (length && Number(length) > max) throw tooLarge();
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks, total);
}
