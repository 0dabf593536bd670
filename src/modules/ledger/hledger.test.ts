import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dropFreshDatabase, freshDatabase, withFreshDatabase } from '../../../test/support/db.ts';
import { killAll, runCli } from '../../../test/support/process.ts';
import { AppError } from '../../kernel/errors.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany } from '../org/factories.ts';
import {
  compareWithHledger,
  HLEDGER,
  HLEDGER_MISSING,
  hledger,
  hledgerBalances,
  hledgerSections,
  stewardBalanceSheet,
  stewardIncome,
  stewardTrialBalance,
} from './hledger-oracle.ts';
import {
  exportBeancount,
  exportHledger,
  importJournal,
  parseAmount,
  parseCsv,
  parseJournalText,
  readJournalFile,
  readJournalText,
  resolveJournal,
  verifyLedger,
} from './index.ts';

const fresh = withFreshDatabase();
const FIX = '/work/shared/fixtures/ledger';
const tmp = mkdtempSync(join(tmpdir(), 'steward-hledger-'));
if (!HLEDGER) console.warn(`oracle tests skipped: ${HLEDGER_MISSING}`);
const oracle = HLEDGER ? describe : describe.skip;

async function company(currency = 'USD'): Promise<ServiceContext> {
  const { company } = await makeCompany(fresh.db, { baseCurrency: currency });
  return { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
}

function errorOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return (err as Error).message;
  }
}

async function asyncErrorOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (err) {
    return err instanceof AppError ? `${err.code}: ${err.message}` : String(err);
  }
}

const linesOf = (text: string) => resolveJournal(parseJournalText(text, 't.journal'), 'USD').entries;

