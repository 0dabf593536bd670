import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePurchasing, type PurchasingFixture } from '../../src/modules/purchasing/factories.ts';
import { buildUbl } from '../../src/platform/formats/ubl/factories.ts';
import { writeUbl } from '../../src/platform/formats/ubl/index.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** `steward bill capture|import-ubl|list|submit|post` as a child process. */
describe('steward bill CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let f: PurchasingFixture;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    f = await makePurchasing(fresh.db);
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('captures the sample PDF into a draft, imports UBL, lists as JSON, submits and posts', async () => {
    const co = ['--company', f.companyId];
    const cap = await runCli(
      ['bill', 'capture', 'assets/demo/vendor-invoice-cz.pdf', '--account', '6100', '--json', ...co],
      { env },
    );
    expect(cap.code).toBe(0);
    const captured = JSON.parse(cap.stdout) as {
      method: string;
      bill: { id: string; total: string; vendorId: string };
    };
    expect(captured.method).toBe('pdf_text');
    expect(captured.bill).toMatchObject({ total: '10406.00', vendorId: f.vendor.id });

    const file = join(tmpdir(), `ubl-${process.pid}.xml`);
    writeFileSync(
      file,
      writeUbl(
        buildUbl({
          number: 'CLI-UBL-1',
          currency: 'CZK',
          seller: {
            name: 'Tiskárna Morava a.s.',
            vatId: 'CZ55443322',
            endpoint: { scheme: '9929', id: 'CZ55443322' },
          },
          lines: [{ name: 'Letáky', quantity: '100', price: '3', category: 'S', percent: '21' }],
        }),
      ),
    );
    const refused = await runCli(['bill', 'import-ubl', file, '--account', '6100', ...co], { env });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('createVendor');
    const imported = await runCli(
      ['bill', 'import-ubl', file, '--account', '6100', '--create-vendor', '--json', ...co],
      { env },
    );
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      vendorCreated: true,
      bill: { total: '363.00', status: 'draft' },
    });

    const list = await runCli(['bill', 'list', '--json', ...co], { env });
    const bills = JSON.parse(list.stdout) as { id: string; number: string; source: string }[];
    expect(bills.map((b) => b.number).sort()).toEqual(['2026-1187', 'CLI-UBL-1']);

    expect((await runCli(['bill', 'post', captured.bill.id, ...co], { env })).stderr).toMatch(
      /must be approved/,
    );
    const submitted = await runCli(['bill', 'submit', captured.bill.id, '--json', ...co], { env });
    expect(JSON.parse(submitted.stdout)).toMatchObject({ status: 'approved' });
    const posted = await runCli(['bill', 'post', captured.bill.id, '--json', ...co], { env });
    expect(JSON.parse(posted.stdout)).toMatchObject({
      status: 'posted',
      entryId: expect.stringMatching(/^je_/),
    });
    // Each bill in the JSON says whether it is overdue and by how many days (issue #11), as the filter does.
    const today = new Date().toISOString().slice(0, 10);
    const dueDate = JSON.parse(posted.stdout).dueDate as string;
    const overdue = await runCli(['bill', 'list', '--status', 'overdue', '--json', ...co], { env });
    const late = JSON.parse(overdue.stdout) as { id: string; overdue: boolean; daysOverdue: number }[];
    expect(late.map((b) => b.id)).toEqual(dueDate < today ? [captured.bill.id] : []);
    expect(late.every((b) => b.overdue && b.daysOverdue > 0)).toBe(true);
  }, 180_000);
});
