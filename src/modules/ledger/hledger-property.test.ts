import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withFreshDatabase } from '../../../test/support/db.ts';
import { type ServiceContext, SYSTEM_ACTOR } from '../../platform/context.ts';
import { makeCompany } from '../org/factories.ts';
import {
  compareWithHledger,
  HLEDGER,
  HLEDGER_MISSING,
  hledger,
  hledgerBalances,
  nextDay,
  stewardTrialBalance,
} from './hledger-oracle.ts';
import { exportHledger, importJournal, readJournalFile, readJournalText } from './index.ts';

/**
 * Property: random valid journals (account trees of depth 1–4 under the five top-level types, 1–60 dates over
 * two years, 2–5 postings per transaction with one elided, some reversals) give the same TB, IS and BS in
 * Steward as in hledger on random dates, and export → re-import into a fresh company gives identical books.
 */
const fresh = withFreshDatabase();
const tmp = mkdtempSync(join(tmpdir(), 'steward-prop-'));
if (!HLEDGER) console.warn(`property oracle tests skipped: ${HLEDGER_MISSING}`);
const oracle = HLEDGER ? describe : describe.skip;

const ROOTS = [
  ['assets', 'A'],
  ['liabilities', 'L'],
  ['equity', 'E'],
  ['income', 'R'],
  ['revenues', 'R'],
  ['expenses', 'X'],
] as const;
const SEGMENTS = ['bank', 'cash', 'ops', 'north', 'south', 'misc', 'a1', 'b2', 'fees', 'rent'];
const day0 = Date.UTC(2024, 0, 1);
const isoDay = (n: number) => new Date(day0 + n * 86_400_000).toISOString().slice(0, 10);

const accountArb = fc
  .tuple(
    fc.integer({ min: 0, max: ROOTS.length - 1 }),
    fc.array(fc.constantFrom(...SEGMENTS), { minLength: 0, maxLength: 3 }),
  )
  .map(([r, segs]) => [ROOTS[r]?.[0] ?? 'assets', ...segs].join(':'));

const postingArb = fc.tuple(
  fc.integer({ min: 0, max: 99 }),
  fc.integer({ min: -500_000, max: 500_000 }).filter((n) => n !== 0),
);

const journalArb = fc.record({
  accounts: fc.uniqueArray(accountArb, { minLength: 3, maxLength: 14 }),
  days: fc.uniqueArray(fc.integer({ min: 0, max: 730 }), { minLength: 1, maxLength: 60 }),
  txns: fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 59 }),
      postings: fc.array(postingArb, { minLength: 1, maxLength: 4 }),
      elided: fc.integer({ min: 0, max: 99 }),
      reverse: fc.option(fc.integer({ min: 0, max: 30 }), { freq: 4 }),
    }),
    { minLength: 1, maxLength: 40 },
  ),
  style: fc.constantFrom('suffix', 'prefix', 'dollar', 'grouped'),
  declare: fc.boolean(),
  checks: fc.array(fc.integer({ min: -20, max: 760 }), { minLength: 2, maxLength: 3 }),
});

type Spec =
  fc.Arbitrary<unknown> extends never ? never : typeof journalArb extends fc.Arbitrary<infer T> ? T : never;

function amount(cents: number, style: Spec['style']): string {
  const neg = cents < 0;
  const abs = Math.abs(cents);
  let num = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  if (style === 'grouped') num = num.replace(/\B(?=(\d{3})+\.)/g, ',');
  const s = neg ? '-' : '';
  if (style === 'prefix') return `USD ${s}${num}`;
  if (style === 'dollar') return `${s}$${num}`;
  return `${s}${num} USD`;
}

/** Writes the journal; returns it with the dates to check. */
function render(spec: Spec): { text: string; dates: string[] } {
  const days = [...spec.days].sort((a, b) => a - b);
  const out: string[] = [spec.style === 'dollar' ? 'commodity $1,000.00' : 'commodity 1,000.00 USD', ''];
  if (spec.declare) {
    for (const a of spec.accounts) {
      const root = ROOTS.find(([r]) => a === r || a.startsWith(`${r}:`));
      out.push(`account ${a}  ; type: ${root?.[1]}`);
    }
    out.push('');
  }
  spec.txns.forEach((t, i) => {
    const day = days[t.day % days.length] ?? 0;
    const postings = t.postings.map(([acc, cents]) => ({
      account: spec.accounts[acc % spec.accounts.length] as string,
      cents,
    }));
    const elidedAccount = spec.accounts[t.elided % spec.accounts.length] as string;
    const write = (date: number, sign: number, label: string) => {
      out.push(`${isoDay(date)} * (T${i}) ${label} ${i}  ; run: ${i}`);
      for (const p of postings) out.push(`    ${p.account}  ${amount(sign * p.cents, spec.style)}`);
      out.push(`    ${elidedAccount}`, '');
    };
    write(day, 1, 'txn');
    if (t.reverse !== null) write(day + t.reverse, -1, 'reversal of');
  });
  return { text: out.join('\n'), dates: spec.checks.map(isoDay) };
}

async function company(): Promise<ServiceContext> {
  const { company } = await makeCompany(fresh.db, { baseCurrency: 'USD' });
  return { actor: SYSTEM_ACTOR, companyId: company.id, requestId: null };
}

oracle('random journals against hledger', () => {
  it('TB, IS and BS equal hledger on random dates; export re-imports to identical balances', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(journalArb, async (spec) => {
        run += 1;
        const { text, dates } = render(spec);
        const file = join(tmp, `run-${run}.journal`);
        writeFileSync(file, text);
        const ctx = await company();
        await importJournal(fresh.db, ctx, readJournalFile(file));
        for (const d of dates) {
          const c = await compareWithHledger(
            fresh.db,
            ctx.companyId,
            file,
            d,
            '2024-03-01' < d ? '2024-03-01' : d,
          );
          expect(c.steward).toEqual(c.hledger);
        }
        let exported = '';
        await exportHledger(
          fresh.db,
          ctx.companyId,
          (t) => {
            exported += t;
          },
          { batchSize: 7 },
        );
        const out = join(tmp, `run-${run}-export.journal`);
        writeFileSync(out, exported);
        hledger(['-f', out, 'check', 'accounts', 'commodities', 'ordereddates']);
        const again = await company();
        await importJournal(fresh.db, again, readJournalText(exported, 'export.journal'));
        for (const d of [...dates, '2026-12-31']) {
          const original = await stewardTrialBalance(fresh.db, ctx.companyId, d);
          expect(await stewardTrialBalance(fresh.db, again.companyId, d)).toEqual(original);
          expect(hledgerBalances(out, ['--end', nextDay(d)])).toEqual(original);
        }
      }),
      { numRuns: 15, seed: Number(process.env.FC_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
    );
  }, 120_000);
});
