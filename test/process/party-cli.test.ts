import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCompany } from '../../src/modules/org/factories.ts';
import { randomIban } from '../../src/modules/parties/factories.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { runCli } from '../support/process.ts';

/** `steward party import|list|export` as a child process. */
describe('steward party CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let companyId: string;
  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    companyId = (await makeCompany(fresh.db, { baseCurrency: 'EUR' })).company.id;
  });
  afterAll(async () => {
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('imports with a dry run, lists as JSON and exports CSV and XLSX', async () => {
    const co = ['--company', companyId];
    const file = join(tmpdir(), `parties-${process.pid}.csv`);
    const iban = randomIban('ES');
    writeFileSync(
      file,
      `code,legal_name,role,country,iban\nE1,Olivos del Sur S.A.,customer,ES,${iban}\nE2,Broken,vendor,ES,ES00${iban.slice(4)}\n`,
    );
    const dry = await runCli(['party', 'import', file, '--dry-run', ...co], { env });
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain('line 3 iban');
    writeFileSync(
      file,
      `code,legal_name,role,country,iban\nE1,Olivos del Sur S.A.,customer,ES,${iban}\nE3,Hierro SL,vendor,ES,\n`,
    );
    const ok = await runCli(['party', 'import', file, '--dry-run', ...co], { env });
    expect(ok.stdout).toBe('dry run: 2 rows ok (2 new, 0 updates), nothing written\n');
    const real = await runCli(['party', 'import', file, ...co], { env });
    expect(real.stdout).toBe('2 created, 0 updated, 1 bank accounts added\n');
    const list = await runCli(['party', 'list', '--role', 'customer', '--json', ...co], { env });
    expect(list.code).toBe(0);
    const items = JSON.parse(list.stdout) as { code: string; customer: boolean }[];
    expect(items.map((p) => p.code)).toEqual(['E1']);
    const out = join(tmpdir(), `parties-${process.pid}-out.csv`);
    const exp = await runCli(['party', 'export', '--format', 'csv', '--out', out, ...co], { env });
    expect(exp.stdout).toBe(`2 parties written to ${out}\n`);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('E3,Hierro SL,vendor');
    expect(text).not.toContain(iban);
    const xlsx = join(tmpdir(), `parties-${process.pid}-out.xlsx`);
    expect((await runCli(['party', 'export', '--format', 'xlsx', '--out', xlsx, ...co], { env })).code).toBe(
      0,
    );
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const bad = await runCli(['party', 'list', '--role', 'boss', ...co], { env });
    expect(bad.code).toBe(2);
  }, 180_000);
});