describe('reading journals', () => {
  it('reads the amount forms', () => {
    const styles = new Map();
    const cases: [string, string, string][] = [
      ['10000.00 USD', 'USD', '10000.00'],
      ['USD 10000.00', 'USD', '10000.00'],
      ['$10.00', '$', '10.00'],
      ['-$10.00', '$', '-10.00'],
      ['$-10.00', '$', '-10.00'],
      ['-5 EUR', 'EUR', '-5'],
      ['1,000.00 USD', 'USD', '1000.00'],
      ['1.000.000,5 EUR', 'EUR', '1000000.5'],
      ['500.00€', '€', '500.00'],
      ['"AB C" 3', 'AB C', '3'],
      ['42', '', '42'],
    ];
    for (const [text, commodity, value] of cases) {
      const a = parseAmount(text, styles, '', null);
      expect(a, text).not.toBeNull();
      const shown = a
        ? `${a.q.n < 0n ? '-' : ''}${(a.q.n < 0n ? -a.q.n : a.q.n).toString().padStart(a.q.s + 1, '0')}`
        : '';
      const expected = value.replace('.', '');
      expect([a?.commodity, shown.replace(/^(-?)0+(?=\d)/, '$1')], text).toEqual([
        commodity,
        expected.replace(/^(-?)0+(?=\d)/, '$1'),
      ]);
      expect(a?.q.s, text).toBe(value.includes('.') ? (value.split('.')[1] ?? '').length : 0);
    }
    expect(parseAmount('ten USD', styles, '', null)).toBeNull();
  });

  it('uses the commodity directive for separators: 1,000 is a thousand, not one', () => {
    const e = linesOf(
      'commodity 1,000.00 USD\n2025-01-01 x\n    assets:a  1,000 USD\n    equity:b\n\n2025-01-02 y\n    assets:a  1.000,50 EUR\n    equity:b\n',
    );
    expect(e[0]?.input.lines[0]?.amount).toBe('1000');
    const noDirective = linesOf('2025-01-01 x\n    assets:a  1,000 USD\n    equity:b\n');
    expect(noDirective[0]?.input.lines[0]?.amount).toBe('1'); // hledger's reading of an ambiguous 1,000
  });

  it('computes the one elided amount, and refuses two', () => {
    const [e] = linesOf(
      '2025-01-01 x\n    expenses:a  10.00 USD\n    expenses:b  2.50 USD\n    assets:cash\n',
    );
    expect(e?.input.lines.map((l) => [l.account, l.amount])).toEqual([
      ['expenses:a', '10'],
      ['expenses:b', '2.5'],
      ['assets:cash', '-12.5'],
    ]);
    expect(errorOf(() => linesOf('2025-01-01 x\n    expenses:a  10 USD\n    assets:b\n    assets:c\n'))).toBe(
      't.journal:1: more than one posting without an amount (lines 3, 4); only one amount can be inferred.',
    );
    expect(errorOf(() => linesOf('\n2025-01-01 x\n    expenses:a  10 USD\n    assets:b  -9 USD\n'))).toMatch(
      /^t\.journal:2: this transaction does not balance: .*1 USD/,
    );
  });

  it('checks balance assertions in date order and names the line of a failing one', () => {
    const ok = `2025-01-02 b\n    assets:bank  200 USD = 1200 USD\n    equity:o\n\n2025-01-01 a\n    assets:bank  1000 USD\n    equity:o\n\n2025-01-03 c\n    assets:bank  = 1500 USD\n    equity:o\n`;
    const entries = linesOf(ok);
    expect(entries.map((e) => e.input.date)).toEqual(['2025-01-01', '2025-01-02', '2025-01-03']);
    expect(entries[2]?.input.lines[0]?.amount).toBe('300'); // a balance assignment
    const bad = ok.replace('= 1200 USD', '= 1300 USD');
    expect(errorOf(() => linesOf(bad))).toBe(
      't.journal:2: balance assertion failed: assets:bank is 1200 USD after this posting, the assertion says 1300 USD.',
    );
    const incl =
      '2025-01-01 a\n    assets:bank:x  5 USD\n    assets:bank:y  7 USD =* 7 USD\n    equity:o\n\n2025-01-02 z\n    assets:bank  1 USD =* 13 USD\n    equity:o\n';
    expect(linesOf(incl)).toHaveLength(2);
    const check =
      '2025-01-01 a\n    assets:bank  10 USD\n    equity:o\n\n2025-01-05 balance assets:bank 11 USD\n';
    expect(errorOf(() => linesOf(check))).toMatch(
      /^t\.journal:5: balance check failed: assets:bank is 10 USD/,
    );
  });

  it('keeps status, code, description, tags and memos', () => {
    const [e] = linesOf(
      '2025/01/03=2025/01/09 ! (INV-7) Acme | invoice 7  ; project: apollo, client: acme\n    ; note: more\n    assets:receivable  12.00 USD  ; due soon\n    income:sales\n',
    );
    expect(e?.input).toMatchObject({
      date: '2025-01-03',
      description: 'Acme | invoice 7',
      reference: 'INV-7',
      tags: { project: 'apollo', client: 'acme', note: 'more' },
    });
    expect(e?.input.lines[0]?.memo).toBe('due soon');
  });

  it('follows includes relative to the file, and names the included file in errors', () => {
    const dir = join(tmp, 'inc');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'main.journal'), 'account assets:bank  ; type: C\ninclude sub/2025.journal\n');
    writeFileSync(join(dir, 'sub', '2025.journal'), '2025-01-01 x\n    assets:bank  5 USD\n    equity:o\n');
    const j = readJournalFile(join(dir, 'main.journal'));
    expect(j.transactions).toHaveLength(1);
    writeFileSync(
      join(dir, 'sub', '2025.journal'),
      '2025-01-01 x\n    assets:bank  5 USD\n    equity:o  -4 USD\n',
    );
    expect(errorOf(() => resolveJournal(readJournalFile(join(dir, 'main.journal')), 'USD'))).toMatch(
      /^sub\/2025\.journal:1: this transaction does not balance/,
    );
    expect(errorOf(() => readJournalText('include nowhere.journal\n', 'm.journal', dir))).toBe(
      'm.journal:1: cannot read the included file nowhere.journal.',
    );
  });

  it('types accounts from type: tags or the usual names, and asks when it cannot tell', () => {
    const j = parseJournalText(
      'account Bank  ; type: C\naccount pasivos  ; type: Liability\n2025-01-01 x\n    Bank  5 USD\n    pasivos  -2 USD\n    Revenues:sales  -4 USD\n    Expense:x  1 USD\n',
      't.journal',
    );
    const types = Object.fromEntries(
      resolveJournal(j, 'USD').accounts.map((a) => [a.name, [a.type, a.subtype]]),
    );
    expect(types).toMatchObject({
      Bank: ['asset', 'cash'],
      pasivos: ['liability', null],
      'Revenues:sales': ['income', null],
      'Expense:x': ['expense', null],
    });
    expect(errorOf(() => linesOf('2025-01-01 x\n    stuff:a  5 USD\n    assets:b\n'))).toMatch(
      /^t\.journal:2: cannot tell the type of account "stuff:a"/,
    );
  });

  it('maps prices and conversions to rates, and refuses a journal in another currency', () => {
    const j = parseJournalText(
      'P 2025-01-01 EUR 1.10 USD\n2025-01-02 x\n    assets:eur  100 EUR @ 1.2 USD\n    assets:usd\n\n2025-01-03 y\n    assets:eur  10 EUR @@ 11.50 USD\n    assets:usd  -11.50 USD\n\n2025-01-04 z\n    assets:eur  3 EUR\n    assets:usd  -3.30 USD\n',
      't.journal',
    );
    const r = resolveJournal(j, 'USD');
    expect(r.rates).toEqual([{ currency: 'EUR', date: '2025-01-01', rate: '1.1' }]);
    expect(r.entries.map((e) => e.input.lines.map((l) => [l.amount, l.currency, l.rate ?? '']))).toEqual([
      [
        ['100', 'EUR', '1.2'],
        ['-120', 'USD', ''],
      ],
      [
        ['10', 'EUR', '1.15'],
        ['-11.5', 'USD', ''],
      ],
      [
        ['3', 'EUR', '1.1'],
        ['-3.3', 'USD', ''],
      ],
    ]);
    expect(
      errorOf(() =>
        resolveJournal(
          parseJournalText('2025-01-01 x\n    assets:a  5 EUR\n    equity:b\n', 'e.journal'),
          'USD',
        ),
      ),
    ).toMatch(
      /^e\.journal:1: this journal is kept in EUR, but the company's base currency is USD\. .*steward company create --name NAME --currency EUR/,
    );
  });

  it('reads CSV with quotes, doubled quotes and line breaks inside a field', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n3,\n')).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['x, y', 'say "hi"\nthere'], line: 2 },
      { cells: ['3', ''], line: 4 },
    ]);
  });
});

