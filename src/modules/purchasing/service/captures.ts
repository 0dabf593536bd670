import { notFound } from '../../../kernel/errors.ts';
import { newId } from '../../../kernel/ids.ts';
import { decodeCursor, encodeCursor, type Page } from '../../../kernel/pagination.ts';
import { recordAudit } from '../../../platform/audit/index.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../../platform/context.ts';
import { type Database, maybeOne, type Sql, type Tx } from '../../../platform/db/index.ts';
import { contentTypesOf, listFiles, readFile, uploadFile } from '../../../platform/files/index.ts';
import { createParty, findParties } from '../../parties/index.ts';
import { listTaxCodes, parseDecimal, RATE_SCALE } from '../../tax/index.ts';
import { type CaptureMethod, captureDocument, type ExtractedFields } from '../capture/index.ts';
import type { BillInput } from '../contract.ts';
import { purchasingText } from '../i18n.ts';
import { type BillView, saveBill } from './bills.ts';
import { recall } from './memory.ts';

export const CAPTURE_JOB = 'purchasing.capture';

export type CaptureStatus =
  | 'awaiting_file'
  | 'queued'
  | 'reading'
  | 'ready'
  | 'failed'
  | 'converted'
  | 'dismissed';

/** The bill the inbox proposes from a captured document; `confidence` per field (0..1) for highlighting. */
export interface Proposal {
  vendorId: string | null;
  vendorName: string | null;
  vendorVatId: string | null;
  vendorInvoiceNumber: string | null;
  issueDate: string | null;
  dueDate: string | null;
  currency: string | null;
  net: string | null;
  tax: string | null;
  total: string | null;
  taxRate: string | null;
  accountId: string | null;
  taxCode: string | null;
  /** Where the account and tax code came from: the vendor's last bill, the tax rate read, or nothing. */
  learnedFrom: 'vendor_memory' | 'tax_rate' | null;
  lines: { description: string; accountId: string; taxCode: string; quantity: string; unitPrice: string }[];
  pricesIncludeTax: boolean;
  confidence: Record<string, number>;
}

