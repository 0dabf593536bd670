import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createRecurring,
  getEntry,
  importEntriesCsv,
  trialBalance,
  verifyLedger,
} from '../../src/modules/ledger/index.ts';
import {
  ctxOf,
  installLedgerPolicy,
  makeSupervision,
  type SupervisionFixture,
} from '../../src/modules/work/factories.ts';
import { listRequests } from '../../src/modules/work/index.ts';
import { startJobs } from '../../src/platform/jobs/index.ts';
import { testApp } from '../support/app.ts';
import { withFreshDatabase } from '../support/db.ts';
import { killAll, runCli } from '../support/process.ts';

/**
 * Bypass tests: the same `ledger.post` of 25,000 attempted through every path — HTTP API (single and batch),
 * the CLI (hledger import, a child process on DATABASE_URL), the CSV import and a background job (the
 * recurring-entries job through pg-boss) — stays pending until the Accounting manager and the controller
 * approve; then it posts once.
 */
const fresh = withFreshDatabase();
afterAll(killAll);

const LEASE = [
  { account: '6000', debit: '25000.00' },
  { account: '1000', credit: '25000.00' },
];

async function pendingIds(f: SupervisionFixture): Promise<string[]> {
  return (await listRequests(fresh.db, f.company.id, { status: 'pending' })).map((r) => r.entityId);
}

/** The first request is approved through the CLI (child processes), the rest through the API. */
async function approveAll(
  f: SupervisionFixture,
  entryIds: string[],
  app: ReturnType<typeof testApp>,
): Promise<void> {
  const env = { DATABASE_URL: fresh.url };
  for (const [i, id] of entryIds.entries()) {
    const [req] = await listRequests(fresh.db, f.company.id, { status: 'pending', entityId: id });
    expect(req, `a pending request for ${id}`).toBeDefined();
    for (const approver of [f.accountingManager, f.controller]) {
      if (i === 0) {
        const r = await runCli(
          [
            'approval',
            'approve',
            req!.id,
            '--comment',
            'checked',
            '--as',
            approver.email,
            '--company',
            f.company.id,
          ],
          { env },
        );
        expect(r.code, r.stderr).toBe(0);
      } else {
        const r = await app.request('POST', `/api/v1/work/approvals/${req!.id}/approve`, {
          token: approver.token,
          body: { comment: 'checked' },
        });
        expect(r.status, r.text).toBe(200);
      }
    }
  }
}