describe('importing journals', () => {
  it('imports bo.journal with hledger names, types, tags and a summary', async () => {
    const ctx = await company();
    const s = await importJournal(fresh.db, ctx, readJournalFile(`${FIX}/bo.journal`));
    expect(s).toMatchObject({ entries: 5, lines: 10, from: '2025-01-01', to: '2025-02-03', dryRun: false });
    expect(s.accountsCreated).toBe(12);
    const tb = await stewardTrialBalance(fresh.db, ctx.companyId, '2025-02-03');
    expect(Object.fromEntries(tb)).toEqual({
      'assets:bank:checking': 1040000n,
      'equity:opening': -1000000n,
      'expenses:rent': 80000n,
      'revenue:sales': -120000n,
    });
    const sub = await fresh.db.query(
      `SELECT full_name, type, subtype FROM ledger_accounts WHERE company_id = $1 AND full_name = 'assets:bank:checking'`,
      [ctx.companyId],
    );
    expect(sub.rows[0]).toEqual({ full_name: 'assets:bank:checking', type: 'asset', subtype: 'cash' });
    expect((await verifyLedger(fresh.db, ctx.companyId)).problems).toEqual([]);
  });

  it('imports hledger/sample.journal (dollar amounts, slash dates, out-of-order dates)', async () => {
    const ctx = await company();
    const s = await importJournal(fresh.db, ctx, readJournalFile(`${FIX}/hledger/sample.journal`));
    expect(s).toMatchObject({ entries: 5, from: '2008-06-01', to: '2018-01-01' });
    const tb = await stewardTrialBalance(fresh.db, ctx.companyId, '2018-12-31');
    expect(tb.get('expenses:food')).toBe(100n);
    expect(tb.get('assets:cash')).toBe(-200n);
  });

  it('is all or nothing: a dry run and a failing journal write nothing', async () => {
    const ctx = await company();
    const text =
      '2025-01-01 a\n    assets:bank  10 USD\n    equity:o\n\n2025-01-02 b\n    assets:bank  5 USD\n    equity:o\n';
    const dry = await importJournal(fresh.db, ctx, readJournalText(text, 'ok.journal'), { dryRun: true });
    expect(dry).toMatchObject({ entries: 2, dryRun: true, accountsCreated: 4 });
    const count = async () =>
      (
        await fresh.db.query<{ n: string }>(
          'SELECT (SELECT count(*) FROM ledger_entries WHERE company_id = $1) + (SELECT count(*) FROM ledger_accounts WHERE company_id = $1) AS n',
          [ctx.companyId],
        )
      ).rows[0]?.n;
    expect(await count()).toBe('0');
    const bad = `${text}\n2025-01-03 c\n    assets:bank  1.005 USD\n    equity:o\n`;
    expect(await asyncErrorOf(importJournal(fresh.db, ctx, readJournalText(bad, 'bad.journal')))).toBe(
      'validation: bad.journal:10: USD amounts have at most 2 decimals; 1.005 has more.',
    );
    expect(await count()).toBe('0');
  });

  it('posts in chunks and reports progress', async () => {
    const ctx = await company();
    const tx = Array.from(
      { length: 23 },
      (_, i) =>
        `2025-01-${String((i % 28) + 1).padStart(2, '0')} t${i}\n    expenses:x  ${i + 1}.00 USD\n    assets:cash\n`,
    ).join('\n');
    const seen: [number, number][] = [];
    const s = await importJournal(fresh.db, ctx, readJournalText(tx, 'c.journal'), {
      chunkSize: 10,
      onProgress: (d, t) => seen.push([d, t]),
    });
    expect(s.entries).toBe(23);
    expect(seen).toEqual([
      [0, 23],
      [10, 23],
      [20, 23],
      [23, 23],
    ]);
  });

  it('exports each entry once, in number order, when entry numbers pass 9 on one date and a batch ends there', async () => {
    // Entry numbers 1..12 on one date, batches of 7: ordering the numbers as text ("1", "10", "11", "12", "2", …)
    // against a numeric keyset repeated 10–12 in the second batch (seed 160138836 of the property test).
    const ctx = await company();
    const tx = Array.from(
      { length: 12 },
      (_, i) => `2025-01-01 t${i + 1}\n    expenses:x  ${i + 1}.00 USD\n    assets:cash\n`,
    ).join('\n');
    await importJournal(fresh.db, ctx, readJournalText(tx, 'n.journal'));
    for (const batchSize of [7, 5, 1, 2000]) {
      let text = '';
      const done = await exportHledger(
        fresh.db,
        ctx.companyId,
        (t) => {
          text += t;
        },
        { batchSize },
      );
      expect(done, `batchSize ${batchSize}`).toEqual({ entries: 12, lines: 24 });
      const order = [...text.matchAll(/^2025-01-01 \* t(\d+)$/gm)].map((m) => Number(m[1]));
      expect(order, `batchSize ${batchSize}`).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      const again = await company();
      await importJournal(fresh.db, again, readJournalText(text, 'export.journal'));
      expect(await stewardTrialBalance(fresh.db, again.companyId, '2025-01-31')).toEqual(
        await stewardTrialBalance(fresh.db, ctx.companyId, '2025-01-31'),
      );
    }
  });
});