export interface CaptureView {
  id: string;
  status: CaptureStatus;
  fileName: string;
  fileId: string | null;
  contentType: string | null;
  jobId: string | null;
  method: CaptureMethod | null;
  language: string | null;
  ocrConfidence: number | null;
  text: string | null;
  fields: ExtractedFields;
  proposal: Proposal | Record<string, never>;
  error: string | null;
  billId: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row {
  id: string;
  status: CaptureStatus;
  file_name: string;
  file_id: string | null;
  content_type: string | null;
  job_id: string | null;
  method: CaptureMethod | null;
  language: string | null;
  ocr_confidence: number | null;
  text: string | null;
  fields: ExtractedFields;
  proposal: Proposal | Record<string, never>;
  error: string | null;
  bill_id: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The file's content type is the files platform's: `withContentTypes` adds it for all rows in one read. */
const COLUMNS = `c.id, c.status, c.file_name, c.file_id, NULL::text AS content_type, c.job_id, c.method, c.language, c.ocr_confidence,
  c.text, c.fields, c.proposal, c.error, c.bill_id, c.created_at, c.updated_at`;
const FROM = 'FROM purchasing_captures c';

async function withContentTypes(sql: Sql, companyId: string, rows: readonly Row[]): Promise<Row[]> {
  const types = await contentTypesOf(
    sql,
    companyId,
    rows.map((r) => r.file_id),
  );
  return rows.map((r) => ({ ...r, content_type: r.file_id ? (types.get(r.file_id) ?? null) : null }));
}

const viewOf = (r: Row): CaptureView => ({
  id: r.id,
  status: r.status,
  fileName: r.file_name,
  fileId: r.file_id,
  contentType: r.content_type,
  jobId: r.job_id,
  method: r.method,
  language: r.language,
  ocrConfidence: r.ocr_confidence,
  text: r.text,
  fields: r.fields,
  proposal: r.proposal,
  error: r.error,
  billId: r.bill_id,
  createdAt: r.created_at.toISOString(),
  updatedAt: r.updated_at.toISOString(),
});

export async function getCapture(sql: Sql, companyId: string, id: string): Promise<CaptureView> {
  const row = await maybeOne<Row>(sql, `SELECT ${COLUMNS} ${FROM} WHERE c.company_id = $1 AND c.id = $2`, [
    companyId,
    id,
  ]);
  if (!row) throw notFound('Captured document', id);
  return viewOf((await withContentTypes(sql, companyId, [row]))[0]!);
}

/** The review inbox: documents being read, ready for review or failed (converted and dismissed with `all`). */
export async function listCaptures(
  sql: Sql,
  companyId: string,
  opts: { all?: boolean; cursor?: string | undefined; limit?: number } = {},
): Promise<Page<CaptureView>> {
  const limit = opts.limit ?? 50;
  const after = opts.cursor ? decodeCursor(opts.cursor) : null;
  const rows = await sql.query<Row>(
    `SELECT ${COLUMNS} ${FROM} WHERE c.company_id = $1
        AND ($2::boolean OR c.status IN ('awaiting_file', 'queued', 'reading', 'ready', 'failed'))
        AND ($3::text IS NULL OR c.id < $3) ORDER BY c.id DESC LIMIT $4`,
    [companyId, opts.all ?? false, after ? String(after[0]) : null, limit + 1],
  );
  const page = await withContentTypes(sql, companyId, rows.rows.slice(0, limit));
  const last = page[page.length - 1];
  return {
    items: page.map(viewOf),
    nextCursor: rows.rows.length > limit && last ? encodeCursor([last.id]) : null,
  };
}

/** Step 1 of a capture: an inbox entry the document is then uploaded to (POST /api/v1/files, entityType purchasing_capture). */
export async function createCapture(
  tx: Tx,
  ctx: ServiceContext,
  input: { fileName: string },
): Promise<CaptureView> {
  const id = newId('capture');
  await tx.query(
    'INSERT INTO purchasing_captures (company_id, id, file_name, created_by) VALUES ($1, $2, $3, $4)',
    [ctx.companyId, id, input.fileName.slice(0, 255), ctx.actor.userId],
  );
  await recordAudit(tx, {
    ...ctx,
    entityType: 'purchasing_capture',
    entityId: id,
    action: 'create',
    after: { fileName: input.fileName },
  });
  return getCapture(tx, ctx.companyId, id);
}

/** Creates the inbox entry and stores the document in one go (CLI, demo, tests). */
export async function createCaptureWithFile(
  tx: Tx,
  ctx: ServiceContext,
  input: { fileName: string; bytes: Buffer; contentType?: string },
): Promise<CaptureView> {
  const cap = await createCapture(tx, ctx, input);
  await uploadFile(tx, ctx, {
    entityType: 'purchasing_capture',
    entityId: cap.id,
    name: input.fileName,
    declaredType: input.contentType ?? 'application/octet-stream',
    bytes: input.bytes,
  });
  return queueCapture(tx, ctx, cap.id);
}

/** Step 2: the uploaded document (the latest file of the entry) is queued for reading. */
export async function queueCapture(tx: Tx, ctx: ServiceContext, id: string): Promise<CaptureView> {
  const cap = await getCapture(tx, ctx.companyId, id);
  if (!['awaiting_file', 'failed', 'ready'].includes(cap.status))
    throw purchasingText.error(
      'validation',
      'error.captureNotRereadable',
      { status: cap.status },
      { status: cap.status },
    );
  const files = await listFiles(tx, ctx.companyId, 'purchasing_capture', id);
  const file = files[files.length - 1];
  if (!file)
    throw purchasingText.error(
      'validation',
      'error.captureNoFile',
      {},
      {
        reason: 'no_file',
      },
    );
  if (!['application/pdf', 'image/png', 'image/jpeg'].includes(file.contentType))
    throw purchasingText.error(
      'validation',
      'error.captureFileType',
      { name: file.name, contentType: file.contentType },
      {
        reason: 'unsupported_document',
      },
    );
  await tx.query(
    `UPDATE purchasing_captures SET status = 'queued', file_id = $3, file_name = $4, error = NULL, updated_at = now()
      WHERE company_id = $1 AND id = $2`,
    [ctx.companyId, id, file.id, file.name],
  );
  return getCapture(tx, ctx.companyId, id);
}

export async function setCaptureJob(sql: Sql, companyId: string, id: string, jobId: string): Promise<void> {
  await sql.query('UPDATE purchasing_captures SET job_id = $3 WHERE company_id = $1 AND id = $2', [
    companyId,
    id,
    jobId,
  ]);
}

/**
 * Reads a queued document (the job `purchasing.capture`, or inline from the CLI): text layer or OCR, field
 * rules, then a proposed bill — vendor matched by VAT id or name, account and tax code from the vendor's last
 * bill or from the tax rate read. Claims the entry with a conditional UPDATE so two workers never read it twice.
 */
export async function processCapture(
  db: Database,
  companyId: string,
  id: string,
  progress: (fraction: number) => Promise<void> = async () => {},
): Promise<CaptureView> {
  const ctx: ServiceContext = { actor: SYSTEM_ACTOR, companyId, requestId: null };
  const claimed = await db.query(
    `UPDATE purchasing_captures SET status = 'reading', updated_at = now()
      WHERE company_id = $1 AND id = $2 AND status = 'queued' RETURNING file_id`,
    [companyId, id],
  );
  const fileId = (claimed.rows[0] as { file_id: string | null } | undefined)?.file_id;
  if (!fileId) return getCapture(db, companyId, id);
  try {
    const file = await db.tx((tx) => readFile(tx, ctx, fileId));
    const captured = await captureDocument(file.bytes, { progress: (p) => progress(p / 100) });
    const proposal = await propose(db, companyId, captured.fields);
    await db.tx(async (tx) => {
      await tx.query(
        `UPDATE purchasing_captures SET status = 'ready', method = $3, language = $4, ocr_confidence = $5, text = $6,
                fields = $7, proposal = $8, updated_at = now() WHERE company_id = $1 AND id = $2`,
        [
          companyId,
          id,
          captured.method,
          captured.language,
          captured.ocrConfidence,
          captured.text.slice(0, 100_000),
          JSON.stringify(captured.fields),
          JSON.stringify(proposal),
        ],
      );
      await recordAudit(tx, {
        ...ctx,
        entityType: 'purchasing_capture',
        entityId: id,
        action: 'read',
        after: {
          method: captured.method,
          fields: Object.keys(captured.fields).length,
          vendorId: proposal.vendorId,
        },
      });
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    await db.query(
      `UPDATE purchasing_captures SET status = 'failed', error = $3, updated_at = now() WHERE company_id = $1 AND id = $2`,
      [companyId, id, message.slice(0, 1000)],
    );
  }
  await progress(1);
  return getCapture(db, companyId, id);
}

const sameRate = (a: string, b: string) => {
  try {
    return parseDecimal(a, RATE_SCALE, 'rate') === parseDecimal(b, RATE_SCALE, 'rate');
  } catch {
    return false;
  }
};

export async function propose(
  sql: Sql,
  companyId: string,
  f: ExtractedFields,
  vendorHint?: string,
): Promise<Proposal> {
  const confidence: Record<string, number> = {};
  for (const [k, v] of Object.entries(f)) if (v) confidence[k] = v.confidence;
  let vendorId: string | null = vendorHint ?? null;
  if (!vendorId && (f.vendorVatId || f.vendorName)) {
    const byVat = f.vendorVatId ? await findParties(sql, companyId, { vatId: f.vendorVatId.value }) : [];
    const byName =
      !byVat.length && f.vendorName ? await findParties(sql, companyId, { name: f.vendorName.value }) : [];
    const found = [...byVat, ...byName].find((p) => p.vendor) ?? byVat[0] ?? byName[0];
    if (found) {
      vendorId = found.id;
      confidence.vendorId = byVat.length ? 0.95 : 0.75;
    }
  }
  const memory = vendorId ? await recall(sql, companyId, vendorId) : null;
  const codes = await listTaxCodes(sql, companyId, { activeOnly: true });
  const rate = f.taxRate?.value ?? null;
  let taxCode: string | null = null;
  let learnedFrom: Proposal['learnedFrom'] = null;
  const remembered = memory?.taxCodeId ? codes.find((c) => c.id === memory.taxCodeId) : undefined;
  if (remembered && (!rate || sameRate(remembered.rate, rate))) {
    taxCode = remembered.code;
    learnedFrom = 'vendor_memory';
  } else if (rate) {
    const byRate = codes.find((c) => sameRate(c.rate, rate) && c.kind !== 'reverse_charge');
    if (byRate) {
      taxCode = byRate.code;
      learnedFrom = 'tax_rate';
    }
  }
  const accountId = memory?.accountId ?? null;
  if (accountId) confidence.accountId = 0.8;
  if (taxCode) confidence.taxCode = learnedFrom === 'vendor_memory' ? 0.85 : 0.7;
  const net = f.netTotal?.value ?? null;
  const total = f.grossTotal?.value ?? null;
  const pricesIncludeTax = !net && Boolean(total);
  const price = net ?? total;
  return {
    vendorId,
    vendorName: f.vendorName?.value ?? null,
    vendorVatId: f.vendorVatId?.value ?? null,
    vendorInvoiceNumber: f.invoiceNumber?.value ?? null,
    issueDate: f.issueDate?.value ?? null,
    dueDate: f.dueDate?.value ?? null,
    currency: f.currency?.value ?? null,
    net,
    tax: f.taxTotal?.value ?? null,
    total,
    taxRate: rate,
    accountId,
    taxCode,
    learnedFrom,
    lines:
      price && accountId && taxCode
        ? [{ description: f.vendorName?.value ?? '', accountId, taxCode, quantity: '1', unitPrice: price }]
        : [],
    pricesIncludeTax,
    confidence,
  };
}

/**
 * The reviewer's bill from a captured document: a draft with source `capture`, the document copied onto the
 * bill as its attachment. With `createVendor` and no vendorId, the vendor is created from the captured name
 * and VAT id (after the duplicate check passes).
 */
export async function convertCapture(
  tx: Tx,
  ctx: ServiceContext,
  id: string,
  input: Omit<BillInput, 'vendorId'> & { vendorId?: string | undefined; createVendor?: boolean | undefined },
): Promise<BillView> {
  const cap = await getCapture(tx, ctx.companyId, id);
  if (cap.status !== 'ready')
    throw purchasingText.error(
      'validation',
      'error.captureNotReady',
      { status: cap.status },
      {
        status: cap.status,
      },
    );
  let vendorId = input.vendorId;
  if (!vendorId) {
    const p = cap.proposal as Proposal;
    if (!input.createVendor || !p.vendorName)
      throw purchasingText.error(
        'validation',
        'error.captureVendor',
        {},
        {
          field: 'vendorId',
          proposedVendor: { name: p.vendorName, vatId: p.vendorVatId },
        },
      );
    const created = await createParty(tx, ctx, {
      legalName: p.vendorName,
      vatId: p.vendorVatId,
      vendor: true,
      customer: false,
      ...(input.currency ? { currency: input.currency } : {}),
    });
    vendorId = created.id;
  }
  const { createVendor: _c, ...bill } = input;
  const saved = await saveBill(tx, ctx, { ...bill, vendorId }, { source: 'capture', captureId: id });
  const claimed = await tx.query(
    `UPDATE purchasing_captures SET status = 'converted', bill_id = $3, updated_at = now()
      WHERE company_id = $1 AND id = $2 AND status = 'ready'`,
    [ctx.companyId, id, saved.id],
  );
  if (claimed.rowCount !== 1) throw purchasingText.error('validation', 'error.captureAlreadyBill');
  if (cap.fileId) {
    const file = await readFile(tx, ctx, cap.fileId);
    await uploadFile(tx, ctx, {
      entityType: 'purchasing_bill',
      entityId: saved.id,
      name: file.name,
      declaredType: file.contentType,
      bytes: file.bytes,
    });
  }
  await recordAudit(tx, {
    ...ctx,
    entityType: 'purchasing_capture',
    entityId: id,
    action: 'convert',
    after: { billId: saved.id },
  });
  return saved;
}

export async function dismissCapture(tx: Tx, ctx: ServiceContext, id: string): Promise<CaptureView> {
  const done = await tx.query(
    `UPDATE purchasing_captures SET status = 'dismissed', updated_at = now()
      WHERE company_id = $1 AND id = $2 AND status IN ('awaiting_file', 'ready', 'failed')`,
    [ctx.companyId, id],
  );
  if (done.rowCount !== 1) throw purchasingText.error('validation', 'error.captureNotDismissable');
  await recordAudit(tx, { ...ctx, entityType: 'purchasing_capture', entityId: id, action: 'dismiss' });
  return getCapture(tx, ctx.companyId, id);
}
