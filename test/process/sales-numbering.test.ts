import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../src/modules/ledger/index.ts';
import { makeSales } from '../../src/modules/sales/factories.ts';
import { createDrafts } from '../../src/modules/sales/index.ts';
import { withFreshDatabase } from '../support/db.ts';
import { killAll, runCli } from '../support/process.ts';

/**
 * Gapless legal numbers under concurrency: two `steward invoice issue --all-drafts` processes work through
 * the same pile of drafts at once (each takes batches with FOR UPDATE SKIP LOCKED, numbers come from the
 * counter row inside each issuing transaction). Together they must hand out exactly 1..N — no gap, no repeat
 * — and every issued invoice must have its ledger entry. Then the CLI reads them back.
 */
const fresh = withFreshDatabase();
afterAll(killAll);
const N = 600;

describe('invoice numbering across processes', () => {
  it(`two processes issue ${N} invoices: numbers 1..${N}, no gap, no repeat`, {
    timeout: 120_000,
  }, async () => {
    const f = await makeSales(fresh.db);
    await fresh.db.tx((tx) =>
      createDrafts(
        tx,
        f.ctx,
        Array.from({ length: N }, (_, i) => ({
          partyId: f.customer.id,
          issueDate: '2026-06-01',
          lines: [
            {
              description: `Item ${i}`,
              quantity: '1',
              unit: 'C62',
              unitPrice: `${100 + i}.50`,
              taxCode: 'S21',
            },
          ],
        })),
      ),
    );
    const env = { DATABASE_URL: fresh.url };
    const run = () =>
      runCli(['invoice', 'issue', '--all-drafts', '--batch', '15', '--json', '--company', f.companyId], {
        env,
        timeoutMs: 100_000,
      });
    const [a, b] = await Promise.all([run(), run()]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const fromA = JSON.parse(a.stdout) as { number: string }[];
    const fromB = JSON.parse(b.stdout) as { number: string }[];
    // Both processes really took part.
    expect(fromA.length).toBeGreaterThan(0);
    expect(fromB.length).toBeGreaterThan(0);
    const seqs = [...fromA, ...fromB].map((r) => Number.parseInt(r.number.split('-')[1] as string, 10));
    expect(seqs.length).toBe(N);
    expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    // The database agrees, and every invoice was posted exactly once.
    const db = await fresh.db.query<{ n: string; distinct: string; max: string; posted: string }>(
      `SELECT count(*)::text AS n, count(DISTINCT number)::text AS distinct, max(number_seq)::text AS max,
              count(DISTINCT ledger_entry_id)::text AS posted
         FROM sales_invoices WHERE company_id = $1 AND status = 'issued'`,
      [f.companyId],
    );
    expect(db.rows[0]).toEqual({ n: String(N), distinct: String(N), max: String(N), posted: String(N) });
    const verify = await verifyLedger(fresh.db, f.companyId);
    expect(JSON.stringify(verify)).not.toMatch(/"ok":false/);
    // `steward invoice list --json` as the acceptance check reads it.
    const list = await runCli(['invoice', 'list', '--json', '--company', f.companyId], { env });
    expect(list.code, list.stderr).toBe(0);
    const items = JSON.parse(list.stdout) as {
      number: string;
      status: string;
      total: string;
      currency: string;
      overdue: boolean;
      daysOverdue: number;
    }[];
    expect(items).toHaveLength(N);
    expect(items.every((i) => i.status === 'issued' && i.currency === 'CZK')).toBe(true);
    // Each item says whether it is overdue and by how many days (issue #11), consistently.
    expect(items.every((i) => typeof i.overdue === 'boolean' && i.overdue === i.daysOverdue > 0)).toBe(true);
    // `steward invoice export ID --format ubl|pdf --out FILE`
    const dir = mkdtempSync(join(tmpdir(), 'steward-export-'));
    const first = (items as unknown as { id: string }[])[0]?.id as string;
    for (const format of ['ubl', 'pdf']) {
      const out = join(dir, `inv.${format}`);
      const r = await runCli(
        ['invoice', 'export', first, '--format', format, '--out', out, '--company', f.companyId],
        { env },
      );
      expect(r.code, r.stderr).toBe(0);
      const head = readFileSync(out).subarray(0, 5).toString();
      expect(head).toBe(format === 'pdf' ? '%PDF-' : '<?xml');
    }
  });
});