oracle('hledger as the oracle', () => {
  it('bo.journal: TB, IS and BS equal hledger bal/is/bs on several dates', async () => {
    const ctx = await company();
    const file = `${FIX}/bo.journal`;
    await importJournal(fresh.db, ctx, readJournalFile(file));
    for (const d of ['2025-01-01', '2025-01-05', '2025-01-20', '2025-01-31', '2025-02-03', '2026-01-01']) {
      const c = await compareWithHledger(fresh.db, ctx.companyId, file, d, '2025-01-01');
      expect(c.steward, d).toEqual(c.hledger);
    }
    const is = hledgerSections(file, ['is', '--begin', '2025-01-01', '--end', '2025-02-04']);
    const mine = await stewardIncome(fresh.db, ctx.companyId, '2025-01-01', '2025-02-03');
    expect(Object.fromEntries(mine)).toEqual({
      ...Object.fromEntries([...(is.get('Revenues') ?? [])].map(([k, v]) => [k, -v])),
      ...Object.fromEntries(is.get('Expenses') ?? []),
    });
    const bs = hledgerSections(file, ['bs', '--end', '2025-02-04']);
    const sb = await stewardBalanceSheet(fresh.db, ctx.companyId, '2025-02-03');
    expect(sb.assets).toEqual(bs.get('Assets'));
    expect(sb.liabilities).toEqual(bs.get('Liabilities'));
  });

  it('hledger/sample.journal: TB equals hledger bal on several dates', async () => {
    const ctx = await company();
    const file = `${FIX}/hledger/sample.journal`;
    await importJournal(fresh.db, ctx, readJournalFile(file));
    for (const d of ['2008-06-01', '2008-06-02', '2008-12-31', '2017-12-31', '2018-01-01']) {
      const c = await compareWithHledger(fresh.db, ctx.companyId, file, d, '2008-01-01');
      expect(c.steward, d).toEqual(c.hledger);
    }
  });

  it('export passes hledger check (file and stdin), and hledger bal equals the trial balance', async () => {
    const ctx = await company();
    const src = `${FIX}/bo.journal`;
    await importJournal(fresh.db, ctx, readJournalFile(src));
    let text = '';
    const done = await exportHledger(
      fresh.db,
      ctx.companyId,
      (t) => {
        text += t;
      },
      { batchSize: 2 },
    );
    expect(done).toEqual({ entries: 5, lines: 10 });
    const out = join(tmp, 'export.journal');
    writeFileSync(out, text);
    hledger(['-f', out, 'check', 'accounts', 'commodities', 'ordereddates']);
    hledger(['-f', '-', 'check'], text);
    expect(text).toMatch(/^account assets:bank:checking {2}; type: C$/m);
    expect(text).toMatch(/^commodity 1000\.00 USD$/m);
    for (const d of ['2025-01-05', '2025-02-03']) {
      const tb = await stewardTrialBalance(fresh.db, ctx.companyId, d);
      expect(hledgerBalances(out, ['--end', d === '2025-01-05' ? '2025-01-06' : '2025-02-04'])).toEqual(tb);
    }
    // Re-imported into a fresh company, the export gives the same books.
    const again = await company();
    await importJournal(fresh.db, again, readJournalText(text, 'export.journal'));
    expect(await stewardTrialBalance(fresh.db, again.companyId, '2025-02-03')).toEqual(
      await stewardTrialBalance(fresh.db, ctx.companyId, '2025-02-03'),
    );
  });

  it('multi-currency: prices give rates, hledger bal -B equals the base-currency trial balance', async () => {
    const ctx = await company();
    const text =
      'commodity 1000.00 USD\ncommodity 1000.00 EUR\nP 2025-01-01 EUR 1.10 USD\n\n2025-01-02 x\n    assets:eur  100.00 EUR @ 1.2 USD\n    equity:o\n\n2025-01-03 y\n    assets:eur  10.00 EUR @@ 11.50 USD\n    assets:usd  -11.50 USD\n\n2025-01-04 z\n    expenses:fx  3.33 EUR @ 1.1111 USD\n    assets:usd  -3.70 USD\n';
    const file = join(tmp, 'fx.journal');
    writeFileSync(file, text);
    await importJournal(fresh.db, ctx, readJournalFile(file));
    const tb = await stewardTrialBalance(fresh.db, ctx.companyId, '2025-01-31');
    expect(tb).toEqual(hledgerBalances(file, ['-B', '--end', '2025-02-01']));
    let exported = '';
    await exportHledger(fresh.db, ctx.companyId, (t) => {
      exported += t;
    });
    const out = join(tmp, 'fx-export.journal');
    writeFileSync(out, exported);
    hledger(['-f', out, 'check', 'accounts', 'commodities']);
    expect(hledgerBalances(out, ['-B'])).toEqual(tb);
  });
});

