import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../../test/support/app.ts';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { AppError } from '../../kernel/errors.ts';
import { makeLedger } from './factories.ts';
import {
  createRecurring,
  listRecurring,
  occurrences,
  runRecurring,
  updateRecurring,
  verifyLedger,
} from './index.ts';

const fresh = withFreshDatabase();

const RENT = {
  name: 'Rent',
  description: 'Monthly rent',
  lines: [
    { account: '6000', debit: '800.00' },
    { account: '2000', credit: '800.00' },
  ],
};

async function entriesOf(companyId: string, templateId: string) {
  return (
    await fresh.db.query<{ d: string; status: string }>(
      `SELECT to_char(entry_date, 'YYYY-MM-DD') AS d, status FROM ledger_entries
        WHERE company_id = $1 AND source_type = 'recurring' AND source_id = $2 ORDER BY entry_date`,
      [companyId, templateId],
    )
  ).rows;
}

const hasDateutil = spawnSync('python3', ['-c', 'import dateutil.rrule']).status === 0;

describe('recurring entries', () => {
  it('generates a monthly rule over a year exactly once, even when two runs race', async () => {
    const l = await makeLedger(fresh.db);
    const t = await fresh.db.tx((tx) =>
      createRecurring(tx, l.ctx, {
        ...RENT,
        rrule: 'FREQ=MONTHLY;BYMONTHDAY=1',
        startDate: '2025-01-01',
        post: true,
      }),
    );
    const [a, b] = await Promise.all([
      runRecurring(fresh.db, l.ctx, { through: '2025-12-31' }),
      runRecurring(fresh.db, l.ctx, { through: '2025-12-31' }),
    ]);
    expect(a.failures).toEqual([]);
    expect(b.failures).toEqual([]);
    expect(a.generated.length + b.generated.length).toBe(12);
    const made = await entriesOf(l.companyId, t.id);
    expect(made.map((r) => r.d)).toEqual(
      Array.from({ length: 12 }, (_, m) => `2025-${String(m + 1).padStart(2, '0')}-01`),
    );
    expect(made.every((r) => r.status === 'posted')).toBe(true);
    // Running again generates nothing; running later generates only the new occurrences.
    expect((await runRecurring(fresh.db, l.ctx, { through: '2025-12-31' })).generated).toEqual([]);
    expect(
      (await runRecurring(fresh.db, l.ctx, { through: '2026-02-15' })).generated.map((g) => g.occurrence),
    ).toEqual(['2026-01-01', '2026-02-01']);
    const [row] = await listRecurring(fresh.db, l.companyId);
    expect(row).toMatchObject({ generated: 14, lastOccurrence: '2026-02-01' });
    expect((await verifyLedger(fresh.db, l.companyId)).ok).toBe(true);
  });

  it('leaves drafts by default, skips inactive templates, and reports a failing template without generating it', async () => {
    const l = await makeLedger(fresh.db);
    const t = await fresh.db.tx((tx) =>
      createRecurring(tx, l.ctx, {
        ...RENT,
        rrule: 'RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=3',
        startDate: '2025-03-01',
      }),
    );
    const r = await runRecurring(fresh.db, l.ctx, { through: '2025-12-31' });
    expect(r.generated.map((g) => [g.occurrence, g.status])).toEqual([
      ['2025-03-07', 'draft'],
      ['2025-03-14', 'draft'],
      ['2025-03-21', 'draft'],
    ]);
    expect((await entriesOf(l.companyId, t.id)).map((x) => x.status)).toEqual(['draft', 'draft', 'draft']);
    await fresh.db.tx((tx) => updateRecurring(tx, l.ctx, t.id, { active: false }));
    const late = await fresh.db.tx((tx) =>
      createRecurring(tx, l.ctx, {
        ...RENT,
        name: 'Late',
        rrule: 'FREQ=YEARLY',
        startDate: '2025-06-01',
        post: true,
      }),
    );
    // A year without a fiscal year: the template fails, nothing of it is kept, and it retries next time.
    const bad = await runRecurring(fresh.db, l.ctx, { through: '2027-12-31' });
    expect(bad.failures.map((f) => f.templateId)).toEqual([late.id]);
    expect(bad.failures[0]?.message).toMatch(/outside every fiscal year/);
    expect(await entriesOf(l.companyId, late.id)).toEqual([]);
    expect((await runRecurring(fresh.db, l.ctx, { through: '2026-12-31' })).generated.length).toBe(2);
  });

  it('refuses invalid rules and unbalanced lines', async () => {
    const l = await makeLedger(fresh.db);
    const code = async (input: Partial<Parameters<typeof createRecurring>[2]>) => {
      try {
        await fresh.db.tx((tx) =>
          createRecurring(tx, l.ctx, { ...RENT, rrule: 'FREQ=MONTHLY', startDate: '2025-01-01', ...input }),
        );
        return 'ok';
      } catch (err) {
        return err instanceof AppError ? err.code : String(err);
      }
    };
    expect(await code({ rrule: 'FREQ=SOMETIMES' })).toBe('validation');
    expect(await code({ rrule: 'FREQ=HOURLY' })).toBe('validation');
    expect(await code({ rrule: 'DTSTART:20250101T000000Z\nRRULE:FREQ=DAILY' })).toBe('validation');
    expect(
      await code({
        lines: [
          { account: '6000', debit: '1.00' },
          { account: '2000', credit: '2.00' },
        ],
      }),
    ).toBe('unbalanced_entry');
    expect(await code({})).toBe('ok');
  });

  it('serves CRUD and run over HTTP', async () => {
    const l = await makeLedger(fresh.db);
    const { makePerson } = await import('../org/factories.ts');
    const owner = await makePerson(fresh.db, l.companyId, { role: 'admin' });
    const app = testApp(fresh.db);
    const made = await app.request('POST', '/api/v1/ledger/recurring', {
      token: owner.token,
      body: { ...RENT, rrule: 'FREQ=MONTHLY;BYMONTHDAY=-1', startDate: '2025-01-01', post: true },
    });
    expect(made.status).toBe(201);
    const run = await app.request('POST', `/api/v1/ledger/recurring/${made.body.id}/run`, {
      token: owner.token,
      body: { through: '2025-03-31' },
    });
    expect(run.body.generated.map((g: { occurrence: string }) => g.occurrence)).toEqual([
      '2025-01-31',
      '2025-02-28',
      '2025-03-31',
    ]);
    const listed = await app.request('GET', '/api/v1/ledger/recurring', { token: owner.token });
    expect(listed.body.items[0].generated).toBe(3);
    expect(
      (await app.request('DELETE', `/api/v1/ledger/recurring/${made.body.id}`, { token: owner.token }))
        .status,
    ).toBe(409);
    const patched = await app.request('PATCH', `/api/v1/ledger/recurring/${made.body.id}`, {
      token: owner.token,
      body: { active: false },
    });
    expect(patched.body.active).toBe(false);
  });

  // The one guard allowed: this comparison needs Debian's python3-dateutil.
  it.skipIf(!hasDateutil)('agrees with python-dateutil’s rrulestr on a few rules', () => {
    const rules: [string, string][] = [
      ['FREQ=MONTHLY;BYMONTHDAY=31', '2025-01-01'],
      ['FREQ=MONTHLY;BYMONTHDAY=-1', '2024-01-15'],
      ['FREQ=MONTHLY;BYDAY=-1FR', '2025-01-01'],
      ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '2025-02-03'],
      ['FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29', '2023-01-01'],
      ['FREQ=MONTHLY;BYSETPOS=-1;BYDAY=MO,TU,WE,TH,FR', '2025-01-01'],
      ['FREQ=DAILY;INTERVAL=10;UNTIL=20250401', '2025-01-01'],
      ['FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15;COUNT=5', '2025-01-01'],
    ];
    const through = '2027-12-31';
    const script = `
import sys, json, datetime
from dateutil.rrule import rrulestr
out = []
for rule, start in json.loads(sys.argv[1]):
    s = datetime.datetime.strptime(start, '%Y-%m-%d')
    until = datetime.datetime(2027, 12, 31)
    out.append([d.strftime('%Y-%m-%d') for d in rrulestr(rule, dtstart=s).between(s, until, inc=True)])
print(json.dumps(out))`;
    const expected = JSON.parse(
      execFileSync('python3', ['-c', script, JSON.stringify(rules)], { encoding: 'utf8' }),
    );
    const ours = rules.map(([rule, start]) => occurrences(rule, start, through));
    expect(ours).toEqual(expected);
    expect(ours.every((o) => o.length > 0)).toBe(true);
  });
});
