import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from '@hono/zod-openapi';
import { body, ctxOf, IdParam, json } from '../../../platform/http/helpers.ts';
import { defineRoute } from '../../../platform/http/route.ts';
import type { AppEnv, HttpDeps } from '../../../platform/http/types.ts';
import type { Jobs } from '../../../platform/jobs/index.ts';
import { Bill, Capture, CaptureConvert, CaptureCreate, CapturePage } from '../contract.ts';
import {
  CAPTURE_JOB,
  convertCapture,
  createCapture,
  dismissCapture,
  getCapture,
  listCaptures,
  processCapture,
  queueCapture,
  setCaptureJob,
} from '../service/captures.ts';

const tags = ['purchasing'];

/**
 * The capture inbox. Upload flow: POST /purchasing/captures {fileName} → POST /files?entityType=purchasing_capture
 * &entityId=<id> (raw body) → POST /purchasing/captures/{id}/read (queues the job; the answer has jobId) → poll
 * GET /purchasing/captures/{id} until ready → POST /purchasing/captures/{id}/convert with the reviewed bill.
 */
export function registerCaptureRoutes(
  app: OpenAPIHono<AppEnv>,
  deps: HttpDeps & { jobs: () => Jobs | null },
): void {
  const { db } = deps;

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/purchasing/captures',
      permission: 'purchasing.read',
      tags,
      summary: 'The review inbox: documents being read, ready for review or failed (all=true: every one)',
      request: {
        query: z.object({
          all: z.enum(['true', 'false']).optional(),
          cursor: z.string().max(500).optional(),
          limit: z.coerce.number().int().min(1).max(200).optional(),
        }),
      },
      responses: json(CapturePage),
    },
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await listCaptures(db, ctxOf(c).companyId, {
          all: q.all === 'true',
          cursor: q.cursor,
          limit: q.limit ?? 50,
        }),
        200,
      );
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/purchasing/captures',
      permission: 'purchasing.manage',
      tags,
      summary: 'Start a capture: an inbox entry to upload the bill (PDF or photo) to',
      request: { body: body(CaptureCreate) },
      responses: json(Capture, 'Created', 201),
    },
    async (c) => c.json(await db.tx((tx) => createCapture(tx, ctxOf(c), c.req.valid('json'))), 201),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'get',
      path: '/purchasing/captures/{id}',
      permission: 'purchasing.read',
      tags,
      summary: 'One captured document: status, text, fields with confidences and the proposed bill',
      request: { params: IdParam() },
      responses: json(Capture),
    },
    async (c) => c.json(await getCapture(db, ctxOf(c).companyId, c.req.valid('param').id), 200),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/purchasing/captures/{id}/read',
      permission: 'purchasing.manage',
      tags,
      summary: 'Read the uploaded document (a background job: text layer or OCR, then the proposal)',
      request: { params: IdParam(), body: body(z.object({})) },
      responses: json(Capture),
    },
    async (c) => {
      const ctx = ctxOf(c);
      const id = c.req.valid('param').id;
      const jobs = deps.jobs();
      if (!jobs) {
        await db.tx((tx) => queueCapture(tx, ctx, id));
        return c.json(await processCapture(db, ctx.companyId, id), 200);
      }
      // The capture's state, its job and the job's link commit together: never a queued capture without a job.
      await db.tx(async (tx) => {
        await queueCapture(tx, ctx, id);
        const jobId = await jobs.enqueue(
          {
            companyId: ctx.companyId,
            kind: CAPTURE_JOB,
            payload: { captureId: id, companyId: ctx.companyId },
            createdBy: ctx.actor.userId,
          },
          tx,
        );
        await setCaptureJob(tx, ctx.companyId, id, jobId);
      });
      return c.json(await getCapture(db, ctx.companyId, id), 200);
    },
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/purchasing/captures/{id}/convert',
      permission: 'purchasing.manage',
      tags,
      summary:
        'Turn a reviewed document into a draft bill (createVendor: true creates the vendor read from it)',
      request: { params: IdParam(), body: body(CaptureConvert) },
      responses: json(Bill, 'Created', 201),
    },
    async (c) =>
      c.json(
        await db.tx((tx) => convertCapture(tx, ctxOf(c), c.req.valid('param').id, c.req.valid('json'))),
        201,
      ),
  );

  defineRoute(
    app,
    deps,
    {
      method: 'post',
      path: '/purchasing/captures/{id}/dismiss',
      permission: 'purchasing.manage',
      tags,
      summary: 'Dismiss a document from the inbox (not a bill)',
      request: { params: IdParam(), body: body(z.object({})) },
      responses: json(Capture),
    },
    async (c) => c.json(await db.tx((tx) => dismissCapture(tx, ctxOf(c), c.req.valid('param').id)), 200),
  );
}
