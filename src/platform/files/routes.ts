import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { authorize as authorizeAny, NARROWED } from '../access/index.ts';
import type { Principal } from '../context.ts';

/**
 * The coarse gate of a file route: the record's permission held at all. Which record (its department, the
 * people on it) is the record rule's to decide, and `requireRecordAccess` asks it on every path below.
 */
const authorize = (principal: Principal, name: string) => authorizeAny(principal, name, NARROWED);

import { ctxOf, ErrorSchema, IdParam, json, noContent, principalOf } from '../http/helpers.ts';
import { defineRoute } from '../http/route.ts';
import type { AppEnv, HttpDeps } from '../http/types.ts';
import { attachable } from './registry.ts';
import {
  canDeleteFrom,
  deleteFile,
  getFile,
  listFiles,
  readFile,
  readLimited,
  requireRecordAccess,
  uploadFile,
} from './service.ts';
import { ACCEPTED_KINDS } from './sniff.ts';

/** The one path that takes a raw (non-JSON) body; src/platform/http/app.ts lets exactly this through. */
export const UPLOAD_PATH = '/api/v1/files';

const Target = z.object({
  entityType: z.string().min(1).max(100),
  entityId: z.string().min(1).max(100),
});

const FileSchema = z
  .object({
    id: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    name: z.string(),
    contentType: z.string(),
    size: z.number(),
    sha256: z.string(),
    uploadedBy: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('File');

const errorOf = (description: string) => ({
  description,
  content: { 'application/json': { schema: ErrorSchema } },
});

/** `Content-Disposition` with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function registerFileRoutes(app: OpenAPIHono<AppEnv>, deps: HttpDeps): void {
  const { db, config } = deps;
  const tags = ['files'];

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/files',
      permission: 'files.write',
      tags,
      summary: `Attach a file to a record: send the file itself as the body (${ACCEPTED_KINDS}; its own Content-Type), not JSON`,
      description: `The body is the raw file, at most STEWARD_MAX_UPLOAD_BYTES (default 10 MB). The type is decided from the file's first bytes; HTML, SVG, XML and programs are refused with 415.`,
      request: { query: Target.extend({ name: z.string().min(1).max(1000) }) },
      responses: {
        ...json(FileSchema, 'Attached', 201),
        413: errorOf('The file is too large'),
        415: errorOf('This kind of file is not accepted'),
      },
    },
    async (c) => {
      const { entityType, entityId, name } = c.req.valid('query');
      const principal = principalOf(c);
      authorize(principal, attachable(entityType).permissionWrite);
      // The record rule before the body is read: a refused upload never streams its bytes.
      await db.tx((tx) => requireRecordAccess(tx, principal, entityType, entityId));
      const bytes = await readLimited(c.req.raw, config.maxUploadBytes);
      const declaredType = c.req.header('content-type') ?? '';
      const ctx = ctxOf(c);
      const file = await db.tx((tx) =>
        uploadFile(tx, ctx, { entityType, entityId, name, declaredType, bytes }),
      );
      return c.json(file, 201);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/files',
      permission: 'files.read',
      tags,
      summary: "A record's attachments (without their content), and whether they may still be removed",
      request: { query: Target },
      responses: json(
        z.object({ items: z.array(FileSchema), canUpload: z.boolean(), canDelete: z.boolean() }),
      ),
    },
    async (c) => {
      const { entityType, entityId } = c.req.valid('query');
      const def = attachable(entityType);
      const principal = principalOf(c);
      authorize(principal, def.permissionRead);
      const companyId = ctxOf(c).companyId;
      const mayWrite = (() => {
        try {
          authorize(principal, 'files.write');
          authorize(principal, def.permissionWrite);
          return true;
        } catch {
          return false;
        }
      })();
      const out = await db.tx(async (tx) => {
        await requireRecordAccess(tx, principal, entityType, entityId);
        const items = await listFiles(tx, companyId, entityType, entityId);
        const removable = mayWrite && (await canDeleteFrom(tx, companyId, entityType, entityId));
        return { items, canUpload: mayWrite, canDelete: removable };
      });
      return c.json(out, 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/files/{id}/content',
      permission: 'files.read',
      tags,
      summary: 'Download an attachment (always as an attachment, with its stored type)',
      request: { params: IdParam() },
      responses: {
        200: {
          description: 'The file',
          content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...noContent(),
      },
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const ctx = ctxOf(c);
      const meta = await getFile(db, ctx.companyId, id);
      const principal = principalOf(c);
      authorize(principal, attachable(meta.entityType).permissionRead);
      const file = await db.tx(async (tx) => {
        await requireRecordAccess(tx, principal, meta.entityType, meta.entityId);
        return readFile(tx, ctx, id);
      });
      return c.body(new Uint8Array(file.bytes), 200, {
        'Content-Type': file.contentType,
        'Content-Length': String(file.size),
        'Content-Disposition': disposition(file.name),
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
        ETag: `"${file.sha256}"`,
      }) as never;
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'delete',
      path: '/files/{id}',
      permission: 'files.write',
      tags,
      summary: 'Remove an attachment (only while its record is not posted or closed)',
      request: { params: IdParam() },
      responses: noContent('Removed'),
    },
    async (c) => {
      const { id } = c.req.valid('param');
      const ctx = ctxOf(c);
      const meta = await getFile(db, ctx.companyId, id);
      const principal = principalOf(c);
      authorize(principal, attachable(meta.entityType).permissionWrite);
      await db.tx(async (tx) => {
        await requireRecordAccess(tx, principal, meta.entityType, meta.entityId);
        await deleteFile(tx, ctx, id);
      });
      return c.body(null, 204);
    },
  );
}
