import { beforeAll, describe, expect, it } from 'vitest';
import { makeOrg, type OrgFixture, type PersonFixture } from '../../src/modules/org/factories.ts';
import { entry, makeSupervision, type SupervisionFixture } from '../../src/modules/work/factories.ts';
import { companyWide, registerAttachable } from '../../src/platform/files/index.ts';
import { type TestApp, testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';

/** Attachments: raw uploads, type sniffing, limits, access through the record, deletion rules, audit. */
const fresh = withFreshDatabase();

// A record kind only owners and admins may see, marked sensitive: its downloads are audited.
registerAttachable('test_secret', {
  permissionRead: 'work.policies.manage',
  permissionWrite: 'work.policies.manage',
  sensitive: true,
  canRead: companyWide,
  exists: async (tx, companyId, id) =>
    (await tx.query('SELECT 1 FROM departments WHERE company_id = $1 AND id = $2', [companyId, id]))
      .rowCount === 1,
  canDelete: async () => true,
});

// A record kind whose module forgot to say who may see it: refused to everyone, owners included.
registerAttachable('test_unscoped', {
  permissionRead: 'work.policies.manage',
  permissionWrite: 'work.policies.manage',
  exists: async () => true,
  canDelete: async () => true,
});

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(3000, 0x41), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3]);

let t: TestApp;
let f: SupervisionFixture;
let other: OrgFixture;
let draftId: string;
let postedId: string;
let taskId: string;

interface Upload {
  entityType: string;
  entityId: string;
  name: string;
  bytes: Buffer | ReadableStream<Uint8Array>;
  type?: string;
  as?: PersonFixture;
  company?: string;
  app?: TestApp;
  contentLength?: boolean;
}