describe('no path goes around the approval policy', () => {
  it('API single and batch, CLI import, CSV import and a job all stay pending, then post exactly once', {
    timeout: 120_000,
  }, async () => {
    const f = await makeSupervision(fresh.db);
    const companyId = f.company.id;
    await installLedgerPolicy(fresh.db, f);
    const maker = f.people.manager; // may post (ledger.post), is not an approver of Accounting's policy
    const app = testApp(fresh.db);
    const held: string[] = [];

    const single = await app.request('POST', '/api/v1/ledger/entries', {
      token: maker.token,
      body: { date: '2026-04-01', description: 'API single', post: true, lines: LEASE },
    });
    expect(single.status, single.text).toBe(201);
    expect(single.body.status).toBe('pending_approval');
    held.push(single.body.id);

    const batch = await app.request('POST', '/api/v1/ledger/entries/batch', {
      token: maker.token,
      body: { entries: [{ date: '2026-04-02', description: 'API batch', lines: LEASE }] },
    });
    expect(batch.status, batch.text).toBe(201);
    expect(batch.body.entries[0].status).toBe('pending_approval');
    held.push(batch.body.entries[0].id);

    const env = { DATABASE_URL: fresh.url };
    const dir = mkdtempSync(join(tmpdir(), 'steward-bypass-'));
    const journal = join(dir, 'lease.journal');
    writeFileSync(
      journal,
      '2026-04-03 CLI import\n    expenses:rent    25000.00 EUR\n    assets:bank   -25000.00 EUR\n',
    );
    const cli = await runCli(
      [
        'ledger',
        'import',
        journal,
        '--format',
        'hledger',
        '--as',
        maker.email,
        '--company',
        companyId,
        '--json',
      ],
      { env },
    );
    expect(cli.code, cli.stderr).toBe(0);

    const csv = await importEntriesCsv(
      fresh.db,
      ctxOf(maker, companyId),
      'date,entry,description,account,debit,credit\n2026-04-04,1,CSV import,6000,25000.00,\n2026-04-04,1,CSV import,1000,,25000.00\n',
    );
    expect(csv.errors ?? []).toEqual([]);

    await fresh.db.tx((tx) =>
      createRecurring(tx, f.ctx, {
        name: 'Lease',
        rrule: 'FREQ=MONTHLY;COUNT=1',
        startDate: '2026-04-05',
        description: 'Job',
        lines: LEASE,
        post: true,
      }),
    );
    const jobs = await startJobs(fresh.db, pino({ level: 'silent' }), { work: true });
    try {
      const jobId = await jobs.enqueue({
        companyId,
        kind: 'ledger.recurring',
        payload: { through: '2026-04-30' },
      });
      const deadline = Date.now() + 20_000;
      let status = 'queued';
      while (Date.now() < deadline && status !== 'done' && status !== 'failed') {
        await new Promise((r) => setTimeout(r, 200));
        status = (
          await fresh.db.query<{ status: string }>('SELECT status FROM job_runs WHERE id = $1', [jobId])
        ).rows[0]!.status;
      }
      expect(status).toBe('done');
    } finally {
      await jobs.stop();
    }

    // Every path is held: nothing reached the books; one pending request per entry.
    const pending = await pendingIds(f);
    const descriptions = await Promise.all(
      pending.map(async (id) => (await getEntry(fresh.db, companyId, id)).description),
    );
    expect(descriptions.sort()).toEqual(['API batch', 'API single', 'CLI import', 'CSV import', 'Job']);
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('0.00');

    // The CLI lists them with the maker and the approvers still needed.
    const list = await runCli(['approval', 'list', '--status', 'pending', '--json', '--company', companyId], {
      env,
    });
    expect(list.code, list.stderr).toBe(0);
    const rows = JSON.parse(list.stdout) as {
      id: string;
      action: string;
      status: string;
      maker: string | null;
      approversNeeded: { approvers: string[] }[];
    }[];
    expect(rows).toHaveLength(5);
    const apiRow = rows.find((r) => r.maker === maker.email)!;
    expect(apiRow).toMatchObject({ action: 'ledger.post', status: 'pending' });
    expect(apiRow.approversNeeded.map((l) => l.approvers)).toEqual([
      [f.accountingManager.email],
      [f.controller.email],
    ]);

    // The maker cannot approve through the CLI or the API.
    const own = await runCli(
      ['approval', 'approve', apiRow.id, '--as', maker.email, '--company', companyId],
      { env },
    );
    expect(own.code).toBe(1);
    expect(own.stderr).toMatch(/You made this request/);
    const ownApi = await app.request('POST', `/api/v1/work/approvals/${apiRow.id}/approve`, {
      token: maker.token,
      body: {},
    });
    expect(ownApi.status).toBe(403);
    // The assistant (an Accounting member) cannot either: not an approver.
    const assistantApi = await app.request('POST', `/api/v1/work/approvals/${apiRow.id}/approve`, {
      token: f.people.assistant.token,
      body: {},
    });
    expect(assistantApi.status).toBe(403);

    await approveAll(f, pending, app);
    expect(await pendingIds(f)).toEqual([]);
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('125000.00');
    for (const id of pending) expect((await getEntry(fresh.db, companyId, id)).status).toBe('posted');
    // Approving again: 409 over the API, and the books do not move.
    const again = await app.request('POST', `/api/v1/work/approvals/${apiRow.id}/approve`, {
      token: f.controller.token,
      body: {},
    });
    expect(again.status).toBe(409);
    expect((await trialBalance(fresh.db, companyId, '2026-12-31')).totalDebit).toBe('125000.00');
    expect((await verifyLedger(fresh.db, companyId)).ok).toBe(true);
    expect(held).toHaveLength(2);
  });
});
