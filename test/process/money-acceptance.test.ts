import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPain001 } from '../../src/platform/formats/sepa/pain001.ts';
import { dropFreshDatabase, type FreshDatabase, freshDatabase } from '../support/db.ts';
import { killAll, runCli } from '../support/process.ts';
import { validateCenUbl } from '../support/schematron.ts';
import { sharedPath } from '../support/shared-dir.ts';

/**
 * Issue #5's "Done when", end to end through the real `steward` command against one demo database:
 * `steward demo` once, then every issued invoice's UBL through the CEN EN 16931 schematron, every released
 * payment run's bank file through its oracle (SEPA: the EPC XSD with xmllint and checkPain001; NACHA:
 * achcheck.py), and the shared fixture statements (OFX, CAMT.053) imported and imported again without
 * duplicates.
 */
const EPC_XSD = () =>
  sharedPath('fixtures', 'iso20022', 'epc', 'EPC132-08_2023_V1.0_SCT_C2PSP_pain.001.001.09.xsd');
const SLOW = { timeoutMs: 120_000 };

interface Listed {
  id: string;
  number: string | null;
  status: string;
  kind: string;
}
interface Run {
  id: string;
  format: 'sepa' | 'nacha';
  status: string;
  currency: string;
}
interface Imported {
  imported: number;
  duplicates: number;
  statements: { id: string | null }[];
}
interface Account {
  id: string;
  currency: string;
  iban: string | null;
}

describe('issue #5 acceptance on the demo company, through the CLI', () => {
  let fresh: FreshDatabase;
  let env: Record<string, string>;
  let co: string[];
  const dir = mkdtempSync(join(tmpdir(), 'steward-acceptance-'));
  const cli = async (args: string[]) => {
    const r = await runCli([...args, ...co], { env, ...SLOW });
    expect(r.code, `steward ${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout;
  };

  beforeAll(async () => {
    fresh = await freshDatabase();
    env = { DATABASE_URL: fresh.url };
    const demo = await runCli(['demo'], { env, timeoutMs: 240_000 });
    expect(demo.code, demo.stderr).toBe(0);
    const companyId = /Demo company (co_\w+)/.exec(demo.stdout)?.[1];
    expect(companyId, demo.stdout).toBeDefined();
    co = ['--company', companyId as string];
  }, 300_000);
  afterAll(async () => {
    await killAll();
    if (fresh) await dropFreshDatabase(fresh);
  });

  it('every issued invoice of the demo exports as UBL that passes the CEN schematron with no fatal assertion', async () => {
    const all = JSON.parse(await cli(['invoice', 'list', '--json'])) as Listed[];
    const issued = all.filter((i) => i.status !== 'draft');
    // The demo issues invoices in USD, EUR and CZK, some paid by the payments demo.
    expect(issued.length).toBeGreaterThanOrEqual(5);
    expect(new Set(issued.map((i) => i.status))).toContain('paid');
    const failures: string[] = [];
    for (const inv of issued) {
      const out = join(dir, `${inv.id}.xml`);
      await cli(['invoice', 'export', inv.id, '--format', 'ubl', '--out', out]);
      const fatal = validateCenUbl(readFileSync(out, 'utf8')).filter((f) => f.flag !== 'warning');
      for (const f of fatal) failures.push(`${inv.number}: ${f.id} ${f.flag} ${f.text}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);

  it('every released payment run writes a bank file its oracle accepts (SEPA: EPC XSD + checks; NACHA: achcheck.py)', async () => {
    const runs = (JSON.parse(await cli(['payment-run', 'list', '--json'])) as Run[]).filter(
      (r) => r.status !== 'draft' && r.status !== 'cancelled',
    );
    expect(runs.map((r) => r.format).sort()).toEqual(['nacha', 'sepa']);
    for (const run of runs) {
      const out = join(dir, `${run.id}.${run.format === 'sepa' ? 'xml' : 'ach'}`);
      await cli(['payment-run', 'export', run.id, '--format', run.format, '--out', out]);
      if (run.format === 'sepa') {
        execFileSync('xmllint', ['--noout', '--schema', EPC_XSD(), out], { stdio: 'pipe' });
        expect(checkPain001(readFileSync(out, 'utf8'))).toEqual([]);
      } else {
        const verdict = execFileSync('python3', [sharedPath('oracles', 'achcheck.py'), out], {
          encoding: 'utf8',
        });
        expect(verdict.trim()).toBe(`${out} OK`);
      }
    }
  }, 300_000);

  it('the fixture statements import, and importing them again adds nothing', async () => {
    const accounts = JSON.parse(await cli(['bank', 'accounts', '--json'])) as Account[];
    const eur = accounts.find((a) => a.iban === 'DE89370400440532013000');
    expect(eur, 'the demo EUR account holds the CAMT fixture’s IBAN').toBeDefined();
    // The OFX fixtures are a New Zealand savings account and a US one: give each a ledger account and a bank account.
    const chart = join(dir, 'accounts.csv');
    writeFileSync(
      chart,
      'code,name,type\n1901,Savings NZD (OFX fixture),asset\n1902,Ally savings (OFX fixture),asset\n',
    );
    await cli(['ledger', 'accounts', 'import', chart]);
    const open = async (name: string, currency: string, ledger: string, number: string) =>
      (
        await cli([
          'bank',
          'add-account',
          '--name',
          name,
          '--currency',
          currency,
          '--ledger',
          ledger,
          '--account-number',
          number,
        ])
      ).trim();
    const nzd = await open('Savings NZD', 'NZD', '1901', '1234567-00');
    const usd = await open('Ally savings', 'USD', '1902', 'XXXXXXXXXX');
    const cases: [string, 'ofx' | 'camt053', string, number][] = [
      [
        eur?.id as string,
        'camt053',
        sharedPath('fixtures', 'iso20022', 'example-camt.053.001.12-valid.xml'),
        1,
      ],
      [nzd, 'ofx', sharedPath('fixtures', 'ofx', 'example1.ofx'), 5],
      [usd, 'ofx', sharedPath('fixtures', 'ofx', 'example-xml.qfx'), 1],
    ];
    for (const [account, format, file, lines] of cases) {
      const bankImport = async () =>
        JSON.parse(
          await cli(['bank', 'import', '--account', account, '--format', format, file, '--json']),
        ) as Imported;
      const first = await bankImport();
      expect(first.imported, file).toBe(lines);
      const again = await bankImport();
      expect(again, file).toMatchObject({ imported: 0, duplicates: first.imported });
      // The lines are kept once, on the first import's statement.
      const statements = JSON.parse(await cli(['bank', 'statements', '--account', account, '--json'])) as {
        id: string;
        lineCount: number;
      }[];
      const ids = new Set(first.statements.map((st) => st.id));
      const kept = statements.filter((st) => ids.has(st.id));
      expect(
        kept.reduce((n, st) => n + st.lineCount, 0),
        JSON.stringify(statements),
      ).toBe(first.imported);
    }
  }, 300_000);
});