async function upload(u: Upload) {
  const q = new URLSearchParams({ entityType: u.entityType, entityId: u.entityId, name: u.name });
  const headers: Record<string, string> = {
    authorization: `Bearer ${(u.as ?? f.people.owner).token}`,
    'content-type': u.type ?? 'application/octet-stream',
  };
  if (u.company) headers['x-company-id'] = u.company;
  if (u.contentLength !== false && Buffer.isBuffer(u.bytes))
    headers['content-length'] = String(u.bytes.length);
  const res = await (u.app ?? t).app.request(`/api/v1/files?${q}`, {
    method: 'POST',
    headers,
    body: u.bytes,
    ...(Buffer.isBuffer(u.bytes) ? {} : { duplex: 'half' }),
  } as RequestInit);
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const fileCount = async () =>
  (await fresh.db.query<{ n: number }>('SELECT count(*)::int AS n FROM files')).rows[0]!.n;

beforeAll(async () => {
  t = testApp(fresh.db);
  f = await makeSupervision(fresh.db);
  other = await makeOrg(fresh.db, { name: 'Other Co' });
  const owner = f.people.owner.token;
  const draft = await t.request('POST', '/api/v1/ledger/entries', { token: owner, body: entry('100') });
  expect(draft.status).toBe(201);
  draftId = draft.body.id;
  const posted = await t.request('POST', '/api/v1/ledger/entries', {
    token: owner,
    body: { ...entry('200'), post: true },
  });
  expect(posted.status).toBe(201);
  expect(posted.body.status).toBe('posted');
  postedId = posted.body.id;
  const task = await t.request('POST', '/api/v1/work/tasks', {
    token: owner,
    body: { title: 'Check receipts' },
  });
  expect(task.status).toBe(201);
  taskId = task.body.id;
});

describe('attachments', () => {
  it('upload, list and download round-trip the exact bytes, with safe download headers', async () => {
    const up = await upload({
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'receipt März.pdf',
      bytes: PDF,
      type: 'application/pdf',
      as: f.people.assistant,
    });
    expect(up.status).toBe(201);
    expect(up.body.id).toMatch(/^file_[0-9A-Z]{26}$/);
    expect(up.body).toMatchObject({
      name: 'receipt März.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
    });

    const list = await t.request('GET', `/api/v1/files?entityType=ledger_entry&entityId=${draftId}`, {
      token: f.people.auditor.token,
    });
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([up.body.id]);
    expect(list.body).toMatchObject({ canUpload: false, canDelete: false });
    const mine = await t.request('GET', `/api/v1/files?entityType=ledger_entry&entityId=${draftId}`, {
      token: f.people.assistant.token,
    });
    expect(mine.body).toMatchObject({ canUpload: true, canDelete: true });

    const down = await t.request('GET', `/api/v1/files/${up.body.id}/content`, {
      token: f.people.auditor.token,
    });
    expect(down.status).toBe(200);
    expect(down.bytes.equals(PDF)).toBe(true);
    expect(down.headers.get('content-type')).toBe('application/pdf');
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(down.headers.get('content-disposition')).toBe(
      `attachment; filename="receipt M_rz.pdf"; filename*=UTF-8''${encodeURIComponent('receipt März.pdf')}`,
    );
  });

  it('types come from the bytes: PNG, CSV and text are accepted whatever the client claims', async () => {
    const png = await upload({ entityType: 'work_task', entityId: taskId, name: 'shot.pdf', bytes: PNG });
    expect(png.body.contentType).toBe('image/png');
    const csv = await upload({
      entityType: 'work_task',
      entityId: taskId,
      name: 'rows.csv',
      bytes: Buffer.from('date,amount\n2026-03-01,10.00\n'),
    });
    expect(csv.body.contentType).toBe('text/csv; charset=utf-8');
    const txt = await upload({
      entityType: 'work_task',
      entityId: taskId,
      name: 'notes',
      bytes: Buffer.from('plain words'),
      type: 'text/html',
    });
    expect(txt.body.contentType).toBe('text/plain; charset=utf-8');
  });

  it('refuses executables, HTML, SVG and unknown binaries with 415 and writes nothing', async () => {
    const before = await fileCount();
    const cases: [string, Buffer, RegExp][] = [
      ['setup.exe', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(100, 1)]), /program/],
      ['run', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]), /program/],
      ['x.sh', Buffer.from('#!/bin/sh\nrm -rf /\n'), /script/],
      ['page.txt', Buffer.from('<!DOCTYPE html><script>alert(1)</script>'), /HTML/],
      ['logo.png', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), /HTML, SVG/],
      ['data.csv', Buffer.from('a,b\n1,<script>alert(1)</script>\n'), /HTML/],
      ['blob.bin', Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0]), /not accepted/],
      ['docs.zip', Buffer.from('PK\x03\x04 word/document.xml'), /not an Excel workbook/],
    ];
    for (const [name, bytes, message] of cases) {
      const res = await upload({
        entityType: 'ledger_entry',
        entityId: draftId,
        name,
        bytes,
        type: 'text/plain',
      });
      expect(res.status, name).toBe(415);
      expect(res.body.error.code).toBe('unsupported_media_type');
      expect(res.body.error.message, name).toMatch(message);
    }
    expect(await fileCount()).toBe(before);
  });

  it('a file over the limit is a 413 and writes nothing, with or without Content-Length', async () => {
    const small = testApp(fresh.db, { maxUploadBytes: 4096 });
    const before = await fileCount();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5000, 0x41)]);
    const declared = await upload({
      app: small,
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'big.pdf',
      bytes: big,
    });
    expect(declared.status).toBe(413);
    expect(declared.body.error.code).toBe('payload_too_large');
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(big.subarray(i * 500, (i + 1) * 500)));
        controller.close();
      },
    });
    const streamed = await upload({
      app: small,
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'big.pdf',
      bytes: stream,
    });
    expect(streamed.status).toBe(413);
    expect(await fileCount()).toBe(before);
    // Above the 1 MB JSON body limit but under the upload limit: accepted.
    const twoMb = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024, 0x41)]);
    const ok = await upload({
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'scan.pdf',
      bytes: twoMb,
    });
    expect(ok.status).toBe(201);
    expect(ok.body.size).toBe(twoMb.length);
    // Other non-JSON bodies are still refused everywhere else.
    const elsewhere = await t.app.request('/api/v1/ledger/entries', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${f.people.owner.token}`,
        'content-type': 'application/pdf',
        'content-length': '9',
      },
      body: '%PDF-1.4\n',
    });
    expect(elsewhere.status).toBe(415);
  });

  it("another company's record is not reachable: 403 as a non-member, 404 through one's own company", async () => {
    const asOutsider = await upload({
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'a.txt',
      bytes: Buffer.from('hi'),
      as: other.people.owner,
      company: f.company.id,
    });
    expect(asOutsider.status).toBe(403);
    const viaOwn = await upload({
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'a.txt',
      bytes: Buffer.from('hi'),
      as: other.people.owner,
    });
    expect(viaOwn.status).toBe(404);
    const list = await t.request('GET', `/api/v1/files?entityType=work_task&entityId=${taskId}`, {
      token: other.people.owner.token,
    });
    expect(list.status).toBe(404);
    const { rows } = await fresh.db.query<{ id: string }>(
      'SELECT id FROM files WHERE company_id = $1 LIMIT 1',
      [f.company.id],
    );
    const down = await t.request('GET', `/api/v1/files/${rows[0]!.id}/content`, {
      token: other.people.owner.token,
    });
    expect(down.status).toBe(404);
    const del = await t.request('DELETE', `/api/v1/files/${rows[0]!.id}`, {
      token: other.people.owner.token,
    });
    expect(del.status).toBe(404);
  });

  it('an attachment inherits its record’s access: an assistant without it gets 403, an auditor cannot upload', async () => {
    const secret = f.deptB.id;
    const owner = await upload({
      entityType: 'test_secret',
      entityId: secret,
      name: 'salary.csv',
      bytes: Buffer.from('a,b\n'),
    });
    expect(owner.status).toBe(201);
    const assistantUp = await upload({
      entityType: 'test_secret',
      entityId: secret,
      name: 'x.txt',
      bytes: Buffer.from('x'),
      as: f.people.assistant,
    });
    expect(assistantUp.status).toBe(403);
    const a = f.people.assistant.token;
    expect(
      (await t.request('GET', `/api/v1/files?entityType=test_secret&entityId=${secret}`, { token: a }))
        .status,
    ).toBe(403);
    expect((await t.request('GET', `/api/v1/files/${owner.body.id}/content`, { token: a })).status).toBe(403);
    expect((await t.request('DELETE', `/api/v1/files/${owner.body.id}`, { token: a })).status).toBe(403);
    const auditor = await upload({
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'x.txt',
      bytes: Buffer.from('x'),
      as: f.people.auditor,
    });
    expect(auditor.status).toBe(403);
    const unknown = await upload({
      entityType: 'nothing',
      entityId: draftId,
      name: 'x.txt',
      bytes: Buffer.from('x'),
    });
    expect(unknown.status).toBe(422);

    // Downloads of a sensitive record's files are audited.
    const down = await t.request('GET', `/api/v1/files/${owner.body.id}/content`, {
      token: f.people.admin.token,
    });
    expect(down.status).toBe(200);
    const reads = await fresh.db.query(
      `SELECT actor_label FROM audit_events WHERE entity_type = 'file' AND entity_id = $1 AND action = 'read'`,
      [owner.body.id],
    );
    expect(reads.rows).toHaveLength(1);
    expect(reads.rows[0]!.actor_label).toContain(f.people.admin.email);
  });

  it('a posted entry keeps its attachments: add yes, remove never; a draft’s can be removed', async () => {
    const onPosted = await upload({
      entityType: 'ledger_entry',
      entityId: postedId,
      name: 'invoice.pdf',
      bytes: PDF,
    });
    expect(onPosted.status).toBe(201);
    const refused = await t.request('DELETE', `/api/v1/files/${onPosted.body.id}`, {
      token: f.people.owner.token,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/posted/);
    const list = await t.request('GET', `/api/v1/files?entityType=ledger_entry&entityId=${postedId}`, {
      token: f.people.owner.token,
    });
    expect(list.body).toMatchObject({ canUpload: true, canDelete: false });
    expect(list.body.items).toHaveLength(1);

    const onDraft = await upload({
      entityType: 'ledger_entry',
      entityId: draftId,
      name: 'wrong.txt',
      bytes: Buffer.from('oops'),
    });
    const removed = await t.request('DELETE', `/api/v1/files/${onDraft.body.id}`, {
      token: f.people.assistant.token,
    });
    expect(removed.status).toBe(204);
    expect(
      (await t.request('GET', `/api/v1/files/${onDraft.body.id}/content`, { token: f.people.owner.token }))
        .status,
    ).toBe(404);

    const events = await fresh.db.query<{
      action: string;
      changes: Record<string, { from: unknown; to: unknown }>;
    }>(
      `SELECT action, changes FROM audit_events WHERE entity_type = 'file' AND entity_id = ANY($1) ORDER BY seq`,
      [[onPosted.body.id, onDraft.body.id]],
    );
    expect(events.rows.map((e) => e.action)).toEqual(['create', 'create', 'delete']);
    expect(events.rows[0]!.changes.record!.to).toBe(`ledger_entry:${postedId}`);
    expect(events.rows[2]!.changes.sha256!.from).toBe(onDraft.body.sha256);
  });

  it('a record kind without a record rule is refused to everyone (deny by default)', async () => {
    const owner = f.people.owner;
    const up = await upload({
      entityType: 'test_unscoped',
      entityId: 'r1',
      name: 'a.txt',
      bytes: Buffer.from('a'),
    });
    expect(up.status).toBe(403);
    const list = await t.request('GET', '/api/v1/files?entityType=test_unscoped&entityId=r1', {
      token: owner.token,
    });
    expect(list.status).toBe(403);
    // A file that got there anyway (an older release, a restore) is not handed out either.
    await fresh.db.query(
      `INSERT INTO files (company_id, id, entity_type, entity_id, name, content_type, size, sha256, bytes)
       VALUES ($1, 'file_unscoped', 'test_unscoped', 'r1', 'a.txt', 'text/plain', 1, $2, $3)`,
      [f.company.id, 'a'.repeat(64), Buffer.from('a')],
    );
    const down = await t.request('GET', '/api/v1/files/file_unscoped/content', { token: owner.token });
    expect(down.status).toBe(403);
    expect(down.text).not.toBe('a');
    const del = await t.request('DELETE', '/api/v1/files/file_unscoped', { token: owner.token });
    expect(del.status).toBe(403);
  });

  it('a task in a department goes only to those who reach the department', async () => {
    const made = await t.request('POST', '/api/v1/work/tasks', {
      token: f.people.owner.token,
      body: { title: 'Audit prep', departmentId: f.deptB.id },
    });
    expect(made.status).toBe(201);
    const up = await upload({
      entityType: 'work_task',
      entityId: made.body.id,
      name: 'plan.txt',
      bytes: Buffer.from('plan'),
    });
    expect(up.status).toBe(201);
    // The fixture's assistant is in Accounting and dept A, not dept B.
    const a = f.people.assistant.token;
    expect((await t.request('GET', `/api/v1/files/${up.body.id}/content`, { token: a })).status).toBe(403);
    expect(
      (await t.request('GET', `/api/v1/files?entityType=work_task&entityId=${made.body.id}`, { token: a }))
        .status,
    ).toBe(403);
    expect((await t.request('DELETE', `/api/v1/files/${up.body.id}`, { token: a })).status).toBe(403);
    const theirs = await upload({
      entityType: 'work_task',
      entityId: made.body.id,
      name: 'x.txt',
      bytes: Buffer.from('x'),
      as: f.people.assistant,
    });
    expect(theirs.status).toBe(403);
    const auditor = await t.request('GET', `/api/v1/files/${up.body.id}/content`, {
      token: f.people.auditor.token,
    });
    expect(auditor.status).toBe(200);
    expect(auditor.text).toBe('plan');
  });

  it('a closed task keeps its attachments', async () => {
    const up = await upload({
      entityType: 'work_task',
      entityId: taskId,
      name: 'done.txt',
      bytes: Buffer.from('done'),
    });
    const done = await t.request('POST', `/api/v1/work/tasks/${taskId}/status`, {
      token: f.people.owner.token,
      body: { status: 'done' },
    });
    expect(done.status).toBe(200);
    const del = await t.request('DELETE', `/api/v1/files/${up.body.id}`, { token: f.people.owner.token });
    expect(del.status).toBe(409);
  });
});