describe('beancount export', () => {
  it('writes open directives, the operating currency and balanced transactions', async () => {
    const ctx = await company();
    await importJournal(fresh.db, ctx, readJournalFile(`${FIX}/bo.journal`));
    let text = '';
    const done = await exportBeancount(fresh.db, ctx.companyId, (t) => {
      text += t;
    });
    expect(done.entries).toBe(5);
    expect(text).toContain('option "operating_currency" "USD"');
    expect(text).toMatch(/^2025-01-01 open Assets:Bank:Checking$/m);
    expect(text).toMatch(/^2025-01-01 open Income:Sales$/m);
    expect(text).toContain('2025-01-05 * "Invoice INV-1001 | Acme Corp"\n');
    expect(text).toMatch(/^ {2}Income:Sales {2}-1200\.00 USD$/m);
  });
});

describe('the steward command', () => {
  afterAll(() => killAll());

  it('imports bo.journal and prints a trial balance with hledger names whose columns agree', async () => {
    const db = await freshDatabase();
    try {
      const env = { DATABASE_URL: db.url };
      const made = await runCli(['company', 'create', '--name', 'Books', '--currency', 'USD'], { env });
      expect(made.code, made.stderr).toBe(0);
      const imp = await runCli(['ledger', 'import', '--format', 'hledger', `${FIX}/bo.journal`], {
        env,
        timeoutMs: 60_000,
      });
      expect(imp.code, imp.stderr).toBe(0);
      expect(imp.stdout).toMatch(/12 accounts created, 5 entries, 10 lines, 2025-01-01 to 2025-02-03/);
      expect(imp.stderr).toContain('posting: 5/5 entries');
      const tb = await runCli(['report', 'trial-balance', '--as-of', '2025-02-03', '--format', 'csv'], {
        env,
      });
      expect(tb.code, tb.stderr).toBe(0);
      const rows = parseCsv(tb.stdout);
      expect(rows[0]?.cells).toEqual(['code', 'account', 'debit', 'credit']);
      const names = rows.slice(1).map((r) => r.cells[1]);
      const expected = HLEDGER
        ? [...hledgerBalances(`${FIX}/bo.journal`, ['--end', '2025-02-04']).keys()]
        : ['assets:bank:checking', 'equity:opening', 'expenses:rent', 'revenue:sales'];
      expect(names.sort()).toEqual(expected.sort());
      const sum = (i: number) =>
        rows.slice(1).reduce((s, r) => s + Number.parseInt((r.cells[i] || '0').replace('.', ''), 10), 0);
      expect(sum(2)).toBe(sum(3));
      expect(sum(2)).toBe(1120000);
      const bad = join(tmp, 'bad.journal');
      writeFileSync(bad, '2025-03-01 x\n    assets:bank:checking  5 USD = 7 USD\n    equity:opening\n');
      const failed = await runCli(['ledger', 'import', '--format', 'hledger', bad], { env });
      expect(failed.code).toBe(2);
      expect(failed.stderr).toMatch(/bad\.journal:2: balance assertion failed/);
      const exp = await runCli(['ledger', 'export', '--format', 'hledger'], { env });
      expect(exp.code, exp.stderr).toBe(0);
      if (HLEDGER) hledger(['-f', '-', 'check'], exp.stdout);
      expect(exp.stdout).toContain('2025-01-05 * Invoice INV-1001 | Acme Corp');
    } finally {
      await dropFreshDatabase(db);
    }
  }, 90_000);
});
