import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDraft, makeSales, type SalesFixture } from '../../src/modules/sales/factories.ts';
import { issueInvoices } from '../support/compose.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** `steward report ar-aging|cash-forecast`, `steward statement`, `steward dunning run` as a child process. */
describe('steward receivables CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let f: SalesFixture;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    f = await makeSales(fresh.db);
    const a = await makeDraft(fresh.db, f, { issueDate: '2026-01-05', dueDate: '2026-01-19' });
    const b = await makeDraft(fresh.db, f, { issueDate: '2026-03-20', dueDate: '2026-04-20' });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id, b.id]));
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('prints AR aging CSV, a forecast, writes a statement PDF and lists dunning', async () => {
    const co = ['--company', f.companyId];
    const aging = await runCli(['report', 'ar-aging', '--as-of', '2026-04-01', '--format', 'csv', ...co], {
      env,
    });
    expect(aging.stderr).toBe('');
    expect(aging.stdout).toBe(
      'party,currency,current,1-30,31-60,61-90,over-90,total\nAcme Trading s.r.o.,CZK,18855.40,0.00,0.00,18855.40,0.00,37710.80\n',
    );
    const bad = await runCli(['report', 'ar-aging', '--as-of', '2026-02-30', ...co], { env });
    expect(bad.code).toBe(2);
    const forecast = await runCli(
      ['report', 'cash-forecast', '--as-of', '2026-04-01', '--currency', 'CZK', '--weeks', '3', ...co],
      {
        env,
      },
    );
    expect(forecast.stdout.split('\n').slice(0, 2)).toEqual([
      'week_start,week_end,inflow,outflow,net,cumulative',
      '2026-04-01,2026-04-07,18855.40,0.00,18855.40,18855.40',
    ]);
    const out = join(tmpdir(), `statement-${process.pid}.pdf`);
    const st = await runCli(['statement', f.customer.code, '--as-of', '2026-04-01', '--out', out, ...co], {
      env,
    });
    expect(st.stdout).toBe(`statement of Acme Trading s.r.o. written to ${out}\n`);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const dun = await runCli(['dunning', 'run', '--as-of', '2026-04-01', '--levels', '1,60:100', ...co], {
      env,
    });
    expect(dun.stdout).toBe(
      'party,currency,level,max_days_overdue,overdue,fee,email\nAcme Trading s.r.o.,CZK,2,72,18855.40,100.00,billing@acme.example\n',
    );
    const sent = await runCli(['dunning', 'run', '--as-of', '2026-04-01', '--send', ...co], { env });
    expect(sent.stdout).toBe('1 letter(s) queued\n');
  }, 180_000);
});
