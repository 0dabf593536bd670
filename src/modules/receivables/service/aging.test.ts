import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueInvoices, postBill } from '../../../../test/support/compose.ts';
import { withFreshDatabase } from '../../../../test/support/db.ts';
import { addDays } from '../../../kernel/dates.ts';
import { makeParty } from '../../parties/factories.ts';
import { makeBill, makePurchasing } from '../../purchasing/factories.ts';
import { submitBill } from '../../purchasing/index.ts';
import { makeDraft, makeSales } from '../../sales/factories.ts';
import { applySettlement } from '../../sales/index.ts';
import {
  ageItems,
  agingCsv,
  agingReport,
  bucketsOf,
  cashForecast,
  type OpenItem,
  parseBoundaries,
} from './aging.ts';

const fresh = withFreshDatabase();

const item = (over: Partial<OpenItem>): OpenItem => ({
  documentId: 'd',
  kind: 'invoice',
  number: 'N',
  partyId: 'p',
  partyName: 'P',
  currency: 'EUR',
  issueDate: '2026-01-01',
  dueDate: '2026-01-31',
  totalMinor: 100n,
  openMinor: 100n,
  paymentReference: null,
  controlAccountId: null,
  ...over,
});

describe('aging buckets', () => {
  it('default buckets and custom boundaries', () => {
    expect(bucketsOf().map((b) => b.key)).toEqual(['current', '1-30', '31-60', '61-90', 'over-90']);
    expect(bucketsOf(parseBoundaries('15,45')).map((b) => b.key)).toEqual([
      'current',
      '1-15',
      '16-45',
      'over-45',
    ]);
    expect(() => parseBoundaries('30,x')).toThrow(/whole days/);
    expect(() => bucketsOf([30, 30])).toThrow(/rise strictly/);
  });

  it('edges: due today is current, 1 day late is 1-30, 30 → 1-30, 31 → 31-60, 91 → over-90', () => {
    const asOf = '2026-06-30';
    const r = ageItems(
      'ar',
      [0, 1, 30, 31, 60, 61, 90, 91, -5].map((late, i) =>
        item({ documentId: `d${i}`, dueDate: addDays(asOf, -late), openMinor: BigInt(10 ** i) }),
      ),
      asOf,
    );
    const bucketOf = Object.fromEntries(r.rows[0]?.documents.map((d) => [d.daysPastDue, d.bucket]) ?? []);
    expect(bucketOf).toEqual({
      0: 'current',
      1: '1-30',
      30: '1-30',
      31: '31-60',
      60: '31-60',
      61: '61-90',
      90: '61-90',
      91: 'over-90',
      '-5': 'current',
    });
  });

  it('property: every item lands in one bucket; bucket sums equal totals, per party and per currency', () => {
    const arb = fc.array(
      fc.record({
        party: fc.constantFrom('a', 'b', 'c'),
        currency: fc.constantFrom('EUR', 'CZK'),
        late: fc.integer({ min: -60, max: 400 }),
        open: fc.bigInt({ min: -100_000n, max: 10_000_000n }),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, fc.constantFrom([30, 60, 90], [7, 14], [1, 2, 3, 365]), (items, bounds) => {
        const asOf = '2026-03-15';
        const r = ageItems(
          'ar',
          items.map((x, i) =>
            item({
              documentId: `d${i}`,
              partyId: x.party,
              partyName: x.party,
              currency: x.currency,
              dueDate: addDays(asOf, -x.late),
              openMinor: x.open,
            }),
          ),
          asOf,
          bounds,
        );
        for (const row of r.rows) {
          expect(row.amountsMinor.reduce((s, a) => s + a, 0n)).toBe(row.totalMinor);
          expect(row.documents.reduce((s, d) => s + d.openMinor, 0n)).toBe(row.totalMinor);
        }
        for (const t of r.totals) {
          const expected = items.filter((x) => x.currency === t.currency).reduce((s, x) => s + x.open, 0n);
          expect(t.totalMinor).toBe(expected);
          expect(t.amountsMinor.reduce((s, a) => s + a, 0n)).toBe(expected);
        }
        expect(r.rows.reduce((s, row) => s + row.documents.length, 0)).toBe(
          items.filter((x) => x.open !== 0n).length,
        );
      }),
    );
  });
});

describe('AR aging on real invoices', () => {
  it('ages issued invoices as of a date, counting only settlements up to it; CSV and forecast', async () => {
    const f = await makeSales(fresh.db);
    const other = await makeParty(fresh.db, f.companyId, {
      legalName: 'Beta, "Quoted" a.s.',
      currency: 'CZK',
      ctx: f.ctx,
    });
    const a = await makeDraft(fresh.db, f, { issueDate: '2026-01-05', dueDate: '2026-01-19' });
    const b = await makeDraft(fresh.db, f, { issueDate: '2026-03-01', dueDate: '2026-03-31' });
    const c = await makeDraft(fresh.db, f, {
      partyId: other.id,
      issueDate: '2026-02-01',
      dueDate: '2026-02-15',
    });
    await fresh.db.tx((tx) => issueInvoices(tx, f.ctx, [a.id, b.id, c.id]));
    await fresh.db.tx((tx) =>
      applySettlement(tx, f.ctx, {
        documentId: a.id,
        settlementId: 'pay_test1',
        amountMinor: 855540n,
        date: '2026-04-10',
      }),
    );
    const r = await agingReport(fresh.db, f.companyId, { side: 'ar', asOf: '2026-04-01' });
    expect(r.buckets.map((b) => b.key)).toEqual(['current', '1-30', '31-60', '61-90', 'over-90']);
    const acme = r.rows.find((x) => x.partyId === f.customer.id);
    // a: due 01-19, 72 days late on 04-01, the payment of 04-10 not yet counted → 61-90; b: due 03-31 → 1-30.
    expect(acme?.amounts).toEqual(['0.00', '18855.40', '0.00', '18855.40', '0.00']);
    expect(acme?.total).toBe('37710.80');
    expect(acme?.documents.map((d) => d.bucket)).toEqual(['61-90', '1-30']);
    const beta = r.rows.find((x) => x.partyId === other.id);
    expect(beta?.amounts[2]).toBe('18855.40');
    expect(r.totals).toEqual([expect.objectContaining({ currency: 'CZK', total: '56566.20' })]);
    const later = await agingReport(fresh.db, f.companyId, { side: 'ar', asOf: '2026-04-30' });
    expect(
      later.rows.find((x) => x.partyId === f.customer.id)?.documents.map((d) => [d.number, d.open]),
    ).toEqual([
      [expect.any(String), '10300.00'],
      [expect.any(String), '18855.40'],
    ]);
    const csv = agingCsv(r).split('\n');
    expect(csv[0]).toBe('party,currency,current,1-30,31-60,61-90,over-90,total');
    expect(csv).toContain('Acme Trading s.r.o.,CZK,0.00,18855.40,0.00,18855.40,0.00,37710.80');
    expect(csv).toContain('"Beta, ""Quoted"" a.s.",CZK,0.00,0.00,18855.40,0.00,0.00,18855.40');
    const fc13 = await cashForecast(fresh.db, f.companyId, { asOf: '2026-03-20', weeks: 4, currency: 'CZK' });
    expect(fc13.series.map((w) => w.inflow)).toEqual(['37710.80', '18855.40', '0.00', '0.00']);
    expect(fc13.series[3]?.cumulative).toBe('56566.20');
    await expect(
      agingReport(fresh.db, f.companyId, { side: 'ar', asOf: '2026-02-30' }),
    ).rejects.toMatchObject({
      code: 'validation',
    });
  });
});

describe('AP aging on real bills', () => {
  it('ages posted vendor bills and puts them in the forecast as outflows', async () => {
    const p = await makePurchasing(fresh.db);
    const post = async (over: Parameters<typeof makeBill>[2]) => {
      const bill = await makeBill(fresh.db, p, over);
      await fresh.db.tx((tx) => submitBill(tx, p.ctx, bill.id));
      return fresh.db.tx((tx) => postBill(tx, p.ctx, bill.id));
    };
    await post({ issueDate: '2026-03-01', dueDate: '2026-03-10' });
    await post({ issueDate: '2026-03-20', dueDate: '2026-04-10' });
    const r = await agingReport(fresh.db, p.companyId, { side: 'ap', asOf: '2026-04-01' });
    expect(r.side).toBe('ap');
    expect(r.rows).toHaveLength(1);
    // 1000.00 + 21 % VAT each: one 22 days late (1-30), one not yet due.
    expect(r.rows[0]).toMatchObject({
      partyId: p.vendor.id,
      amounts: ['1210.00', '1210.00', '0.00', '0.00', '0.00'],
      total: '2420.00',
    });
    const f = await cashForecast(fresh.db, p.companyId, { asOf: '2026-04-01', weeks: 3, currency: 'CZK' });
    expect(f.series.map((w) => [w.outflow, w.net])).toEqual([
      ['1210.00', '-1210.00'],
      ['1210.00', '-1210.00'],
      ['0.00', '0.00'],
    ]);
    expect(f.series[2]?.cumulative).toBe('-2420.00');
  });
});
